package cn.fuyi.reconsideration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.fuyi.common.Labelled;
import cn.fuyi.lifecycle.LifecycleEvent;

/** One step in a reconsideration case's history. */
@Entity
@Table(name = "case_event")
public class CaseEvent extends LifecycleEvent {

    @Column(name = "case_id")
    public long caseId;
    @Enumerated(EnumType.STRING)
    public Transition transition;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public CaseState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public CaseState toState;

    @Override
    public Labelled step() {
        return transition;
    }

    @Override
    public Labelled fromState() {
        return fromState;
    }

    @Override
    public Labelled toState() {
        return toState;
    }
}
