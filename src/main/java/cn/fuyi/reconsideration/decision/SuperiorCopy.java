package cn.fuyi.reconsideration.decision;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.fuyi.common.IdentityEntity;

/**
 * A copy (抄告) of an effective decision or of an opinion letter sent to the respondent's superior department: a
 * county-or-higher government deciding a case against one of its own departments must send it (ARL 79 ¶2).
 */
@Entity
@Table(name = "superior_copy")
public class SuperiorCopy extends IdentityEntity {

    @Column(name = "case_id")
    public long caseId;
    @Enumerated(EnumType.STRING)
    public CopiedDocument document;
    @Column(name = "letter_id")
    public Long letterId;
    public String recipient;
    @Column(name = "copied_date")
    public LocalDate copiedDate;
    public String note;

    public static List<SuperiorCopy> ofCase(long caseId) {
        return list("caseId = ?1 order by id", caseId);
    }

    /** The document copied (ARL 79 ¶2 names the decision and the opinion letter, not the mediation agreement). */
    public enum CopiedDocument implements cn.fuyi.common.Labelled {
        DECISION("行政复议决定书", "Decision"),
        OPINION_LETTER("行政复议意见书", "Opinion letter");

        private final String zh;
        private final String en;

        CopiedDocument(String zh, String en) {
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
}
