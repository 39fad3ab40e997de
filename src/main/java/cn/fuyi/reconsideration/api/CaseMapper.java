package cn.fuyi.reconsideration.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.fuyi.common.Labelled;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.organ.CodeItem;
import cn.fuyi.organ.Organ;
import cn.fuyi.organ.Respondent;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.ReconsiderationService;
import cn.fuyi.reconsideration.Transition;
import cn.fuyi.reconsideration.acceptance.CorrectionRequest;
import cn.fuyi.reconsideration.acceptance.SuperiorComplaint;
import cn.fuyi.reconsideration.api.CaseViews.ApplicationView;
import cn.fuyi.reconsideration.api.CaseViews.CaseDetail;
import cn.fuyi.reconsideration.api.CaseViews.CaseSummary;
import cn.fuyi.reconsideration.api.CaseViews.ComplaintView;
import cn.fuyi.reconsideration.api.CaseViews.CommitteeReferralView;
import cn.fuyi.reconsideration.api.CaseViews.DecisionBasisView;
import cn.fuyi.reconsideration.api.CaseViews.NormativeDocumentReviewView;
import cn.fuyi.reconsideration.api.CaseViews.PartyOpinionView;
import cn.fuyi.reconsideration.api.CaseViews.StayView;
import cn.fuyi.reconsideration.api.CaseViews.CorrectionView;
import cn.fuyi.reconsideration.api.CaseViews.ExcludedPeriodView;
import cn.fuyi.reconsideration.api.CaseViews.ExtensionView;
import cn.fuyi.reconsideration.api.CaseViews.HearingView;
import cn.fuyi.reconsideration.api.CaseViews.OpinionLetterView;
import cn.fuyi.reconsideration.api.CaseViews.PartyView;
import cn.fuyi.reconsideration.api.CaseViews.SuspensionView;
import cn.fuyi.reconsideration.api.CaseViews.TransitionLink;
import cn.fuyi.reconsideration.api.CaseViews.WarningView;
import cn.fuyi.reconsideration.committee.CommitteeReferral;
import cn.fuyi.reconsideration.deadline.DeadlineKind;
import cn.fuyi.reconsideration.decision.Extension;
import cn.fuyi.reconsideration.decision.SuitWindow;
import cn.fuyi.reconsideration.decision.SuperiorCopyRule;
import cn.fuyi.reconsideration.hearing.Hearing;
import cn.fuyi.reconsideration.hearing.HearingStatus;
import cn.fuyi.reconsideration.intake.CaseParty;
import cn.fuyi.reconsideration.intake.PartyRole;
import cn.fuyi.reconsideration.normativedocument.NormativeDocumentReview;
import cn.fuyi.reconsideration.performance.OpinionLetter;
import cn.fuyi.reconsideration.review.PartyOpinion;
import cn.fuyi.reconsideration.stay.StayOfExecution;
import cn.fuyi.reconsideration.suspension.ExcludedPeriod;
import cn.fuyi.reconsideration.suspension.Suspension;

/** Builds the API's views of cases, with labels beside codes. */
@ApplicationScoped
public class CaseMapper {

    @Inject
    ObjectMapper json;
    @Inject
    cn.fuyi.security.UserScope scope;
    @Inject
    cn.fuyi.common.TimeSource time;
    @Inject
    ReconsiderationService cases;

    public CaseSummary summary(ReconsiderationCase c, Lookups l, LocalDate asOf) {
        DeadlineKind next = c.nextDeadlineKind == null ? null : DeadlineKind.valueOf(c.nextDeadlineKind);
        return new CaseSummary(c.id, c.caseNumber, c.organId, l.organName(c.organId), c.state, label(c.state),
                c.receivedDate, c.respondentId, l.respondentName(c.respondentId),
                c.actCategory, l.code(CodeItem.ACT_CATEGORY, c.actCategory), c.actDomain, l.code(CodeItem.DOMAIN, c.actDomain),
                l.applicantNames(c.id), c.clerk, c.clerkName, c.procedure, label(c.procedure),
                next, label(next), c.nextDueDate, c.nextDueDate != null && c.nextDueDate.isBefore(asOf),
                c.decisionType, label(c.decisionType), c.concludedDate, c.version);
    }

