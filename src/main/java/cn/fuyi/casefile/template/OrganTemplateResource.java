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


import cn.fuyi.common.ApiException;

/** An organ's own templates of formal documents: upload a new version, list and download them. */
@Tag(name = "Formal documents")
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/v1/organs/{organId}/document-templates")
public class OrganTemplateResource {

    @Inject
    TemplateService templates;

    @RolesAllowed({ "clerk", "reviewer", "admin" })
    @GET
    @Path("/{kind}/content")
    @Produces(DocumentTemplateResource.DOCX)
    @Operation(summary = "Download the template an organ uses", description = "The organ's latest own version, or the built-in template")
    @APIResponse(responseCode = "200", description = "The .docx", content = @Content(mediaType = DocumentTemplateResource.DOCX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response current(@PathParam("organId") long organId, @PathParam("kind") String kind) {
        FormalDocumentKind k = kind(kind);
        templates.organ(organId);
        return docx(templates.current(organId, k));
    }

    @RolesAllowed({ "clerk", "reviewer", "admin" })
    @GET
    @Path("/{kind}/versions")
    @Operation(summary = "The organ's own versions of a template", description = "Oldest first; the last is in use")
    @APIResponse(responseCode = "200", description = "The versions")
    public List<TemplateViews.TemplateVersionView> versions(@PathParam("organId") long organId, @PathParam("kind") String kind) {
        return templates.versions(organId, kind(kind)).stream().map(TemplateViews.TemplateVersionView::of).toList();
    }

    @RolesAllowed({ "clerk", "reviewer", "admin" })
    @GET
    @Path("/{kind}/versions/{versionNo}/content")
    @Produces(DocumentTemplateResource.DOCX)
    @Operation(summary = "Download one version of the organ's template")
    @APIResponse(responseCode = "200", description = "The .docx", content = @Content(mediaType = DocumentTemplateResource.DOCX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response version(@PathParam("organId") long organId, @PathParam("kind") String kind,
            @PathParam("versionNo") int versionNo) {
        DocumentTemplate t = templates.version(organId, kind(kind), versionNo);
        return docx(new TemplateService.Template(t.kind, t.versionNo, t.fileName, t.content));
    }

    @RolesAllowed({ "reviewer", "admin" })
    @POST
    @Path("/{kind}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload the organ's own template for a kind", description = "A .docx whose placeholders (${name}) "
            + "are all among the kind's (see GET /api/v1/document-templates); otherwise 422 TEMPLATE_UNKNOWN_PLACEHOLDER "
            + "with the valid ones in validPlaceholders. Each upload is a new version and is used from then on; earlier "
            + "versions are kept. A placeholder that Word split over several runs is found and filled all the same.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = TemplateViews.TemplateUploadForm.class)))
    @APIResponse(responseCode = "201", description = "Stored as the next version; Location names it",
            content = @Content(schema = @Schema(implementation = TemplateViews.TemplateVersionView.class)))
    public Response upload(@PathParam("organId") long organId, @PathParam("kind") String kind, @RestForm("file") FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ApiException.badRequest("DOCUMENT_FILE_REQUIRED");
        }
        DocumentTemplate t = templates.upload(organId, kind(kind), file.uploadedFile(), file.fileName());
        TemplateViews.TemplateVersionView v = TemplateViews.TemplateVersionView.of(t);
        return Response.created(URI.create(v.contentUrl().substring(0, v.contentUrl().length() - "/content".length())))
                .entity(v).build();
    }

    private static FormalDocumentKind kind(String kind) {
        return DocumentTemplateResource.kind(kind);
    }

    private static Response docx(TemplateService.Template t) {
        return DocumentTemplateResource.docx(t);
    }
}
