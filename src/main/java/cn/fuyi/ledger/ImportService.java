package cn.fuyi.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.fuyi.audit.AuditLog;
import cn.fuyi.audit.SubjectType;
import cn.fuyi.casefile.storage.DocumentStorage;
import cn.fuyi.common.ApiException;
import cn.fuyi.common.CurrentUser;
import cn.fuyi.common.TimeSource;
import cn.fuyi.organ.Organ;
import cn.fuyi.security.UserScope;

/**
 * Ledger import jobs as the API sees them: starting one from an upload (the file is kept beside the job, for the
 * second pass and the report), reading it, cancelling it, and its errors. The work itself is {@link ImportRunner}'s.
 * Jobs are scoped like cases: a user sees the jobs of their organs only.
 */
@ApplicationScoped
public class ImportService {

    @Inject
    AuditLog audit;
    @Inject
    UserScope scope;
    @Inject
    CurrentUser user;
    @Inject
    TimeSource time;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    @Inject
    DocumentStorage storage;
    @Inject
    ImportRunner runner;
    @Inject
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    /** This instance's copy of the uploaded files; the lasting copy is in the document storage. */
    @ConfigProperty(name = "fuyi.imports.folder", defaultValue = "fuyi-imports")
    Path folder;

    /** The uploaded file is in neither this instance's folder nor the document storage: the job cannot run. */
    static final class FileLost extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FileLost(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Where this instance keeps its copy of a job's uploaded file (without fetching it). */
    Path localFile(ImportJob job) {
        return folder.resolve("import-" + job.id + "-" + job.sha256.substring(0, 16));
    }

    /**
     * The job's uploaded file on this instance's disk: the copy kept at upload, or, on another instance or after the
     * folder was lost with its pod, a fresh copy from the document storage. Throws {@link FileLost} when neither has it.
     */
    Path file(ImportJob job) {
        Path local = localFile(job);
        if (Files.isRegularFile(local)) {
            return local;
        }
        if (job.storageKey == null) {
            throw new FileLost("IMPORT_FILE_LOST", null);
        }
        try {
            Files.createDirectories(folder);
            Path part = Files.createTempFile(folder, "fetch-", ".tmp");
            try (InputStream in = storage.open(job.storageKey)) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(part, local, StandardCopyOption.REPLACE_EXISTING);
            return local;
        } catch (IOException | RuntimeException e) {
            throw new FileLost("IMPORT_FILE_LOST", e);
        }
    }

    /**
     * Registers the upload as a queued job: checks the organ is the user's, the format (XLSX by its zip signature, or
     * CSV), and keeps the file. The caller submits the job once this transaction has committed.
     */
    @Transactional
    public ImportJob start(long organId, LedgerKind ledger, ImportMode mode, Path upload, String fileName, String encoding) {
        audit.expect();
        if (!scope.seesOrgan(organId) || Organ.findById(organId) == null) {
            throw ApiException.notFound("ORGAN_NOT_FOUND", organId);
        }
        String format = format(upload, fileName);
        ImportJob job = new ImportJob();
        job.organId = organId;
        job.ledger = ledger;
        job.mode = mode;
        job.state = ImportState.QUEUED;
        job.fileName = fileName == null || fileName.isBlank() ? "ledger." + format : fileName.strip();
        if (job.fileName.length() > 200) {
            job.fileName = job.fileName.substring(job.fileName.length() - 200);
        }
        job.fileFormat = format;
        job.encoding = encoding == null || encoding.isBlank() ? null : encoding.strip();
        job.createdBy = user.username();
        job.createdByName = user.displayName();
        job.createdAt = time.now();
        Path staged;
        try {
            Files.createDirectories(folder);
            staged = Files.createTempFile(folder, "upload-", ".tmp");
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(upload), md)) {
                Files.copy(in, staged, StandardCopyOption.REPLACE_EXISTING);
            }
            job.sha256 = HexFormat.of().formatHex(md.digest());
            job.sizeBytes = Files.size(staged);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        // the lasting copy, readable by every instance: a job interrupted here is resumed by whichever takes it over
        try (InputStream in = Files.newInputStream(staged)) {
            job.storageKey = storage.put(in, job.sizeBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        removeOnRollback(job.storageKey);
        job.worker = runner.instance();
        job.heartbeatAt = job.createdAt;
        job.attempts = 0;
        job.persist();
        try {
            Files.move(staged, localFile(job), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> created = AuditLog.created(job);
        audit.record(SubjectType.IMPORT_JOB, job.id, organId, "IMPORT_STARTED", created, null);
        audit.publish("IMPORT_STARTED", SubjectType.IMPORT_JOB, job.id, organId, null,
                Map.of("ledger", ledger.name(), "mode", mode.name(), "fileName", job.fileName, "sha256", job.sha256));
        return job;
    }

    private void removeOnRollback(String key) {
        transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != jakarta.transaction.Status.STATUS_COMMITTED) {
                    try {
                        storage.delete(key);
                    } catch (IOException | RuntimeException e) {
                        // the orphan check reports it
                    }
                }
            }
        });
    }

