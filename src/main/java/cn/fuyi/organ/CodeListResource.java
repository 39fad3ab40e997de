package cn.fuyi.organ;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.inject.Instance;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.CodeListContributor;
import cn.fuyi.common.ETags;
import cn.fuyi.common.Labelled;
import cn.fuyi.common.TimeSource;

@Path("/api/v1/code-lists")
@Tag(name = "Code lists", description = "代码表 — every code with its Chinese and English label, for dropdowns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CodeListResource {

    /** The code lists that organs can extend; all others are fixed by law and live in enums. */
    static final Set<String> EXTENSIBLE = Set.of(CodeItem.ACT_CATEGORY, CodeItem.DOMAIN);

    @Inject
    Instance<CodeListContributor> contributors;
    @Inject
    TimeSource time;
    @Inject
    cn.fuyi.audit.AuditLog audit;

    @Schema(name = "Code")
    public record CodeView(
            @Schema(examples = "ADMINISTRATIVE_PENALTY") String code,
            @Schema(examples = "行政处罚") String labelZh,
            @Schema(examples = "Administrative penalty") String labelEn,
            @Schema(description = "For an organ's own extension, the organ") Long organId,
            boolean active, Long version) {
    }

    @Schema(name = "CodeList")
    public record CodeListView(String name, boolean extensible, List<CodeView> codes) {
    }

    @Schema(name = "CodeInput")
    public record CodeInput(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Z][A-Z0-9_]*") String code,
            @NotBlank @Size(max = 100) String labelZh,
            @NotBlank @Size(max = 100) String labelEn,
            Long organId, Integer sortOrder, Boolean active) {
    }

    @PermitAll
    @SecurityRequirements
    @GET
    @Operation(summary = "List every code list", description = "Fixed lists (states, decision types, grounds …) and the extensible act categories and domains, each code with its labels")
    @APIResponse(responseCode = "200", description = "All code lists by name",
            content = @Content(schema = @Schema(implementation = CodeListView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<CodeListView> all() {
        Map<String, CodeListView> lists = new TreeMap<>();
        for (CodeListContributor c : contributors) {
            c.codeLists().forEach((name, type) -> lists.put(name, fixed(name, type)));
        }
        for (String name : EXTENSIBLE) {
            lists.put(name, extensible(name));
        }
        return new ArrayList<>(lists.values());
    }

    @PermitAll
    @SecurityRequirements
    @GET
    @Path("/{name}")
    @Operation(summary = "Get one code list")
    @APIResponse(responseCode = "200", description = "The code list",
            content = @Content(schema = @Schema(implementation = CodeListView.class)))
    public CodeListView one(@PathParam("name") String name) {
        if (EXTENSIBLE.contains(name)) {
            return extensible(name);
        }
        for (CodeListContributor c : contributors) {
            Class<? extends Labelled> type = c.codeLists().get(name);
            if (type != null) {
                return fixed(name, type);
            }
        }
        throw ApiException.notFound("CODE_LIST_NOT_FOUND", name);
    }

    @RolesAllowed("admin")
    @POST
    @Path("/{name}/codes")
    @Transactional
    @Operation(summary = "Add a code to an extensible list", description = "Only ACT_CATEGORY and DOMAIN can be extended; give organId for an organ's own code")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = CodeView.class)))
    public Response add(@PathParam("name") String name, @Valid @NotNull CodeInput input) {
        requireExtensible(name);
        audit.expect();
        if (CodeItem.find(name, input.code()) != null) {
            throw ApiException.conflict("CODE_ITEM_TAKEN", name, input.code());
        }
        CodeItem item = new CodeItem();
        item.listName = name;
        item.code = input.code();
        item.createdAt = time.now();
        apply(item, input);
        item.persist();
        item.flush();
        audit.record(cn.fuyi.audit.SubjectType.CODE_ITEM, item.id, item.organId, "CREATE",
                cn.fuyi.audit.AuditLog.created(item), null);
        audit.publish("REFERENCE_CHANGED", cn.fuyi.audit.SubjectType.CODE_ITEM, item.id, item.organId, null,
                java.util.Map.of("list", name, "code", item.code));
        return Response.created(URI.create("/api/v1/code-lists/" + name + "/codes/" + item.code))
                .tag(ETags.of(item.version)).entity(view(item)).build();
    }

    @RolesAllowed("admin")
    @PUT
    @Path("/{name}/codes/{code}")
    @Transactional
    @Operation(summary = "Change a code's labels, order or active flag", description = "The code itself never changes; requires If-Match")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = CodeView.class)))
    public Response update(@PathParam("name") String name, @PathParam("code") String code,
            @Valid @NotNull CodeInput input, @Context Request request, @Context HttpHeaders headers) {
        requireExtensible(name);
        CodeItem item = CodeItem.find(name, code);
        if (item == null) {
            throw ApiException.notFound("CODE_ITEM_NOT_FOUND", name, code);
        }
        ETags.requireMatch(request, headers, item.version);
        if (!code.equals(input.code())) {
            throw ApiException.invalidField("code", "IMMUTABLE", code);
        }
        audit.expect();
        var before = cn.fuyi.audit.AuditLog.snapshot(item);
        apply(item, input);
        item.flush();
        audit.record(cn.fuyi.audit.SubjectType.CODE_ITEM, item.id, item.organId, "UPDATE",
                cn.fuyi.audit.AuditLog.diff(before, cn.fuyi.audit.AuditLog.snapshot(item)), null);
        audit.publish("REFERENCE_CHANGED", cn.fuyi.audit.SubjectType.CODE_ITEM, item.id, item.organId, null,
                java.util.Map.of("list", name, "code", item.code));
        return Response.ok(view(item)).tag(ETags.of(item.version)).build();
    }

    private void apply(CodeItem item, CodeInput input) {
        if (input.organId() != null && Organ.findById(input.organId()) == null) {
            throw ApiException.notFound("ORGAN_NOT_FOUND", input.organId());
        }
        item.labelZh = input.labelZh();
        item.labelEn = input.labelEn();
        item.organId = input.organId();
        item.sortOrder = input.sortOrder() == null ? 500 : input.sortOrder();
        item.active = input.active() == null || input.active();
        item.updatedAt = time.now();
    }

    private static void requireExtensible(String name) {
        if (!EXTENSIBLE.contains(name)) {
            throw ApiException.notFound("CODE_LIST_NOT_FOUND", name);
        }
    }

    private static CodeListView fixed(String name, Class<? extends Labelled> type) {
        List<CodeView> codes = new ArrayList<>();
        for (Labelled l : type.getEnumConstants()) {
            codes.add(new CodeView(l.name(), l.labelZh(), l.labelEn(), null, true, null));
        }
        return new CodeListView(name, false, codes);
    }

    private static CodeListView extensible(String name) {
        List<CodeItem> items = CodeItem.list("listName = ?1 order by sortOrder, code", name);
        return new CodeListView(name, true, items.stream().map(CodeListResource::view).toList());
    }

    private static CodeView view(CodeItem i) {
        return new CodeView(i.code, i.labelZh, i.labelEn, i.organId, i.active, i.version);
    }
}
