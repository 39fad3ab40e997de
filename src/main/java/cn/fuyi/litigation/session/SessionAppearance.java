package cn.fuyi.litigation.session;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.fuyi.common.IdentityEntity;
import cn.fuyi.litigation.CounselType;

/**
 * Who appeared for one defendant at one session (法释〔2020〕3号). A correction adds a new revision and supersedes
 * the previous one, which is kept.
 */
@Entity
@Table(name = "session_appearance")
public class SessionAppearance extends IdentityEntity {

    @Column(name = "session_id")
    public long sessionId;
    @Column(name = "defendant_id")
    public long defendantId;
    public int revision;
    public boolean superseded;
    @Column(name = "head_appeared")
    public boolean headAppeared;
    @Column(name = "head_name")
    public String headName;
    @Column(name = "head_position")
    public String headPosition;
    @Enumerated(EnumType.STRING)
    @Column(name = "head_rank")
    public HeadRank headRank;
    /** The head spoke on the substance (出庭出声, art. 11). */
    @Column(name = "head_spoke")
    public boolean headSpoke;
    /** A head whose proof of identity was defective counts as absent (art. 6). */
    @Column(name = "head_identity_defective")
    public boolean headIdentityDefective;
    @Column(name = "court_notified_head")
    public boolean courtNotifiedHead;
    @Enumerated(EnumType.STRING)
    @Column(name = "absence_reason")
    public AbsenceReason absenceReason;
    /** Names separated by '、'. */
    @Column(name = "entrusted_staff")
    public String entrustedStaff;
    @Column(name = "counsel_name")
    public String counselName;
    @Enumerated(EnumType.STRING)
    @Column(name = "counsel_type")
    public CounselType counselType;
    @Column(name = "correction_reason")
    public String correctionReason;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;

    /** An agency head counts as having appeared: present with valid proof of identity. */
    public boolean headCounts() {
        return headAppeared && !headIdentityDefective;
    }
}
