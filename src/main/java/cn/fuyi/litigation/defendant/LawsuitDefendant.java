package cn.fuyi.litigation.defendant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.fuyi.common.IdentityEntity;
import cn.fuyi.litigation.outcome.Outcome;

/** A defendant the court named: an agency (respondent) or the reconsideration organ itself; exactly one is set. */
@Entity
@Table(name = "lawsuit_defendant")
public class LawsuitDefendant extends IdentityEntity {

    @Column(name = "lawsuit_id")
    public long lawsuitId;
    public int position;
    @Column(name = "respondent_id")
    public Long respondentId;
    @Column(name = "organ_id")
    public Long organId;
    /**
     * What the court decided as to this defendant (法释〔2018〕1号 art. 136), recorded with the suit's outcome: the
     * suit's own unless the judgment disposed of the defendants apart. {@code null} while undecided.
     */
    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    /** This defendant lost (败诉), or {@code null} while undecided. */
    public Boolean lost() {
        return outcome == null ? null : outcome.loss();
    }

    public boolean organ() {
        return organId != null;
    }
}
