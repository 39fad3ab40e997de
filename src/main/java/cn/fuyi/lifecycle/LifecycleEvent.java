package cn.fuyi.lifecycle;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import cn.fuyi.common.IdentityEntity;
import cn.fuyi.common.Labelled;

/**
 * One step in a record's history: the step, its legal date, when and by whom it was recorded, why, and the fields
 * it recorded as JSON. Each feature keeps its events in its own table; the history API is the same for all.
 */
@MappedSuperclass
public abstract class LifecycleEvent extends IdentityEntity {

    public int seq;
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

    public abstract Labelled step();

    public abstract Labelled fromState();

    public abstract Labelled toState();
}