    /** The case with everything recorded on it; called inside the operation's transaction (see ReconsiderationResource). */
    /** The steps the case's state allows now, each with the path that takes it. */
    public List<TransitionLink> allowedTransitions(ReconsiderationCase c) {
        return Transition.allowedIn(c.state).stream()
                .filter(t -> t != Transition.UPDATE_DETAILS)
                .map(t -> new TransitionLink(t.name(), t.labelZh(), t.article(),
                        "/api/v1/reconsiderations/" + c.id + "/transitions/" + t.path()))
                .toList();
    }

    public CaseDetail detail(ReconsiderationCase c) {
        Lookups l = Lookups.forCases(List.of(c));
        List<CaseParty> parties = CaseParty.list("caseId = ?1 order by position", c.id);
        DeadlineKind next = c.nextDeadlineKind == null ? null : DeadlineKind.valueOf(c.nextDeadlineKind);
        List<TransitionLink> allowed = allowedTransitions(c);
        List<Hearing> hearings = Hearing.list("caseId = ?1 order by id", c.id);
        List<PartyOpinion> opinions = PartyOpinion.list("caseId = ?1 order by id", c.id);
        List<NormativeDocumentReview> reviews = NormativeDocumentReview.list("caseId = ?1 order by id", c.id);
        List<CommitteeReferral> referrals = CommitteeReferral.list("caseId = ?1 order by id", c.id);
        return new CaseDetail(c.id, c.caseNumber, c.organId, l.organName(c.organId), c.ruleSet, label(c.ruleSet),
                c.state, label(c.state), c.receivedDate, c.channel, label(c.channel),
                parties(parties, PartyRole.APPLICANT, mask()), parties(parties, PartyRole.AGENT, mask()),
                parties(parties, PartyRole.THIRD_PARTY, mask()),
                c.respondentId, l.respondentName(c.respondentId),
                c.actCategory, l.code(CodeItem.ACT_CATEGORY, c.actCategory), c.actDomain, l.code(CodeItem.DOMAIN, c.actDomain),
                c.actDescription, c.actDocumentNumber, c.actDate, c.actKnownDate, c.amount, c.request, c.factsAndReasons,
                c.compensationRequested, c.clerk, c.clerkName,
                c.reviewStartDate, c.acceptedDate, c.acceptanceKind, label(c.acceptanceKind),
                c.notAcceptedDate, c.notAcceptedReason, c.competentOrgan, c.abandonedDate,
                c.procedure, label(c.procedure), c.simplifiedGround, label(c.simplifiedGround),
                c.convertedDate, c.conversionApprovedBy,
                c.copySentDate, c.copyReceivedDate, c.replyReceivedDate,
                c.extensionDays, c.extensionDate, c.extensionApprovedBy, c.extensionReason,
                c.concludedDate, c.decisionType, label(c.decisionType), c.decisionType == null ? null : c.decisionType.article(),
                c.decisionType == null ? null : c.decisionType.correction(), c.orderToRedo,
                c.terminationGround, label(c.terminationGround), c.indirectCorrection, c.illegalForProcedureOnly,
                c.partlyUpholds, c.propertyReturnOrdered, c.compensationOutcome, label(c.compensationOutcome), c.decisionSummary,
                c.decisionApprovedBy, c.servedDate, applicantService(c, parties),
                c.publicationStatus, label(c.publicationStatus), c.publishedDate, c.publicationPlace, c.nonPublicationReason,
                CorrectionRequest.<CorrectionRequest>list("caseId = ?1 order by id", c.id).stream().map(CaseMapper::correction).toList(),
                Suspension.<Suspension>list("caseId = ?1 order by id", c.id).stream().map(CaseMapper::suspension).toList(),
                ExcludedPeriod.<ExcludedPeriod>list("caseId = ?1 order by id", c.id).stream().map(CaseMapper::excludedPeriod).toList(),
                hearings.stream().map(CaseMapper::hearing).toList(),
                OpinionLetter.<OpinionLetter>list("caseId = ?1 order by id", c.id).stream().map(o -> letter(o, l)).toList(),
                Extension.<Extension>list("caseId = ?1 order by id", c.id).stream().map(CaseMapper::extension).toList(),
                SuperiorComplaint.<SuperiorComplaint>list("caseId = ?1 order by id", c.id).stream().map(CaseMapper::complaint).toList(),
                application(c), warnings(c),
                MediationAndPerformanceViews.mediations(c), MediationAndPerformanceViews.obligations(c, time.today()),
                MediationAndPerformanceViews.superiorCopies(c), SuperiorCopyRule.required(c),
                opinions.stream().map(CaseMapper::partyOpinion).toList(),
                reviews.stream().map(CaseMapper::normativeDocumentReview).toList(),
                referrals.stream().map(CaseMapper::committeeReferral).toList(),
                StayOfExecution.<StayOfExecution>list("caseId = ?1 order by id", c.id).stream().map(CaseMapper::stay).toList(),
                decisionBasis(hearings, referrals, reviews),
                c.decisionDueDate, next, label(next), c.nextDueDate, allowed,
                c.version, c.createdAt, c.updatedAt, c.createdBy);
    }

