package cn.fuyi.casefile.evidence;

import java.net.URI;
import java.time.LocalDate;

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
import cn.fuyi.casefile.evidence.EvidenceViews.EvidenceView;
import cn.fuyi.common.ETags;
import cn.fuyi.common.PageRequest;
import cn.fuyi.common.PageResult;

/** The evidence register of a case (证据, ARL 43-46): enter items, list them, review them. */
@Path("/api/v1/reconsiderations/{id}/evidence")
@Tag(name = "Evidence and investigations", description = "证据与调查取证 — the evidence register (ARL 43-46) and investigations (ARL 45)")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class EvidenceResource {

    @Inject
    EvidenceService service;
    @Inject
    CaseFileRecords records;
    @Context
    HttpHeaders headers;
    @Context
    Request request;

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enter an evidence item in the case's register", description = "The respondent's items are judged "
            + "against its reply period as the case's deadlines compute it (ARL 48, 54, 70). The respondent's supplementary "
            + "evidence needs the office's permission (ARL 46 ¶2): without it 422 SUPPLEMENTARY_EVIDENCE_NOT_PERMITTED. "
            + "Linked documents must be active documents of the same case's file.")
    @APIResponse(responseCode = "201", description = "Entered; Location names the item",
            content = @Content(schema = @Schema(implementation = EvidenceView.class)))
    public Response submit(@PathParam("id") long id, @Valid @NotNull EvidenceInputs.NewEvidence in) {
        EvidenceItem e = service.submit(id, in);
        return Response.created(URI.create("/api/v1/reconsiderations/" + id + "/evidence/" + e.id)).tag(ETags.of(e.version))
                .entity(view(e, records.replyDue(records.caseOf(id)))).build();
    }

    @RolesAllowed({ "clerk", "reviewer", "agency" })
    @GET
    @Operation(summary = "The case's evidence register", description = "Sortable by id, submittedDate, type, reviewStatus. "
            + "Agency staff see their own cases' registers with the parties' names masked.")
    @APIResponse(responseCode = "200", description = "One page of evidence items")
    public PageResult<EvidenceView> list(@PathParam("id") long id, @Valid @BeanParam PageRequest page) {
        EvidenceService.Page<EvidenceItem> p = service.list(id, page);
        LocalDate replyDue = service.replyDue(id);
        return PageResult.of(p.items().stream().map(e -> view(e, replyDue)).toList(), page, p.total());
    }

    @RolesAllowed({ "clerk", "reviewer", "agency" })
    @GET
    @Path("/{evidenceId}")
    @Operation(summary = "An evidence item")
    @APIResponse(responseCode = "200", description = "The item, with its ETag",
            content = @Content(schema = @Schema(implementation = EvidenceView.class)))
    public Response get(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
        EvidenceItem e = service.find(id, evidenceId);
        return Response.ok(view(e, service.replyDue(id))).tag(ETags.of(e.version)).build();
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{evidenceId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Review an evidence item: admitted, or excluded with the reason",
            description = "Only evidence found true grounds the facts (ARL 43 ¶2); what the respondent collected itself during "
                    + "the reconsideration does not count (ARL 46 ¶1). Needs If-Match with the item's ETag (428 without, 412 stale). "
                    + "A later review replaces an earlier one; both stay in the audit trail.")
    @APIResponse(responseCode = "200", description = "The reviewed item",
            content = @Content(schema = @Schema(implementation = EvidenceView.class)))
    public Response review(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId,
            @Valid @NotNull EvidenceInputs.Review in) {
        EvidenceItem e = service.review(id, evidenceId, v -> ETags.requireMatch(request, headers, v), in);
        return Response.ok(view(e, service.replyDue(id))).tag(ETags.of(e.version)).build();
    }

    private EvidenceView view(EvidenceItem e, LocalDate replyDue) {
        return EvidenceViews.of(e, replyDue, records.mask(), records.english(headers));
    }
}
