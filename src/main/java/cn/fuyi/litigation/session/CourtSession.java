package cn.fuyi.litigation.session;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import cn.fuyi.common.IdentityEntity;

/** A court session (开庭) of a lawsuit. */
@Entity
@Table(name = "court_session")
public class CourtSession extends IdentityEntity {

    @Column(name = "lawsuit_id")
    public long lawsuitId;
    @Column(name = "session_date")
    public LocalDate sessionDate;
    @Column(name = "court_room")
    public String courtRoom;
    public String note;
}