    /**
     * Takes over a job whose worker's lease ran out (the instance stopped or lost the database): this instance holds
     * it from now on, its progress and errors are cleared for the new run (rows it wrote stay; they are counted again
     * as the run passes them), and the audit trail says why it started again. A job taken over more than
     * {@code maxAttempts} times fails instead, with the reason the user sees. Returns whether to run it here.
     */
    @Transactional
    public boolean takeOver(long id, String instance, java.time.Instant expiredBefore, int maxAttempts) {
        audit.expect();
        int taken = em.createNativeQuery("UPDATE import_job SET worker = ?2, heartbeat_at = ?3, attempts = attempts + 1"
                + " WHERE id = ?1 AND state IN ('QUEUED', 'VALIDATING', 'WRITING') AND (heartbeat_at IS NULL OR heartbeat_at < ?4)")
                .setParameter(1, id).setParameter(2, instance).setParameter(3, java.sql.Timestamp.from(time.now()))
                .setParameter(4, java.sql.Timestamp.from(expiredBefore)).executeUpdate();
        if (taken == 0) {
            return false;
        }
        ImportJob job = ImportJob.findById(id);
        em.refresh(job);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("state", job.state.name());
        changes.put("attempt", job.attempts);
        changes.put("worker", instance);
        if (job.attempts > maxAttempts) {
            em.createNativeQuery("UPDATE import_job SET state = 'FAILED', failure = ?2, finished_at = ?3 WHERE id = ?1")
                    .setParameter(1, id).setParameter(2, "IMPORT_INTERRUPTED").setParameter(3, java.sql.Timestamp.from(time.now()))
                    .executeUpdate();
            audit.record(SubjectType.IMPORT_JOB, id, job.organId, "IMPORT_FINISHED", changes, "IMPORT_INTERRUPTED");
            audit.publish("IMPORT_FINISHED", SubjectType.IMPORT_JOB, id, job.organId, null, Map.of("state", "FAILED",
                    "failure", "IMPORT_INTERRUPTED"));
            return false;
        }
        em.createNativeQuery("DELETE FROM import_error WHERE job_id = ?1").setParameter(1, id).executeUpdate();
        em.createNativeQuery("UPDATE import_job SET state = 'QUEUED', rows_total = NULL, rows_read = 0, rows_valid = 0,"
                + " rows_written = 0, rows_unchanged = 0, rows_failed = 0 WHERE id = ?1").setParameter(1, id).executeUpdate();
        audit.record(SubjectType.IMPORT_JOB, id, job.organId, "IMPORT_RESUMED", changes,
                "导入任务的执行实例已停止，由本实例从头续做（已导入的行不再重复写入）");
        return true;
    }

    private static String format(Path upload, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        byte[] head;
        try (InputStream in = Files.newInputStream(upload)) {
            head = in.readNBytes(4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (head.length == 0) {
            throw ApiException.badRequest("IMPORT_FILE_EMPTY");
        }
        boolean zip = head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        if (zip && (name.endsWith(".xlsx") || name.isEmpty() || !name.contains("."))) {
            return "xlsx";
        }
        if (!zip && (name.endsWith(".csv") || name.endsWith(".txt") || name.isEmpty() || !name.contains("."))) {
            return "csv";
        }
        throw new ApiException(415, "IMPORT_FORMAT_UNSUPPORTED", fileName);
    }

    /** The job, or 404 when it is not the user's organs'. */
    public ImportJob find(long id) {
        ImportJob job = ImportJob.findById(id);
        if (job == null || !scope.seesOrgan(job.organId)) {
            throw ApiException.notFound("IMPORT_NOT_FOUND", id);
        }
        return job;
    }

    /** The job as stored now (not as this request may have read it before), or 404 when it is not the user's organs'. */
    public ImportJob read(long id) {
        ImportJob job = find(id);
        em.detach(job);
        return job;
    }

    /** Asks the job to stop after the row it is on; rows already written stay written. */
    @Transactional
    public ImportJob cancel(long id) {
        audit.expect();
        ImportJob job = find(id);
        if (job.state.finished()) {
            throw ApiException.conflict("IMPORT_FINISHED", id, job.state.labelZh());
        }
        em.createNativeQuery("UPDATE import_job SET cancel_requested = TRUE WHERE id = ?1").setParameter(1, id).executeUpdate();
        audit.record(SubjectType.IMPORT_JOB, id, job.organId, "IMPORT_CANCEL_REQUESTED", Map.of("state", job.state.name()), null);
        em.refresh(job);
        return job;
    }

    public long errorCount(long jobId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM import_error WHERE job_id = ?1").setParameter(1, jobId)
                .getSingleResult()).longValue();
    }

    /** The job's errors in row order, at most {@code limit}. */
    public List<RowError> errors(long jobId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT row_no, column_name, code, args FROM import_error WHERE job_id = ?1"
                + " ORDER BY row_no, id").setParameter(1, jobId).setMaxResults(limit).getResultList();
        List<RowError> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new RowError(((Number) r[0]).longValue(), (String) r[1], (String) r[2], args((String) r[3])));
        }
        return out;
    }

    List<String> args(String stored) {
        if (stored == null) {
            return List.of();
        }
        try {
            return json.readValue(stored, new TypeReference<List<String>>() {
            });
        } catch (JsonProcessingException e) {
            return List.of(stored);
        }
    }

    String argsJson(List<String> args) {
        try {
            return json.writeValueAsString(args);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The state of a job for the audit trail's closing record. */
    static Map<String, Object> counts(ImportJob job) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", job.state.name());
        m.put("rowsRead", job.rowsRead);
        m.put("rowsValid", job.rowsValid);
        m.put("rowsWritten", job.rowsWritten);
        m.put("rowsUnchanged", job.rowsUnchanged);
        m.put("rowsFailed", job.rowsFailed);
        return m;
    }
}
