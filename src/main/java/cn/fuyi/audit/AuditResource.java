package cn.fuyi.audit;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.fuyi.common.CsvFiles;
import cn.fuyi.common.ApiException;
import cn.fuyi.common.PageRequest;
import cn.fuyi.common.PageResult;
import cn.fuyi.common.TimeSource;
import cn.fuyi.security.UserScope;
import io.agroal.api.AgroalDataSource;

@Path("/api/v1/audit")
@Tag(name = "Audit", description = "审计 — the append-only, hash-chained record of every write and of every reading of personal data")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("auditor")
public class AuditResource {

    private static final String COLUMNS = AuditRow.COLUMNS;

    @Inject
    EntityManager em;
    @Inject
    UserScope scope;
    @Inject
    ObjectMapper json;
    @Inject
    TimeSource time;
    @Inject
    AgroalDataSource dataSource;

    private static final List<String> SORTS = List.of("id", "-id", "seq", "-seq");

    @Schema(name = "AuditRecord")
    public record AuditView(@Schema(description = "The record's number, given when it is written") long id,
            @Schema(description = "Its position in the hash chain, given by the sequencer shortly after the change commits; null until then")
            Long seq, java.time.Instant occurredAt, String username, String displayName, String roles,
            Long organId, SubjectType subjectType, Long subjectId, String operation,
            @Schema(description = "Changed fields: name → {before, after}; step details under 'details'") Object changes,
            String reason, String requestId, String clientAddress, String prevHash, String hash) {
    }

    @Schema(name = "AuditVerification")
    public record Verification(boolean intact, long checked, Long fromSeq, Long toSeq,
            @Schema(description = "The first record whose hash does not match its content and predecessor") Long firstBrokenSeq,
            @Schema(description = "That record's number") Long firstBrokenId,
            String expectedHash, String storedHash,
            @Schema(description = "Records committed but not yet sequenced (not part of the chain yet, so not checked)") long unsequenced) {
    }

    /** The filters of the audit query. */
    public static class AuditFilter {
        @QueryParam("caseId")
        public Long caseId;
        @QueryParam("lawsuitId")
        public Long lawsuitId;
        @QueryParam("subjectType")
        public SubjectType subjectType;
        @QueryParam("subjectId")
        public Long subjectId;
        @QueryParam("user")
        public String user;
        @QueryParam("operation")
        public String operation;
        @QueryParam("from")
        public LocalDate from;
        @QueryParam("to")
        public LocalDate to;
    }

    @GET
    @Operation(summary = "Query the audit trail", description = "By case, lawsuit or any subject, user, operation and time range (dates in Asia/Shanghai), newest first")
    @APIResponse(responseCode = "200", description = "One page of audit records")
    public PageResult<AuditView> query(@BeanParam AuditFilter f, @Valid @BeanParam PageRequest page) {
        if (page.sort() != null && !page.sort().isBlank() && !SORTS.contains(page.sort())) {
            throw ApiException.badRequest("INVALID_SORT", page.sort(), String.join(", ", SORTS));
        }
        Map<String, Object> p = new HashMap<>();
        String where = where(f, p);
        // records are listed in the order they were written; their chain positions follow commit order, which for
        // the records of one case or lawsuit is the same order
        String order = page.sort() != null && !page.sort().startsWith("-") ? " ORDER BY id ASC" : " ORDER BY id DESC";
        Query q = em.createNativeQuery("SELECT " + COLUMNS + " FROM audit_record" + where + order);
        p.forEach(q::setParameter);
        q.setFirstResult(page.offset()).setMaxResults(page.size());
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM audit_record" + where);
        p.forEach(count::setParameter);
        List<AuditView> items = new ArrayList<>();
        for (Object row : q.getResultList()) {
            items.add(view((Object[]) row));
        }
        return PageResult.of(items, page, ((Number) count.getSingleResult()).longValue());
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(summary = "Export the audit trail as CSV", description = "The same filters as the query, oldest first, at most 100,000 records; UTF-8 with BOM, Chinese headers")
    @APIResponse(responseCode = "200", description = "CSV file", content = @Content(mediaType = "text/csv"))
    public Response export(@BeanParam AuditFilter f) {
        Map<String, Object> p = new HashMap<>();
        String where = where(f, p);
        Query q = em.createNativeQuery("SELECT " + COLUMNS + " FROM audit_record" + where + " ORDER BY id ASC");
        p.forEach(q::setParameter);
        q.setMaxResults(100_000);
        List<Object> header = List.of("记录编号", "序号", "时间(UTC)", "用户", "姓名", "角色", "机关", "对象类型", "对象编号", "操作",
                "变更内容", "理由", "请求编号", "客户端地址", "前一哈希", "哈希");
        List<List<Object>> rows = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            List<Object> cells = new ArrayList<>(r.length);
            for (Object v : r) {
                cells.add(v == null ? null : v.toString());
            }
            rows.add(cells);
        }
        return Response.ok(CsvFiles.write(header, rows))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit.csv\"").build();
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Verify the hash chain", description = "Recomputes the hash of every sequenced record (or those from fromSeq to toSeq) from what the database stores and names the first record that does not match; records not yet sequenced are counted")
    @APIResponse(responseCode = "200", description = "Whether the chain is intact",
            content = @Content(schema = @Schema(implementation = Verification.class)))
    public Verification verify(@QueryParam("fromSeq") @Min(1) Long fromSeq, @QueryParam("toSeq") @Min(1) Long toSeq)
            throws SQLException {
        long from = fromSeq == null ? 1 : fromSeq;
        try (Connection c = dataSource.getConnection()) {
            long unsequenced;
            try (var st = c.prepareStatement("SELECT COUNT(*) FROM audit_record WHERE seq IS NULL"); var rs = st.executeQuery()) {
                rs.next();
                unsequenced = rs.getLong(1);
            }
            String prev = AuditLog.GENESIS;
            if (from > 1) {
                List<AuditRow> before = AuditRow.read(c, "WHERE seq = ?", 1, from - 1);
                if (before.isEmpty()) {
                    throw ApiException.invalidField("fromSeq", "NO_SUCH_RECORD", from - 1);
                }
                prev = before.get(0).hash();
            }
            long checked = 0;
            long expectedSeq = from;
            while (true) {
                List<AuditRow> rows = toSeq == null
                        ? AuditRow.read(c, "WHERE seq >= ? ORDER BY seq", 1000, expectedSeq)
                        : AuditRow.read(c, "WHERE seq >= ? AND seq <= ? ORDER BY seq", 1000, expectedSeq, toSeq);
                if (rows.isEmpty()) {
                    break;
                }
                for (AuditRow r : rows) {
                    String expected = r.hash(expectedSeq, prev);
                    checked++;
                    if (r.seq() != expectedSeq || !prev.equals(r.prevHash()) || !expected.equals(r.hash())) {
                        return new Verification(false, checked, from, toSeq, r.seq(), r.id(), expected, r.hash(), unsequenced);
                    }
                    prev = r.hash();
                    expectedSeq++;
                }
            }
            return new Verification(true, checked, from, toSeq, null, null, null, null, unsequenced);
        }
    }

