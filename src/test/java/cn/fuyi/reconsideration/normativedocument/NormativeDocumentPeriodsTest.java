package cn.fuyi.reconsideration.normativedocument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.fuyi.calendar.SpecialDay;
import cn.fuyi.calendar.WorkingDayCalendar;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.deadline.DeadlineStatus;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.RuleSet;
import cn.fuyi.reconsideration.deadline.CaseRecords;
import cn.fuyi.reconsideration.deadline.DeadlineContext;
import cn.fuyi.reconsideration.deadline.DeadlineKind;

/**
 * The periods of the incidental review of a normative document, read like the articles: ARL 56, 57 (30 days to
 * handle, 7 working days to forward), ARL 58 (notice within 3 working days of the suspension, answer within 10
 * working days of receiving it), ARL 60 (the receiver answers within 60 days). Counted on the 2026 holidays around
 * the dates used (端午, 中秋 and 国庆 with the make-up working days of the State Council's notice).
 */
class NormativeDocumentPeriodsTest {

    private static final WorkingDayCalendar CAL;

    static {
        Map<LocalDate, SpecialDay> days = new HashMap<>();
        for (String d : List.of("2026-06-19", "2026-06-20", "2026-06-21")) {
            days.put(date(d), SpecialDay.off(date(d), "端午节"));
        }
        for (String d : List.of("2026-09-25", "2026-09-26", "2026-09-27")) {
            days.put(date(d), SpecialDay.off(date(d), "中秋节"));
        }
        for (int i = 1; i <= 7; i++) {
            LocalDate d = LocalDate.of(2026, 10, i);
            days.put(d, SpecialDay.off(d, "国庆节"));
        }
        days.put(date("2026-09-20"), SpecialDay.workday(date("2026-09-20"), "国庆节"));
        days.put(date("2026-10-10"), SpecialDay.workday(date("2026-10-10"), "国庆节"));
        CAL = WorkingDayCalendar.of(days, Set.of(2026));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static ReconsiderationCase caseUnder(RuleSet rules) {
        ReconsiderationCase c = new ReconsiderationCase();
        c.ruleSet = rules;
        c.acceptedDate = date("2026-06-01");
        return c;
    }

    private static NormativeDocumentReview review(ReviewRaisedBy by, boolean competent, String started) {
        NormativeDocumentReview r = new NormativeDocumentReview();
        r.id = 7L;
        r.raisedBy = by;
        r.competent = competent;
        r.startedDate = date(started);
        return r;
    }

    private static List<Deadline> periods(ReconsiderationCase c, NormativeDocumentReview r, String asOf) {
        return NormativeDocumentPeriods.of(new DeadlineContext(c, CaseRecords.none(), CAL, true, date(asOf)), r);
    }

    private static Deadline only(List<Deadline> all, DeadlineKind kind) {
        List<Deadline> found = all.stream().filter(d -> d.kind() == kind).toList();
        assertEquals(1, found.size(), kind + " in " + all);
        return found.get(0);
    }

    @Test
    void noticeToTheDraftingOrganIsDueThreeWorkingDaysAfterTheSuspensionSkippingTheDragonBoatHoliday_ARL58() {
        // suspended Wednesday 06-17: Thu 18 = 1, Fri 19 to Sun 21 端午, Mon 22 = 2, Tue 23 = 3
        Deadline d = only(periods(caseUnder(RuleSet.ARL_2023), review(ReviewRaisedBy.APPLICANT, true, "2026-06-17"), "2026-06-18"),
                DeadlineKind.DRAFTING_ORGAN_NOTICE);
        assertEquals(date("2026-06-23"), d.due());
        assertEquals("ARL 58", d.article());
        assertEquals("NORMATIVE_REVIEW_STARTED", d.startEvent());
        assertEquals(DeadlineStatus.OPEN, d.status());
    }

    @Test
    void theDraftingOrganAnswersWithinTenWorkingDaysOfReceivingTheNotice_ARL58() {
        NormativeDocumentReview r = review(ReviewRaisedBy.APPLICANT, true, "2026-06-17");
        r.noticeDate = date("2026-06-22");
        r.noticeReceivedDate = date("2026-06-23");
        Deadline d = only(periods(caseUnder(RuleSet.ARL_2023), r, "2026-06-24"), DeadlineKind.DRAFTING_ORGAN_ANSWER);
        // Wed 06-24 .. Tue 07-07: ten working days
        assertEquals(date("2026-07-07"), d.due());
        assertEquals("DRAFTING_ORGAN_NOTICE_RECEIVED", d.startEvent());
        assertEquals(DeadlineStatus.MET, only(periods(caseUnder(RuleSet.ARL_2023), r, "2026-06-24"),
                DeadlineKind.DRAFTING_ORGAN_NOTICE).status());
    }

    @Test
    void anAnswerStillMissingWhenTheOrganDecidesIsLapsed_ARL58() {
        NormativeDocumentReview r = review(ReviewRaisedBy.APPLICANT, true, "2026-06-17");
        r.noticeDate = date("2026-06-22");
        r.resultDate = date("2026-07-10");
        assertEquals(DeadlineStatus.LAPSED,
                only(periods(caseUnder(RuleSet.ARL_2023), r, "2026-07-20"), DeadlineKind.DRAFTING_ORGAN_ANSWER).status());
    }

    @Test
    void aCompetentOrganHandlesTheDocumentWithinThirtyCalendarDaysMovedPastNationalDay_ARL56() {
        // 30 days from Saturday 09-05 end on Monday 10-05, inside the National Day holiday: the period ends on 10-08
        Deadline d = only(periods(caseUnder(RuleSet.ARL_2023), review(ReviewRaisedBy.APPLICANT, true, "2026-09-05"), "2026-09-06"),
                DeadlineKind.NORMATIVE_DOCUMENT_HANDLING);
        assertEquals(date("2026-10-05"), d.period().rawEnd());
        assertEquals(date("2026-10-08"), d.due());
        assertEquals("ARL 56", d.article());
        assertEquals("ARL 57", only(periods(caseUnder(RuleSet.ARL_2023), review(ReviewRaisedBy.EX_OFFICIO, true, "2026-09-05"),
                "2026-09-06"), DeadlineKind.NORMATIVE_DOCUMENT_HANDLING).article());
    }

    @Test
    void forwardingIsDueSevenWorkingDaysLaterCountingTheMakeUpSaturday_ARL57() {
        // Wed 09-23: Thu 24 = 1, 25-27 中秋, Mon 28 = 2, 29 = 3, 30 = 4, 10-01..07 国庆, Thu 08 = 5, Fri 09 = 6, Sat 10 (调休上班) = 7
        List<Deadline> all = periods(caseUnder(RuleSet.ARL_2023), review(ReviewRaisedBy.EX_OFFICIO, false, "2026-09-23"), "2026-09-24");
        Deadline d = only(all, DeadlineKind.NORMATIVE_DOCUMENT_FORWARDING);
        assertEquals(date("2026-10-10"), d.due());
        assertEquals("ARL 57", d.article());
        assertTrue(all.stream().noneMatch(x -> x.kind() == DeadlineKind.DRAFTING_ORGAN_NOTICE),
                "an organ that forwards the document does not notify the drafting organ");
        assertTrue(all.stream().noneMatch(x -> x.kind() == DeadlineKind.NORMATIVE_DOCUMENT_FORWARD_REPLY), "not yet forwarded");
    }

    @Test
    void theReceiverAnswersWithinSixtyDaysOfReceivingTheForwardedDocument_ARL60() {
        NormativeDocumentReview r = review(ReviewRaisedBy.APPLICANT, false, "2026-09-23");
        r.forwardedDate = date("2026-10-09");
        r.forwardReceivedDate = date("2026-10-12");
        Deadline d = only(periods(caseUnder(RuleSet.ARL_2023), r, "2026-10-13"), DeadlineKind.NORMATIVE_DOCUMENT_FORWARD_REPLY);
        assertEquals(date("2026-12-11"), d.due());
        assertEquals("ARL 60", d.article());
        assertEquals("NORMATIVE_DOCUMENT_FORWARD_RECEIVED", d.startEvent());
        assertEquals(DeadlineStatus.MET, only(periods(caseUnder(RuleSet.ARL_2023), r, "2026-10-13"),
                DeadlineKind.NORMATIVE_DOCUMENT_FORWARDING).status());
    }

    @Test
    void underThe2017LawThereIsNoNoticeToTheDraftingOrganAndNoReplyPeriodForWhatTheOrganForwardedItself() {
        List<Deadline> competent = periods(caseUnder(RuleSet.ARL_2017), review(ReviewRaisedBy.APPLICANT, true, "2026-06-17"), "2026-06-18");
        assertEquals(List.of(DeadlineKind.NORMATIVE_DOCUMENT_HANDLING), competent.stream().map(Deadline::kind).toList());
        assertEquals("ARL 2017 art. 26", competent.get(0).article());

        NormativeDocumentReview own = review(ReviewRaisedBy.EX_OFFICIO, false, "2026-06-17");
        own.forwardedDate = date("2026-06-22");
        List<Deadline> forwarded = periods(caseUnder(RuleSet.ARL_2017), own, "2026-06-23");
        assertEquals(List.of(DeadlineKind.NORMATIVE_DOCUMENT_FORWARDING), forwarded.stream().map(Deadline::kind).toList());
        assertEquals("ARL 2017 art. 27", forwarded.get(0).article());
    }

    @Test
    void aReviewLeftOpenWhenTheCaseEndedHasNoDeadlinesLeft() {
        ReconsiderationCase c = caseUnder(RuleSet.ARL_2023);
        c.concludedDate = date("2026-07-01");
        assertEquals(List.of(), periods(c, review(ReviewRaisedBy.APPLICANT, true, "2026-06-17"), "2026-07-02"));
    }
}
