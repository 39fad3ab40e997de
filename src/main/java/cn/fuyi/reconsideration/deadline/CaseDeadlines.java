package cn.fuyi.reconsideration.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.fuyi.calendar.PeriodResult;
import cn.fuyi.calendar.StatutoryPeriod;
import cn.fuyi.calendar.WorkingDayCalendar;
import cn.fuyi.common.Labelled;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.deadline.DeadlineStatus;
import cn.fuyi.deadline.Pauses;
import cn.fuyi.reconsideration.acceptance.AcceptanceKind;
import cn.fuyi.reconsideration.CaseState;
import cn.fuyi.reconsideration.acceptance.CorrectionRequest;
import cn.fuyi.reconsideration.suspension.ExcludedPeriod;
import cn.fuyi.reconsideration.hearing.Hearing;
import cn.fuyi.reconsideration.hearing.HearingStatus;
import cn.fuyi.reconsideration.performance.OpinionLetter;
import cn.fuyi.reconsideration.review.ProcedureType;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.RuleSet;
import cn.fuyi.reconsideration.suspension.Suspension;

/**
 * The statutory deadlines of one reconsideration case, computed as the law computes them. Pure: the case's
 * dated facts, the working-day calendar and the day to judge them on go in; nothing is read or written.
 *
 * <p>Periods of 3, 5, 7 and 10 日 are working days (ARL 88); the others are calendar days with the Civil Procedure
 * Law's end-of-period rule. Cases received before 2024-01-01 follow the 2017 law, whose reply period of 十日 was
 * not a working-day period (2017 ARL 23, 40).
 */
public final class CaseDeadlines {

    /** Acceptance review: 5 working days from receipt of the application or of its correction (ARL 30). */
    static final StatutoryPeriod ACCEPTANCE_REVIEW = StatutoryPeriod.workingDays(5);
    /** The applicant's correction: 10 working days from receiving the notice (ARL 31). */
    static final int CORRECTION_WORKING_DAYS = 10;
    /** Hearing notice: at least 5 working days before the hearing (ARL 51). */
    static final int HEARING_NOTICE_WORKING_DAYS = 5;
    /** The agency reports its correction within 60 days of an opinion letter (ARL 76). */
    static final StatutoryPeriod OPINION_LETTER_ANSWER = StatutoryPeriod.calendarDays(60);

    private final ReconsiderationCase c;
    private final List<CorrectionRequest> corrections;
    private final List<Suspension> suspensions;
    private final List<ExcludedPeriod> excludedPeriods;
    private final List<Hearing> hearings;
    private final List<OpinionLetter> letters;
    private final WorkingDayCalendar cal;
    private final boolean excludeSuspension;
    private final LocalDate asOf;

    public CaseDeadlines(ReconsiderationCase c, List<CorrectionRequest> corrections, List<Suspension> suspensions,
            List<ExcludedPeriod> excludedPeriods, List<Hearing> hearings, List<OpinionLetter> letters, WorkingDayCalendar cal,
            boolean excludeSuspension, LocalDate asOf) {
        this.c = c;
        this.corrections = corrections;
        this.suspensions = suspensions;
        this.excludedPeriods = excludedPeriods;
        this.hearings = hearings;
        this.letters = letters;
        this.cal = cal;
        this.excludeSuspension = excludeSuspension;
        this.asOf = asOf;
    }

    /** Every deadline that applies to the case, in the order the case meets them. */
    public List<Deadline> all() {
        List<Deadline> list = new ArrayList<>();
        list.add(acceptanceReview());
        latestCorrection().ifPresent(cr -> list.add(correctionReply(cr)));
        if (c.acceptedDate != null) {
            copyToRespondent().ifPresent(list::add);
            respondentReply().ifPresent(list::add);
            for (Hearing h : hearings) {
                if (h.status != HearingStatus.CANCELLED && c.ruleSet == RuleSet.ARL_2023) {
                    list.add(hearingNotice(h));
                }
            }
            list.add(decision());
        }
        for (OpinionLetter l : letters) {
            list.add(opinionLetterAnswer(l));
        }
        return list;
    }

