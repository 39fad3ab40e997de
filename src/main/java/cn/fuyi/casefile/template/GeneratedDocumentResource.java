package cn.fuyi.casefile.template;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fuyi.casefile.CaseDocument;
import cn.fuyi.casefile.DocumentView;
import cn.fuyi.common.ETags;
import cn.fuyi.common.Messages;
import cn.fuyi.security.UserScope;

/** Formal documents generated for a case from the organ's templates (文书制作). */
@Path("/api/v1/reconsiderations/{id}/generated-documents")
@Tag(name = "Formal documents", description = "文书制作 — formal documents generated from templates, their placeholders and document numbers")
@Produces(MediaType.APPLICATION_JSON)
public class GeneratedDocumentResource {

    @Inject
    GeneratedDocumentService service;
    @Inject
    UserScope scope;
    @Context
    HttpHeaders headers;

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Generate a formal document for the case", description = "Fills the organ's template of the kind "
            + "(or the built-in one) from the case, gives it the organ's next document number of the kind and the "
            + "document's year, and stores the .docx in the case file; it lists and downloads like an upload. Refused with "
            + "409 GENERATED_DOCUMENT_NOT_APPLICABLE while the case has not reached the step the document belongs to "
            + "(e.g. NON_ACCEPTANCE_DECISION before a refusal). SERVICE_RECEIPT needs servedDocumentId and recipient.")
    @APIResponse(responseCode = "201", description = "Generated; Location names the case-file document",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    public Response generate(@PathParam("id") long id, @Valid @NotNull TemplateViews.GenerationInput in) {
        CaseDocument d = service.generate(id, new GeneratedDocumentService.Order(in.kind(), in.date(),
                in.recipient() == null || in.recipient().isBlank() ? null : in.recipient().strip(), in.servedDocumentId()));
        boolean english = "en".equals(Messages.locale(headers).getLanguage());
        return Response.created(URI.create("/api/v1/reconsiderations/" + id + "/documents/" + d.id)).tag(ETags.of(d.version))
                .entity(DocumentView.of(d, !scope.seesPersonalData(), english)).build();
    }
}
