package cn.fuyi.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import cn.fuyi.calendar.CalendarService;
import cn.fuyi.calendar.StatutoryPeriod;
import cn.fuyi.common.CurrentUser;
import cn.fuyi.common.TimeSource;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.litigation.api.LawsuitInputs;
import cn.fuyi.organ.Organ;
import cn.fuyi.organ.OrganDtos.OrganInput;
import cn.fuyi.organ.OrganDtos.RespondentInput;
import cn.fuyi.organ.OrganLevel;
import cn.fuyi.organ.OrganService;
import cn.fuyi.organ.RespondentKind;
import cn.fuyi.reconsideration.acceptance.AcceptanceInputs;
import cn.fuyi.reconsideration.acceptance.AcceptanceReviewService;
import cn.fuyi.reconsideration.api.CaseInputs.PartyInput;
import cn.fuyi.reconsideration.api.CaseInputs;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.decision.DecisionInputs;
import cn.fuyi.reconsideration.decision.DecisionService;
import cn.fuyi.reconsideration.decision.DecisionType;
import cn.fuyi.reconsideration.decision.TerminationGround;
import cn.fuyi.reconsideration.hearing.HearingInputs;
import cn.fuyi.reconsideration.hearing.HearingService;
import cn.fuyi.reconsideration.intake.AgentKind;
import cn.fuyi.reconsideration.intake.Channel;
import cn.fuyi.reconsideration.intake.ReconsiderationFirstGround;
import cn.fuyi.reconsideration.intake.IdType;
import cn.fuyi.reconsideration.intake.IntakeService;
import cn.fuyi.reconsideration.intake.PartyKind;
import cn.fuyi.reconsideration.mediation.MediationInputs;
import cn.fuyi.reconsideration.mediation.MediationKind;
import cn.fuyi.reconsideration.mediation.MediationService;
import cn.fuyi.reconsideration.mediation.Side;
import cn.fuyi.reconsideration.performance.OpinionLetterInputs;
import cn.fuyi.reconsideration.performance.OpinionLetterService;
import cn.fuyi.reconsideration.review.OpinionMethod;
import cn.fuyi.reconsideration.review.PartyOpinionInputs;
import cn.fuyi.reconsideration.review.PartyOpinionService;
import cn.fuyi.reconsideration.review.ProcedureType;
import cn.fuyi.reconsideration.review.ReviewInputs;
import cn.fuyi.reconsideration.review.ReviewService;
import cn.fuyi.reconsideration.review.SimplifiedGround;
import cn.fuyi.reconsideration.suspension.SuspensionGround;
import cn.fuyi.reconsideration.suspension.SuspensionInputs;
import cn.fuyi.reconsideration.suspension.SuspensionService;