    public Deadline acceptanceReview() {
        boolean afterCorrection = corrections.stream().anyMatch(cr -> cr.receivedDate != null
                && cr.receivedDate.equals(c.reviewStartDate));
        PeriodResult p = ACCEPTANCE_REVIEW.from(c.reviewStartDate, 0, cal);
        LocalDate met = null;
        DeadlineStatus status = null;
        if (c.state == CaseState.AWAITING_CORRECTION || c.state == CaseState.ABANDONED) {
            met = latestCorrection().map(cr -> cr.requestedDate).orElse(null);
        } else if (c.acceptedDate != null) {
            met = c.acceptedDate;
            if (c.acceptanceKind == AcceptanceKind.DEEMED) {
                status = DeadlineStatus.LAPSED;
            }
        } else if (c.notAcceptedDate != null) {
            met = c.notAcceptedDate;
        }
        return deadline(DeadlineKind.ACCEPTANCE_REVIEW, null, article("ARL 30", "ARL 2017 art. 17"),
                c.reviewStartDate, afterCorrection ? "CORRECTION_RECEIVED" : "APPLICATION_RECEIVED",
                p, 0, List.of(), met, status);
    }

    Deadline correctionReply(CorrectionRequest cr) {
        int extended = cr.extendedDays == null ? 0 : cr.extendedDays;
        PeriodResult p = StatutoryPeriod.workingDays(CORRECTION_WORKING_DAYS + extended).from(cr.noticeReceivedDate, 0, cal);
        LocalDate met = cr.receivedDate;
        DeadlineStatus status = null;
        if (cr.abandonedDate != null) {
            met = cr.abandonedDate;
            status = DeadlineStatus.LAPSED;
        }
        return deadline(DeadlineKind.CORRECTION_REPLY, cr.id, article("ARL 31", "Regulations 2007 art. 29"), cr.noticeReceivedDate,
                "CORRECTION_NOTICE_RECEIVED", p, extended, List.of(), met, status);
    }

    Optional<Deadline> copyToRespondent() {
        if (c.copySentDate == null && c.concludedDate != null) {
            return Optional.empty();
        }
        boolean simplified = c.procedure == ProcedureType.SIMPLIFIED;
        StatutoryPeriod period = StatutoryPeriod.workingDays(simplified ? 3 : 7);
        PeriodResult p = period.from(c.acceptedDate, 0, cal);
        return Optional.of(deadline(DeadlineKind.COPY_TO_RESPONDENT, null,
                article(simplified ? "ARL 54" : "ARL 48", "ARL 2017 art. 23"), c.acceptedDate, "ACCEPTED", p, 0,
                List.of(), c.copySentDate, null));
    }

    Optional<Deadline> respondentReply() {
        if (c.copySentDate == null) {
            return Optional.empty();
        }
        LocalDate start = c.copyReceivedDate != null ? c.copyReceivedDate : c.copySentDate;
        boolean simplified = c.procedure == ProcedureType.SIMPLIFIED;
        StatutoryPeriod period = c.ruleSet == RuleSet.ARL_2017 ? StatutoryPeriod.calendarDays(10)
                : StatutoryPeriod.workingDays(simplified ? 5 : 10);
        PeriodResult p = period.from(start, 0, cal);
        if (c.replyReceivedDate == null && c.concludedDate != null && !c.concludedDate.isAfter(p.due())) {
            return Optional.empty();
        }
        DeadlineStatus status = c.replyReceivedDate == null && c.concludedDate != null ? DeadlineStatus.LAPSED : null;
        return Optional.of(deadline(DeadlineKind.RESPONDENT_REPLY, null,
                article(simplified ? "ARL 54" : "ARL 48", "ARL 2017 art. 23"), start, "COPY_RECEIVED", p, 0,
                List.of(), c.replyReceivedDate, status));
    }

