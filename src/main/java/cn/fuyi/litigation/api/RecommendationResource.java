package cn.fuyi.litigation.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

import cn.fuyi.calendar.CalendarService;
import cn.fuyi.common.ETags;
import cn.fuyi.common.Messages;
import cn.fuyi.common.PageRequest;
import cn.fuyi.common.PageResult;
import cn.fuyi.common.Sorting;
import cn.fuyi.common.TimeSource;
import cn.fuyi.deadline.DeadlineView;
import cn.fuyi.deadline.DeadlineViews;
import cn.fuyi.litigation.api.LawsuitViews.RecommendationView;
import cn.fuyi.litigation.recommendation.AnswerDeadline;
import cn.fuyi.litigation.recommendation.AnswerDueSource;
import cn.fuyi.litigation.recommendation.Recommendation;
import cn.fuyi.litigation.recommendation.RecommendationKind;
import cn.fuyi.litigation.recommendation.RecommendationService;
import cn.fuyi.organ.Organ;

@Path("/api/v1/recommendations")
@Tag(name = "Recommendations", description = "司法建议 and 检察建议 — judicial and procuratorial recommendations, tracked until answered")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecommendationResource {

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();
    static {
        SORTABLE.put("receivedDate", "r.receivedDate");
        SORTABLE.put("answerDueDate", "r.answerDueDate");
        SORTABLE.put("id", "r.id");
    }

    @Inject
    RecommendationService service;
    @Inject
    TimeSource time;
    @Inject
    cn.fuyi.security.UserScope scope;
    @Inject
    CalendarService calendar;

    private void restrict(StringBuilder where, Map<String, Object> p) {
        where.append(scope.organCondition("r", p));
    }

    @Context
    Request request;
    @Context
    HttpHeaders headers;

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Operation(summary = "Record a recommendation received",
            description = "The answer is due when the law says unless the clerk gives answerDueDate: a procuratorial recommendation "
                    + "two months after receipt, 15 days when harmSpreading (公益诉讼解释 art. 21 ¶2); a judicial recommendation on a "
                    + "normativeDocument 60 days (法释〔2018〕1号 art. 149 ¶4); other judicial recommendations have no period in law. "
                    + "answerDeadline explains the statutory date with its article; a different date of the clerk's is recorded as "
                    + "overridden (answerDueOverridden)")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = RecommendationView.class)))
    public Response receive(@Valid @NotNull LawsuitInputs.RecommendationInput in) {
        Recommendation r = service.receive(in);
        return Response.created(URI.create("/api/v1/recommendations/" + r.id)).tag(ETags.of(r.version))
                .entity(view(r, time.today())).build();
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @GET
    @Operation(summary = "List recommendations", description = "Filter by organ, kind, lawsuit, open (unanswered) or overdue (unanswered past the due date on asOf)")
    @APIResponse(responseCode = "200", description = "One page of recommendations")
    public PageResult<RecommendationView> list(@QueryParam("organId") Long organId,
            @QueryParam("includeSubordinates") boolean includeSubordinates, @QueryParam("kind") RecommendationKind kind,
            @QueryParam("lawsuitId") Long lawsuitId, @QueryParam("open") Boolean open, @QueryParam("overdue") Boolean overdue,
            @QueryParam("asOf") LocalDate asOf, @Valid @BeanParam PageRequest page) {
        LocalDate day = asOf != null ? asOf : time.today();
        StringBuilder where = new StringBuilder(" from Recommendation r where 1 = 1");
        Map<String, Object> p = new HashMap<>();
        restrict(where, p);
        if (organId != null) {
            where.append(" and r.organId in :organs");
            p.put("organs", includeSubordinates ? Organ.subtreeIds(organId) : List.of(organId));
        }
        if (kind != null) {
            where.append(" and r.kind = :kind");
            p.put("kind", kind);
        }
        if (lawsuitId != null) {
            where.append(" and r.lawsuitId = :lawsuit");
            p.put("lawsuit", lawsuitId);
        }
        if (open != null) {
            where.append(open ? " and r.answeredDate is null" : " and r.answeredDate is not null");
        }
        if (Boolean.TRUE.equals(overdue)) {
            where.append(" and r.answeredDate is null and r.answerDueDate < :asOf");
            p.put("asOf", day);
        }
        String order = Sorting.orderBy(page.sort(), SORTABLE, "answerDueDate", "r.id");
        List<Recommendation> items = Recommendation.find("select r" + where + order, p).page(page.page(), page.size()).list();
        long total = Recommendation.count("select count(r)" + where, p);
        return PageResult.of(items.stream().map(r -> view(r, day)).toList(), page, total);
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @GET
    @Path("/{id}")
    @Operation(summary = "Get a recommendation")
    @APIResponse(responseCode = "200", description = "The recommendation",
            content = @Content(schema = @Schema(implementation = RecommendationView.class)))
    public Response get(@PathParam("id") long id) {
        Recommendation r = service.find(id);
        return Response.ok(view(r, time.today())).tag(ETags.of(r.version)).build();
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/answer")
    @Operation(summary = "Record the answer", description = "Requires If-Match")
    @APIResponse(responseCode = "200", description = "Answered", content = @Content(schema = @Schema(implementation = RecommendationView.class)))
    public Response answer(@PathParam("id") long id, @Valid @NotNull LawsuitInputs.Answer in) {
        Recommendation r = service.answer(id, v -> ETags.requireMatch(request, headers, v), in);
        return Response.ok(view(r, time.today())).tag(ETags.of(r.version)).build();
    }

    /** The recommendation with its answer period explained in the caller's language. */
    RecommendationView view(Recommendation r, LocalDate asOf) {
        Locale locale = Messages.locale(headers);
        DeadlineView statutory = AnswerDeadline.of(r.kind, r.harmSpreading, r.normativeDocument, r.receivedDate, r.answeredDate,
                calendar.current(), asOf).map(d -> DeadlineViews.of(d, asOf, locale)).orElse(null);
        boolean overridden = r.answerDueSource == AnswerDueSource.CLERK && statutory != null && !statutory.due().equals(r.answerDueDate);
        String explanation = switch (r.answerDueSource) {
            case STATUTORY -> statutory == null ? null : statutory.explanation();
            case CLERK -> statutory == null ? Messages.get(locale, "recommendation.answer.clerk", String.valueOf(r.answerDueDate))
                    : Messages.get(locale, "recommendation.answer.overridden", String.valueOf(r.answerDueDate), statutory.due().toString())
                            + statutory.explanation();
            case NONE -> Messages.get(locale, "recommendation.answer.none");
        };
        return new RecommendationView(r.id, r.organId, r.kind, r.kind.labelZh(), r.issuer, r.documentNumber, r.lawsuitId,
                r.respondentId, r.addressee, r.subject, r.receivedDate, r.answerDueDate, r.answeredDate, r.answerSummary,
                r.answeredDate == null && r.answerDueDate != null && asOf.isAfter(r.answerDueDate), r.version, r.harmSpreading,
                r.normativeDocument, r.answerDueSource, r.answerDueSource.labelZh(), overridden, statutory, explanation);
    }
}
