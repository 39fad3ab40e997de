package cn.fuyi.ledger;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.fuyi.common.IdentityEntity;

/**
 * One import of a ledger file: what was uploaded, how it is to be written, and how far it has got. Its counters and
 * state are written by the one worker that holds its lease, with plain updates, so the entity carries no version.
 */
@Entity
@Table(name = "import_job")
public class ImportJob extends IdentityEntity {

    @Column(name = "organ_id")
    public long organId;
    @Enumerated(EnumType.STRING)
    public LedgerKind ledger;
    @Enumerated(EnumType.STRING)
    public ImportMode mode;
    @Enumerated(EnumType.STRING)
    public ImportState state;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "file_format")
    public String fileFormat;
    public String encoding;
    public String sha256;
    @Column(name = "size_bytes")
    public long sizeBytes;
    @Column(name = "rows_total")
    public Integer rowsTotal;
    @Column(name = "rows_read")
    public int rowsRead;
    @Column(name = "rows_valid")
    public int rowsValid;
    @Column(name = "rows_written")
    public int rowsWritten;
    @Column(name = "rows_unchanged")
    public int rowsUnchanged;
    @Column(name = "rows_failed")
    public int rowsFailed;
    @Column(name = "cancel_requested")
    public boolean cancelRequested;
    public String failure;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_by_name")
    public String createdByName;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    /** The instance working on the job, which renews its lease ({@link #heartbeatAt}) while it does. */
    public String worker;
    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;
    /** Runs started: 1, and one more each time the job is taken over after its worker stopped. */
    public int attempts;
    /** The uploaded file in the document storage, which every instance reads. */
    @Column(name = "storage_key")
    public String storageKey;
}
