package cn.fuyi.reconsideration.performance;

import java.util.List;

import cn.fuyi.calendar.PeriodResult;
import cn.fuyi.calendar.StatutoryPeriod;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.reconsideration.deadline.DeadlineContext;
import cn.fuyi.reconsideration.deadline.DeadlineKind;

/**
 * The answer to an opinion letter (意见书): the agency reports its correction within 60 days of receiving the letter
 * (ARL 76); under the 2017 law, Regulations 2007 art. 57. The period runs from the agency's receipt when recorded,
 * otherwise from the letter's date.
 */
public final class OpinionLetterAnswerPeriod {

    static final StatutoryPeriod PERIOD = StatutoryPeriod.calendarDays(60);

    private OpinionLetterAnswerPeriod() {
    }

    public static Deadline of(DeadlineContext x, OpinionLetter l) {
        PeriodResult p = PERIOD.from(l.issuedDate, 0, x.cal());
        return x.deadline(DeadlineKind.OPINION_LETTER_ANSWER, l.id, x.article("ARL 76", "Regulations 2007 art. 57"),
                l.issuedDate, "OPINION_LETTER_ISSUED", p, 0, List.of(), l.answeredDate, null);
    }
}
