package cn.fuyi.casefile.evidence;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fuyi.audit.AuditLog;
import cn.fuyi.audit.SubjectType;
import cn.fuyi.casefile.CaseFileRecords;
import cn.fuyi.common.ApiException;
import cn.fuyi.common.PageRequest;
import cn.fuyi.common.Sorting;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.organ.Respondent;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.intake.CaseParty;
import cn.fuyi.reconsideration.intake.PartyRole;

/**
 * The evidence register of a case (ARL 43-46) and the office's investigations (ARL 45): entering items, the review
 * that admits or excludes them, and the investigations with their staff. Every write is audited and published.
 */
@ApplicationScoped
public class EvidenceService {

    static final Map<String, String> EVIDENCE_SORT = Map.of("id", "id", "submittedDate", "submittedDate", "type", "type",
            "reviewStatus", "reviewStatus");
    static final Map<String, String> INVESTIGATION_SORT = Map.of("id", "id", "date", "date");

    @Inject
    CaseFileRecords records;
    @Inject
    AuditLog audit;

    public record Page<T>(List<T> items, long total) {
    }

    @Transactional
    public EvidenceItem submit(long caseId, EvidenceInputs.NewEvidence in) {
        audit.expect();
        ReconsiderationCase c = records.caseOf(caseId);
        records.notInFuture("submittedDate", in.submittedDate());
        CaseFileRecords.notBefore("submittedDate", in.submittedDate(), "receivedDate", c.receivedDate);
        boolean supplementary = Boolean.TRUE.equals(in.supplementary());
        if (supplementary && in.submitterRole() != SubmitterRole.RESPONDENT) {
            throw ApiException.invalidField("supplementary", "SUPPLEMENT_ONLY_FOR_RESPONDENT");
        }
        if (!supplementary && (in.permissionDate() != null || in.permittedBy() != null || in.permissionReason() != null)) {
            throw ApiException.invalidField("permissionDate", "ONLY_FOR_SUPPLEMENT");
        }
        if (EvidenceRules.needsPermission(in.submitterRole(), supplementary) && in.permissionDate() == null) {
            throw ApiException.unprocessable("SUPPLEMENTARY_EVIDENCE_NOT_PERMITTED");
        }
        records.notInFuture("permissionDate", in.permissionDate());
        CaseFileRecords.notBefore("submittedDate", in.submittedDate(), "permissionDate", in.permissionDate());

        EvidenceItem e = new EvidenceItem();
        e.caseId = c.id;
        e.organId = c.organId;
        e.respondentId = c.respondentId;
        e.type = in.type();
        e.description = in.description().strip();
        e.submitterRole = in.submitterRole();
        if (in.submitterRole() == SubmitterRole.RESPONDENT) {
            if (in.submitterPartyId() != null) {
                throw ApiException.invalidField("submitterPartyId", "NOT_FOR_RESPONDENT");
            }
            e.submitterName = Respondent.<Respondent>findById(c.respondentId).name;
        } else {
            PartyRole role = in.submitterRole() == SubmitterRole.APPLICANT ? PartyRole.APPLICANT : PartyRole.THIRD_PARTY;
            CaseParty p = records.party(c, "submitterPartyId", in.submitterPartyId(), Set.of(role));
            e.submitterPartyId = p.id;
            e.submitterName = p.name;
        }
        e.submittedDate = in.submittedDate();
        e.supplementary = supplementary;
        if (supplementary) {
            e.permissionDate = in.permissionDate();
            String by = CaseFileRecords.trimmed(in.permittedBy());
            e.permittedBy = by != null ? by : records.displayName();
            e.permissionReason = CaseFileRecords.trimmed(in.permissionReason());
        }
        e.reviewStatus = EvidenceReviewStatus.PENDING;
        e.documentIds = new LinkedHashSet<>(records.documents(c, "documentIds", in.documentIds()));
        e.createdAt = records.now();
        e.createdBy = records.username();
        e.persist();
        LocalDate replyDue = records.replyDue(c);
        EvidenceTimeliness t = EvidenceRules.timeliness(e.submitterRole, e.supplementary, e.submittedDate, replyDue);
        Map<String, Object> changes = AuditLog.created(e);
        changes.put("timeliness", t.name());
        audit.record(SubjectType.EVIDENCE, e.id, e.organId, "SUBMIT", changes, null);
        Map<String, Object> payload = event(e);
        payload.put("timeliness", t.name());
        payload.put("supplementary", e.supplementary);
        audit.publish("EVIDENCE_SUBMITTED", SubjectType.EVIDENCE, e.id, e.organId, e.respondentId, payload);
        return e;
    }

