package cn.fuyi.casefile.service;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fuyi.casefile.CaseFileRecords;
import cn.fuyi.common.ETags;
import cn.fuyi.common.PageRequest;
import cn.fuyi.common.PageResult;

/** Service records of a case's documents (送达, CPL 87-95; ARL 75). */
@Path("/api/v1/reconsiderations/{id}/service-records")
@Tag(name = "Service", description = "送达 — service of the case's documents on each party (ARL 75, 88; CPL 87-95)")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class ServiceRecordResource {

    @Inject
    ServiceRecordService service;
    @Inject
    CaseFileRecords records;
    @Context
    HttpHeaders headers;
    @Context
    Request request;

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the service of a document on one recipient", description = "The recipient is an applicant, "
            + "third party or agent of the case (recipientPartyId) or the respondent (respondent=true). The served date is "
            + "computed: the delivery date of the method, or 30 days after publication (CPL 95). Electronic service without "
            + "the recipient's consent is refused (422 ELECTRONIC_SERVICE_WITHOUT_CONSENT, CPL 90). Serving a document of "
            + "kind DECISION on an applicant starts that applicant's period to sue (ALL 45), shown in the case's deadlines.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it",
            content = @Content(schema = @Schema(implementation = ServiceRecordView.class)))
    public Response record(@PathParam("id") long id, @Valid @NotNull ServiceInputs.NewService in) {
        ServiceRecord s = service.record(id, in);
        return Response.created(URI.create("/api/v1/reconsiderations/" + id + "/service-records/" + s.id))
                .tag(ETags.of(s.version)).entity(view(s)).build();
    }

    @RolesAllowed({ "clerk", "reviewer", "agency" })
    @GET
    @Operation(summary = "The case's service records", description = "Optionally of one document; sortable by id, sentDate, "
            + "servedDate, documentId. Agency staff see their own cases' records with persons' names masked.")
    @APIResponse(responseCode = "200", description = "One page of service records")
    public PageResult<ServiceRecordView> list(@PathParam("id") long id, @QueryParam("documentId") Long documentId,
            @Valid @BeanParam PageRequest page) {
        ServiceRecordService.Page p = service.list(id, documentId, page);
        return PageResult.of(p.items().stream().map(this::view).toList(), page, p.total());
    }

    @RolesAllowed({ "clerk", "reviewer", "agency" })
    @GET
    @Path("/{recordId}")
    @Operation(summary = "A service record")
    @APIResponse(responseCode = "200", description = "The record, with its ETag",
            content = @Content(schema = @Schema(implementation = ServiceRecordView.class)))
    public Response get(@PathParam("id") long id, @PathParam("recordId") long recordId) {
        ServiceRecord s = service.find(id, recordId);
        return Response.ok(view(s)).tag(ETags.of(s.version)).build();
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{recordId}/delivery")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the delivery once known", description = "The postal receipt's date, the date signed on the "
            + "proof, the electronic arrival or the day left at the residence; and the proof document. Once only; not for "
            + "publication, whose service date is computed. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "The record with its served date",
            content = @Content(schema = @Schema(implementation = ServiceRecordView.class)))
    public Response deliver(@PathParam("id") long id, @PathParam("recordId") long recordId,
            @Valid @NotNull ServiceInputs.Delivery in) {
        ServiceRecord s = service.deliver(id, recordId, v -> ETags.requireMatch(request, headers, v), in);
        return Response.ok(view(s)).tag(ETags.of(s.version)).build();
    }

    private ServiceRecordView view(ServiceRecord s) {
        return ServiceRecordView.of(s, records.mask(), records.english(headers));
    }
}