    /**
     * Each applicant's service of the decision and suit window, read from the case's computed deadlines (SuitWindow): a
     * per-applicant window where service records exist, else the case's single window from its served date.
     */
    private List<CaseViews.ApplicantServiceView> applicantService(ReconsiderationCase c, List<CaseParty> parties) {
        if (c.decisionType == null) {
            return List.of();
        }
        List<Deadline> windows = cases.deadlines(c, time.today()).stream()
                .filter(d -> d.kind() == DeadlineKind.SUIT_WINDOW).toList();
        Deadline single = windows.stream().filter(d -> d.refId() == null && "DECISION_SERVED".equals(d.startEvent()))
                .findFirst().orElse(null);
        boolean mask = mask();
        List<CaseViews.ApplicantServiceView> out = new ArrayList<>();
        for (CaseParty p : parties) {
            if (p.role != PartyRole.APPLICANT) {
                continue;
            }
            Deadline w = windows.stream().filter(d -> p.id.equals(d.refId())).findFirst().orElse(single);
            String name = mask ? cn.fuyi.security.Masking.name(p.name) : p.name;
            if (w == null) {
                out.add(new CaseViews.ApplicantServiceView(p.id, name, null, null, null));
            } else {
                boolean own = SuitWindow.SERVED_ON_APPLICANT.equals(w.startEvent());
                out.add(new CaseViews.ApplicantServiceView(p.id, name, w.start(), own ? "SERVICE_RECORD" : "CASE_SERVED_DATE",
                        w.due()));
            }
        }
        return out;
    }

    private boolean mask() {
        return !scope.seesPersonalData();
    }

    private static List<PartyView> parties(List<CaseParty> all, PartyRole role, boolean mask) {
        return all.stream().filter(p -> p.role == role).map(p -> new PartyView(p.id, p.role, label(p.role), p.kind,
                label(p.kind), p.name, p.idType, label(p.idType),
                mask ? cn.fuyi.security.Masking.idNumber(p.idNumber) : p.idNumber,
                mask ? cn.fuyi.security.Masking.phone(p.phone) : p.phone,
                mask ? cn.fuyi.security.Masking.address(p.address) : p.address, p.legalRepresentative,
                p.agentKind, label(p.agentKind))).toList();
    }

    private static CorrectionView correction(CorrectionRequest r) {
        return new CorrectionView(r.id, r.requestedDate, r.noticeReceivedDate, r.items, r.extendedDays,
                r.extensionReason, r.receivedDate, r.abandonedDate, r.periodDays, r.postedDate, r.lateReason,
                r.applicantExplanation);
    }

