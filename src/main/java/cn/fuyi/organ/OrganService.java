package cn.fuyi.organ;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fuyi.audit.AuditLog;
import cn.fuyi.audit.SubjectType;
import cn.fuyi.common.ApiException;
import cn.fuyi.common.TimeSource;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.organ.OrganDtos.OrganInput;
import cn.fuyi.organ.OrganDtos.RespondentInput;
import io.quarkus.panache.common.Sort;

/** Maintains organs and respondents. */
@ApplicationScoped
public class OrganService {

    @Inject
    TimeSource time;
    @Inject
    AuditLog audit;

    public List<Organ> organs(Long parentId) {
        return parentId == null ? Organ.listAll(Sort.by("id")) : Organ.list("parentId", Sort.by("id"), parentId);
    }

    public Organ organ(long id) {
        Organ o = Organ.findById(id);
        if (o == null) {
            throw ApiException.notFound("ORGAN_NOT_FOUND", id);
        }
        return o;
    }

    @Transactional
    public Organ create(OrganInput in) {
        audit.expect();
        if (Organ.count("code", in.code()) > 0) {
            throw ApiException.conflict("ORGAN_CODE_TAKEN", in.code());
        }
        Organ o = new Organ();
        o.createdAt = time.now();
        apply(o, in);
        o.persist();
        audit.record(SubjectType.ORGAN, o.id, o.id, "CREATE", AuditLog.created(o), null);
        audit.publish("REFERENCE_CHANGED", SubjectType.ORGAN, o.id, o.id, null, java.util.Map.of("name", o.name));
        return o;
    }

    @Transactional
    public Organ update(long id, OrganInput in, VersionCheck check) {
        audit.expect();
        Organ o = organ(id);
        check.check(o.version);
        var before = AuditLog.snapshot(o);
        if (!o.code.equals(in.code()) && Organ.count("code", in.code()) > 0) {
            throw ApiException.conflict("ORGAN_CODE_TAKEN", in.code());
        }
        if (in.parentId() != null && Organ.subtreeIds(o.id).contains(in.parentId())) {
            throw ApiException.unprocessable("ORGAN_CYCLE");
        }
        apply(o, in);
        o.flush();
        audit.record(SubjectType.ORGAN, o.id, o.id, "UPDATE", AuditLog.diff(before, AuditLog.snapshot(o)), null);
        audit.publish("REFERENCE_CHANGED", SubjectType.ORGAN, o.id, o.id, null, java.util.Map.of("name", o.name));
        return o;
    }

    private void apply(Organ o, OrganInput in) {
        if (in.parentId() != null) {
            organ(in.parentId());
        }
        CaseNumberPattern.validate(in.caseNumberPattern());
        o.code = in.code();
        o.name = in.name();
        o.shortName = in.shortName();
        o.parentId = in.parentId();
        o.level = in.level();
        o.caseNumberPattern = in.caseNumberPattern();
        o.active = in.active() == null || in.active();
        o.updatedAt = time.now();
    }

    public Respondent respondent(long id) {
        Respondent r = Respondent.findById(id);
        if (r == null) {
            throw ApiException.notFound("RESPONDENT_NOT_FOUND", id);
        }
        return r;
    }

    @Transactional
    public Respondent create(RespondentInput in) {
        audit.expect();
        Respondent r = new Respondent();
        r.createdAt = time.now();
        apply(r, in);
        r.persist();
        audit.record(SubjectType.RESPONDENT, r.id, r.organId, "CREATE", AuditLog.created(r), null);
        audit.publish("REFERENCE_CHANGED", SubjectType.RESPONDENT, r.id, r.organId, r.id, java.util.Map.of("name", r.name));
        return r;
    }

    @Transactional
    public Respondent update(long id, RespondentInput in, VersionCheck check) {
        audit.expect();
        Respondent r = respondent(id);
        check.check(r.version);
        var before = AuditLog.snapshot(r);
        apply(r, in);
        r.flush();
        audit.record(SubjectType.RESPONDENT, r.id, r.organId, "UPDATE", AuditLog.diff(before, AuditLog.snapshot(r)), null);
        audit.publish("REFERENCE_CHANGED", SubjectType.RESPONDENT, r.id, r.organId, r.id, java.util.Map.of("name", r.name));
        return r;
    }

    private void apply(Respondent r, RespondentInput in) {
        organ(in.organId());
        boolean renamed = r.id == null || !r.name.equals(in.name()) || r.organId != in.organId();
        if (renamed && Respondent.count("organId = ?1 and name = ?2", in.organId(), in.name()) > 0) {
            throw ApiException.conflict("RESPONDENT_NAME_TAKEN", in.name());
        }
        r.organId = in.organId();
        r.name = in.name();
        r.kind = in.kind();
        r.creditCode = in.creditCode();
        r.active = in.active() == null || in.active();
        r.updatedAt = time.now();
    }
}
