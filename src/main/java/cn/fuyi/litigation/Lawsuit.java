package cn.fuyi.litigation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.fuyi.common.IdentityEntity;
import cn.fuyi.litigation.outcome.Outcome;

/** A lawsuit in which an agency of the jurisdiction, or the reconsideration organ, is the defendant (行政应诉). */
@Entity
@Table(name = "lawsuit")
public class Lawsuit extends IdentityEntity implements cn.fuyi.lifecycle.TrackedRecord<LawsuitState> {

    @Column(name = "organ_id")
    public long organId;
    public String court;
    @Column(name = "court_case_number")
    public String courtCaseNumber;
    @Enumerated(EnumType.STRING)
    public Instance instance;
    @Column(name = "previous_lawsuit_id")
    public Long previousLawsuitId;
    @Column(name = "reconsideration_case_id")
    public Long reconsiderationCaseId;
    @Enumerated(EnumType.STRING)
    public LawsuitState state;
    @Column(name = "act_category")
    public String actCategory;
    @Column(name = "act_domain")
    public String actDomain;
    @Column(name = "act_description")
    public String actDescription;
    public String claims;
    /** 立案: the court docketed the suit. */
    @Column(name = "filed_date")
    public LocalDate filedDate;
    /** The complaint was served on the defendant. */
    @Column(name = "served_date")
    public LocalDate servedDate;
    /** First instance under the simplified procedure (45 days, ALL 83). */
    public boolean simplified;
    @Enumerated(EnumType.STRING)
    @Column(name = "counsel_type")
    public CounselType counselType;
    @Column(name = "counsel_name")
    public String counselName;
    @Column(name = "report_due_date")
    public LocalDate reportDueDate;
    @Column(name = "reported_date")
    public LocalDate reportedDate;
    @Column(name = "reported_by")
    public String reportedBy;
    @Column(name = "defence_date")
    public LocalDate defenceDate;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    @Column(name = "order_to_redo")
    public boolean orderToRedo;
    /** The plaintiff withdrew because the agency changed its act (撤诉 after 改变行政行为). */
    @Column(name = "withdrawn_after_act_changed")
    public boolean withdrawnAfterActChanged;
    @Column(name = "outcome_date")
    public LocalDate outcomeDate;
    @Column(name = "outcome_served_date")
    public LocalDate outcomeServedDate;
    @Column(name = "outcome_summary")
    public String outcomeSummary;
    @Column(name = "final_date")
    public LocalDate finalDate;
    @Column(name = "next_deadline_kind")
    public String nextDeadlineKind;
    @Column(name = "next_due_date")
    public LocalDate nextDueDate;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "created_by")
    public String createdBy;

    @Override
    public Long recordId() {
        return id;
    }

    @Override
    public long recordVersion() {
        return version;
    }

    @Override
    public long recordOrganId() {
        return organId;
    }

    @Override
    public Long recordRespondentId() {
        return null;
    }

    @Override
    public LawsuitState currentState() {
        return state;
    }

    @Override
    public void moveTo(LawsuitState next, Instant at) {
        state = next;
        updatedAt = at;
    }
}
