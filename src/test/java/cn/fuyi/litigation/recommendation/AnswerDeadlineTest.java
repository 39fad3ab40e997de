package cn.fuyi.litigation.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.fuyi.deadline.Deadline;
import cn.fuyi.deadline.DeadlineStatus;
import cn.fuyi.support.Holidays2026;

/**
 * 公益诉讼解释 art. 21 ¶2: "行政机关应当在收到检察建议书之日起两个月内依法履行职责，并书面回复人民检察院。出现国家利益或者社会公共利益损害继续扩大等
 * 紧急情形的，行政机关应当在十五日内书面回复。" 法释〔2018〕1号 art. 149 ¶4: "接收司法建议的行政机关应当在收到司法建议之日起六十日内予以书面答复。"
 */
class AnswerDeadlineTest {

    static Optional<Deadline> answer(RecommendationKind kind, boolean harmSpreading, boolean normativeDocument, String received,
            String answered) {
        return AnswerDeadline.of(kind, harmSpreading, normativeDocument, LocalDate.parse(received),
                answered == null ? null : LocalDate.parse(answered), Holidays2026.CALENDAR, LocalDate.parse(received).plusDays(1));
    }

    @Test
    void aProcuratorialRecommendationIsAnsweredWithinTwoMonthsOfReceipt() {
        Deadline d = answer(RecommendationKind.PROCURATORIAL, false, false, "2026-06-20", null).orElseThrow();
        assertEquals(LocalDate.parse("2026-08-20"), d.due());
        assertEquals("公益诉讼解释 art. 21 ¶2", d.article());
        assertEquals(DeadlineStatus.OPEN, d.status());
    }

    @Test
    void withTheHarmSpreadingWithin15DaysMovedOffNationalDay() {
        Deadline d = answer(RecommendationKind.PROCURATORIAL, true, false, "2026-09-16", null).orElseThrow();
        assertEquals(15, d.amount());
        assertEquals(LocalDate.parse("2026-10-01"), d.period().rawEnd());
        assertEquals(LocalDate.parse("2026-10-08"), d.due());
        assertTrue(d.period().movedPastHoliday());
    }

    @Test
    void aJudicialRecommendationOnANormativeDocumentIsAnsweredWithin60Days() {
        Deadline d = answer(RecommendationKind.JUDICIAL, false, true, "2026-06-20", "2026-08-01").orElseThrow();
        assertEquals(LocalDate.parse("2026-08-19"), d.due());
        assertEquals("法释〔2018〕1号 art. 149 ¶4", d.article());
        assertEquals(DeadlineStatus.MET, d.status());
    }

    @Test
    void otherJudicialRecommendationsHaveNoPeriodInLaw() {
        assertTrue(answer(RecommendationKind.JUDICIAL, false, false, "2026-06-20", null).isEmpty());
    }
}
