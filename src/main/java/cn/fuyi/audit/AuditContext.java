package cn.fuyi.audit;

import jakarta.transaction.TransactionScoped;

/** Per transaction: whether the transaction has recorded its audit record (so its writes may be flushed). */
@TransactionScoped
public class AuditContext implements java.io.Serializable {

    private boolean recorded;
    private AuditLog.Gathering gathering;

    /** Whether the transaction's writes are accounted for: an audit record is written or announced. */
    public boolean recorded() {
        return recorded;
    }

    void markRecorded() {
        recorded = true;
    }

    AuditLog.Gathering gathering() {
        return gathering;
    }

    void gathering(AuditLog.Gathering g) {
        gathering = g;
    }
}
