package cn.fuyi.reconsideration.performance;

import java.util.List;

import cn.fuyi.calendar.PeriodResult;
import cn.fuyi.calendar.StatutoryPeriod;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.reconsideration.deadline.DeadlineContext;
import cn.fuyi.reconsideration.deadline.DeadlineKind;

/**
 * The answer to an opinion letter (意见书): the agency reports its correction within 60 days of receiving the letter
 * (ARL 76; under the 2017 law, Regulations 2007 art. 57, which also counts from receipt). The period runs from the
 * agency's receipt once it is recorded; until then from the letter's date (the receipt can only move the due date
 * later), and the explanation says so (deadline.note.OPINION_LETTER_ANSWER.OPINION_LETTER_ISSUED).
 */
public final class OpinionLetterAnswerPeriod {

    static final StatutoryPeriod PERIOD = StatutoryPeriod.calendarDays(60);

    /** The start event while the agency's receipt is not yet recorded. */
    static final String RECEIPT_UNKNOWN = "OPINION_LETTER_ISSUED";
    static final String RECEIVED = "OPINION_LETTER_RECEIVED";

    private OpinionLetterAnswerPeriod() {
    }

    public static Deadline of(DeadlineContext x, OpinionLetter l) {
        boolean received = l.receivedDate != null;
        var start = received ? l.receivedDate : l.issuedDate;
        PeriodResult p = PERIOD.from(start, 0, x.cal());
        return x.deadline(DeadlineKind.OPINION_LETTER_ANSWER, l.id, x.article("ARL 76", "Regulations 2007 art. 57"),
                start, received ? RECEIVED : RECEIPT_UNKNOWN, p, 0, List.of(), l.answeredDate, null);
    }
}
