package cn.fuyi.litigation.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.fuyi.common.Labelled;
import cn.fuyi.litigation.Lawsuit;
import cn.fuyi.litigation.LawsuitPlaintiff;
import cn.fuyi.litigation.LawsuitStep;
import cn.fuyi.litigation.LitigationService;
import cn.fuyi.litigation.ReportStatus;
import cn.fuyi.litigation.api.LawsuitViews.AppearanceView;
import cn.fuyi.litigation.api.LawsuitViews.DefendantView;
import cn.fuyi.litigation.api.LawsuitViews.LawsuitDetail;
import cn.fuyi.litigation.api.LawsuitViews.LawsuitSummary;
import cn.fuyi.litigation.api.LawsuitViews.ProposedDefendantView;
import cn.fuyi.litigation.api.LawsuitViews.SessionView;
import cn.fuyi.litigation.deadline.CourtExclusion;
import cn.fuyi.litigation.deadline.LawsuitDeadlineKind;
import cn.fuyi.litigation.defendant.DefendantRule;
import cn.fuyi.litigation.defendant.LawsuitDefendant;
import cn.fuyi.litigation.session.CourtSession;
import cn.fuyi.litigation.session.HeadAppearances;
import cn.fuyi.litigation.session.InstanceAppearance;
import cn.fuyi.litigation.session.SessionAppearance;
import cn.fuyi.organ.CodeItem;
import cn.fuyi.organ.Organ;
import cn.fuyi.organ.Respondent;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.api.CaseViews.PartyView;
import cn.fuyi.reconsideration.api.CaseViews.TransitionLink;

/** Builds the litigation API's views, with labels beside codes. */
@ApplicationScoped
public class LawsuitMapper {

    @jakarta.inject.Inject
    cn.fuyi.security.UserScope scope;

    /** The lawsuit with everything recorded on it; called inside the operation's transaction (see LawsuitResource). */
    public LawsuitDetail detail(Lawsuit s, LocalDate today) {
        boolean mask = !scope.seesPersonalData();
        List<LawsuitDefendant> defendants = LawsuitDefendant.list("lawsuitId = ?1 order by position", s.id);
        ReconsiderationCase linked = s.reconsiderationCaseId == null ? null : ReconsiderationCase.findById(s.reconsiderationCaseId);
        List<Long> respondentIds = new ArrayList<>(defendants.stream().map(d -> d.respondentId).toList());
        if (linked != null) {
            respondentIds.add(linked.respondentId);
        }
        Map<Long, String> names = Respondent.namesOf(respondentIds);
        Map<Long, InstanceAppearance> heads = HeadAppearances.of(s.id, defendants.stream().map(d -> d.id).toList());
        List<DefendantView> defendantViews = defendants.stream().map(d -> defendant(d, names, heads.get(d.id))).toList();
        List<ProposedDefendantView> proposed = null;
        Boolean match = null;
        String caseNumber = null;
        if (linked != null) {
            ReconsiderationCase c = linked;
            caseNumber = c.caseNumber;
            if (c.concludedDate != null) {
                List<DefendantRule.Proposed> rule = DefendantRule.propose(c);
                proposed = rule.stream().map(p -> proposed(p, names)).toList();
                java.util.Set<String> want = new java.util.HashSet<>();
                rule.forEach(p -> want.add(p.respondentId() + "/" + p.organId()));
                java.util.Set<String> got = new java.util.HashSet<>();
                defendants.forEach(d -> got.add(d.respondentId + "/" + d.organId));
                match = want.equals(got);
            }
        }
        Lawsuit previous = s.previousLawsuitId == null ? null : Lawsuit.findById(s.previousLawsuitId);
        List<Long> continuedBy = Lawsuit.<Lawsuit>list("previousLawsuitId = ?1 order by id", s.id).stream().map(l -> l.id).toList();
        Map<Long, String> defendantNames = new HashMap<>();
        defendantViews.forEach(d -> defendantNames.put(d.id(), d.name()));
        List<SessionView> sessions = CourtSession.<CourtSession>list("lawsuitId = ?1 order by sessionDate, id", s.id).stream()
                .map(cs -> session(cs, defendantNames)).toList();
        List<PartyView> plaintiffs = LawsuitPlaintiff.<LawsuitPlaintiff>list("lawsuitId = ?1 order by position", s.id).stream()
                .map(p -> new PartyView(p.id, null, null, p.kind, label(p.kind), p.name, p.idType, label(p.idType),
                        mask ? cn.fuyi.security.Masking.idNumber(p.idNumber) : p.idNumber,
                        mask ? cn.fuyi.security.Masking.phone(p.phone) : p.phone,
                        mask ? cn.fuyi.security.Masking.address(p.address) : p.address, p.legalRepresentative, null, null))
                .toList();
        List<TransitionLink> allowed = LawsuitStep.allowedIn(s.state).stream()
                .map(t -> new TransitionLink(t.name(), t.labelZh(), t.article(), "/api/v1/lawsuits/" + s.id + "/transitions/" + t.path()))
                .toList();
        ReportStatus report = LitigationService.reportStatus(s, today);
        return new LawsuitDetail(s.id, s.organId, organName(s.organId), s.court, s.courtCaseNumber, s.instance,
                label(s.instance), s.previousLawsuitId, previous == null ? null : previous.courtCaseNumber, continuedBy,
                s.reconsiderationCaseId, caseNumber, s.state, label(s.state),
                s.actCategory, code(CodeItem.ACT_CATEGORY, s.actCategory), s.actDomain, code(CodeItem.DOMAIN, s.actDomain),
                s.actDescription, s.claims, s.filedDate, s.servedDate, s.simplified, s.counselType, label(s.counselType),
                s.counselName, s.reportDueDate, s.reportedDate, report, label(report), s.defenceDate,
                s.outcome, label(s.outcome), s.outcome == null ? null : s.outcome.article(),
                s.outcome == null ? null : s.outcome.loss(), s.orderToRedo, s.withdrawnAfterActChanged, s.outcomeDate,
                s.outcomeServedDate, s.outcomeSummary, s.finalDate, plaintiffs, defendantViews, proposed, match, sessions,
                CourtExclusion.<CourtExclusion>list("lawsuitId = ?1 order by fromDate, id", s.id).stream()
                        .map(x -> new LawsuitViews.CourtExclusionView(x.id, x.ground, label(x.ground), x.fromDate, x.toDate, x.note,
                                x.recordedAt, x.recordedBy)).toList(),
                s.nextDeadlineKind, nextLabel(s.nextDeadlineKind), s.nextDueDate, allowed, s.version, s.createdAt,
                s.updatedAt, s.createdBy);
    }

