package cn.fuyi.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.CurrentUser;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.reconsideration.deadline.DeadlineKind;
import cn.fuyi.common.Messages;
import cn.fuyi.common.TimeSource;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.ReconsiderationService;
import cn.fuyi.reconsideration.intake.CaseParty;
import cn.fuyi.reconsideration.intake.PartyRole;
import cn.fuyi.security.UserScope;

/**
 * What the case-file registers (evidence, investigations, inspections, service) share: the case as the caller may see
 * it, its parties, and the case-file documents a record links to, which must be documents of the same case.
 */
@ApplicationScoped
public class CaseFileRecords {

    @Inject
    ReconsiderationService cases;
    @Inject
    UserScope scope;
    @Inject
    TimeSource time;
    @Inject
    CurrentUser user;

    /** The case, if the caller may see it; 404 CASE_NOT_FOUND otherwise (another organ's, another agency's). */
    public ReconsiderationCase caseOf(long caseId) {
        return cases.find(caseId);
    }

    /** Whether names of people are shown masked to the caller (agency and statistics roles). */
    public boolean mask() {
        return !scope.seesPersonalData();
    }

    public boolean english(jakarta.ws.rs.core.HttpHeaders headers) {
        return Messages.isEnglish(Messages.locale(headers));
    }

    /** A party of the case in one of the roles given; a field error naming {@code field} otherwise. */
    public CaseParty party(ReconsiderationCase c, String field, Long partyId, Set<PartyRole> roles) {
        CaseParty p = partyId == null ? null : CaseParty.findById(partyId);
        if (p == null || p.caseId != c.id || !roles.contains(p.role)) {
            throw ApiException.invalidField(field, "PARTY_NOT_IN_CASE", partyId, roles);
        }
        return p;
    }

    /**
     * The documents named, each an active document of this case's file (CaseDocument ids, duplicates ignored);
     * a field error naming the first that is not.
     */
    public List<Long> documents(ReconsiderationCase c, String field, List<Long> ids) {
        if (ids == null) {
            return List.of();
        }
        Set<Long> unique = new LinkedHashSet<>(ids);
        for (Long id : unique) {
            document(c, field, id);
        }
        return new ArrayList<>(unique);
    }

    /** One active document of this case's file; a field error otherwise. */
    public CaseDocument document(ReconsiderationCase c, String field, Long id) {
        CaseDocument d = id == null ? null : CaseDocument.findById(id);
        if (d == null || d.ownerType != DocumentOwner.RECONSIDERATION_CASE || d.ownerId != c.id
                || d.state != DocumentState.ACTIVE) {
            throw ApiException.invalidField(field, "DOCUMENT_NOT_IN_CASE_FILE", id, c.id);
        }
        return d;
    }

    /**
     * The last day of the respondent's reply period as the case's deadlines compute it (ARL 48, 54; the 2017 law's
     * art. 23), from the copy's sending and receipt; null while the copy has not been sent.
     */
    public LocalDate replyDue(ReconsiderationCase c) {
        return cases.deadlines(c, time.today()).stream().filter(d -> d.kind() == DeadlineKind.RESPONDENT_REPLY)
                .map(Deadline::due).findFirst().orElse(null);
    }

    public String username() {
        return user.username();
    }

    public String displayName() {
        return user.displayName();
    }

    public java.time.Instant now() {
        return time.now();
    }

    /** Statutory dates of these registers are never in the future. */
    public void notInFuture(String field, LocalDate date) {
        if (date != null && date.isAfter(time.today())) {
            throw ApiException.invalidField(field, "DATE_IN_FUTURE", date, time.today());
        }
    }

    /** A date not before another one it follows. */
    public static void notBefore(String field, LocalDate date, String otherField, LocalDate other) {
        if (date != null && other != null && date.isBefore(other)) {
            throw ApiException.invalidField(field, "NOT_BEFORE", other);
        }
    }

    public static String trimmed(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