    private String where(AuditFilter f, Map<String, Object> p) {
        StringBuilder w = new StringBuilder(" WHERE 1 = 1");
        if (!scope.allOrgans()) {
            w.append(" AND (organ_id IS NULL OR organ_id IN (:scopeOrgans))");
            p.put("scopeOrgans", scope.organIds());
        }
        if (f.caseId != null) {
            w.append(" AND subject_type = 'RECONSIDERATION_CASE' AND subject_id = :caseId");
            p.put("caseId", f.caseId);
        }
        if (f.lawsuitId != null) {
            w.append(" AND subject_type = 'LAWSUIT' AND subject_id = :lawsuitId");
            p.put("lawsuitId", f.lawsuitId);
        }
        if (f.subjectType != null) {
            w.append(" AND subject_type = :subjectType");
            p.put("subjectType", f.subjectType.name());
        }
        if (f.subjectId != null) {
            w.append(" AND subject_id = :subjectId");
            p.put("subjectId", f.subjectId);
        }
        if (f.user != null && !f.user.isBlank()) {
            w.append(" AND username = :user");
            p.put("user", f.user);
        }
        if (f.operation != null && !f.operation.isBlank()) {
            w.append(" AND operation = :operation");
            p.put("operation", f.operation);
        }
        if (f.from != null) {
            w.append(" AND occurred_at >= :from");
            p.put("from", f.from.atStartOfDay(time.zone()).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
        }
        if (f.to != null) {
            w.append(" AND occurred_at < :to");
            p.put("to", f.to.plusDays(1).atStartOfDay(time.zone()).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
        }
        return w.toString();
    }

    private AuditView view(Object[] r) {
        Object changes = null;
        if (r[10] != null) {
            try {
                changes = json.readValue(r[10].toString(), new TypeReference<Map<String, Object>>() {
                });
            } catch (Exception e) {
                changes = r[10].toString();
            }
        }
        return new AuditView(((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).longValue(),
                toLocal(r[2]).toInstant(ZoneOffset.UTC), (String) r[3], (String) r[4], (String) r[5],
                r[6] == null ? null : ((Number) r[6]).longValue(), SubjectType.valueOf((String) r[7]),
                r[8] == null ? null : ((Number) r[8]).longValue(), (String) r[9], changes, (String) r[11],
                (String) r[12], (String) r[13], (String) r[14], (String) r[15]);
    }

    static LocalDateTime toLocal(Object o) {
        if (o instanceof LocalDateTime l) {
            return l;
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        return LocalDateTime.parse(o.toString().replace(' ', 'T'));
    }


}
