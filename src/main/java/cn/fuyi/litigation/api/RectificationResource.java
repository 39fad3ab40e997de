package cn.fuyi.litigation.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fuyi.common.ETags;
import cn.fuyi.common.PageRequest;
import cn.fuyi.common.PageResult;
import cn.fuyi.common.Sorting;
import cn.fuyi.common.TimeSource;
import cn.fuyi.litigation.api.LawsuitViews.AgencyRectifications;
import cn.fuyi.litigation.api.LawsuitViews.RectificationView;
import cn.fuyi.litigation.rectification.RectificationItem;
import cn.fuyi.litigation.rectification.RectificationService;
import cn.fuyi.litigation.rectification.RectificationSource;
import cn.fuyi.organ.Organ;
import cn.fuyi.organ.Respondent;

@Path("/api/v1/rectifications")
@Tag(name = "Rectification", description = "整改 (以案促改) — problems found in corrected cases, opinion letters, lost suits and recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RectificationResource {

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();
    static {
        SORTABLE.put("dueDate", "r.dueDate");
        SORTABLE.put("closedDate", "r.closedDate");
        SORTABLE.put("id", "r.id");
    }

    @Inject
    RectificationService service;
    @Inject
    TimeSource time;
    @Inject
    EntityManager em;
    @Inject
    cn.fuyi.security.UserScope scope;

    private void restrict(StringBuilder where, Map<String, Object> p) {
        if (scope.agencyOnly()) {
            where.append(" and r.respondentId = :ownAgency");
            p.put("ownAgency", scope.respondentId());
            return;
        }
        where.append(scope.organCondition("r", p));
    }

    @Context
    Request request;
    @Context
    HttpHeaders headers;

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Operation(summary = "Open a rectification item", description = "From a corrected case, an opinion letter, a lost lawsuit or a recommendation")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = RectificationView.class)))
    public Response open(@Valid @NotNull LawsuitInputs.RectificationInput in) {
        RectificationItem r = service.open(in);
        return Response.created(URI.create("/api/v1/rectifications/" + r.id)).tag(ETags.of(r.version))
                .entity(view(r, time.today(), Respondent.namesOf(List.of(r.respondentId)))).build();
    }

    @RolesAllowed({ "clerk", "reviewer", "agency" })
    @GET
    @Operation(summary = "List rectification items", description = "Filter by organ, agency, source, open, overdue on asOf")
    @APIResponse(responseCode = "200", description = "One page of items")
    public PageResult<RectificationView> list(@QueryParam("organId") Long organId,
            @QueryParam("includeSubordinates") boolean includeSubordinates, @QueryParam("respondentId") Long respondentId,
            @QueryParam("sourceType") RectificationSource sourceType, @QueryParam("open") Boolean open,
            @QueryParam("overdue") Boolean overdue, @QueryParam("asOf") LocalDate asOf, @Valid @BeanParam PageRequest page) {
        LocalDate day = asOf != null ? asOf : time.today();
        StringBuilder where = new StringBuilder(" from RectificationItem r where 1 = 1");
        Map<String, Object> p = new HashMap<>();
        restrict(where, p);
        if (organId != null) {
            where.append(" and r.organId in :organs");
            p.put("organs", includeSubordinates ? Organ.subtreeIds(organId) : List.of(organId));
        }
        if (respondentId != null) {
            where.append(" and r.respondentId = :respondent");
            p.put("respondent", respondentId);
        }
        if (sourceType != null) {
            where.append(" and r.sourceType = :source");
            p.put("source", sourceType);
        }
        if (open != null) {
            where.append(open ? " and r.closedDate is null" : " and r.closedDate is not null");
        }
        if (Boolean.TRUE.equals(overdue)) {
            where.append(" and r.closedDate is null and r.dueDate < :asOf");
            p.put("asOf", day);
        }
        String order = Sorting.orderBy(page.sort(), SORTABLE, "dueDate", "r.id");
        List<RectificationItem> items = RectificationItem.find("select r" + where + order, p).page(page.page(), page.size()).list();
        long total = RectificationItem.count("select count(r)" + where, p);
        Map<Long, String> names = Respondent.namesOf(items.stream().map(r -> r.respondentId).toList());
        return PageResult.of(items.stream().map(r -> view(r, day, names)).toList(), page, total);
    }

    @RolesAllowed({ "clerk", "reviewer", "agency" })
    @GET
    @Path("/by-agency")
    @Operation(summary = "Open, overdue and closed items per agency")
    @APIResponse(responseCode = "200", description = "One row per agency with items",
            content = @Content(schema = @Schema(implementation = AgencyRectifications.class, type = SchemaType.ARRAY)))
    public List<AgencyRectifications> byAgency(@QueryParam("organId") Long organId,
            @QueryParam("includeSubordinates") boolean includeSubordinates, @QueryParam("asOf") LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : time.today();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> p = new HashMap<>();
        restrict(where, p);
        if (organId != null) {
            where.append(" and r.organId in :organs");
            p.put("organs", includeSubordinates ? Organ.subtreeIds(organId) : List.of(organId));
        }
        var q = em.createQuery("select r.respondentId,"
                + " sum(case when r.closedDate is null then 1 else 0 end),"
                + " sum(case when r.closedDate is null and r.dueDate < :asOf then 1 else 0 end),"
                + " sum(case when r.closedDate is not null then 1 else 0 end)"
                + " from RectificationItem r" + where + " group by r.respondentId order by r.respondentId", Object[].class)
                .setParameter("asOf", day);
        p.forEach(q::setParameter);
        List<Object[]> rows = q.getResultList();
        Map<Long, String> names = Respondent.namesOf(rows.stream().map(row -> (Long) row[0]).toList());
        return rows.stream().map(row -> new AgencyRectifications((Long) row[0], names.get((Long) row[0]),
                ((Number) row[1]).longValue(), ((Number) row[2]).longValue(), ((Number) row[3]).longValue())).toList();
    }

    @RolesAllowed({ "clerk", "reviewer", "agency" })
    @GET
    @Path("/{id}")
    @Operation(summary = "Get a rectification item")
    @APIResponse(responseCode = "200", description = "The item", content = @Content(schema = @Schema(implementation = RectificationView.class)))
    public Response get(@PathParam("id") long id) {
        RectificationItem r = service.find(id);
        return Response.ok(view(r, time.today(), Respondent.namesOf(List.of(r.respondentId)))).tag(ETags.of(r.version)).build();
    }

    @RolesAllowed({ "clerk", "reviewer", "agency" })
    @PUT
    @Path("/{id}")
    @Operation(summary = "Record progress", description = "Actions taken so far, evidence, due date; requires If-Match")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = RectificationView.class)))
    public Response progress(@PathParam("id") long id, @Valid @NotNull LawsuitInputs.RectificationProgress in) {
        RectificationItem r = service.progress(id, v -> ETags.requireMatch(request, headers, v), in);
        return Response.ok(view(r, time.today(), Respondent.namesOf(List.of(r.respondentId)))).tag(ETags.of(r.version)).build();
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/close")
    @Operation(summary = "Close the item", description = "With the actions taken and the evidence; requires If-Match")
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(schema = @Schema(implementation = RectificationView.class)))
    public Response close(@PathParam("id") long id, @Valid @NotNull LawsuitInputs.CloseRectification in) {
        RectificationItem r = service.close(id, v -> ETags.requireMatch(request, headers, v), in);
        return Response.ok(view(r, time.today(), Respondent.namesOf(List.of(r.respondentId)))).tag(ETags.of(r.version)).build();
    }

    static RectificationView view(RectificationItem r, LocalDate asOf, Map<Long, String> names) {
        boolean open = r.closedDate == null;
        return new RectificationView(r.id, r.organId, r.sourceType, r.sourceType.labelZh(), r.sourceId, r.respondentId,
                names.get(r.respondentId), r.problem, r.dueDate, r.actions, r.closedDate, r.evidenceNote, open,
                open && asOf.isAfter(r.dueDate), r.version, r.createdAt, r.createdBy);
    }
}
