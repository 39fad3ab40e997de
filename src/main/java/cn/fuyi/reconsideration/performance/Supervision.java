package cn.fuyi.reconsideration.performance;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.fuyi.common.IdentityEntity;

/** One supervision step on an obligation not carried out (ARL 77 ¶2, 85). */
@Entity
@Table(name = "performance_supervision")
public class Supervision extends IdentityEntity {

    @Column(name = "obligation_id")
    public long obligationId;
    @Column(name = "case_id")
    public long caseId;
    @Enumerated(EnumType.STRING)
    public SupervisionKind kind;
    @Column(name = "taken_date")
    public LocalDate takenDate;
    /** The organ, or the superior agency that took the step (ARL 77 ¶2: "行政复议机关或者有关上级行政机关"). */
    @Column(name = "taken_by")
    public String takenBy;
    /** For an order to perform: the date it must be done by. */
    @Column(name = "limit_date")
    public LocalDate limitDate;
    /** For a summons: who was summoned, joined with 、 */
    public String persons;
    /** For a transfer: the body receiving it. */
    public String recipient;
    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind")
    public TransferRecipient recipientKind;
    @Column(name = "document_number")
    public String documentNumber;
    public String note;

    public static List<Supervision> ofCase(long caseId) {
        return list("caseId = ?1 order by id", caseId);
    }
}
