package cn.fuyi.litigation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.fuyi.common.Labelled;
import cn.fuyi.lifecycle.LifecycleEvent;

/** One step in a lawsuit's history. */
@Entity
@Table(name = "lawsuit_event")
public class LawsuitEvent extends LifecycleEvent {

    @Column(name = "lawsuit_id")
    public long lawsuitId;
    @Enumerated(EnumType.STRING)
    public LawsuitStep transition;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public LawsuitState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public LawsuitState toState;

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
