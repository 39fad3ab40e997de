package cn.fuyi.reconsideration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.fuyi.common.IdentityEntity;
import cn.fuyi.reconsideration.acceptance.AcceptanceKind;
import cn.fuyi.reconsideration.decision.CompensationOutcome;
import cn.fuyi.reconsideration.decision.DecisionType;
import cn.fuyi.reconsideration.decision.PublicationStatus;
import cn.fuyi.reconsideration.decision.TerminationGround;
import cn.fuyi.reconsideration.intake.Channel;
import cn.fuyi.reconsideration.intake.ReconsiderationFirstGround;
import cn.fuyi.reconsideration.review.ProcedureType;
import cn.fuyi.reconsideration.review.SimplifiedGround;

/**
 * A reconsideration case (行政复议案件): the application, and the dated facts of its course that its deadlines and
 * the statistics are computed from. Its history is the list of {@link CaseEvent}s.
 */
@Entity
@Table(name = "reconsideration_case")
public class ReconsiderationCase extends IdentityEntity implements cn.fuyi.lifecycle.TrackedRecord<CaseState> {

    @Column(name = "organ_id")
    public long organId;
    @Column(name = "case_year")
    public int caseYear;
    @Column(name = "case_seq")
    public int caseSeq;
    @Column(name = "case_number")
    public String caseNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "rule_set")
    public RuleSet ruleSet;
    @Enumerated(EnumType.STRING)
    public CaseState state;

    @Column(name = "received_date")
    public LocalDate receivedDate;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @Column(name = "respondent_id")
    public long respondentId;
    @Column(name = "act_category")
    public String actCategory;
    @Column(name = "act_domain")
    public String actDomain;
    @Column(name = "act_description")
    public String actDescription;
    @Column(name = "act_document_number")
    public String actDocumentNumber;
    @Column(name = "act_date")
    public LocalDate actDate;
    @Column(name = "act_known_date")
    public LocalDate actKnownDate;
    /** Whether the act stated the right to apply, the organ and the period (ARL 20 ¶3); null: not recorded, read as stated. */
    @Column(name = "act_notice_stated_rights")
    public Boolean actNoticeStatedRights;
    @Column(name = "rights_known_date")
    public LocalDate rightsKnownDate;
    @Column(name = "real_property")
    public boolean realProperty;
    @Column(name = "longer_period_days")
    public Integer longerPeriodDays;
    @Column(name = "obstacle_from")
    public LocalDate obstacleFrom;
    @Column(name = "obstacle_to")
    public LocalDate obstacleTo;
    /** The application period's last day as last computed (ARL 20, 21), and whether the application came after it. */
    @Column(name = "application_last_day")
    public LocalDate applicationLastDay;
    @Column(name = "application_late")
    public boolean applicationLate;
    /** Submitted through the penalty agency (ARL 32): the day it received the application. */
    @Column(name = "agency_received_date")
    public LocalDate agencyReceivedDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "reconsideration_first")
    public ReconsiderationFirstGround reconsiderationFirst;
    public BigDecimal amount;
    @Column(name = "request_text")
    public String request;
    @Column(name = "facts_and_reasons")
    public String factsAndReasons;
    @Column(name = "compensation_requested")
    public boolean compensationRequested;

    public String clerk;
    @Column(name = "clerk_name")
    public String clerkName;

    /** Receipt of the application, or of its latest correction: the acceptance review counts from here. */
    @Column(name = "review_start_date")
    public LocalDate reviewStartDate;
    @Column(name = "accepted_date")
    public LocalDate acceptedDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "acceptance_kind")
    public AcceptanceKind acceptanceKind;
    @Column(name = "not_accepted_date")
    public LocalDate notAcceptedDate;
    @Column(name = "not_accepted_reason")
    public String notAcceptedReason;
    @Column(name = "competent_organ")
    public String competentOrgan;
    @Column(name = "abandoned_date")
    public LocalDate abandonedDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "procedure_type")
    public ProcedureType procedure;
    @Enumerated(EnumType.STRING)
    @Column(name = "simplified_ground")
    public SimplifiedGround simplifiedGround;
    @Column(name = "converted_date")
    public LocalDate convertedDate;
    @Column(name = "conversion_approved_by")
    public String conversionApprovedBy;

    @Column(name = "copy_sent_date")
    public LocalDate copySentDate;
    @Column(name = "copy_received_date")
    public LocalDate copyReceivedDate;
    @Column(name = "reply_received_date")
    public LocalDate replyReceivedDate;

    @Column(name = "extension_days")
    public Integer extensionDays;
    @Column(name = "extension_date")
    public LocalDate extensionDate;
    @Column(name = "extension_approved_by")
    public String extensionApprovedBy;
    @Column(name = "extension_reason")
    public String extensionReason;

    @Column(name = "concluded_date")
    public LocalDate concludedDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "decision_type")
    public DecisionType decisionType;
    @Column(name = "order_to_redo")
    public boolean orderToRedo;
    /** A 确认违法 for breach of statutory procedure only: not a change of the act for the courts (法释〔2018〕1号 art. 22). */
    @Column(name = "illegal_for_procedure_only")
    public boolean illegalForProcedureOnly;
    /** The decision upholds part of the act and changes (or refuses) another part (法释〔2018〕1号 art. 134 ¶2). */
    @Column(name = "partly_upholds")
    public boolean partlyUpholds;
    /** The return of a fine, confiscated or seized property ordered with the decision (ARL 72 ¶2). */
    @Column(name = "property_return_ordered")
    public boolean propertyReturnOrdered;
    @Enumerated(EnumType.STRING)
    @Column(name = "compensation_outcome")
    public CompensationOutcome compensationOutcome;
    @Enumerated(EnumType.STRING)
    @Column(name = "termination_ground")
    public TerminationGround terminationGround;
    @Column(name = "indirect_correction")
    public boolean indirectCorrection;
    @Column(name = "decision_summary")
    public String decisionSummary;
    @Column(name = "decision_approved_by")
    public String decisionApprovedBy;
    @Column(name = "served_date")
    public LocalDate servedDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "publication_status")
    public PublicationStatus publicationStatus;
    @Column(name = "published_date")
    public LocalDate publishedDate;
    @Column(name = "publication_place")
    public String publicationPlace;
    @Column(name = "non_publication_reason")
    public String nonPublicationReason;

    /** The decision deadline as last computed; kept for worklists and the on-time rate. */
    @Column(name = "decision_due_date")
    public LocalDate decisionDueDate;
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
        return respondentId;
    }

    @Override
    public CaseState currentState() {
        return state;
    }

    @Override
    public void moveTo(CaseState next, Instant at) {
        state = next;
        updatedAt = at;
    }
}