    private static ExtensionView extension(Extension e) {
        return new ExtensionView(e.id, e.approvedDate, e.days, e.approverRole, label(e.approverRole), e.approvedBy, e.reason,
                e.noticeDate, e.dueBefore);
    }

    private static ComplaintView complaint(SuperiorComplaint sc) {
        return new ComplaintView(sc.id, sc.complainedDate, sc.superior, sc.ground, label(sc.ground), sc.outcome, label(sc.outcome),
                sc.outcomeDate, sc.note);
    }

    private static ApplicationView application(ReconsiderationCase c) {
        return new ApplicationView(c.actNoticeStatedRights, c.rightsKnownDate, c.realProperty, c.longerPeriodDays, c.obstacleFrom,
                c.obstacleTo, c.applicationLastDay, c.applicationLate, c.agencyReceivedDate, c.reconsiderationFirst,
                label(c.reconsiderationFirst));
    }

    /**
     * What the office should look at before it decides on acceptance: a late application (ARL 20, 21; ARL 30 ¶1(四)),
     * an application repeating one withdrawn (ARL 74 ¶2; Regulations 2007 art. 38 ¶2).
     */
    private static List<WarningView> warnings(ReconsiderationCase c) {
        List<WarningView> list = new ArrayList<>();
        if (c.applicationLate) {
            list.add(new WarningView("APPLICATION_LATE", "申请超过法定申请期限，请审查是否有正当理由（第二十条、第二十一条）", "ARL 20, 21"));
        }
        list.addAll(MediationAndPerformanceViews.warnings(c));
        return list;
    }

    private static SuspensionView suspension(Suspension s) {
        return new SuspensionView(s.id, s.ground, label(s.ground), s.startedDate, s.resumedDate, s.reason);
    }

    private static ExcludedPeriodView excludedPeriod(ExcludedPeriod p) {
        return new ExcludedPeriodView(p.id, p.kind, label(p.kind), p.kind.article(), p.startedDate, p.endedDate, p.reason);
    }

    private static HearingView hearing(Hearing h) {
        return new HearingView(h.id, h.status, label(h.status), h.noticeDate, h.scheduledDate, h.place, h.issues,
                h.heldDate, h.presidingOfficer, names(h.hearingOfficers), h.recorder, h.respondentHeadAttended,
                h.respondentHeadName, h.respondentHeadPosition, h.respondentHeadAbsenceReason, names(h.respondentStaff),
                h.waivedDate, h.note);
    }

    /** Names stored joined by '、'. */
    private static List<String> names(String joined) {
        return joined == null ? null : Arrays.asList(joined.split("、"));
    }

    private static PartyOpinionView partyOpinion(PartyOpinion o) {
        return new PartyOpinionView(o.id, o.partyId, o.partyRole, label(o.partyRole), o.partyName, o.heard, o.date, o.method,
                label(o.method), o.heardPerson, o.summary, o.notHeardReason);
    }

    private static NormativeDocumentReviewView normativeDocumentReview(NormativeDocumentReview r) {
        return new NormativeDocumentReviewView(r.id, r.raisedBy, label(r.raisedBy), r.raisedBy.article(), r.raisedDate,
                r.startedDate, r.suspensionId, r.documentTitle, r.documentNumber, r.documentKind, label(r.documentKind), r.issuer,
                r.clauses, r.objection, r.competent, r.noticeDate, r.noticeReceivedDate, r.answerDate, r.answerSummary,
                r.forwardedDate, r.forwardedTo, r.forwardReceivedDate, r.result, label(r.result), r.resultDate, r.resultSummary,
                r.stoppedClauses);
    }

    private static CommitteeReferralView committeeReferral(CommitteeReferral r) {
        return new CommitteeReferralView(r.id, r.ground, label(r.ground), r.ground.article(), r.ground.mandatory(),
                r.referredDate, r.questions, r.meetingDate, names(r.members), r.opinion, r.opinionDate, r.followed,
                r.adoptionDate, r.adoptionNote);
    }

