package cn.fuyi.ledger;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import cn.fuyi.audit.AuditLog;
import cn.fuyi.audit.SubjectType;
import cn.fuyi.common.ApiException;
import cn.fuyi.common.BulkWrites;
import cn.fuyi.common.CsvFiles;
import cn.fuyi.common.CurrentUser;
import cn.fuyi.common.InstanceNames;
import cn.fuyi.common.TimeSource;
import cn.fuyi.organ.CodeItem;
import cn.fuyi.organ.Organ;
import cn.fuyi.organ.Respondent;
import cn.fuyi.resilience.RetryingTransactions;

/**
 * Runs import jobs on a managed executor of its own (never on a request thread), at most
 * {@code fuyi.imports.workers} at once. A job parses its file once, streaming: the first pass checks every cell
 * ({@link CaseRows}), finds duplicates and spools the rows it found valid to a temporary file ({@link RowSpool});
 * the second streams them back from there and takes each valid row through the case engine
 * ({@link CaseImporter}) in a transaction of its own, which a dry run (and the checking pass of all-or-nothing)
 * rolls back and a real run commits. All or nothing writes in a third pass (from the spool too) only when no row failed either check,
 * every row in one transaction. A row imported before exactly as it is now is counted unchanged and not written again.
 * A job survives its instance: the worker renews a lease on it, and a job whose lease ran out is taken over and run
 * again from the start ({@link #recover}).
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    /** Rows between two updates of the job's progress (and checks of a cancellation from another instance). */
    private static final int PROGRESS_EVERY = 100;
    /** ... and no more often than this: a large file read at tens of thousands of rows a second would spend its time on them. */
    private static final long PROGRESS_NANOS = 250_000_000L;

    @Inject
    BulkWrites bulkWrites;
    @Inject
    ImportService service;
    @Inject
    CaseImporter importer;
    @Inject
    BulkCases bulk;
    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;
    @Inject
    TimeSource time;
    @Inject
    EntityManager em;
    @Inject
    RetryingTransactions transactions;
    @Inject
    RowLedgerRunner rowLedgers;
    @Inject
    cn.fuyi.security.UserScope scope;

    @ConfigProperty(name = "fuyi.imports.workers", defaultValue = "1")
    int workers;
    /** Valid rows taken through the engine in one transaction. */
    @ConfigProperty(name = "fuyi.imports.batch-size", defaultValue = "50")
    int batchSize;
    /** Whether rows that record only the common facts take the bulk path ({@link BulkCases}). */
    @ConfigProperty(name = "fuyi.imports.bulk", defaultValue = "true")
    boolean bulkEnabled;
    /** Rows read before they are built and, on the bulk path, written in one transaction. */
    @ConfigProperty(name = "fuyi.imports.bulk-chunk", defaultValue = "500")
    int bulkChunk;

    /**
     * How long a job's lease lasts without renewal: the worker renews it at a quarter of this; once it has run out (the
     * instance stopped, or lost the database) another instance, or this one after a restart, takes the job over.
     */
    @ConfigProperty(name = "fuyi.imports.lease", defaultValue = "60s")
    java.time.Duration lease;
    /** Runs of a job, the first included, before an interrupted job fails instead of being taken over again. */
    @ConfigProperty(name = "fuyi.imports.max-attempts", defaultValue = "3")
    int maxAttempts;
    /** The one transaction of an all-or-nothing write may take this long. */
    @ConfigProperty(name = "fuyi.imports.all-or-nothing-timeout", defaultValue = "2h")
    java.time.Duration allOrNothingTimeout;

    @Inject
    jakarta.enterprise.event.Event<WritingStarts> writingStarts;

    /** This instance, as a job's {@code worker} names it. */
    private final String instance = InstanceNames.next();
    private java.util.concurrent.ScheduledExecutorService leases;

    /** For tests that compare the two paths: whether jobs started from now take the bulk path. */
    void useBulk(boolean on) {
        bulkEnabled = on;
    }

    private ManagedExecutor executor;
    private final Set<Long> cancelled = ConcurrentHashMap.newKeySet();
    /** Jobs submitted on this instance and not yet finished, for callers that wait on them. */
    private final Map<Long, java.util.concurrent.CompletableFuture<Void>> running = new ConcurrentHashMap<>();

    private synchronized ManagedExecutor executor() {
        if (executor == null) {
            // nothing of the submitting request is carried over: the job opens its own request context
            executor = ManagedExecutor.builder().maxAsync(Math.max(1, workers)).propagated(ThreadContext.NONE)
                    .cleared(ThreadContext.ALL_REMAINING).build();
        }
        return executor;
    }

    /**
     * At start, and then at a quarter of the lease: renews the leases of this instance's jobs and takes over the jobs
     * whose worker stopped (a restart of this instance included), so that no job stays running for ever.
     */
    void onStart(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent event) {
        long every = Math.max(1000, lease.toMillis() / 4);
        leases = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fuyi-import-leases");
            t.setDaemon(true);
            return t;
        });
        leases.scheduleWithFixedDelay(() -> {
            try {
                renewLeases();
                recover();
            } catch (RuntimeException e) {
                LOG.warnf(e, "Import job leases: renewal or recovery failed; trying again in %d ms", every);
            }
        }, 0, every, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (leases != null) {
            leases.shutdownNow();
        }
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    String instance() {
        return instance;
    }

    /** Renews the lease of every job this instance has queued or is running. */
    void renewLeases() {
        if (running.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(running.keySet());
        java.sql.Timestamp now = java.sql.Timestamp.from(time.now());
        QuarkusTransaction.requiringNew().run(() -> {
            for (Long id : ids) {
                em.createNativeQuery("UPDATE import_job SET heartbeat_at = ?1 WHERE id = ?3 AND worker = ?2"
                        + " AND state IN ('QUEUED', 'VALIDATING', 'WRITING')").setParameter(1, now).setParameter(2, instance)
                        .setParameter(3, id).executeUpdate();
            }
        });
    }

    /**
     * Takes over every unfinished job whose lease has run out and runs it again here: rows are idempotent (a row
     * imported before is not written again), so the new run starts from the beginning of the file and counts the rows
     * the stopped run had written as written. Answers the jobs taken over.
     */
    @ActivateRequestContext
    List<Long> recover() {
        java.time.Instant expired = time.now().minus(lease);
        @SuppressWarnings("unchecked")
        List<Object> stale = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("SELECT id FROM import_job"
                + " WHERE state IN ('QUEUED', 'VALIDATING', 'WRITING') AND (heartbeat_at IS NULL OR heartbeat_at < ?1) ORDER BY id")
                .setParameter(1, java.sql.Timestamp.from(expired)).getResultList());
        List<Long> taken = new ArrayList<>();
        user.actAsSystem("ledger-import-recovery");
        for (Object o : stale) {
            long id = ((Number) o).longValue();
            if (running.containsKey(id)) {
                continue;
            }
            if (service.takeOver(id, instance, expired, maxAttempts)) {
                LOG.infof("Import job %d: its worker's lease ran out; taken over by %s and run again", id, instance);
                taken.add(id);
                submit(id);
            } else {
                LOG.infof("Import job %d: not taken over (another instance has it, or it was interrupted too often)", id);
            }
        }
        return taken;
    }

    public void submit(long jobId) {
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        if (running.putIfAbsent(jobId, done) != null) {
            return;
        }
        executor().runAsync(() -> {
            try {
                run(jobId);
            } finally {
                running.remove(jobId);
                done.complete(null);
            }
        });
    }

    /** Waits up to {@code seconds} for a job running on this instance to finish. */
    void await(long jobId, int seconds) {
        java.util.concurrent.CompletableFuture<Void> done = running.get(jobId);
        if (done == null || seconds <= 0) {
            return;
        }
        try {
            done.get(seconds, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            // answer with the job as it is now
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void cancel(long jobId) {
        cancelled.add(jobId);
    }

    private final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super(null, null, false, false);
        }
    }

    /** Another instance has taken the job over (this one's lease ran out): this run stops without touching the job. */
    private final class LeaseLost extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LeaseLost() {
            super(null, null, false, false);
        }
    }

    /**
     * Fired just before an all-or-nothing job writes its rows, after every row has passed the checks: the moment at
     * which a concurrent change could make a checked row invalid (which the one write transaction then rolls back).
     */
    public record WritingStarts(long jobId) {
    }

    /** Counters of a running job, written to its row every {@link #PROGRESS_EVERY} rows (at most every 250 ms). */
    static final class Progress {
        int total = -1;
        int read;
        int valid;
        int written;
        int unchanged;
        int failed;
        long checkedAtNanos;
        /** Time spent building rows in memory, writing them in bulk, and taking rows through the engine. */
        long buildNanos;
        /** Time the bulk chunks spent loading the organ's cases withdrawn before (once per chunk, outside building). */
        long withdrawnNanos;
        long bulkWriteNanos;
        /** The bulk writes' time by step: see {@link BulkCases#write} and the job's log line. */
        final long[] writeNanos = new long[10];
        long engineNanos;
        int bulkRows;
        long lastProgressNanos;

        /** Whether enough time has passed since the last update of the job's row. */
        boolean due() {
            long now = System.nanoTime();
            if (now - lastProgressNanos < PROGRESS_NANOS) {
                return false;
            }
            lastProgressNanos = now;
            return true;
        }
        final List<RowError> pending = new ArrayList<>();

        /** Adds what a chunk written on the writer thread counted (see {@link ChunkWriter}). */
        void add(Progress w) {
            valid += w.valid;
            written += w.written;
            failed += w.failed;
            bulkRows += w.bulkRows;
            bulkWriteNanos += w.bulkWriteNanos;
            engineNanos += w.engineNanos;
            for (int i = 0; i < writeNanos.length; i++) {
                writeNanos[i] += w.writeNanos[i];
            }
            pending.addAll(w.pending);
        }
    }

    /**
     * Writes the built chunks of a job on a thread of its own, one after the other, while the job's thread reads and
     * builds the next: the database works on one chunk while the JVM builds the next, where before each waited for the
     * other. At most one chunk waits to be written. The thread acts for the job's user in a request context of its
     * own; what it counts goes into a {@link Progress} of the chunk's, added to the job's when the job's thread next
     * hands a chunk over or finishes, so the job's progress is only ever touched by the job's thread.
     */
    private final class ChunkWriter implements AutoCloseable {
        private final ImportJob job;
        private final Progress progress;
        private final java.util.concurrent.ExecutorService thread;
        private java.util.concurrent.Future<Progress> pending;

        ChunkWriter(ImportJob job, Progress progress) {
            this.job = job;
            this.progress = progress;
            this.thread = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "fuyi-import-writer-" + job.id);
                t.setDaemon(true);
                return t;
            });
        }

        /** Hands a built chunk over, after the one before it is written (its counts added to the job's). */
        void submit(List<CaseRow> rows, List<BulkCases.Built> built, List<CaseRow> engineRows) {
            drain();
            pending = thread.submit(() -> {
                io.quarkus.arc.ManagedContext context = io.quarkus.arc.Arc.container().requestContext();
                context.activate();
                try {
                    user.actAs(job.createdBy, job.createdByName);
                    Progress w = new Progress();
                    write(job, rows, built, engineRows, w);
                    return w;
                } finally {
                    context.terminate();
                }
            });
        }

        /** Waits for the chunk being written, if any, and adds its counts to the job's; its failure is the job's. */
        void drain() {
            if (pending == null) {
                return;
            }
            java.util.concurrent.Future<Progress> f = pending;
            pending = null;
            try {
                progress.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while a chunk was written", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        /**
         * Waits for the chunk being written and adds its counts (a job cancelled or failing on the job's thread still
         * reports what was written), then stops the thread.
         */
        @Override
        public void close() {
            try {
                drain();
            } catch (RuntimeException e) {
                LOG.warnf(e, "Import job %d: the last chunk failed while the job ended", job.id);
            } finally {
                thread.shutdown();
            }
        }
    }

    @ActivateRequestContext
    void run(long jobId) {
        ImportJob job = QuarkusTransaction.requiringNew().call(() -> ImportJob.findById(jobId));
        if (job == null || job.state.finished()) {
            return;
        }
        // the job is this instance's unless another has taken it over meanwhile
        int held = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("UPDATE import_job SET worker = ?2,"
                + " heartbeat_at = ?3, attempts = GREATEST(attempts, 1) WHERE id = ?1 AND (worker IS NULL OR worker = ?2)")
                .setParameter(1, jobId).setParameter(2, instance).setParameter(3, java.sql.Timestamp.from(time.now()))
                .executeUpdate());
        if (held == 0) {
            LOG.infof("Import job %d is held by another instance; not run here", jobId);
            return;
        }
        user.actAs(job.createdBy, job.createdByName);
        Progress p = new Progress();
        long started = System.nanoTime();
        ImportState end;
        String failure = null;
        bulkWrites.begin();
        try {
            state(jobId, ImportState.VALIDATING, true);
            end = work(job, p);
        } catch (Cancelled c) {
            end = ImportState.CANCELLED;
        } catch (LeaseLost l) {
            LOG.warnf("Import job %d was taken over by another instance; this run stops", jobId);
            user.writingFrom(null);
            cancelled.remove(jobId);
            return;
        } catch (ImportService.FileLost e) {
            LOG.errorf(e, "Import job %d: the uploaded file is lost", jobId);
            end = ImportState.FAILED;
            failure = "IMPORT_FILE_LOST";
        } catch (ApiException e) {
            end = ImportState.FAILED;
            failure = e.code();
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "Import job %d failed", jobId);
            end = ImportState.FAILED;
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        } finally {
            bulkWrites.end();
            user.writingFrom(null);
            cancelled.remove(jobId);
        }
        finish(job, p, end, failure);
        long cells = p.checkedAtNanos == 0 ? 0 : (p.checkedAtNanos - started) / 1_000_000;
        LOG.infof("Import job %d (%s, %s): %s in %d ms (reading and checking cells %d ms; bulk path %d rows: withdrawn cases"
                + " looked up %d ms, building %d ms, writing %d ms; engine path %d ms); rows read %d, valid %d, written %d, unchanged %d, failed %d", job.id,
                job.fileName, job.mode, end, (System.nanoTime() - started) / 1_000_000, cells, p.bulkRows, p.withdrawnNanos / 1_000_000, p.buildNanos / 1_000_000,
                p.bulkWriteNanos / 1_000_000, p.engineNanos / 1_000_000, p.read, p.valid, p.written, p.unchanged, p.failed);
        if (p.bulkRows > 0) {
            long[] w = p.writeNanos;
            LOG.infof("Import job %d, bulk writing by step (ms): cases %d, their ids %d, in memory %d, parties %d, events %d,"
                    + " import rows %d, audit records %d, feed events %d, number counters %d, commits %d", job.id, w[0] / 1_000_000,
                    w[1] / 1_000_000, w[2] / 1_000_000, w[3] / 1_000_000, w[4] / 1_000_000, (w[5] - w[3] - w[4]) / 1_000_000,
                    w[6] / 1_000_000, w[7] / 1_000_000, w[8] / 1_000_000, w[9] / 1_000_000);
        }
    }

    private ImportState work(ImportJob job, Progress p) throws IOException {
        Path file = service.file(job);
        Charset charset = "csv".equals(job.fileFormat) ? CsvFiles.detect(file, job.encoding) : null;
        if (charset != null) {
            String name = charset.name();
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE import_job SET encoding = ?2 WHERE id = ?1")
                    .setParameter(1, job.id).setParameter(2, name).executeUpdate());
        }
        if (job.ledger != LedgerKind.RECONSIDERATION_CASES) {
            return rowLedgers.work(this, job, file, charset, p);
        }
        CaseRows.Lookups lookups = QuarkusTransaction.requiringNew().call(() -> lookups(job.organId));
        // the valid rows of pass 1 are spooled, so that the file is parsed once
        try (RowSpool spool = RowSpool.create(file.toAbsolutePath().getParent(), job.id)) {
            return work(job, file, charset, lookups, spool, p);
        }
    }

    private ImportState work(ImportJob job, Path file, Charset charset, CaseRows.Lookups lookups, RowSpool spool, Progress p)
            throws IOException {
        // pass 1: every cell
        BitSet valid = new BitSet();
        Map<Integer, CaseColumn> columns = new HashMap<>();
        CaseRows rows = new CaseRows(lookups, time.today());
        boolean[] headerBad = { false };
        LedgerReader.read(file, job.fileFormat, charset, (rowNo, cells) -> {
            if (columns.isEmpty() && !headerBad[0]) {
                header(rowNo, cells, columns, p);
                headerBad[0] = !p.pending.isEmpty();
                return !headerBad[0];
            }
            checkCancelled(job.id, p.read);
            p.read++;
            List<RowError> errors = new ArrayList<>();
            CaseRow r = rows.read(rowNo, cells(cells, columns), errors);
            if (r != null && errors.isEmpty()) {
                valid.set((int) rowNo);
                spool.add(rowNo, cells);
            } else if (r != null) {
                p.failed++;
                p.pending.addAll(errors);
            }
            if (p.read % PROGRESS_EVERY == 0 && p.due()) {
                flush(job.id, p);
            }
            return true;
        });
        if (headerBad[0]) {
            flush(job.id, p);
            return ImportState.REJECTED;
        }
        p.total = p.read;
        p.checkedAtNanos = System.nanoTime();
        flush(job.id, p);
        // rows an earlier run of this job wrote before its instance stopped: written by this job, not unchanged
        Set<String> writtenBefore = new HashSet<>();
        if (job.attempts > 1 && job.mode != ImportMode.DRY_RUN) {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("SELECT record_key FROM import_row WHERE job_id = ?1")
                    .setParameter(1, job.id).getResultList().forEach(k -> writtenBefore.add(k.toString())));
        }
        if (job.mode == ImportMode.ALL_OR_NOTHING) {
            // check every row through the engine (rolled back) for the full report, then write them all in one transaction
            engine(job, spool, lookups, columns, valid, false, p, writtenBefore);
            if (p.failed > 0) {
                return ImportState.REJECTED;
            }
            writingStarts.fire(new WritingStarts(job.id));
            return allOrNothing(job, spool, lookups, columns, valid, p, writtenBefore);
        }
        engine(job, spool, lookups, columns, valid, job.mode == ImportMode.VALID_ROWS, p, writtenBefore);
        return ImportState.SUCCEEDED;
    }

    /**
     * All or nothing, written: every row in one transaction, so that a row that has become invalid since it was checked
     * (a case number taken meanwhile, a respondent removed …) rolls back every row written before it and nothing is
     * left in. The engine's own checks, made again under the transaction's locks, are what decide. The persistence
     * context is cleared between batches so that memory stays bounded however long the file.
     */
    private ImportState allOrNothing(ImportJob job, RowSpool spool, CaseRows.Lookups lookups,
            Map<Integer, CaseColumn> columns, BitSet valid, Progress p, Set<String> writtenBefore) throws IOException {
        if (bulkEnabled) {
            int validBefore = p.valid;
            int unchangedBefore = p.unchanged;
            int writtenBeforeCount = p.written;
            ImportState s = allOrNothing(job, spool, lookups, columns, valid, p, writtenBefore, true);
            if (s != null) {
                return s;
            }
            // a bulk insert failed (a row became invalid since its check): once more through the engine, which names the row
            p.valid = validBefore;
            p.unchanged = unchangedBefore;
            p.written = writtenBeforeCount;
        }
        return allOrNothing(job, spool, lookups, columns, valid, p, writtenBefore, false);
    }

    /** The all-or-nothing write; with {@code inBulk}, covered rows take the bulk path, and null means a bulk insert failed. */
    private ImportState allOrNothing(ImportJob job, RowSpool spool, CaseRows.Lookups lookups,
            Map<Integer, CaseColumn> columns, BitSet valid, Progress p, Set<String> writtenBefore, boolean inBulk) throws IOException {
        state(job.id, ImportState.WRITING, false);
        BulkCases.Memo memo = new BulkCases.Memo();
        List<CaseRow> pending = new ArrayList<>();
        boolean[] bulkFailed = { false };
        CaseRows rows = new CaseRows(lookups, time.today());
        int checked = p.valid;
        p.valid = 0;
        p.unchanged = 0;
        CaseRow[] failed = { null };
        CaseImporter.RowFailure[] failure = { null };
        RuntimeException[] other = { null };
        QuarkusTransaction.begin(QuarkusTransaction.beginOptions().timeout((int) Math.min(Integer.MAX_VALUE, allOrNothingTimeout.toSeconds())));
        try {
            validRows(job, spool, rows, columns, valid, p, writtenBefore, true, false, (r, done) -> {
                if (inBulk) {
                    pending.add(r);
                    return pending.size() < Math.max(bulkChunk, batchSize)
                            || allOrNothingChunk(job, pending, p, memo, failed, failure, other, bulkFailed);
                }
                if (!writeOne(job, r, p, failed, failure, other)) {
                    return false;
                }
                if (done % batchSize == 0) {
                    em.flush();
                    em.clear();
                }
                return true;
            });
            if (inBulk && failed[0] == null && !bulkFailed[0]) {
                allOrNothingChunk(job, pending, p, memo, failed, failure, other, bulkFailed);
            }
        } catch (IOException | RuntimeException e) {
            rollback();
            throw e;
        }
        if (bulkFailed[0]) {
            rollback();
            return null;
        }
        if (failed[0] == null) {
            QuarkusTransaction.commit();
            p.written = p.valid - p.unchanged;
            flush(job.id, p);
            return ImportState.SUCCEEDED;
        }
        rollback();
        CaseRow r = failed[0];
        p.valid = checked - 1;
        p.unchanged = 0;
        p.written = 0;
        p.failed++;
        if (failure[0] != null) {
            p.pending.add(ruleError(r, failure[0]));
        } else {
            LOG.warnf(other[0], "Import job %s row %s", (Object) job.id, (Object) r.row);
            p.pending.add(new RowError(r.row, null, "LEDGER_ROW_FAILED", List.of(Long.toString(r.row),
                    other[0].getClass().getSimpleName())));
        }
        flush(job.id, p);
        return ImportState.REJECTED;
    }

    /** One row of an all-or-nothing write through the engine; false (and the row and its failure noted) when refused. */
    private boolean writeOne(ImportJob job, CaseRow r, Progress p, CaseRow[] failed, CaseImporter.RowFailure[] failure,
            RuntimeException[] other) {
        user.writingFrom(new CurrentUser.Provenance(job.id, job.fileName, r.row));
        try {
            long caseId = importer.write(job.organId, r);
            remember(job, r, caseId);
        } catch (CaseImporter.RowFailure f) {
            failed[0] = r;
            failure[0] = f;
            return false;
        } catch (RuntimeException e) {
            failed[0] = r;
            other[0] = e;
            return false;
        } finally {
            user.writingFrom(null);
        }
        p.valid++;
        return true;
    }

    /**
     * A chunk of an all-or-nothing write, inside its one transaction: covered rows built and inserted in bulk, the others
     * through the engine in file order. False when a row was refused or the bulk insert failed (the caller rolls back).
     */
    private boolean allOrNothingChunk(ImportJob job, List<CaseRow> rows, Progress p, BulkCases.Memo memo, CaseRow[] failed,
            CaseImporter.RowFailure[] failure, RuntimeException[] other, boolean[] bulkFailed) {
        List<CaseRow> chunk = new ArrayList<>(rows);
        rows.clear();
        if (chunk.isEmpty()) {
            return true;
        }
        Organ organ = Organ.findById(job.organId);
        boolean visible = scope.seesOrgan(job.organId);
        bulk.loadWithdrawn(job.organId, memo);
        List<BulkCases.Built> built = new ArrayList<>();
        List<CaseRow> engineRows = new ArrayList<>();
        for (CaseRow r : chunk) {
            BulkCases.Built b = visible ? bulk.build(job, organ, r, memo) : null;
            if (b == null) {
                engineRows.add(r);
            } else {
                built.add(b);
            }
            BulkCases.seen(r, memo);
        }
        try {
            bulk.write(job, built, p.writeNanos);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Import job %d: a bulk insert of the all-or-nothing write failed; written again through the engine", job.id);
            bulkFailed[0] = true;
            return false;
        }
        p.valid += built.size();
        p.bulkRows += built.size();
        for (CaseRow r : engineRows) {
            if (!writeOne(job, r, p, failed, failure, other)) {
                return false;
            }
        }
        em.flush();
        em.clear();
        return true;
    }

    /** Pass 2 (and 3): each valid row through the case engine, committed when {@code write}, else rolled back. */
    private void engine(ImportJob job, RowSpool spool, CaseRows.Lookups lookups, Map<Integer, CaseColumn> columns,
            BitSet valid, boolean write, Progress p, Set<String> writtenBefore) throws IOException {
        state(job.id, write ? ImportState.WRITING : ImportState.VALIDATING, false);
        CaseRows rows = new CaseRows(lookups, time.today());
        List<CaseRow> batch = new ArrayList<>();
        int limit = bulkEnabled ? Math.max(bulkChunk, batchSize) : batchSize;
        BulkCases.Memo memo = new BulkCases.Memo();
        try (ChunkWriter writer = new ChunkWriter(job, p)) {
            validRows(job, spool, rows, columns, valid, p, writtenBefore, write, true, (r, done) -> {
                batch.add(r);
                if (batch.size() >= limit) {
                    chunk(job, batch, write, p, memo, writer);
                }
                return true;
            });
            chunk(job, batch, write, p, memo, writer);
            writer.drain();
        }
        flush(job.id, p);
    }

    /** What a pass does with a valid row that differs from what an earlier import wrote; {@code false} stops the pass. */
    private interface ChangedRow {
        boolean accept(CaseRow row, int done);
    }

    /**
     * The valid rows of the file in order, the header skipped, with a check for a cancellation on the way. A row an
     * earlier import holds unchanged is only counted (written, when {@code write} and this job wrote it before it was
     * interrupted; else unchanged); every other row goes to {@code changed}. With {@code flushProgress} the progress
     * is saved now and then (not inside the single transaction of all or nothing).
     */
    private void validRows(ImportJob job, RowSpool spool, CaseRows rows, Map<Integer, CaseColumn> columns,
            BitSet valid, Progress p, Set<String> writtenBefore, boolean write, boolean flushProgress, ChangedRow changed)
            throws IOException {
        int[] done = { 0 };
        spool.read((rowNo, cells) -> {
            CaseRow r = rows.read(rowNo, cells(cells, columns), new ArrayList<>());
            if (r == null || !valid.get((int) rowNo)) {
                return true;
            }
            checkCancelled(job.id, done[0]);
            done[0]++;
            if (!rows.unchanged(r)) {
                if (!changed.accept(r, done[0])) {
                    return false;
                }
            } else {
                p.valid++;
                if (write && writtenBefore.contains(r.caseNumber)) {
                    p.written++;
                } else {
                    p.unchanged++;
                }
            }
            if (flushProgress && done[0] % PROGRESS_EVERY == 0 && p.due()) {
                flush(job.id, p);
            }
            return true;
        });
    }

    /**
     * A chunk of valid rows: those the bulk path covers are built in memory and written together in one transaction
     * (rolled back in a dry run); the others, and every row of a chunk whose bulk write failed, go through the engine
     * in batches. The bulk path leaves to the engine any row it might order differently (see {@link BulkCases}).
     */
    private void chunk(ImportJob job, List<CaseRow> chunk, boolean write, Progress p, BulkCases.Memo memo, ChunkWriter writer) {
        if (!bulkEnabled || chunk.isEmpty()) {
            writer.drain();
            batch(job, chunk, write, p);
            return;
        }
        List<CaseRow> rows = new ArrayList<>(chunk);
        chunk.clear();
        List<CaseRow> engineRows = new ArrayList<>();
        List<BulkCases.Built> built = new ArrayList<>();
        int seen = memo.inFile.size();
        transactions.supply("ImportRunner.build", () -> {
            built.clear();
            engineRows.clear();
            QuarkusTransaction.begin();
            try {
                Organ organ = Organ.findById(job.organId);
                boolean visible = scope.seesOrgan(job.organId);
                long tw = System.nanoTime();
                bulk.loadWithdrawn(job.organId, memo);
                memo.inFile.subList(seen, memo.inFile.size()).clear(); // a retried attempt starts again
                long t0 = System.nanoTime();
                p.withdrawnNanos += t0 - tw;
                for (CaseRow r : rows) {
                    BulkCases.Built b = visible ? bulk.build(job, organ, r, memo) : null;
                    if (b == null) {
                        engineRows.add(r);
                    } else {
                        built.add(b);
                    }
                    BulkCases.seen(r, memo);
                }
                p.buildNanos += System.nanoTime() - t0;
                return null;
            } finally {
                rollback(); // built in memory only: nothing to commit
            }
        });
        if (write) {
            writer.submit(rows, built, engineRows);
            return;
        }
        // a dry run: the built rows are valid; the others are checked by the engine and rolled back
        p.valid += built.size();
        p.bulkRows += built.size();
        long t = System.nanoTime();
        for (int i = 0; i < engineRows.size(); i += batchSize) {
            batch(job, new ArrayList<>(engineRows.subList(i, Math.min(engineRows.size(), i + batchSize))), false, p);
        }
        p.engineNanos += System.nanoTime() - t;
    }

    /**
     * Writes one built chunk (on the {@link ChunkWriter}'s thread): the built cases in bulk, in one transaction, then
     * the rows the bulk path left to the engine, in batches; when the bulk write fails, every row of the chunk goes
     * through the engine.
     */
    private void write(ImportJob job, List<CaseRow> rows, List<BulkCases.Built> built, List<CaseRow> engineRows, Progress p) {
        List<CaseRow> toEngine = new ArrayList<>(engineRows);
        try {
            transactions.supply("ImportRunner.bulk", () -> {
                long t1 = System.nanoTime();
                QuarkusTransaction.begin();
                try {
                    bulk.write(job, built, p.writeNanos);
                    long tc = System.nanoTime();
                    QuarkusTransaction.commit();
                    p.writeNanos[9] += System.nanoTime() - tc;
                } catch (RuntimeException e) {
                    rollback();
                    throw e;
                } finally {
                    p.bulkWriteNanos += System.nanoTime() - t1;
                }
                return null;
            });
            p.valid += built.size();
            p.bulkRows += built.size();
            p.written += built.size();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Import job %d: a bulk chunk of %d rows failed; its rows go through the engine", job.id, rows.size());
            toEngine = rows;
        }
        long t = System.nanoTime();
        for (int i = 0; i < toEngine.size(); i += batchSize) {
            batch(job, new ArrayList<>(toEngine.subList(i, Math.min(toEngine.size(), i + batchSize))), true, p);
        }
        p.engineNanos += System.nanoTime() - t;
    }

    /**
     * Rows in one transaction, each through the same steps as alone: fewer commits, the same rules. When the engine
     * refuses any row of the batch, the batch is rolled back and its rows are taken again one by one, so that each
     * valid row is written (or checked) and each refused one reported with its own error.
     */
    private void batch(ImportJob job, List<CaseRow> batch, boolean write, Progress p) {
        if (batch.isEmpty()) {
            return;
        }
        List<CaseRow> rows = new ArrayList<>(batch);
        batch.clear();
        if (rows.size() > 1) {
            try {
                transactions.supply("ImportRunner.batch", () -> {
                    QuarkusTransaction.begin();
                    try {
                        for (CaseRow r : rows) {
                            user.writingFrom(new CurrentUser.Provenance(job.id, job.fileName, r.row));
                            long caseId = importer.write(job.organId, r);
                            if (write) {
                                remember(job, r, caseId);
                            }
                        }
                        if (write) {
                            QuarkusTransaction.commit();
                        } else {
                            QuarkusTransaction.rollback();
                        }
                        return null;
                    } catch (RuntimeException e) {
                        rollback();
                        throw e;
                    } finally {
                        user.writingFrom(null);
                    }
                });
                p.valid += rows.size();
                if (write) {
                    p.written += rows.size();
                }
                return;
            } catch (RuntimeException e) {
                // one of them was refused: each on its own below
            }
        }
        for (CaseRow r : rows) {
            one(job, r, write, p);
        }
    }

    private void remember(ImportJob job, CaseRow r, long caseId) {
        em.createNativeQuery("INSERT INTO import_row (organ_id, ledger, record_key, record_id, job_id, row_no, content_hash)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)").setParameter(1, job.organId).setParameter(2, job.ledger.name())
                .setParameter(3, r.caseNumber).setParameter(4, caseId).setParameter(5, job.id).setParameter(6, r.row)
                .setParameter(7, r.hash).executeUpdate();
    }

    private void one(ImportJob job, CaseRow r, boolean write, Progress p) {
        user.writingFrom(new CurrentUser.Provenance(job.id, job.fileName, r.row));
        try {
            transactions.supply("ImportRunner.row", () -> {
                QuarkusTransaction.begin();
                try {
                    long caseId = importer.write(job.organId, r);
                    if (!write) {
                        QuarkusTransaction.rollback();
                        return null;
                    }
                    remember(job, r, caseId);
                    QuarkusTransaction.commit();
                    return null;
                } catch (RuntimeException e) {
                    rollback();
                    throw e;
                }
            });
            if (write) {
                p.written++;
            }
            p.valid++;
        } catch (CaseImporter.RowFailure f) {
            p.failed++;
            p.pending.add(ruleError(r, f));
        } catch (RuntimeException e) {
            p.failed++;
            LOG.warnf(e, "Import job %s row %s", (Object) job.id, (Object) r.row);
            p.pending.add(new RowError(r.row, null, "LEDGER_ROW_FAILED", List.of(Long.toString(r.row),
                    e.getClass().getSimpleName())));
        } finally {
            user.writingFrom(null);
        }
    }

    private static RowError ruleError(CaseRow r, CaseImporter.RowFailure f) {
        List<String> args = new ArrayList<>();
        args.add(Long.toString(r.row));
        args.add(f.column.header);
        args.add(f.cause.code());
        for (Object a : f.cause.args()) {
            args.add(a == null ? "" : a.toString());
        }
        return new RowError(r.row, f.column.header, "LEDGER_RULE", args);
    }

    private static void rollback() {
        if (QuarkusTransaction.isActive()) {
            QuarkusTransaction.rollback();
        }
    }

    /** The header row: which column holds which field; a required field without its column rejects the file. */
    private static void header(long rowNo, List<String> cells, Map<Integer, CaseColumn> columns, Progress p) {
        Map<String, CaseColumn> byHeader = new HashMap<>();
        for (CaseColumn c : CaseColumn.values()) {
            byHeader.put(c.header, c);
        }
        for (int i = 0; i < cells.size(); i++) {
            String h = cells.get(i) == null ? "" : cells.get(i).strip().replaceAll("[*＊]$|（必填）$|\\(必填\\)$", "").strip();
            CaseColumn c = byHeader.get(h);
            if (c != null && !columns.containsValue(c)) {
                columns.put(i, c);
            }
        }
        for (CaseColumn c : CaseColumn.values()) {
            if (c.required && !columns.containsValue(c)) {
                p.pending.add(new RowError(rowNo, c.header, "LEDGER_HEADER_MISSING", List.of(Long.toString(rowNo), c.header)));
            }
        }
    }

    private static Map<CaseColumn, String> cells(List<String> cells, Map<Integer, CaseColumn> columns) {
        Map<CaseColumn, String> m = new EnumMap<>(CaseColumn.class);
        columns.forEach((i, c) -> {
            if (i < cells.size()) {
                m.put(c, cells.get(i));
            }
        });
        return m;
    }

    private final ThreadLocal<long[]> lastCancelCheck = ThreadLocal.withInitial(() -> new long[1]);

    /** A cancellation from another instance is looked for at most every {@link #PROGRESS_NANOS}. */
    private boolean cancelCheckDue() {
        long[] last = lastCancelCheck.get();
        long now = System.nanoTime();
        if (now - last[0] < PROGRESS_NANOS) {
            return false;
        }
        last[0] = now;
        return true;
    }

    void checkCancelled(long jobId, int n) {
        if (cancelled.contains(jobId)) {
            throw new Cancelled();
        }
        if (n % PROGRESS_EVERY != 0 || !cancelCheckDue()) {
            return;
        }
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "SELECT cancel_requested, worker FROM import_job WHERE id = ?1").setParameter(1, jobId).getSingleResult());
        if (!instance.equals(row[1])) {
            throw new LeaseLost();
        }
        if (Boolean.TRUE.equals(row[0]) || Integer.valueOf(1).equals(row[0]) || Long.valueOf(1).equals(row[0])) {
            throw new Cancelled();
        }
    }

    void state(long jobId, ImportState state, boolean started) {
        QuarkusTransaction.requiringNew().run(() -> {
            var q = em.createNativeQuery("UPDATE import_job SET state = ?2" + (started ? ", started_at = ?3" : "") + " WHERE id = ?1")
                    .setParameter(1, jobId).setParameter(2, state.name());
            if (started) {
                q.setParameter(3, java.sql.Timestamp.from(time.now()));
            }
            q.executeUpdate();
        });
    }

    /** Writes the counters and the errors found since the last flush. */
    void flush(long jobId, Progress p) {
        List<RowError> errors = new ArrayList<>(p.pending);
        p.pending.clear();
        QuarkusTransaction.requiringNew().run(() -> {
            for (RowError e : errors) {
                em.createNativeQuery("INSERT INTO import_error (job_id, row_no, column_name, code, args) VALUES (?1, ?2, ?3, ?4, ?5)")
                        .setParameter(1, jobId).setParameter(2, e.row()).setParameter(3, e.column()).setParameter(4, e.code())
                        .setParameter(5, service.argsJson(e.args())).executeUpdate();
            }
            em.createNativeQuery("UPDATE import_job SET rows_total = ?2, rows_read = ?3, rows_valid = ?4, rows_written = ?5,"
                    + " rows_unchanged = ?6, rows_failed = ?7 WHERE id = ?1").setParameter(1, jobId)
                    .setParameter(2, p.total < 0 ? null : p.total).setParameter(3, p.read).setParameter(4, p.valid)
                    .setParameter(5, p.written).setParameter(6, p.unchanged).setParameter(7, p.failed).executeUpdate();
        });
    }

    private void finish(ImportJob job, Progress p, ImportState end, String failure) {
        try {
            flush(job.id, p);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import job %d: progress not written", job.id);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            audit.expect();
            em.createNativeQuery("UPDATE import_job SET state = ?2, failure = ?3, finished_at = ?4 WHERE id = ?1")
                    .setParameter(1, job.id).setParameter(2, end.name())
                    .setParameter(3, failure == null ? null : failure.substring(0, Math.min(500, failure.length())))
                    .setParameter(4, java.sql.Timestamp.from(time.now())).executeUpdate();
            ImportJob done = ImportJob.findById(job.id);
            em.refresh(done);
            Map<String, Object> counts = ImportService.counts(done);
            audit.record(SubjectType.IMPORT_JOB, job.id, job.organId, "IMPORT_FINISHED", counts, failure);
            audit.publish("IMPORT_FINISHED", SubjectType.IMPORT_JOB, job.id, job.organId, null, counts);
        });
    }


    private static CaseRows.Lookups lookups(long organId) {
        Organ organ = Organ.findById(organId);
        Map<String, Long> respondents = new HashMap<>();
        for (Respondent r : Respondent.<Respondent>list("organId", organId)) {
            respondents.putIfAbsent(r.name, r.id);
        }
        Map<String, List<String>> lists = new HashMap<>();
        Map<String, String> byLabel = new HashMap<>();
        for (String list : List.of(CodeItem.ACT_CATEGORY, CodeItem.DOMAIN)) {
            List<String> labels = new ArrayList<>();
            for (CodeItem i : CodeItem.<CodeItem>list("listName = ?1 and active = true and (organId is null or organId = ?2)"
                    + " order by sortOrder, code", list, organId)) {
                labels.add(i.labelZh);
                byLabel.put(list + ":" + i.labelZh, i.code);
                byLabel.put(list + ":" + i.code.toUpperCase(java.util.Locale.ROOT), i.code);
            }
            lists.put(list, labels);
        }
        Set<String> numbers = new HashSet<>(Organ.getEntityManager().createNativeQuery(
                "SELECT case_number FROM reconsideration_case WHERE organ_id = ?1", String.class).setParameter(1, organId)
                .getResultList().stream().map(Object::toString).toList());
        Map<String, String> imported = new HashMap<>();
        for (Object o : Organ.getEntityManager().createNativeQuery("SELECT record_key, content_hash FROM import_row"
                + " WHERE organ_id = ?1 AND ledger = ?2").setParameter(1, organId).setParameter(2, LedgerKind.RECONSIDERATION_CASES.name())
                .getResultList()) {
            Object[] row = (Object[]) o;
            imported.put((String) row[0], (String) row[1]);
        }
        return new CaseRows.Lookups(organ.caseNumberPattern, respondents, lists, byLabel, numbers, imported);
    }
}
