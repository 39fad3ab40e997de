package cn.fuyi.casefile.template;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.fuyi.common.ApiException;
import cn.fuyi.organ.CaseNumberPattern;
import cn.fuyi.organ.Organ;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The organs' document numbers (文号), e.g. 太政复不受字〔2026〕3号: a pattern per organ and kind, and a counter per
 * organ, kind and year that is drawn the way case numbers are ({@code CaseNumbers}): the counter row is incremented
 * under its row lock inside the generating transaction, so a document that is not stored gives its number back and
 * the numbers of a kind and year have no gaps; concurrent generations of one organ, kind and year queue on that row.
 */
@ApplicationScoped
public class DocumentNumbers {

    private static final Pattern TOKENS = Pattern.compile("\\{(?!year}|seq}|seq:\\d})[^}]*}");

    @Inject
    EntityManager em;

    /**
     * The default pattern: the first character of the organ's short name, 政复, the kind's code and 字〔year〕seq号 —
     * 太仓市 gives 太政复不受字〔{year}〕{seq}号.
     */
    public static String defaultPattern(Organ organ, FormalDocumentKind kind) {
        String base = organ.shortName == null || organ.shortName.isBlank() ? organ.name : organ.shortName.strip();
        return new String(Character.toChars(base.codePointAt(0))) + "政复" + kind.numberCode() + "字〔{year}〕{seq}号";
    }

    /** The organ's pattern for the kind: its own if it set one, the default otherwise. */
    public static String pattern(Organ organ, FormalDocumentKind kind) {
        DocumentNumberPattern own = DocumentNumberPattern.of(organ.id, kind);
        return own == null ? defaultPattern(organ, kind) : own.pattern;
    }

    /** A pattern must say the year and the sequence number ({seq}, or {seq:N} zero-padded to N digits) and nothing else in braces. */
    public static void validate(String pattern) {
        if (pattern == null || pattern.isBlank() || pattern.codePointCount(0, pattern.length()) > 60
                || !pattern.contains("{year}") || !(pattern.contains("{seq}") || pattern.matches(".*\\{seq:\\d}.*"))
                || TOKENS.matcher(pattern).find() || pattern.codePoints().anyMatch(Character::isISOControl)) {
            throw ApiException.invalidField("pattern", "DOCUMENT_NUMBER_PATTERN", pattern);
        }
    }

    public static String format(String pattern, int year, int seq) {
        return CaseNumberPattern.format(pattern, year, seq);
    }

    /** The next number of the organ, kind and year; must be called inside the transaction that stores the document, as late as it can. */
    public int next(long organId, FormalDocumentKind kind, int year) {
        // a plain read takes no lock; an UPDATE of a missing row would lock the gap where it belongs (see CaseNumbers)
        if (em.createNativeQuery("SELECT 1 FROM document_number_sequence WHERE organ_id = ?1 AND kind = ?2 AND year = ?3")
                .setParameter(1, organId).setParameter(2, kind.name()).setParameter(3, year).getResultList().isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "INSERT IGNORE INTO document_number_sequence (organ_id, kind, year, last_value) VALUES (?1, ?2, ?3, 0)")
                    .setParameter(1, organId).setParameter(2, kind.name()).setParameter(3, year).executeUpdate());
        }
        em.createNativeQuery("UPDATE document_number_sequence SET last_value = last_value + 1 WHERE organ_id = ?1 AND kind = ?2 AND year = ?3")
                .setParameter(1, organId).setParameter(2, kind.name()).setParameter(3, year).executeUpdate();
        Number n = (Number) em.createNativeQuery(
                "SELECT last_value FROM document_number_sequence WHERE organ_id = ?1 AND kind = ?2 AND year = ?3")
                .setParameter(1, organId).setParameter(2, kind.name()).setParameter(3, year).getSingleResult();
        return n.intValue();
    }
}
