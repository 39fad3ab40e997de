package cn.fuyi.reconsideration.performance;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import cn.fuyi.common.IdentityEntity;

/** An opinion letter (行政复议意见书, ARL 76); the agency reports its correction within 60 days of receiving it. */
@Entity
@Table(name = "opinion_letter")
public class OpinionLetter extends IdentityEntity {

    @Column(name = "case_id")
    public long caseId;
    @Column(name = "respondent_id")
    public long respondentId;
    @Column(name = "issued_date")
    public LocalDate issuedDate;
    @Column(name = "document_number")
    public String documentNumber;
    public String subject;
    /** The agency's receipt of the letter: the answer period runs from it (ARL 76). */
    @Column(name = "received_date")
    public LocalDate receivedDate;
    @Column(name = "answered_date")
    public LocalDate answeredDate;
    @Column(name = "answer_summary")
    public String answerSummary;
}
