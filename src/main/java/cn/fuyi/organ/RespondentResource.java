package cn.fuyi.organ;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fuyi.common.ETags;
import cn.fuyi.common.PageRequest;
import cn.fuyi.common.PageResult;
import cn.fuyi.common.Sorting;
import cn.fuyi.organ.OrganDtos.RespondentInput;
import cn.fuyi.organ.OrganDtos.RespondentView;

@Path("/api/v1/respondents")
@Tag(name = "Respondents", description = "被申请人 — agencies whose acts can be challenged")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RespondentResource {

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();
    static {
        SORTABLE.put("id", "r.id");
        SORTABLE.put("name", "r.name");
        SORTABLE.put("kind", "r.kind");
        SORTABLE.put("organId", "r.organId");
    }

    @Inject
    OrganService service;

    @RolesAllowed({ "clerk", "reviewer", "statistician", "auditor", "agency", "admin" })
    @GET
    @Operation(summary = "List respondents", description = "Filter by organ (with its subordinate organs when includeSubordinates=true), kind, or a part of the name")
    @APIResponse(responseCode = "200", description = "One page of respondents")
    public PageResult<RespondentView> list(@QueryParam("organId") Long organId,
            @QueryParam("includeSubordinates") boolean includeSubordinates,
            @QueryParam("kind") RespondentKind kind, @QueryParam("q") String q,
            @QueryParam("active") Boolean active, @Valid @BeanParam PageRequest page) {
        StringBuilder where = new StringBuilder("from Respondent r where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (organId != null) {
            where.append(includeSubordinates ? " and r.organId in :organs" : " and r.organId = :organ");
            params.put(includeSubordinates ? "organs" : "organ", includeSubordinates ? Organ.subtreeIds(organId) : organId);
        }
        if (kind != null) {
            where.append(" and r.kind = :kind");
            params.put("kind", kind);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and r.name like :q");
            params.put("q", "%" + q.trim() + "%");
        }
        if (active != null) {
            where.append(" and r.active = :active");
            params.put("active", active);
        }
        String order = Sorting.orderBy(page.sort(), SORTABLE, "id", "r.id");
        var query = Respondent.find("select r " + where + order, params);
        long total = Respondent.count("select count(r) " + where, params);
        var items = query.page(page.page(), page.size()).<Respondent>list().stream().map(RespondentView::of).toList();
        return PageResult.of(items, page, total);
    }

    @RolesAllowed({ "clerk", "reviewer", "statistician", "auditor", "agency", "admin" })
    @GET
    @Path("/{id}")
    @Operation(summary = "Get a respondent")
    @APIResponse(responseCode = "200", description = "The respondent, with its ETag",
            content = @Content(schema = @Schema(implementation = RespondentView.class)))
    public Response get(@PathParam("id") long id) {
        Respondent r = service.respondent(id);
        return Response.ok(RespondentView.of(r)).tag(ETags.of(r.version)).build();
    }

    @RolesAllowed("admin")
    @POST
    @Operation(summary = "Create a respondent")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = RespondentView.class)))
    public Response create(@Valid @NotNull RespondentInput input) {
        Respondent r = service.create(input);
        return Response.created(URI.create("/api/v1/respondents/" + r.id)).tag(ETags.of(r.version))
                .entity(RespondentView.of(r)).build();
    }

    @RolesAllowed("admin")
    @PUT
    @Path("/{id}")
    @Operation(summary = "Update a respondent", description = "Requires If-Match with the respondent's ETag")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = RespondentView.class)))
    public Response update(@PathParam("id") long id, @Valid @NotNull RespondentInput input,
            @Context Request request, @Context HttpHeaders headers) {
        Respondent r = service.update(id, input, v -> ETags.requireMatch(request, headers, v));
        return Response.ok(RespondentView.of(r)).tag(ETags.of(r.version)).build();
    }
}
