package cn.fuyi.reconsideration;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.fuyi.common.IdentityEntity;

/** One step in a case's history: which transition, on what date, by whom, why, and the details it recorded. */
@Entity
@Table(name = "case_event")
public class CaseEvent extends IdentityEntity {

    @Column(name = "case_id")
    public long caseId;
    public int seq;
    @Enumerated(EnumType.STRING)
    public Transition transition;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public CaseState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public CaseState toState;
    /** The legal date of the step (Asia/Shanghai local date). */
    @Column(name = "event_date")
    public LocalDate eventDate;
    /** When it was recorded (UTC). */
    @Column(name = "recorded_at")
    public Instant recordedAt;
    public String actor;
    @Column(name = "actor_name")
    public String actorName;
    public String reason;
    /** The step's own fields, as JSON. */
    public String details;
}
