package cn.fuyi.litigation.recommendation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.fuyi.calendar.PeriodResult;
import cn.fuyi.calendar.StatutoryPeriod;
import cn.fuyi.calendar.WorkingDayCalendar;
import cn.fuyi.common.Labelled;
import cn.fuyi.deadline.Deadline;

/**
 * 答复期限, when an agency must answer a recommendation in writing:
 * <ul>
 * <li>a procuratorial recommendation (检察建议) urging an agency to perform its duty: within two months of receiving
 * it, or within 15 days where the harm to the state or public interest keeps spreading or the case is otherwise urgent
 * (公益诉讼解释 art. 21 ¶2; the article is about the recommendation before a public-interest suit, and Fuyi applies it
 * to every 检察建议 as a default the clerk may replace);</li>
 * <li>a judicial recommendation (司法建议) to amend or repeal a normative document the court found unlawful: within
 * 60 days of receiving it (法释〔2018〕1号 art. 149 ¶4);</li>
 * <li>any other judicial recommendation (e.g. after a head failed to appear, 法释〔2020〕3号 art. 12): no period in
 * law.</li>
 * </ul>
 * Counted as the courts count periods (法释〔2018〕1号 art. 48; an interpretation for an agency's answer): the day of
 * receipt is not counted, and a last day on a holiday moves to the next working day. Pure: no database, no framework.
 */
public final class AnswerDeadline {

    private AnswerDeadline() {
    }

    /** The deadline's kind in the API. */
    public enum Kind implements Labelled {
        ANSWER("答复期限", "Answer to the recommendation");

        private final String zh;
        private final String en;

        Kind(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        @Override
        public String labelZh() {
            return zh;
        }

        @Override
        public String labelEn() {
            return en;
        }
    }

    /** A period the law sets and the article setting it. */
    public record Statutory(StatutoryPeriod period, String article) {
    }

    static final Statutory PROCURATORIAL = new Statutory(StatutoryPeriod.months(2), "公益诉讼解释 art. 21 ¶2");
    static final Statutory PROCURATORIAL_URGENT = new Statutory(StatutoryPeriod.calendarDays(15), "公益诉讼解释 art. 21 ¶2");
    static final Statutory NORMATIVE_DOCUMENT = new Statutory(StatutoryPeriod.calendarDays(60), "法释〔2018〕1号 art. 149 ¶4");

    /** The period the law sets for this recommendation, if any. */
    public static Optional<Statutory> statutory(RecommendationKind kind, boolean harmSpreading, boolean normativeDocument) {
        return switch (kind) {
            case PROCURATORIAL -> Optional.of(harmSpreading ? PROCURATORIAL_URGENT : PROCURATORIAL);
            case JUDICIAL -> normativeDocument ? Optional.of(NORMATIVE_DOCUMENT) : Optional.empty();
        };
    }

    /** The statutory answer deadline of a recommendation received on {@code received}, met on {@code answered} if given. */
    public static Optional<Deadline> of(RecommendationKind kind, boolean harmSpreading, boolean normativeDocument,
            LocalDate received, LocalDate answered, WorkingDayCalendar cal, LocalDate asOf) {
        return statutory(kind, harmSpreading, normativeDocument).map(s -> {
            PeriodResult p = s.period().from(received, cal);
            return new Deadline(Kind.ANSWER, null, s.article(), received, "RECOMMENDATION_RECEIVED", p.unit(), p.amount(), 0,
                    List.of(), 0, false, p, p.due(), answered, Deadline.status(p.due(), answered, asOf));
        });
    }
}