    /** The office's review: admitted, or excluded with the reason (ARL 43 ¶2; ARL 46 ¶1 for what the respondent collected itself). */
    @Transactional
    public EvidenceItem review(long caseId, long evidenceId, VersionCheck check, EvidenceInputs.Review in) {
        audit.expect();
        ReconsiderationCase c = records.caseOf(caseId);
        EvidenceItem e = find(c, evidenceId);
        check.check(e.version);
        boolean admitted = in.admitted();
        String reason = CaseFileRecords.trimmed(in.reason());
        if (!admitted && reason == null) {
            throw ApiException.invalidField("reason", "REQUIRED_WHEN_EXCLUDED");
        }
        records.notInFuture("date", in.date());
        CaseFileRecords.notBefore("date", in.date(), "submittedDate", e.submittedDate);
        var before = AuditLog.snapshot(e);
        e.reviewStatus = admitted ? EvidenceReviewStatus.ADMITTED : EvidenceReviewStatus.EXCLUDED;
        e.reviewDate = in.date();
        e.reviewReason = reason;
        e.reviewedBy = records.displayName();
        audit.record(SubjectType.EVIDENCE, e.id, e.organId, "REVIEW", AuditLog.diff(before, AuditLog.snapshot(e)), reason);
        Map<String, Object> payload = event(e);
        payload.put("reviewStatus", e.reviewStatus.name());
        audit.publish("EVIDENCE_REVIEWED", SubjectType.EVIDENCE, e.id, e.organId, e.respondentId, payload);
        return e;
    }

    public EvidenceItem find(long caseId, long evidenceId) {
        return find(records.caseOf(caseId), evidenceId);
    }

    private static EvidenceItem find(ReconsiderationCase c, long evidenceId) {
        EvidenceItem e = EvidenceItem.findById(evidenceId);
        if (e == null || e.caseId != c.id) {
            throw ApiException.notFound("EVIDENCE_NOT_FOUND", evidenceId);
        }
        return e;
    }

    public Page<EvidenceItem> list(long caseId, PageRequest page) {
        records.caseOf(caseId);
        String order = Sorting.orderBy(page.sort(), EVIDENCE_SORT, "id", "id");
        var q = EvidenceItem.<EvidenceItem>find("caseId = ?1" + order, caseId);
        return new Page<>(q.page(page.page(), page.size()).list(), EvidenceItem.count("caseId", caseId));
    }

    /** The respondent's reply period's last day for the case, for judging its items. */
    public LocalDate replyDue(long caseId) {
        return records.replyDue(records.caseOf(caseId));
    }

    // ---- investigations (ARL 45) -------------------------------------------------------------------------

    /** At least two reconsideration staff investigate and show their credentials (ARL 45 ¶2). */
    static final int MIN_STAFF = 2;

    @Transactional
    public Investigation investigate(long caseId, EvidenceInputs.NewInvestigation in) {
        audit.expect();
        ReconsiderationCase c = records.caseOf(caseId);
        List<String> staff = in.staff().stream().map(String::strip).distinct().toList();
        if (staff.size() < MIN_STAFF) {
            throw ApiException.unprocessable("INVESTIGATION_STAFF_TOO_FEW", staff.size(), MIN_STAFF);
        }
        records.notInFuture("date", in.date());
        CaseFileRecords.notBefore("date", in.date(), "receivedDate", c.receivedDate);
        Investigation i = new Investigation();
        i.caseId = c.id;
        i.organId = c.organId;
        i.respondentId = c.respondentId;
        i.date = in.date();
        i.place = in.place().strip();
        i.matters = CaseFileRecords.trimmed(in.matters());
        i.staff = new java.util.ArrayList<>(staff);
        i.personsQuestioned = new java.util.ArrayList<>(in.personsQuestioned() == null ? List.of()
                : in.personsQuestioned().stream().map(String::strip).toList());
        i.documentIds = new LinkedHashSet<>(records.documents(c, "documentIds", in.documentIds()));
        i.createdAt = records.now();
        i.createdBy = records.username();
        i.persist();
        audit.record(SubjectType.INVESTIGATION, i.id, i.organId, "RECORD", AuditLog.created(i), null);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("caseId", i.caseId);
        payload.put("date", i.date.toString());
        payload.put("staffCount", i.staff.size());
        audit.publish("INVESTIGATION_RECORDED", SubjectType.INVESTIGATION, i.id, i.organId, i.respondentId, payload);
        return i;
    }

    public Investigation investigation(long caseId, long investigationId) {
        ReconsiderationCase c = records.caseOf(caseId);
        Investigation i = Investigation.findById(investigationId);
        if (i == null || i.caseId != c.id) {
            throw ApiException.notFound("INVESTIGATION_NOT_FOUND", investigationId);
        }
        return i;
    }

    public Page<Investigation> investigations(long caseId, PageRequest page) {
        records.caseOf(caseId);
        String order = Sorting.orderBy(page.sort(), INVESTIGATION_SORT, "id", "id");
        var q = Investigation.<Investigation>find("caseId = ?1" + order, caseId);
        return new Page<>(q.page(page.page(), page.size()).list(), Investigation.count("caseId", caseId));
    }

    private static Map<String, Object> event(EvidenceItem e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caseId", e.caseId);
        m.put("type", e.type.name());
        m.put("submitterRole", e.submitterRole.name());
        m.put("submittedDate", e.submittedDate.toString());
        return m;
    }
}