    public List<LawsuitSummary> summaries(List<Lawsuit> list, LocalDate asOf) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Long> ids = list.stream().map(l -> l.id).toList();
        Map<Long, List<String>> plaintiffs = new HashMap<>();
        LawsuitPlaintiff.<LawsuitPlaintiff>list("lawsuitId in ?1 order by lawsuitId, position", ids)
                .forEach(p -> plaintiffs.computeIfAbsent(p.lawsuitId, k -> new ArrayList<>()).add(p.name));
        Map<Long, List<String>> defendants = defendantNames(ids);
        return list.stream().map(s -> {
            ReportStatus report = LitigationService.reportStatus(s, asOf);
            return new LawsuitSummary(s.id, s.organId, s.court, s.courtCaseNumber, s.instance, label(s.instance), s.state,
                    label(s.state), plaintiffs.getOrDefault(s.id, List.of()), defendants.getOrDefault(s.id, List.of()),
                    s.filedDate, s.servedDate, s.outcome, label(s.outcome), s.outcome == null ? null : s.outcome.loss(),
                    s.outcomeDate, s.nextDeadlineKind, nextLabel(s.nextDeadlineKind), s.nextDueDate,
                    s.nextDueDate != null && s.nextDueDate.isBefore(asOf), report, label(report), s.version);
        }).toList();
    }

    /** Defendant names per lawsuit, with one query for the defendants and one for their names. */
    public Map<Long, List<String>> defendantNames(List<Long> lawsuitIds) {
        Map<Long, List<String>> out = new HashMap<>();
        if (lawsuitIds.isEmpty()) {
            return out;
        }
        List<LawsuitDefendant> all = LawsuitDefendant.list("lawsuitId in ?1 order by lawsuitId, position", lawsuitIds);
        Map<Long, String> names = Respondent.namesOf(all.stream().map(d -> d.respondentId).toList());
        all.forEach(d -> out.computeIfAbsent(d.lawsuitId, k -> new ArrayList<>()).add(defendantName(d, names)));
        return out;
    }

    private static String defendantName(LawsuitDefendant d, Map<Long, String> names) {
        return d.respondentId != null ? names.get(d.respondentId) : organName(d.organId);
    }

    private static DefendantView defendant(LawsuitDefendant d, Map<Long, String> names, InstanceAppearance head) {
        return new DefendantView(d.id, d.respondentId, d.organId, defendantName(d, names), d.organ() ? "ORGAN" : "AGENCY",
                d.outcome, label(d.outcome), d.lost(), head, label(head));
    }

    /** A defendant the rule proposes, named, with the rule's basis and article. */
    public static ProposedDefendantView proposed(DefendantRule.Proposed p, Map<Long, String> names) {
        return new ProposedDefendantView(p.respondentId(), p.organId(),
                p.respondentId() != null ? names.get(p.respondentId()) : organName(p.organId()), p.basis().name(),
                p.basis().labelZh());
    }

    private static SessionView session(CourtSession cs, Map<Long, String> defendantNames) {
        List<SessionAppearance> all = SessionAppearance.list("sessionId = ?1 order by defendantId, revision", cs.id);
        List<AppearanceView> current = all.stream().filter(a -> !a.superseded).map(a -> appearance(a, defendantNames)).toList();
        List<AppearanceView> corrections = all.stream().filter(a -> a.superseded).map(a -> appearance(a, defendantNames)).toList();
        return new SessionView(cs.id, cs.sessionDate, cs.courtRoom, cs.note, current, corrections);
    }

    private static AppearanceView appearance(SessionAppearance a, Map<Long, String> defendantNames) {
        return new AppearanceView(a.id, a.defendantId, defendantNames.get(a.defendantId), a.revision, !a.superseded,
                a.headAppeared, a.headCounts(), a.headName, a.headPosition, a.headRank, label(a.headRank), a.headSpoke,
                a.headIdentityDefective, a.courtNotifiedHead, a.absenceReason, label(a.absenceReason),
                a.entrustedStaff == null ? null : Arrays.asList(a.entrustedStaff.split("、")), a.counselName,
                a.counselType, a.correctionReason, a.recordedAt, a.recordedBy);
    }

    public static String organName(Long id) {
        if (id == null) {
            return null;
        }
        Organ o = Organ.findById(id);
        return o == null ? null : o.name;
    }

    private static String code(String list, String code) {
        CodeItem i = CodeItem.find(list, code);
        return i == null ? null : i.labelZh;
    }

    private static String nextLabel(String kind) {
        return kind == null ? null : LawsuitDeadlineKind.valueOf(kind).labelZh();
    }

    static String label(Labelled l) {
        return l == null ? null : l.labelZh();
    }
}
