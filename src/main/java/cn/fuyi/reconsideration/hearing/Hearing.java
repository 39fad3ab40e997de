package cn.fuyi.reconsideration.hearing;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.fuyi.common.IdentityEntity;

/**
 * A hearing (听证, ARL 50-51): noticed at least 5 working days ahead, held before a panel, with who came for the
 * respondent (its head, or the reasons the head did not come and the staff sent, ARL 51 ¶3); or waived by an
 * applicant who refused to attend without good reason (ARL 51 ¶2).
 */
@Entity
@Table(name = "hearing")
public class Hearing extends IdentityEntity {

    @Column(name = "case_id")
    public long caseId;
    @Enumerated(EnumType.STRING)
    public HearingStatus status;
    @Column(name = "notice_date")
    public LocalDate noticeDate;
    @Column(name = "scheduled_date")
    public LocalDate scheduledDate;
    public String place;
    public String issues;
    @Column(name = "held_date")
    public LocalDate heldDate;
    @Column(name = "presiding_officer")
    public String presidingOfficer;
    /** Names separated by '、'. */
    @Column(name = "hearing_officers")
    public String hearingOfficers;
    public String recorder;
    @Column(name = "respondent_head_attended")
    public Boolean respondentHeadAttended;
    @Column(name = "respondent_head_name")
    public String respondentHeadName;
    @Column(name = "respondent_head_position")
    public String respondentHeadPosition;
    @Column(name = "respondent_head_absence_reason")
    public String respondentHeadAbsenceReason;
    /** The respondent's staff who attended, names separated by '、'. */
    @Column(name = "respondent_staff")
    public String respondentStaff;
    @Column(name = "waived_date")
    public LocalDate waivedDate;
    public String note;
}
