package cn.fuyi.reconsideration;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import cn.fuyi.common.CurrentUser;
import cn.fuyi.common.PageRequest;
import cn.fuyi.common.Sorting;
import cn.fuyi.organ.Organ;
import cn.fuyi.reconsideration.api.CaseFilter;
import cn.fuyi.reconsideration.intake.PartyRole;

/** The case list and worklist: filters, search, sorting and paging, all in the database. */
@ApplicationScoped
public class CaseQueries {

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();
    static {
        SORTABLE.put("receivedDate", "c.receivedDate");
        SORTABLE.put("caseNumber", "c.caseYear, c.caseSeq");
        SORTABLE.put("nextDueDate", "c.nextDueDate");
        SORTABLE.put("state", "c.state");
        SORTABLE.put("acceptedDate", "c.acceptedDate");
        SORTABLE.put("concludedDate", "c.concludedDate");
        SORTABLE.put("updatedAt", "c.updatedAt");
        SORTABLE.put("id", "c.id");
    }

    @Inject
    CurrentUser user;
    @Inject
    cn.fuyi.security.UserScope scope;

    public record Page(List<ReconsiderationCase> items, long total) {
    }

    public Page list(CaseFilter f, PageRequest page, LocalDate asOf) {
        StringBuilder where = new StringBuilder(" from ReconsiderationCase c where 1 = 1");
        Map<String, Object> p = new HashMap<>();
        if (scope.agencyOnly()) {
            where.append(" and c.respondentId = :ownAgency");
            p.put("ownAgency", scope.respondentId());
        } else {
            where.append(scope.organCondition("c", p));
        }
        if (f.state != null && !f.state.isEmpty()) {
            where.append(" and c.state in :states");
            p.put("states", f.state);
        }
        if (f.organId != null) {
            where.append(" and c.organId in :organs");
            p.put("organs", f.includeSubordinates ? Organ.subtreeIds(f.organId) : List.of(f.organId));
        }
        if (f.respondentId != null) {
            where.append(" and c.respondentId = :respondent");
            p.put("respondent", f.respondentId);
        }
        if (f.actCategory != null) {
            where.append(" and c.actCategory = :category");
            p.put("category", f.actCategory);
        }
        if (f.actDomain != null) {
            where.append(" and c.actDomain = :domain");
            p.put("domain", f.actDomain);
        }
        if (f.clerk != null) {
            where.append(" and c.clerk = :clerk");
            p.put("clerk", f.clerk);
        }
        if (f.assignedToMe) {
            where.append(" and c.clerk = :me");
            p.put("me", user.username());
        }
        if (f.receivedFrom != null) {
            where.append(" and c.receivedDate >= :from");
            p.put("from", f.receivedFrom);
        }
        if (f.receivedTo != null) {
            where.append(" and c.receivedDate <= :to");
            p.put("to", f.receivedTo);
        }
        if (f.overdue != null) {
            where.append(f.overdue ? " and c.nextDueDate < :asOf" : " and (c.nextDueDate is null or c.nextDueDate >= :asOf)");
            p.put("asOf", asOf);
        }
        if (f.dueWithinDays != null) {
            where.append(" and c.nextDueDate <= :horizon");
            p.put("horizon", asOf.plusDays(f.dueWithinDays));
        }
        if (f.q != null && !f.q.isBlank()) {
            where.append(" and (c.caseNumber like :q or exists (select 1 from CaseParty cp where cp.caseId = c.id"
                    + " and cp.role = :applicant and cp.name like :q))");
            p.put("q", "%" + escapeLike(f.q.trim()) + "%");
            p.put("applicant", PartyRole.APPLICANT);
        }
        String order = Sorting.orderBy(page.sort(), SORTABLE, "-receivedDate", "c.id DESC");
        PanacheQuery<ReconsiderationCase> q = ReconsiderationCase.find("select c" + where + order, p);
        long total = ReconsiderationCase.count("select count(c)" + where, p);
        return new Page(q.page(page.page(), page.size()).list(), total);
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
