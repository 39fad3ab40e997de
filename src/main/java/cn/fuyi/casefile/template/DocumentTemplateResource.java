package cn.fuyi.casefile.template;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import cn.fuyi.casefile.FileNames;
import cn.fuyi.common.ApiException;

/** The kinds of formal documents with their placeholders, and the templates: built-in and the organs' own versions. */
@Tag(name = "Formal documents")
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/v1/document-templates")
public class DocumentTemplateResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    TemplateService templates;

    @RolesAllowed({ "clerk", "reviewer", "admin" })
    @GET
        @Operation(summary = "The kinds of formal documents and their placeholders", description = "Each kind with the "
            + "placeholders its template may use (${name}, with a Chinese description). With organId: whether the organ "
            + "has its own template, its latest version, and the document-number pattern that applies.")
    @APIResponse(responseCode = "200", description = "Every kind")
    public List<TemplateViews.TemplateKindView> list(@QueryParam("organId") Long organId) {
        Map<FormalDocumentKind, DocumentTemplate> own = organId == null ? Map.of() : templates.own(organId);
        cn.fuyi.organ.Organ organ = organId == null ? null : templates.organ(organId);
        List<TemplateViews.TemplateKindView> out = new ArrayList<>();
        for (FormalDocumentKind k : FormalDocumentKind.values()) {
            DocumentTemplate t = own.get(k);
            out.add(new TemplateViews.TemplateKindView(k, k.labelZh(), k.documentKind().name(),
                    k.placeholders().stream().map(TemplateViews.PlaceholderView::of).toList(),
                    organId == null ? null : t != null, t == null ? null : TemplateViews.TemplateVersionView.of(t),
                    organ == null ? null : DocumentNumbers.pattern(organ, k),
                    organId == null ? "/api/v1/document-templates/" + k.name() + "/content"
                            : "/api/v1/organs/" + organId + "/document-templates/" + k.name() + "/content"));
        }
        return out;
    }

    @RolesAllowed({ "clerk", "reviewer", "admin" })
    @GET
    @Path("/{kind}/content")
    @Produces(DOCX)
    @Operation(summary = "Download a built-in template", description = "The template Fuyi ships for the kind, as a start for an organ's own")
    @APIResponse(responseCode = "200", description = "The .docx", content = @Content(mediaType = DOCX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response builtIn(@PathParam("kind") String kind) {
        return docx(TemplateService.builtIn(kind(kind)));
    }

    static FormalDocumentKind kind(String kind) {
        try {
            return FormalDocumentKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("FORMAL_DOCUMENT_KIND_NOT_FOUND", kind);
        }
    }

    static Response docx(TemplateService.Template t) {
        return Response.ok(t.content(), DOCX).header("Content-Length", t.content().length)
                .header("Content-Disposition", FileNames.contentDisposition(t.fileName()))
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
