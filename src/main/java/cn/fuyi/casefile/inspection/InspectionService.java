package cn.fuyi.casefile.inspection;

import java.util.LinkedHashMap;
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
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.intake.CaseParty;
import cn.fuyi.reconsideration.intake.PartyRole;

/** File inspection (阅卷, ARL 47): the request, the office's answer on the statutory grounds, the materials provided. */
@ApplicationScoped
public class InspectionService {

    static final Map<String, String> SORT = Map.of("id", "id", "requestDate", "requestDate", "outcome", "outcome");

    @Inject
    CaseFileRecords records;
    @Inject
    AuditLog audit;

    public record Page(List<FileInspection> items, long total) {
    }

    @Transactional
    public FileInspection request(long caseId, InspectionInputs.NewRequest in) {
        audit.expect();
        ReconsiderationCase c = records.caseOf(caseId);
        records.notInFuture("requestDate", in.requestDate());
        CaseFileRecords.notBefore("requestDate", in.requestDate(), "receivedDate", c.receivedDate);
        CaseParty p = records.party(c, "requesterPartyId", in.requesterPartyId(),
                Set.of(PartyRole.APPLICANT, PartyRole.THIRD_PARTY, PartyRole.AGENT));
        FileInspection f = new FileInspection();
        f.caseId = c.id;
        f.organId = c.organId;
        f.respondentId = c.respondentId;
        f.requestDate = in.requestDate();
        f.requesterRole = switch (p.role) {
            case APPLICANT -> RequesterRole.APPLICANT;
            case THIRD_PARTY -> RequesterRole.THIRD_PARTY;
            case AGENT -> RequesterRole.AGENT;
        };
        f.requesterPartyId = p.id;
        f.requesterName = p.name;
        f.materials = in.materials().strip();
        f.createdAt = records.now();
        f.createdBy = records.username();
        f.persist();
        audit.record(SubjectType.FILE_INSPECTION, f.id, f.organId, "REQUEST", AuditLog.created(f), null);
        audit.publish("FILE_INSPECTION_REQUESTED", SubjectType.FILE_INSPECTION, f.id, f.organId, f.respondentId, event(f));
        return f;
    }

    @Transactional
    public FileInspection decide(long caseId, long inspectionId, VersionCheck check, InspectionInputs.Decision in) {
        audit.expect();
        FileInspection f = find(caseId, inspectionId);
        check.check(f.version);
        if (f.outcome != null) {
            throw ApiException.conflict("FILE_INSPECTION_ALREADY_DECIDED", f.id, f.outcome.name(), f.decisionDate);
        }
        if (InspectionRules.needsGround(in.outcome()) && in.ground() == null) {
            throw ApiException.invalidField("ground", "INSPECTION_GROUND_REQUIRED");
        }
        if (!InspectionRules.needsGround(in.outcome()) && in.ground() != null) {
            throw ApiException.invalidField("ground", "INSPECTION_GROUND_ONLY_WHEN_REFUSED");
        }
        if (!InspectionRules.providesMaterials(in.outcome()) && in.providedDate() != null) {
            throw ApiException.invalidField("providedDate", "NOTHING_PROVIDED_WHEN_REFUSED");
        }
        records.notInFuture("date", in.date());
        CaseFileRecords.notBefore("date", in.date(), "requestDate", f.requestDate);
        records.notInFuture("providedDate", in.providedDate());
        CaseFileRecords.notBefore("providedDate", in.providedDate(), "date", in.date());
        var before = AuditLog.snapshot(f);
        f.outcome = in.outcome();
        f.refusalGround = in.ground();
        f.outcomeNote = CaseFileRecords.trimmed(in.note());
        f.decisionDate = in.date();
        f.decidedBy = records.displayName();
        f.providedDate = in.providedDate();
        audit.record(SubjectType.FILE_INSPECTION, f.id, f.organId, "DECIDE", AuditLog.diff(before, AuditLog.snapshot(f)), null);
        Map<String, Object> payload = event(f);
        payload.put("outcome", f.outcome.name());
        if (f.refusalGround != null) {
            payload.put("ground", f.refusalGround.name());
        }
        audit.publish("FILE_INSPECTION_DECIDED", SubjectType.FILE_INSPECTION, f.id, f.organId, f.respondentId, payload);
        return f;
    }

    @Transactional
    public FileInspection provided(long caseId, long inspectionId, VersionCheck check, InspectionInputs.Provided in) {
        audit.expect();
        FileInspection f = find(caseId, inspectionId);
        check.check(f.version);
        if (f.outcome == null || !InspectionRules.providesMaterials(f.outcome)) {
            throw ApiException.unprocessable("FILE_INSPECTION_NOT_GRANTED", f.id);
        }
        if (f.providedDate != null) {
            throw ApiException.conflict("FILE_INSPECTION_ALREADY_PROVIDED", f.id, f.providedDate);
        }
        records.notInFuture("date", in.date());
        CaseFileRecords.notBefore("date", in.date(), "decisionDate", f.decisionDate);
        var before = AuditLog.snapshot(f);
        f.providedDate = in.date();
        audit.record(SubjectType.FILE_INSPECTION, f.id, f.organId, "PROVIDE", AuditLog.diff(before, AuditLog.snapshot(f)), null);
        audit.publish("FILE_INSPECTION_PROVIDED", SubjectType.FILE_INSPECTION, f.id, f.organId, f.respondentId, event(f));
        return f;
    }

    public FileInspection find(long caseId, long inspectionId) {
        ReconsiderationCase c = records.caseOf(caseId);
        FileInspection f = FileInspection.findById(inspectionId);
        if (f == null || f.caseId != c.id) {
            throw ApiException.notFound("FILE_INSPECTION_NOT_FOUND", inspectionId);
        }
        return f;
    }

    public Page list(long caseId, PageRequest page) {
        records.caseOf(caseId);
        String order = Sorting.orderBy(page.sort(), SORT, "id", "id");
        var q = FileInspection.<FileInspection>find("caseId = ?1" + order, caseId);
        return new Page(q.page(page.page(), page.size()).list(), FileInspection.count("caseId", caseId));
    }

    private static Map<String, Object> event(FileInspection f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caseId", f.caseId);
        m.put("requesterRole", f.requesterRole.name());
        m.put("requestDate", f.requestDate.toString());
        if (f.providedDate != null) {
            m.put("providedDate", f.providedDate.toString());
        }
        return m;
    }
}
