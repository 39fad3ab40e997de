package cn.fuyi.casefile.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fuyi.audit.AuditLog;
import cn.fuyi.audit.SubjectType;
import cn.fuyi.common.CurrentUser;
import cn.fuyi.common.TimeSource;
import cn.fuyi.organ.Organ;

/** The organs' document-number patterns: read with their defaults, set per kind by an administrator. */
@ApplicationScoped
public class NumberPatternService {

    @Inject
    TemplateService templates;
    @Inject
    AuditLog audit;
    @Inject
    CurrentUser user;
    @Inject
    TimeSource time;

    /** One kind's pattern as it applies: the organ's own (with its row) or the default (row null). */
    public record Applied(FormalDocumentKind kind, String pattern, String defaultPattern, DocumentNumberPattern own) {
    }

    public List<Applied> list(long organId) {
        Organ organ = templates.organ(organId);
        return java.util.Arrays.stream(FormalDocumentKind.values()).map(k -> applied(organ, k)).toList();
    }

    public Applied get(long organId, FormalDocumentKind kind) {
        return applied(templates.organ(organId), kind);
    }

    /** Sets the organ's pattern for the kind; {@code check} sees the current version when the organ had its own. */
    @Transactional
    public Applied set(long organId, FormalDocumentKind kind, String pattern, LongConsumer check) {
        audit.expect();
        Organ organ = templates.organ(organId);
        String p = pattern == null ? null : pattern.strip();
        DocumentNumbers.validate(p);
        DocumentNumberPattern row = DocumentNumberPattern.of(organId, kind);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("kind", kind.name());
        if (row == null) {
            row = new DocumentNumberPattern();
            row.organId = organId;
            row.kind = kind;
            changes.put("pattern", Map.of("before", DocumentNumbers.defaultPattern(organ, kind), "after", p));
        } else {
            check.accept(row.version);
            changes.put("pattern", Map.of("before", row.pattern, "after", p));
        }
        row.pattern = p;
        row.updatedAt = time.now();
        row.updatedBy = user.username();
        row.persist();
        audit.record(SubjectType.DOCUMENT_NUMBER_PATTERN, row.id, organId, "SET", changes, null);
        audit.publish("REFERENCE_CHANGED", SubjectType.DOCUMENT_NUMBER_PATTERN, row.id, organId, null, changes);
        return applied(organ, kind);
    }

    private static Applied applied(Organ organ, FormalDocumentKind kind) {
        DocumentNumberPattern own = DocumentNumberPattern.of(organ.id, kind);
        String def = DocumentNumbers.defaultPattern(organ, kind);
        return new Applied(kind, own == null ? def : own.pattern, def, own);
    }
}
