package cn.fuyi.reconsideration.performance;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.fuyi.common.IdentityEntity;

/**
 * Something an agency must carry out (履行, ARL 77): what a decision orders (ARL 64, 66, 71, 72), an effective
 * mediation agreement (ARL 73), or the correction an opinion letter asks for (ARL 76). Its due date comes from the
 * rule where the law sets one, else from the document; a clerk may override it, and the override is kept beside the
 * original.
 */
@Entity
@Table(name = "performance_obligation")
public class Obligation extends IdentityEntity {

    @Column(name = "case_id")
    public long caseId;
    @Enumerated(EnumType.STRING)
    public ObligationSource source;
    /** The mediation or opinion letter it comes from; none for a decision. */
    @Column(name = "source_id")
    public Long sourceId;
    @Enumerated(EnumType.STRING)
    public ObligationKind kind;
    /** The agency that must carry it out. */
    @Column(name = "respondent_id")
    public long respondentId;
    public String description;
    /** The day the document ordering it was made or took effect. */
    @Column(name = "arose_date")
    public LocalDate aroseDate;
    /** The period the decision or agreement sets, in days from its taking effect. */
    @Column(name = "period_days")
    public Integer periodDays;
    /** The date the decision or agreement sets. */
    @Column(name = "document_due_date")
    public LocalDate documentDueDate;
    @Column(name = "override_due_date")
    public LocalDate overrideDueDate;
    @Column(name = "override_reason")
    public String overrideReason;
    @Column(name = "override_by")
    public String overrideBy;
    @Column(name = "override_date")
    public LocalDate overrideDate;
    /** The deadline as last computed, kept for the statistics. */
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Column(name = "performed_date")
    public LocalDate performedDate;
    @Column(name = "reported_date")
    public LocalDate reportedDate;
    @Column(name = "report_summary")
    public String reportSummary;

    public static List<Obligation> ofCase(long caseId) {
        return list("caseId = ?1 order by id", caseId);
    }

    public static Obligation ofLetter(long letterId) {
        return find("source = ?1 and sourceId = ?2", ObligationSource.OPINION_LETTER, letterId).firstResult();
    }

    public boolean performed() {
        return performedDate != null;
    }
}
