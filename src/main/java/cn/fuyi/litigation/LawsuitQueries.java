package cn.fuyi.litigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.fuyi.common.PageRequest;
import cn.fuyi.common.Sorting;
import cn.fuyi.litigation.api.LawsuitFilter;
import cn.fuyi.litigation.outcome.Outcome;
import cn.fuyi.organ.Organ;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** The lawsuit list, worklist and reporting list, filtered, sorted and paged in the database. */
@ApplicationScoped
public class LawsuitQueries {

    @jakarta.inject.Inject
    cn.fuyi.security.UserScope scope;

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();
    static {
        SORTABLE.put("filedDate", "s.filedDate");
        SORTABLE.put("nextDueDate", "s.nextDueDate");
        SORTABLE.put("outcomeDate", "s.outcomeDate");
        SORTABLE.put("courtCaseNumber", "s.courtCaseNumber");
        SORTABLE.put("state", "s.state");
        SORTABLE.put("id", "s.id");
    }

    public record Page(List<Lawsuit> items, long total) {
    }

    public Page list(LawsuitFilter f, PageRequest page, LocalDate asOf) {
        StringBuilder where = new StringBuilder(" from Lawsuit s where 1 = 1");
        Map<String, Object> p = new HashMap<>();
        restrict(where, p);
        if (f.state != null && !f.state.isEmpty()) {
            where.append(" and s.state in :states");
            p.put("states", f.state);
        }
        if (f.instance != null) {
            where.append(" and s.instance = :instance");
            p.put("instance", f.instance);
        }
        if (f.organId != null) {
            where.append(" and s.organId in :organs");
            p.put("organs", f.includeSubordinates ? Organ.subtreeIds(f.organId) : List.of(f.organId));
        }
        if (f.respondentId != null) {
            where.append(" and exists (select 1 from LawsuitDefendant d where d.lawsuitId = s.id and d.respondentId = :respondent)");
            p.put("respondent", f.respondentId);
        }
        if (f.actCategory != null) {
            where.append(" and s.actCategory = :category");
            p.put("category", f.actCategory);
        }
        if (f.actDomain != null) {
            where.append(" and s.actDomain = :domain");
            p.put("domain", f.actDomain);
        }
        if (f.outcome != null) {
            where.append(" and s.outcome = :outcome");
            p.put("outcome", f.outcome);
        }
        if (f.lost != null) {
            List<Outcome> losses = new ArrayList<>();
            for (Outcome o : Outcome.values()) {
                if (o.loss()) {
                    losses.add(o);
                }
            }
            if (f.respondentId != null) {
                // the agency's own outcome: in a co-defendant suit it may have won what the organ lost (法释〔2018〕1号 art. 136)
                where.append(" and exists (select 1 from LawsuitDefendant ld where ld.lawsuitId = s.id and ld.respondentId = :respondent"
                        + (f.lost ? " and ld.outcome in :losses)" : " and ld.outcome is not null and ld.outcome not in :losses)"));
            } else {
                where.append(f.lost ? " and s.outcome in :losses" : " and s.outcome is not null and s.outcome not in :losses");
            }
            p.put("losses", losses);
        }
        if (f.reconsiderationCaseId != null) {
            where.append(" and s.reconsiderationCaseId = :case");
            p.put("case", f.reconsiderationCaseId);
        }
        if (f.filedFrom != null) {
            where.append(" and s.filedDate >= :from");
            p.put("from", f.filedFrom);
        }
        if (f.filedTo != null) {
            where.append(" and s.filedDate <= :to");
            p.put("to", f.filedTo);
        }
        if (f.overdue != null) {
            where.append(f.overdue ? " and s.nextDueDate < :asOf" : " and (s.nextDueDate is null or s.nextDueDate >= :asOf)");
            p.put("asOf", asOf);
        }
        if (f.dueWithinDays != null) {
            where.append(" and s.nextDueDate <= :horizon");
            p.put("horizon", asOf.plusDays(f.dueWithinDays));
        }
        if (f.q != null && !f.q.isBlank()) {
            where.append(" and (s.courtCaseNumber like :q or exists (select 1 from LawsuitPlaintiff lp"
                    + " where lp.lawsuitId = s.id and lp.name like :q))");
            p.put("q", "%" + f.q.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String order = Sorting.orderBy(page.sort(), SORTABLE, "-filedDate", "s.id DESC");
        PanacheQuery<Lawsuit> q = Lawsuit.find("select s" + where + order, p);
        long total = Lawsuit.count("select count(s)" + where, p);
        return new Page(q.page(page.page(), page.size()).list(), total);
    }

    private void restrict(StringBuilder where, Map<String, Object> p) {
        if (scope.agencyOnly()) {
            where.append(" and exists (select 1 from LawsuitDefendant od where od.lawsuitId = s.id and od.respondentId = :ownAgency)");
            p.put("ownAgency", scope.respondentId());
        } else {
            where.append(scope.organCondition("s", p));
        }
    }

    /** Served suits of the scope and period with their reporting status, worst first. */
    public Page reporting(Long organId, boolean includeSubordinates, LocalDate from, LocalDate to, ReportStatus status,
            LocalDate asOf, PageRequest page) {
        StringBuilder where = new StringBuilder(" from Lawsuit s where s.servedDate is not null");
        Map<String, Object> p = new HashMap<>();
        restrict(where, p);
        if (organId != null) {
            where.append(" and s.organId in :organs");
            p.put("organs", includeSubordinates ? Organ.subtreeIds(organId) : List.of(organId));
        }
        if (from != null) {
            where.append(" and s.servedDate >= :from");
            p.put("from", from);
        }
        if (to != null) {
            where.append(" and s.servedDate <= :to");
            p.put("to", to);
        }
        if (status != null) {
            switch (status) {
                case ON_TIME -> where.append(" and s.reportedDate is not null and s.reportedDate <= s.reportDueDate");
                case LATE -> where.append(" and s.reportedDate > s.reportDueDate");
                case NOT_REPORTED -> where.append(" and s.reportedDate is null and s.reportDueDate < :asOf");
                case PENDING -> where.append(" and s.reportedDate is null and s.reportDueDate >= :asOf");
            }
            if (status == ReportStatus.NOT_REPORTED || status == ReportStatus.PENDING) {
                p.put("asOf", asOf);
            }
        }
        PanacheQuery<Lawsuit> q = Lawsuit.find("select s" + where + " order by s.servedDate, s.id", p);
        long total = Lawsuit.count("select count(s)" + where, p);
        return new Page(q.page(page.page(), page.size()).list(), total);
    }
}
