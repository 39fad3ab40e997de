package cn.fuyi.casefile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import cn.fuyi.common.PageRequest;
import cn.fuyi.common.PageResult;

/** The documents of a lawsuit's file (案卷材料): upload, list, metadata, download, withdraw. */
@Path("/api/v1/lawsuits/{id}/documents")
@Tag(name = "Case-file documents", description = "案卷材料 — documents of reconsideration cases and lawsuits")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class LawsuitDocumentResource {

    private static final DocumentOwner OWNER = DocumentOwner.LAWSUIT;

    @Inject
    DocumentHttp http;
    @Context
    HttpHeaders headers;

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a document to the lawsuit's file", description = "multipart/form-data with the file and its "
            + "metadata. The file is streamed to storage and its SHA-256 recorded in the audit trail. Refused: larger "
            + "than fuyi.documents.max-size (413), a type outside the allow-list or bytes that do not fit the extension "
            + "(415), the same content already in the file (409).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = UploadForm.class)))
    @APIResponse(responseCode = "201", description = "Stored; Location names the document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    public Response upload(@PathParam("id") long id, @RestForm("file") FileUpload file, @RestForm("kind") String kind,
            @RestForm("submittedBy") String submittedBy, @RestForm("receivedDate") String receivedDate,
            @RestForm("pageCount") String pageCount) {
        return http.upload(OWNER, id, file, kind, submittedBy, receivedDate, pageCount, headers);
    }

    @RolesAllowed({ "clerk", "reviewer", "agency" })
    @GET
    @Operation(summary = "List the lawsuit's documents", description = "In upload order; withdrawn documents only with includeWithdrawn=true")
    @APIResponse(responseCode = "200", description = "One page of documents")
    public PageResult<DocumentView> list(@PathParam("id") long id,
            @QueryParam("includeWithdrawn") @DefaultValue("false") boolean includeWithdrawn, @Valid @BeanParam PageRequest page) {
        return http.list(OWNER, id, includeWithdrawn, page, headers);
    }

    @RolesAllowed({ "clerk", "reviewer", "agency" })
    @GET
    @Path("/{docId}")
    @Operation(summary = "A document's metadata")
    @APIResponse(responseCode = "200", description = "The document", content = @Content(schema = @Schema(implementation = DocumentView.class)))
    public Response get(@PathParam("id") long id, @PathParam("docId") long docId) {
        return http.get(OWNER, id, docId, headers);
    }

    @RolesAllowed({ "clerk", "reviewer", "agency" })
    @GET
    @Path("/{docId}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a document", description = "The content as stored, streamed, with its file name in "
            + "Content-Disposition (filename* for non-ASCII names). A withdrawn document can still be downloaded: it stays "
            + "part of the file's history. Every download is recorded in the audit trail.")
    @APIResponse(responseCode = "200", description = "The content", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response content(@PathParam("id") long id, @PathParam("docId") long docId) {
        return http.content(OWNER, id, docId);
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{docId}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw a document", description = "Marks it withdrawn with the reason; nothing is deleted")
    @APIResponse(responseCode = "200", description = "The withdrawn document", content = @Content(schema = @Schema(implementation = DocumentView.class)))
    public Response withdraw(@PathParam("id") long id, @PathParam("docId") long docId, @Valid @NotNull Withdrawal in) {
        return http.withdraw(OWNER, id, docId, in, headers);
    }
}
