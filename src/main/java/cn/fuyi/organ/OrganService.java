package cn.fuyi.organ;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

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
        if (Organ.count("code", in.code()) > 0) {
            throw ApiException.conflict("ORGAN_CODE_TAKEN", in.code());
        }
        Organ o = new Organ();
        o.createdAt = time.now();
        apply(o, in);
        o.persist();
        return o;
    }

    @Transactional
    public Organ update(long id, OrganInput in, VersionCheck check) {
        Organ o = organ(id);
        check.check(o.version);
        if (!o.code.equals(in.code()) && Organ.count("code", in.code()) > 0) {
            throw ApiException.conflict("ORGAN_CODE_TAKEN", in.code());
        }
        if (in.parentId() != null && Organ.subtreeIds(o.id).contains(in.parentId())) {
            throw ApiException.unprocessable("ORGAN_CYCLE");
        }
        apply(o, in);
        o.flush();
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
        Respondent r = new Respondent();
        r.createdAt = time.now();
        apply(r, in);
        r.persist();
        return r;
    }

    @Transactional
    public Respondent update(long id, RespondentInput in, VersionCheck check) {
        Respondent r = respondent(id);
        check.check(r.version);
        apply(r, in);
        r.flush();
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