    private static StayView stay(StayOfExecution s) {
        return new StayView(s.id, s.requestedBy, label(s.requestedBy), s.requestDate, s.granted, s.ground, label(s.ground),
                s.ground == null ? "ARL 42" : s.ground.article(), s.legalBasis, s.decidedDate, s.reason);
    }

    /** The records the decision rests on or states (ARL 59, 61): held hearings, recorded opinions, reviews with a result. */
    private static List<DecisionBasisView> decisionBasis(List<Hearing> hearings, List<CommitteeReferral> referrals,
            List<NormativeDocumentReview> reviews) {
        List<DecisionBasisView> list = new ArrayList<>();
        for (Hearing h : hearings) {
            if (h.status == HearingStatus.HELD) {
                list.add(basis(DecisionBasisKind.HEARING_TRANSCRIPT, h.id, h.heldDate, h.issues));
            }
        }
        for (CommitteeReferral r : referrals) {
            if (r.opinionDate != null) {
                list.add(basis(DecisionBasisKind.COMMITTEE_OPINION, r.id, r.opinionDate, r.opinion));
            }
        }
        for (NormativeDocumentReview r : reviews) {
            if (r.resultDate != null) {
                list.add(basis(DecisionBasisKind.NORMATIVE_DOCUMENT_REVIEW, r.id, r.resultDate,
                        r.documentTitle + "：" + r.result.labelZh()));
            }
        }
        return list;
    }

    private static DecisionBasisView basis(DecisionBasisKind kind, long refId, LocalDate date, String summary) {
        return new DecisionBasisView(kind, kind.labelZh(), kind.article(), refId, date, summary);
    }

    private static OpinionLetterView letter(OpinionLetter o, Lookups l) {
        return new OpinionLetterView(o.id, o.respondentId, l.respondentName(o.respondentId), o.issuedDate, o.receivedDate,
                o.documentNumber, o.subject, o.answeredDate, o.answerSummary);
    }

    static String label(Labelled l) {
        return l == null ? null : l.labelZh();
    }

    /** Names and labels for a page of cases, fetched once per page. */
    public static final class Lookups {
        private final Map<Long, String> organs = new HashMap<>();
        private final Map<Long, String> respondents = new HashMap<>();
        private final Map<String, String> codes = new HashMap<>();
        private final Map<Long, List<String>> applicants = new HashMap<>();

        public static Lookups forCases(List<ReconsiderationCase> cases) {
            Lookups l = new Lookups();
            if (cases.isEmpty()) {
                return l;
            }
            List<Long> ids = cases.stream().map(c -> c.id).toList();
            List<Long> respondentIds = new ArrayList<>(cases.stream().map(c -> c.respondentId).distinct().toList());
            OpinionLetter.<OpinionLetter>list("caseId in ?1", ids).forEach(o -> respondentIds.add(o.respondentId));
            Organ.<Organ>list("id in ?1", cases.stream().map(c -> c.organId).distinct().toList())
                    .forEach(o -> l.organs.put(o.id, o.name));
            l.respondents.putAll(Respondent.namesOf(respondentIds));
            CodeItem.<CodeItem>list("(listName = ?1 and code in ?2) or (listName = ?3 and code in ?4)", CodeItem.ACT_CATEGORY,
                    cases.stream().map(c -> c.actCategory).distinct().toList(), CodeItem.DOMAIN,
                    cases.stream().map(c -> c.actDomain).distinct().toList())
                    .forEach(i -> l.codes.put(i.listName + ":" + i.code, i.labelZh));
            CaseParty.<CaseParty>list("caseId in ?1 and role = ?2 order by caseId, position", ids, PartyRole.APPLICANT)
                    .forEach(p -> l.applicants.computeIfAbsent(p.caseId, k -> new ArrayList<>()).add(p.name));
            return l;
        }

        String organName(long id) {
            return organs.get(id);
        }

        String respondentName(long id) {
            return respondents.get(id);
        }

        String code(String list, String code) {
            return codes.get(list + ":" + code);
        }

        List<String> applicantNames(long caseId) {
            return applicants.getOrDefault(caseId, List.of());
        }
    }
}