    Deadline hearingNotice(Hearing h) {
        LocalDate latest = StatutoryPeriod.latestNoticeDate(h.scheduledDate, HEARING_NOTICE_WORKING_DAYS, cal);
        PeriodResult p = StatutoryPeriod.workingDays(HEARING_NOTICE_WORKING_DAYS).from(latest, 0, cal);
        Deadline d = deadline(DeadlineKind.HEARING_NOTICE, h.id, "ARL 51", h.scheduledDate, "HEARING_DATE", p, 0,
                List.of(), h.noticeDate, null);
        return new Deadline(d.kind(), d.refId(), d.article(), d.start(), d.startEvent(), d.unit(), d.amount(), 0,
                List.of(), 0, true, p, latest, d.metOn(), status(latest, h.noticeDate, null));
    }

    public Deadline decision() {
        boolean simplified = c.procedure == ProcedureType.SIMPLIFIED;
        int days = simplified ? 30 : 60;
        int extension = !simplified && c.extensionDays != null ? c.extensionDays : 0;
        // suspensions (when the setting excludes them), site inspections and appraisals; an open one runs to the
        // conclusion, or to the day judged on, and pauses the deadline
        LocalDate openEnd = c.concludedDate != null ? c.concludedDate : asOf;
        List<Pauses.Pause> pauses = new ArrayList<>();
        if (excludeSuspension) {
            suspensions.forEach(s -> pauses.add(pause(s.startedDate, s.resumedDate, openEnd, s.ground)));
        }
        excludedPeriods.forEach(x -> pauses.add(pause(x.startedDate, x.endedDate, openEnd, x.kind)));
        boolean paused = c.concludedDate == null && pauses.stream().anyMatch(Pauses.Pause::ongoing);
        List<Deadline.Exclusion> exclusions = Pauses.exclusions(pauses);
        int excluded = Pauses.days(exclusions);
        PeriodResult p = StatutoryPeriod.calendarDays(days).from(c.acceptedDate, extension + excluded, cal);
        DeadlineStatus status = paused ? DeadlineStatus.PAUSED : null;
        return deadline(DeadlineKind.DECISION, null, article("ARL 62", "ARL 2017 art. 31"), c.acceptedDate,
                c.acceptanceKind == AcceptanceKind.DEEMED ? "DEEMED_ACCEPTED" : "ACCEPTED", p, extension, exclusions,
                c.concludedDate, status);
    }

    private static Pauses.Pause pause(LocalDate started, LocalDate ended, LocalDate openEnd, Labelled reason) {
        LocalDate end = ended != null ? ended : openEnd;
        return new Pauses.Pause(started, end, end, reason, ended == null);
    }

    Deadline opinionLetterAnswer(OpinionLetter l) {
        PeriodResult p = OPINION_LETTER_ANSWER.from(l.issuedDate, 0, cal);
        return deadline(DeadlineKind.OPINION_LETTER_ANSWER, l.id, article("ARL 76", "Regulations 2007 art. 57"),
                l.issuedDate, "OPINION_LETTER_ISSUED", p, 0, List.of(), l.answeredDate, null);
    }

    private Optional<CorrectionRequest> latestCorrection() {
        return corrections.stream().max(Comparator.comparing((CorrectionRequest cr) -> cr.requestedDate)
                .thenComparing(cr -> cr.id == null ? Long.MAX_VALUE : cr.id));
    }

    private String article(String arl2023, String arl2017) {
        return c.ruleSet == RuleSet.ARL_2017 ? arl2017 : arl2023;
    }

    private Deadline deadline(DeadlineKind kind, Long refId, String article, LocalDate start, String startEvent,
            PeriodResult p, int extension, List<Deadline.Exclusion> exclusions, LocalDate met, DeadlineStatus forced) {
        int excluded = Pauses.days(exclusions);
        DeadlineStatus status = forced != null ? forced : status(p.due(), met, null);
        return new Deadline(kind, refId, article, start, startEvent, p.unit(), p.amount(), extension, exclusions,
                excluded, false, p, p.due(), met, status);
    }

    private DeadlineStatus status(LocalDate due, LocalDate met, DeadlineStatus forced) {
        return forced != null ? forced : Deadline.status(due, met, asOf);
    }
}
