package cn.fuyi.casefile.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fuyi.audit.AuditLog;
import cn.fuyi.audit.SubjectType;
import cn.fuyi.casefile.CaseDocument;
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
 * Service records (送达, ARL 75, 88 ¶1; CPL 87-95): one per document and recipient. A decision takes effect on its
 * service (ARL 75 ¶2) and each applicant's period to sue runs from their own service (ALL 45), which the case's
 * deadlines read from these records (see SuitWindow).
 */
@ApplicationScoped
public class ServiceRecordService {

    static final Map<String, String> SORT = Map.of("id", "id", "sentDate", "sentDate", "servedDate", "servedDate",
            "documentId", "documentId");

    @Inject
    CaseFileRecords records;
    @Inject
    AuditLog audit;

    public record Page(List<ServiceRecord> items, long total) {
    }

    @Transactional
    public ServiceRecord record(long caseId, ServiceInputs.NewService in) {
        audit.expect();
        ReconsiderationCase c = records.caseOf(caseId);
        CaseDocument doc = records.document(c, "documentId", in.documentId());
        ServiceMethod m = in.method();
        if (ServiceDates.needsConsent(m) && in.consentDate() == null) {
            throw ApiException.unprocessable("ELECTRONIC_SERVICE_WITHOUT_CONSENT");
        }
        if (!ServiceDates.needsConsent(m) && in.consentDate() != null) {
            throw ApiException.invalidField("consentDate", "ONLY_FOR_ELECTRONIC_SERVICE");
        }
        if (m == ServiceMethod.PUBLICATION && in.deliveredDate() != null) {
            throw ApiException.invalidField("deliveredDate", "SERVED_DATE_COMPUTED_FOR_PUBLICATION");
        }
        if (ServiceDates.needsCircumstances(m) && CaseFileRecords.trimmed(in.note()) == null) {
            throw ApiException.invalidField("note", "REQUIRED_FOR_LEFT_AT_RESIDENCE");
        }
        records.notInFuture("sentDate", in.sentDate());
        records.notInFuture("consentDate", in.consentDate());
        records.notInFuture("deliveredDate", in.deliveredDate());
        CaseFileRecords.notBefore("sentDate", in.sentDate(), "receivedDate", c.receivedDate);
        CaseFileRecords.notBefore("sentDate", in.sentDate(), "consentDate", in.consentDate());
        CaseFileRecords.notBefore("deliveredDate", in.deliveredDate(), "sentDate", in.sentDate());

        ServiceRecord s = new ServiceRecord();
        s.caseId = c.id;
        s.organId = c.organId;
        s.respondentId = c.respondentId;
        s.documentId = doc.id;
        recipient(c, s, in.recipientPartyId(), in.respondent());
        s.method = m;
        s.sentDate = in.sentDate();
        s.consentDate = in.consentDate();
        s.deliveredDate = in.deliveredDate();
        s.servedDate = ServiceDates.served(m, s.sentDate, s.deliveredDate);
        s.proofDocumentId = in.proofDocumentId() == null ? null : records.document(c, "proofDocumentId", in.proofDocumentId()).id;
        s.note = CaseFileRecords.trimmed(in.note());
        s.createdAt = records.now();
        s.createdBy = records.username();
        s.persist();
        audit.record(SubjectType.SERVICE_RECORD, s.id, s.organId, "RECORD", AuditLog.created(s), null);
        audit.publish("SERVICE_RECORDED", SubjectType.SERVICE_RECORD, s.id, s.organId, s.respondentId, event(s, doc));
        return s;
    }

    /** The delivery date once known (the postal receipt comes back, the proof is signed), and the proof. */
    @Transactional
    public ServiceRecord deliver(long caseId, long recordId, VersionCheck check, ServiceInputs.Delivery in) {
        audit.expect();
        ReconsiderationCase c = records.caseOf(caseId);
        ServiceRecord s = find(c, recordId);
        check.check(s.version);
        if (s.method == ServiceMethod.PUBLICATION) {
            throw ApiException.unprocessable("SERVICE_BY_PUBLICATION_COMPUTED", s.id, s.servedDate);
        }
        if (s.deliveredDate != null) {
            throw ApiException.conflict("SERVICE_ALREADY_DELIVERED", s.id, s.deliveredDate);
        }
        records.notInFuture("deliveredDate", in.deliveredDate());
        CaseFileRecords.notBefore("deliveredDate", in.deliveredDate(), "sentDate", s.sentDate);
        var before = AuditLog.snapshot(s);
        s.deliveredDate = in.deliveredDate();
        s.servedDate = ServiceDates.served(s.method, s.sentDate, s.deliveredDate);
        if (in.proofDocumentId() != null) {
            s.proofDocumentId = records.document(c, "proofDocumentId", in.proofDocumentId()).id;
        }
        audit.record(SubjectType.SERVICE_RECORD, s.id, s.organId, "DELIVER", AuditLog.diff(before, AuditLog.snapshot(s)), null);
        audit.publish("SERVICE_DELIVERED", SubjectType.SERVICE_RECORD, s.id, s.organId, s.respondentId,
                event(s, CaseDocument.findById(s.documentId)));
        return s;
    }

    public ServiceRecord find(long caseId, long recordId) {
        return find(records.caseOf(caseId), recordId);
    }

    private static ServiceRecord find(ReconsiderationCase c, long recordId) {
        ServiceRecord s = ServiceRecord.findById(recordId);
        if (s == null || s.caseId != c.id) {
            throw ApiException.notFound("SERVICE_RECORD_NOT_FOUND", recordId);
        }
        return s;
    }

    public Page list(long caseId, Long documentId, PageRequest page) {
        records.caseOf(caseId);
        String order = Sorting.orderBy(page.sort(), SORT, "id", "id");
        String where = "caseId = ?1" + (documentId == null ? "" : " and documentId = ?2");
        Object[] params = documentId == null ? new Object[] { caseId } : new Object[] { caseId, documentId };
        var q = ServiceRecord.<ServiceRecord>find(where + order, params);
        return new Page(q.page(page.page(), page.size()).list(), ServiceRecord.count(where, params));
    }

    /** The recipient named: an applicant, third party or agent of the case, or its respondent. */
    private void recipient(ReconsiderationCase c, ServiceRecord s, Long partyId, Boolean respondent) {
        boolean isRespondent = Boolean.TRUE.equals(respondent);
        if (isRespondent == (partyId != null)) {
            throw ApiException.invalidField("recipientPartyId", "ONE_RECIPIENT");
        }
        if (isRespondent) {
            s.recipientRole = RecipientRole.RESPONDENT;
            s.recipientName = Respondent.<Respondent>findById(c.respondentId).name;
            return;
        }
        CaseParty p = records.party(c, "recipientPartyId", partyId,
                Set.of(PartyRole.APPLICANT, PartyRole.THIRD_PARTY, PartyRole.AGENT));
        s.recipientPartyId = p.id;
        s.recipientName = p.name;
        s.recipientRole = switch (p.role) {
            case APPLICANT -> RecipientRole.APPLICANT;
            case THIRD_PARTY -> RecipientRole.THIRD_PARTY;
            case AGENT -> RecipientRole.AGENT;
        };
    }

    private static Map<String, Object> event(ServiceRecord s, CaseDocument doc) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caseId", s.caseId);
        m.put("documentId", s.documentId);
        m.put("documentKind", doc.kind.name());
        m.put("recipientRole", s.recipientRole.name());
        m.put("method", s.method.name());
        m.put("sentDate", s.sentDate.toString());
        if (s.servedDate != null) {
            m.put("servedDate", s.servedDate.toString());
        }
        return m;
    }
}