/**
 * Loads a realistic demonstration data set when dev mode starts on an empty database: a city organ with two
 * counties, their respondents, and a few dozen cases in every state, entered through the same services the API
 * uses, with dates relative to today. Enabled by {@code fuyi.demo-data.enabled} (on in dev mode only).
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final VersionCheck ANY = VersionCheck.NONE;

    @ConfigProperty(name = "fuyi.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    OrganService organs;
    @Inject
    AcceptanceReviewService acceptance;
    @Inject
    SuspensionService suspensions;
    @Inject
    DecisionService decisions;
    @Inject
    OpinionLetterService opinionLetters;
    @Inject
    MediationService mediations;
    @Inject
    ReviewService review;
    @Inject
    HearingService hearings;
    @Inject
    PartyOpinionService partyOpinions;
    @Inject
    IntakeService intake;
    @Inject
    cn.fuyi.litigation.LitigationService suits;
    @Inject
    cn.fuyi.litigation.session.SessionSteps sessions;
    @Inject
    cn.fuyi.litigation.outcome.OutcomeSteps outcomes;
    @Inject
    CalendarService calendar;
    @Inject
    TimeSource time;
    @Inject
    CurrentUser user;

    private final Random random = new Random(20240101L);
    private long city;
    private final List<long[]> respondentsByOrgan = new ArrayList<>();
    private LocalDate today;

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    @ActivateRequestContext
    public void load() {
        if (Organ.count() > 0) {
            return;
        }
        user.actAsSystem("演示数据（复议局局长 林国栋）");
        today = time.today();
        city = organ("jiangcheng", "江城市人民政府", "江城市", null, OrganLevel.CITY, "江政复〔{year}〕{seq}号");
        long qingshan = organ("qingshan", "青山县人民政府", "青山县", city, OrganLevel.COUNTY, "青政复〔{year}〕{seq}号");
        long baishui = organ("baishui", "白水县人民政府", "白水县", city, OrganLevel.COUNTY, "白政复〔{year}〕{seq}号");
        respondentsByOrgan.add(new long[] { city,
                respondent(city, "江城市公安局", RespondentKind.GOVERNMENT_DEPARTMENT),
                respondent(city, "江城市市场监督管理局", RespondentKind.GOVERNMENT_DEPARTMENT),
                respondent(city, "江城市自然资源和规划局", RespondentKind.GOVERNMENT_DEPARTMENT),
                respondent(city, "江城市人力资源和社会保障局", RespondentKind.GOVERNMENT_DEPARTMENT),
                respondent(city, "江城市住房和城乡建设局", RespondentKind.GOVERNMENT_DEPARTMENT),
                respondent(city, "江城市城东街道办事处", RespondentKind.TOWNSHIP_GOVERNMENT) });
        respondentsByOrgan.add(new long[] { qingshan,
                respondent(qingshan, "青山县公安局", RespondentKind.GOVERNMENT_DEPARTMENT),
                respondent(qingshan, "青山县城关镇人民政府", RespondentKind.TOWNSHIP_GOVERNMENT),
                respondent(qingshan, "青山县卫生健康委员会", RespondentKind.GOVERNMENT_DEPARTMENT) });
        respondentsByOrgan.add(new long[] { baishui,
                respondent(baishui, "白水县市场监督管理局", RespondentKind.GOVERNMENT_DEPARTMENT),
                respondent(baishui, "白水县白沙镇人民政府", RespondentKind.TOWNSHIP_GOVERNMENT),
                respondent(baishui, "白水县交通运输局", RespondentKind.GOVERNMENT_DEPARTMENT) });

        int n = 0;
        for (int i = 0; i < 4; i++) {
            received(daysAgo(1 + i));
            n++;
        }
        for (int i = 0; i < 3; i++) {
            long id = received(daysAgo(8 + i * 2));
            requestCorrection(id, daysAgo(7 + i * 2));
            n++;
        }
        for (int i = 0; i < 2; i++) {
            long id = received(daysAgo(60 + i * 7));
            requestCorrection(id, daysAgo(59 + i * 7));
            acceptance.abandon(id, ANY, new AcceptanceInputs.Abandon(daysAgo(30 + i * 7), "补正期限届满，申请人未补正且未说明正当理由", null));
            n++;
        }
        String[] refusals = { "申请超过法定申请期限", "不属于行政复议范围", "不属于本机关管辖" };
        for (int i = 0; i < 3; i++) {
            long id = received(daysAgo(40 + i * 9));
            acceptance.notAccept(id, ANY, new AcceptanceInputs.NotAccept(daysAgo(37 + i * 9), refusals[i],
                    i == 2 ? "江城市人民政府" : null));
            n++;
        }
        for (int i = 0; i < 3; i++) {
            long id = received(daysAgo(6 + i));
            acceptance.accept(id, ANY, new CaseInputs.DatedStep(daysAgo(4 + i), null));
            n++;
        }
        for (int i = 0; i < 8; i++) {
            inReview(daysAgo(15 + i * 6), i);
            n++;
        }
        for (int i = 0; i < 2; i++) {
            long id = inReview(daysAgo(35 + i * 10), 1);
            if (i == 0) {
                for (Side side : List.of(Side.APPLICANT, Side.RESPONDENT)) {
                    mediations.consent(id, ANY, new MediationInputs.Consent(MediationKind.SETTLEMENT, side, daysAgo(11), true, null,
                            "同意和解并中止审理"));
                }
            }
            suspensions.suspend(id, ANY, new SuspensionInputs.Suspend(daysAgo(10 + i * 3),
                    i == 0 ? SuspensionGround.MEDIATION_IN_PROGRESS : SuspensionGround.AWAITING_OTHER_CASE, "双方同意中止，进行和解"));
            n++;
        }
        DecisionType[] concluded = { DecisionType.UPHOLD, DecisionType.REJECT_REQUEST, DecisionType.REVOKE, DecisionType.CONFIRM_ILLEGAL };
        for (int i = 0; i < concluded.length; i++) {
            long id = inReview(daysAgo(50 + i * 5), 1);
            conclude(id, concluded[i], daysAgo(3 + i));
            n++;
        }
        DecisionType[] served = { DecisionType.UPHOLD, DecisionType.UPHOLD, DecisionType.UPHOLD, DecisionType.REJECT_REQUEST,
                DecisionType.REVOKE, DecisionType.PARTIAL_REVOKE, DecisionType.ALTER, DecisionType.ORDER_PERFORMANCE,
                DecisionType.MEDIATION, DecisionType.TERMINATION, DecisionType.CONFIRM_INVALID, DecisionType.DISMISS_APPLICATION };
        for (int i = 0; i < served.length; i++) {
            LocalDate receivedOn = daysAgo(150 - i * 8);
            long id = inReview(receivedOn, 1);
            LocalDate decided = receivedOn.plusDays(40 + random.nextInt(12));
            conclude(id, served[i], decided);
            decisions.serve(id, ANY, new CaseInputs.DatedStep(decided.plusDays(3), null));
            if (i % 5 == 4) {
                decisions.recordNotPublished(id, ANY, new CaseInputs.ReasonedStep(decided.plusDays(6), "涉及个人隐私，依法不予公开"));
            } else {
                decisions.publish(id, ANY, new DecisionInputs.Publish(decided.plusDays(6), "江城市人民政府门户网站行政复议专栏"));
            }
            if (served[i].correction() && i % 2 == 0) {
                var c = opinionLetters.issueOpinionLetter(id, ANY, new OpinionLetterInputs.IssueOpinionLetter(decided.plusDays(10), null,
                        null, "规范执法程序，加强证据审查"));
                if (decided.plusDays(40).isBefore(today)) {
                    long letter = cn.fuyi.reconsideration.performance.OpinionLetter.<cn.fuyi.reconsideration.performance.OpinionLetter>find("caseId", c.id)
                            .firstResult().id;
                    opinionLetters.answerOpinionLetter(id, ANY, new OpinionLetterInputs.AnswerOpinionLetter(letter, decided.plusDays(40),
                            "已组织专题培训并修订执法指引"));
                }
            }
            n++;
        }
        int suitCount = lawsuits(city);
        LOG.infof("Demo data loaded: 3 organs, 12 respondents, %d reconsideration cases, %d lawsuits", n, suitCount);
    }

    /** A few lawsuits: one following an upheld case with both defendants, a lost one, a withdrawn one, a pending one. */
    private int lawsuits(long city) {
        var upheld = cn.fuyi.reconsideration.ReconsiderationCase.<cn.fuyi.reconsideration.ReconsiderationCase>find(
                "decisionType = ?1 and state = ?2 order by id", DecisionType.UPHOLD,
                cn.fuyi.reconsideration.CaseState.SERVED).firstResult();
        long agency = respondentsByOrgan.get(0)[1];
        long other = respondentsByOrgan.get(0)[2];
        int count = 0;
        LocalDate filed = daysAgo(120);
        if (upheld != null && upheld.servedDate.plusDays(45).isBefore(today)) {
            filed = upheld.servedDate.plusDays(10);
            var s = suits.register(suit(upheld.organId, "(" + filed.getYear() + ")江0102行初" + (100 + random.nextInt(800)) + "号",
                    filed, upheld.id, List.of(new LawsuitInputs.DefendantInput(upheld.respondentId, null),
                            new LawsuitInputs.DefendantInput(null, upheld.organId)), filed.plusDays(3), filed.plusDays(5)));
            suits.submitDefence(s.id, ANY, new LawsuitInputs.DatedStep(filed.plusDays(12), null));
            var defendants = cn.fuyi.litigation.defendant.LawsuitDefendant.<cn.fuyi.litigation.defendant.LawsuitDefendant>list(
                    "lawsuitId = ?1 order by position", s.id);
            if (!filed.plusDays(30).isAfter(today)) {
                sessions.holdSession(s.id, ANY, new LawsuitInputs.HoldSession(filed.plusDays(30), "第二法庭", null, List.of(
                        appearance(defendants.get(0).id, true, "张国强", "局长", cn.fuyi.litigation.session.HeadRank.PRINCIPAL, true),
                        appearance(defendants.get(1).id, true, "李卫东", "副市长", cn.fuyi.litigation.session.HeadRank.DEPUTY, false))));
            }
            count++;
        }
        var lost = suits.register(suit(city, "(" + filed.getYear() + ")江0102行初" + (900 + random.nextInt(90)) + "号",
                daysAgo(100), null, List.of(new LawsuitInputs.DefendantInput(agency, null)), daysAgo(97), daysAgo(97)));
        suits.submitDefence(lost.id, ANY, new LawsuitInputs.DatedStep(daysAgo(90), null));
        var d0 = cn.fuyi.litigation.defendant.LawsuitDefendant.<cn.fuyi.litigation.defendant.LawsuitDefendant>find("lawsuitId", lost.id).firstResult();
        sessions.holdSession(lost.id, ANY, new LawsuitInputs.HoldSession(daysAgo(70), "第一法庭", null, List.of(
                new LawsuitInputs.AppearanceInput(d0.id, false, null, null, null, null, null, true,
                        cn.fuyi.litigation.session.AbsenceReason.DUTY_NO_ONE_ELSE, List.of("法制科 周敏"), "江城市公职律师 吴涛",
                        cn.fuyi.litigation.CounselType.PUBLIC_LAWYER))));
        outcomes.recordOutcome(lost.id, ANY, new LawsuitInputs.RecordOutcome(daysAgo(40), cn.fuyi.litigation.outcome.Outcome.REVOKE,
                true, null, daysAgo(38), "撤销被诉处罚决定，责令重新作出",
                new LawsuitInputs.RectificationOpening("案件调查取证不充分，处罚程序不规范", today.plusDays(30), null), null));
        outcomes.becomeFinal(lost.id, ANY, new LawsuitInputs.DatedStep(daysAgo(20), null));
        count++;
        var withdrawn = suits.register(suit(city, "(" + filed.getYear() + ")江0102行初" + (990 + random.nextInt(9)) + "号",
                daysAgo(60), null, List.of(new LawsuitInputs.DefendantInput(other, null)), daysAgo(58), null));
        outcomes.recordOutcome(withdrawn.id, ANY, new LawsuitInputs.RecordOutcome(daysAgo(30),
                cn.fuyi.litigation.outcome.Outcome.WITHDRAWAL_APPROVED, null, true, daysAgo(29), "被告自行撤销原行政行为后，原告申请撤诉", null, null));
        count++;
        suits.register(suit(city, "(" + today.getYear() + ")江0102行初" + (1000 + random.nextInt(90)) + "号", daysAgo(6), null,
                List.of(new LawsuitInputs.DefendantInput(agency, null)), daysAgo(4), null));
        count++;
        return count;
    }

    private LawsuitInputs.LawsuitInput suit(long organ, String number, LocalDate filed, Long caseId,
            List<LawsuitInputs.DefendantInput> defendants, LocalDate served, LocalDate reported) {
        return new LawsuitInputs.LawsuitInput(organ, "江城市东湖区人民法院", number, cn.fuyi.litigation.Instance.FIRST, null, caseId,
                List.of(person()), defendants, "ADMINISTRATIVE_PENALTY", "MARKET_REGULATION", "被诉行政处罚决定",
                "请求撤销被诉行政行为", filed, served, false, cn.fuyi.litigation.CounselType.PUBLIC_LAWYER, "江城市公职律师 吴涛",
                reported);
    }

    private static LawsuitInputs.AppearanceInput appearance(long defendant, boolean appeared, String name, String position,
            cn.fuyi.litigation.session.HeadRank rank, boolean spoke) {
        return new LawsuitInputs.AppearanceInput(defendant, appeared, name, position, rank, spoke, false, true, null,
                List.of(), "江城市公职律师 吴涛", cn.fuyi.litigation.CounselType.PUBLIC_LAWYER);
    }

    private long inReview(LocalDate receivedOn, int progress) {
        long id = received(receivedOn);
        LocalDate accepted = receivedOn.plusDays(2);
        acceptance.accept(id, ANY, new CaseInputs.DatedStep(accepted, null));
        boolean simplified = progress == 3;
        review.chooseProcedure(id, ANY, new ReviewInputs.ChooseProcedure(accepted,
                simplified ? ProcedureType.SIMPLIFIED : ProcedureType.ORDINARY,
                simplified ? SimplifiedGround.INFORMATION_DISCLOSURE : null, null));
        if (progress == 0) {
            return id;
        }
        LocalDate sent = accepted.plusDays(1);
        if (sent.isAfter(today)) {
            return id;
        }
        review.sendCopy(id, ANY, new ReviewInputs.SendCopy(sent, null, null));
        LocalDate reply = sent.plusDays(7);
        if (reply.isAfter(today)) {
            return id;
        }
        review.receiveReply(id, ANY, new CaseInputs.DatedStep(reply, null));
        if (!simplified && !reply.plusDays(1).isAfter(today)) {
            long applicant = cn.fuyi.reconsideration.intake.CaseParty.<cn.fuyi.reconsideration.intake.CaseParty>find(
                    "caseId = ?1 and role = ?2 order by position", id, cn.fuyi.reconsideration.intake.PartyRole.APPLICANT).firstResult().id;
            partyOpinions.hear(id, ANY, new PartyOpinionInputs.HearOpinion(reply.plusDays(1), applicant, null, OpinionMethod.PHONE,
                    null, "申请人坚持认为原行政行为认定事实不清，请求撤销"));
            partyOpinions.hear(id, ANY, new PartyOpinionInputs.HearOpinion(reply.plusDays(1), null, true, OpinionMethod.IN_PERSON,
                    "法制科工作人员", "被申请人认为原行政行为事实清楚、程序合法"));
        }
        if (progress == 2 || progress == 5) {
            LocalDate notice = reply.plusDays(1);
            LocalDate hearingDay = StatutoryPeriod.workingDays(6).from(notice, calendar.current()).due();
            if (!notice.isAfter(today)) {
                var c = hearings.scheduleHearing(id, ANY, new HearingInputs.ScheduleHearing(notice, hearingDay,
                        "江城市司法局行政复议听证室", "处罚事实是否清楚、程序是否合法", null));
                if (progress == 5 && !hearingDay.isAfter(today)) {
                    long hearing = cn.fuyi.reconsideration.hearing.Hearing.<cn.fuyi.reconsideration.hearing.Hearing>find("caseId", c.id)
                            .firstResult().id;
                    hearings.holdHearing(id, ANY, new HearingInputs.HoldHearing(hearing, hearingDay, "刘振华",
                            List.of("陈思远", "黄晓梅"), "孙悦", true, "周建明", "副局长", null, List.of("法制科 吴倩"), null));
                }
            }
        }
        if (progress == 4 && !accepted.plusDays(40).isAfter(today)) {
            decisions.extend(id, ANY, new DecisionInputs.Extend(accepted.plusDays(40), 30, "案情复杂，需进一步调查取证",
                    accepted.plusDays(41), null, null));
        }
        return id;
    }

    private void conclude(long id, DecisionType type, LocalDate on) {
        if (type == DecisionType.MEDIATION) {
            mediate(id, on);
        } else if (type == DecisionType.TERMINATION) {
            mediations.recordSettlement(id, ANY, new MediationInputs.RecordSettlement(on.minusDays(5),
                    "被申请人重新核定处罚金额，申请人同意撤回行政复议申请。", true, null));
            mediations.withdraw(id, ANY, new CaseInputs.DatedStep(on.minusDays(2), "双方已和解"));
        }
        if (type == DecisionType.DISMISS_APPLICATION) {
            decisions.dismiss(id, ANY, new DecisionInputs.Dismiss(on, "申请人与被申请行政复议的行政行为没有利害关系"));
            return;
        }
        // 驳回复议请求 only answers a failure to perform (ARL 69); a lawful act of any other kind is upheld (ARL 68)
        if (type == DecisionType.REJECT_REQUEST && !"FAILURE_TO_PERFORM".equals(ReconsiderationCase.<ReconsiderationCase>findById(id).actCategory)) {
            type = DecisionType.UPHOLD;
        }
        decisions.conclude(id, ANY, new DecisionInputs.Conclude(on, type,
                type == DecisionType.REVOKE ? Boolean.TRUE : null,
                type == DecisionType.TERMINATION ? TerminationGround.WITHDRAWN_AFTER_SETTLEMENT : null,
                type == DecisionType.TERMINATION || type == DecisionType.MEDIATION ? Boolean.TRUE : null,
                summary(type), null, null, null, null, null));
    }

    /** Both sides consent, one session, the agreement drawn up, signed by every party and sealed before {@code on}. */
    private void mediate(long id, LocalDate on) {
        for (Side side : List.of(Side.APPLICANT, Side.RESPONDENT)) {
            mediations.consent(id, ANY, new MediationInputs.Consent(MediationKind.MEDIATION, side, on.minusDays(10), false, null, null));
        }
        mediations.holdSession(id, ANY, new MediationInputs.HoldSession(on.minusDays(7), "江城市司法局调解室", "刘振华",
                List.of("申请人", "被申请人法制科 周敏"), "双方就处罚金额达成一致意见"));
        mediations.drawUpAgreement(id, ANY, new MediationInputs.DrawUpAgreement(on.minusDays(5), null,
                "被申请人将罚款调整为法定幅度内的最低额，申请人不再坚持其他复议请求。", true));
        List<String> names = cn.fuyi.reconsideration.intake.CaseParty.<cn.fuyi.reconsideration.intake.CaseParty>list(
                "caseId = ?1 and role = ?2", id, cn.fuyi.reconsideration.intake.PartyRole.APPLICANT).stream()
                .map(p -> p.name).distinct().toList();
        for (String name : names) {
            mediations.sign(id, ANY, new MediationInputs.Sign(Side.APPLICANT, name, on.minusDays(3), null));
        }
        mediations.sign(id, ANY, new MediationInputs.Sign(Side.RESPONDENT, null, on.minusDays(3), "法制科 周敏"));
        mediations.seal(id, ANY, new CaseInputs.DatedStep(on.minusDays(2), null));
    }

    private static String summary(DecisionType type) {
        return switch (type) {
            case UPHOLD -> "被申请人作出的行政行为认定事实清楚，证据确凿，适用依据正确，程序合法，内容适当，决定维持。";
            case REJECT_REQUEST -> "申请人的复议请求缺乏事实和法律依据，决定驳回。";
            case REVOKE -> "被申请人作出的行政行为主要事实不清、证据不足，决定撤销，并责令被申请人在六十日内重新作出。";
            case MEDIATION -> "经本机关主持调解，双方自愿达成调解协议。";
            case TERMINATION -> "双方达成和解，申请人撤回申请，本案终止。";
            default -> "经审理，依法作出" + type.labelZh() + "决定。";
        };
    }

    private long received(LocalDate on) {
        long[] organ = respondentsByOrgan.get(random.nextInt(respondentsByOrgan.size()));
        long respondent = organ[1 + random.nextInt(organ.length - 1)];
        String[] categories = { "ADMINISTRATIVE_PENALTY", "ADMINISTRATIVE_PENALTY", "INFORMATION_DISCLOSURE",
                "COMPLAINT_HANDLING", "ADMINISTRATIVE_CONFIRMATION", "WORK_INJURY_RECOGNITION", "FAILURE_TO_PERFORM",
                "ADMINISTRATIVE_COMPULSION" };
        String[] domains = { "PUBLIC_SECURITY", "MARKET_REGULATION", "NATURAL_RESOURCES", "HUMAN_RESOURCES",
                "HOUSING_CONSTRUCTION", "URBAN_MANAGEMENT" };
        String category = categories[random.nextInt(categories.length)];
        List<PartyInput> applicants = new ArrayList<>();
        applicants.add(person());
        if (random.nextInt(5) == 0) {
            applicants.add(person());
        }
        List<PartyInput> agents = random.nextInt(3) == 0
                ? List.of(new PartyInput(PartyKind.NATURAL_PERSON, "江城正言律师事务所 " + name(), null, null,
                        phone(), "江城市人民路88号", null, AgentKind.LAWYER))
                : List.of();
        LocalDate actDate = on.minusDays(20 + random.nextInt(40));
        var in = new CaseInputs.CaseDetailsInput(organ[0], on, Channel.values()[random.nextInt(Channel.values().length)],
                applicants, agents, List.of(), respondent, category, domains[random.nextInt(domains.length)],
                actDescription(category), "江" + (on.getYear()) + "字第" + (100 + random.nextInt(800)) + "号", actDate,
                actDate.plusDays(random.nextInt(10)), category.equals("ADMINISTRATIVE_PENALTY")
                        ? BigDecimal.valueOf(500L * (1 + random.nextInt(40))) : null,
                "请求依法撤销被申请人作出的行政行为", "申请人认为被申请人认定事实不清，适用法律错误，程序违法。",
                false, "clerk" + (1 + random.nextInt(3)), new String[] { "王承办", "赵承办", "钱承办" }[random.nextInt(3)],
                Boolean.TRUE, null, null, null, null, null, null,
                category.equals("FAILURE_TO_PERFORM") ? ReconsiderationFirstGround.FAILURE_TO_PERFORM : null);
        return intake.receive(in).id;
    }

    private void requestCorrection(long id, LocalDate on) {
        acceptance.requestCorrection(id, ANY, new AcceptanceInputs.RequestCorrection(on, on,
                "请补充提交申请人身份证明复印件及被申请行政复议的行政行为的相关材料", null, null));
    }

    private static String actDescription(String category) {
        return switch (category) {
            case "ADMINISTRATIVE_PENALTY" -> "被申请人作出的行政处罚决定";
            case "INFORMATION_DISCLOSURE" -> "被申请人作出的政府信息公开申请答复";
            case "COMPLAINT_HANDLING" -> "被申请人对申请人投诉举报的处理答复";
            case "ADMINISTRATIVE_CONFIRMATION" -> "被申请人作出的不动产登记行为";
            case "WORK_INJURY_RECOGNITION" -> "被申请人作出的不予认定工伤决定";
            case "FAILURE_TO_PERFORM" -> "被申请人未履行法定职责";
            default -> "被申请人作出的查封扣押决定";
        };
    }

    private PartyInput person() {
        return new PartyInput(PartyKind.NATURAL_PERSON, name(), IdType.RESIDENT_ID_CARD, idNumber(), phone(),
                "江城市" + new String[] { "城东", "城西", "青山", "白水" }[random.nextInt(4)] + "区幸福路" + (1 + random.nextInt(200)) + "号",
                null, null);
    }

    private String name() {
        String[] surnames = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗" };
        String[] given = { "建国", "秀英", "志强", "丽娟", "海燕", "文斌", "春梅", "国华", "晓东", "红霞", "德明", "淑珍", "永刚", "玉兰", "子涵", "浩然" };
        return surnames[random.nextInt(surnames.length)] + given[random.nextInt(given.length)];
    }

    private String phone() {
        return "1" + (3 + random.nextInt(6)) + String.format("%09d", random.nextInt(1_000_000_000));
    }

    private String idNumber() {
        String body = "320" + (500 + random.nextInt(90)) + (1955 + random.nextInt(45))
                + String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))
                + String.format("%03d", random.nextInt(1000));
        int[] w = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * w[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private LocalDate daysAgo(int days) {
        return today.minusDays(days);
    }

    private long organ(String code, String name, String shortName, Long parent, OrganLevel level, String pattern) {
        return organs.create(new OrganInput(code, name, shortName, parent, level, pattern, true)).id;
    }

    private long respondent(long organ, String name, RespondentKind kind) {
        return organs.create(new RespondentInput(organ, name, kind, null, true)).id;
    }
}
