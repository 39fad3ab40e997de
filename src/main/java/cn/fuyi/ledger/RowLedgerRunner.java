package cn.fuyi.ledger;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.CurrentUser;
import cn.fuyi.common.FieldError;
import cn.fuyi.common.TimeSource;
import cn.fuyi.resilience.RetryingTransactions;

/**
 * The passes of an import job for the row ledgers other than the case ledger ({@link RowLedger}: lawsuits, …), in
 * the job, progress and cancellation machinery of {@link ImportRunner}: pass 1 reads and checks every cell; pass 2
 * takes each valid row through the ledger's services in a transaction of its own, rolled back by a dry run (and by
 * the checking pass of all-or-nothing), committed by a real run; all or nothing writes in pass 3, every row in one
 * transaction, only when no row failed. A row imported before exactly as it is now is counted unchanged and not
 * written again. Rows are written in file order: a later row may refer to an earlier one (an appeal to its first
 * instance). A job taken over after its instance stopped runs again from the start, as the case ledger's does.
 */
@ApplicationScoped
public class RowLedgerRunner {

    private static final Logger LOG = Logger.getLogger(RowLedgerRunner.class);
    private static final int PROGRESS_EVERY = 100;

    @Inject
    Instance<RowLedger> ledgers;
    @Inject
    CurrentUser user;
    @Inject
    TimeSource time;
    @Inject
    EntityManager em;
    @Inject
    RetryingTransactions transactions;

    /** The ledger of {@code kind}. */
    RowLedger ledger(LedgerKind kind) {
        for (RowLedger l : ledgers) {
            if (l.kind() == kind) {
                return l;
            }
        }
        throw new IllegalStateException("no ledger " + kind);
    }

    /** A step the services refused: the column whose fact it was, and the service's error. */
    static final class RowFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final LedgerField field;
        final ApiException cause;

        RowFailure(LedgerField field, ApiException cause) {
            super(cause.code(), cause, false, false);
            this.field = field;
            this.cause = cause;
        }
    }

    /** Runs {@code step}; an {@link ApiException} becomes a {@link RowFailure} against {@code field}. */
    static <T> T run(LedgerField field, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (ApiException e) {
            throw new RowFailure(field, e);
        }
    }

    ImportState work(ImportRunner runner, ImportJob job, Path file, Charset charset, ImportRunner.Progress p) throws IOException {
        RowLedger ledger = ledger(job.ledger);
        LedgerCells.Lookups lookups = QuarkusTransaction.requiringNew().call(() -> ledger.lookups(job.organId));
        BitSet valid = new BitSet();
        Map<Integer, LedgerField> columns = new HashMap<>();
        LedgerCells cells = new LedgerCells(ledger, lookups, time.today());
        boolean[] headerBad = { false };
        boolean[] headerRead = { false };
        LedgerReader.read(file, job.fileFormat, charset, (rowNo, row) -> {
            if (!headerRead[0]) {
                headerRead[0] = true;
                columns.putAll(LedgerCells.header(row, ledger.fields()));
                for (LedgerField f : ledger.fields()) {
                    if (f.required() && !columns.containsValue(f)) {
                        p.pending.add(new RowError(rowNo, f.header(), "LEDGER_HEADER_MISSING", List.of(Long.toString(rowNo), f.header())));
                    }
                }
                headerBad[0] = !p.pending.isEmpty();
                return !headerBad[0];
            }
            runner.checkCancelled(job.id, p.read);
            p.read++;
            List<RowError> errors = new ArrayList<>();
            LedgerRecord r = cells.read(rowNo, cells(row, columns), errors);
            if (r != null && errors.isEmpty()) {
                valid.set((int) rowNo);
            } else if (r != null) {
                p.failed++;
                p.pending.addAll(errors);
            }
            if (p.read % PROGRESS_EVERY == 0) {
                runner.flush(job.id, p);
            }
            return true;
        });
        if (headerBad[0]) {
            runner.flush(job.id, p);
            return ImportState.REJECTED;
        }
        p.total = p.read;
        p.checkedAtNanos = System.nanoTime();
        runner.flush(job.id, p);
        // rows an earlier run of this job wrote before its instance stopped: written by this job, not unchanged
        Set<String> writtenBefore = new HashSet<>();
        if (job.attempts > 1 && job.mode != ImportMode.DRY_RUN) {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("SELECT record_key FROM import_row WHERE job_id = ?1")
                    .setParameter(1, job.id).getResultList().forEach(k -> writtenBefore.add(k.toString())));
        }
        if (job.mode == ImportMode.ALL_OR_NOTHING) {
            // every row through the services, rolled back, for the full report; then all of them in one transaction
            engine(runner, ledger, job, file, charset, lookups, columns, valid, false, p, writtenBefore);
            if (p.failed > 0) {
                return ImportState.REJECTED;
            }
            return allOrNothing(runner, ledger, job, file, charset, lookups, columns, valid, p, writtenBefore);
        }
        engine(runner, ledger, job, file, charset, lookups, columns, valid, job.mode == ImportMode.VALID_ROWS, p, writtenBefore);
        return ImportState.SUCCEEDED;
    }

    /**
     * All or nothing, written: every row in one transaction (as the case ledger's), so that a row that has become
     * invalid since it was checked rolls back every row written before it. Rows are written in file order, so a row
     * finds the earlier rows it refers to in the same transaction.
     */
    private ImportState allOrNothing(ImportRunner runner, RowLedger ledger, ImportJob job, Path file, Charset charset,
            LedgerCells.Lookups lookups, Map<Integer, LedgerField> columns, BitSet valid, ImportRunner.Progress p,
            Set<String> writtenBefore) throws IOException {
        runner.state(job.id, ImportState.WRITING, false);
        LedgerCells cells = new LedgerCells(ledger, lookups, time.today());
        int checked = p.valid;
        p.valid = 0;
        p.unchanged = 0;
        int[] done = { 0 };
        boolean[] header = { true };
        LedgerRecord[] failed = { null };
        RuntimeException[] failure = { null };
        QuarkusTransaction.begin(QuarkusTransaction.beginOptions()
                .timeout((int) Math.min(Integer.MAX_VALUE, runner.allOrNothingTimeout.toSeconds())));
        try {
            LedgerReader.read(file, job.fileFormat, charset, (rowNo, row) -> {
                if (header[0]) {
                    header[0] = false;
                    return true;
                }
                LedgerRecord r = cells.read(rowNo, cells(row, columns), new ArrayList<>());
                if (r == null || !valid.get((int) rowNo)) {
                    return true;
                }
                runner.checkCancelled(job.id, done[0]);
                done[0]++;
                if (cells.unchanged(r)) {
                    p.valid++;
                    if (writtenBefore.contains(r.key)) {
                        p.written++;
                    } else {
                        p.unchanged++;
                    }
                    return true;
                }
                user.writingFrom(new CurrentUser.Provenance(job.id, job.fileName, r.row));
                try {
                    remember(job, r, ledger.write(job.organId, r));
                } catch (RuntimeException e) {
                    failed[0] = r;
                    failure[0] = e;
                    return false;
                } finally {
                    user.writingFrom(null);
                }
                p.valid++;
                return true;
            });
        } catch (IOException | RuntimeException e) {
            if (QuarkusTransaction.isActive()) {
                QuarkusTransaction.rollback();
            }
            throw e;
        }
        if (failed[0] == null) {
            QuarkusTransaction.commit();
            p.written = p.valid - p.unchanged;
            runner.flush(job.id, p);
            return ImportState.SUCCEEDED;
        }
        if (QuarkusTransaction.isActive()) {
            QuarkusTransaction.rollback();
        }
        LedgerRecord r = failed[0];
        p.valid = checked - 1;
        p.unchanged = 0;
        p.written = 0;
        p.failed++;
        if (failure[0] instanceof RowFailure f) {
            p.pending.add(refused(r, f.field, f.cause));
        } else {
            LOG.warnf(failure[0], "Import job %s row %s", (Object) job.id, (Object) r.row);
            p.pending.add(new RowError(r.row, null, "LEDGER_ROW_FAILED", List.of(Long.toString(r.row),
                    failure[0].getClass().getSimpleName())));
        }
        runner.flush(job.id, p);
        return ImportState.REJECTED;
    }

    /**
     * Pass 2 (and 3): each valid row through the ledger's services, committed when {@code write}, else rolled back.
     * A dry run cannot keep what an earlier row wrote, so a row referring to an earlier row of the same file (an
     * appeal to its first instance) is checked with the earlier rows of its chain written first in its transaction.
     */
    private void engine(ImportRunner runner, RowLedger ledger, ImportJob job, Path file, Charset charset, LedgerCells.Lookups lookups,
            Map<Integer, LedgerField> columns, BitSet valid, boolean write, ImportRunner.Progress p, Set<String> writtenBefore)
            throws IOException {
        runner.state(job.id, write ? ImportState.WRITING : ImportState.VALIDATING, false);
        LedgerCells cells = new LedgerCells(ledger, lookups, time.today());
        int[] done = { 0 };
        boolean[] header = { true };
        Map<String, LedgerRecord> earlier = new HashMap<>();
        LedgerReader.read(file, job.fileFormat, charset, (rowNo, row) -> {
            if (header[0]) {
                header[0] = false;
                return true;
            }
            LedgerRecord r = cells.read(rowNo, cells(row, columns), new ArrayList<>());
            if (r == null || !valid.get((int) rowNo)) {
                return true;
            }
            runner.checkCancelled(job.id, done[0]);
            done[0]++;
            if (cells.unchanged(r)) {
                // in Fuyi already: a later row referring to it finds it there
                p.valid++;
                if (write && writtenBefore.contains(r.key)) {
                    p.written++;
                } else {
                    p.unchanged++;
                }
            } else {
                List<LedgerRecord> chain = write ? List.of() : chain(ledger, r, earlier);
                one(ledger, job, r, chain, write, p);
                earlier.put(r.key, r);
            }
            if (done[0] % PROGRESS_EVERY == 0) {
                runner.flush(job.id, p);
            }
            return true;
        });
        runner.flush(job.id, p);
    }

    /** The earlier rows of the file that {@code r} refers to, first the farthest, when a dry pass has not kept them. */
    private static List<LedgerRecord> chain(RowLedger ledger, LedgerRecord r, Map<String, LedgerRecord> earlier) {
        List<LedgerRecord> chain = new ArrayList<>();
        String ref = ledger instanceof LawsuitLedger l ? l.refersTo(r) : null;
        while (ref != null && earlier.containsKey(ref) && chain.size() < 10) {
            LedgerRecord e = earlier.get(ref);
            chain.add(0, e);
            ref = ((LawsuitLedger) ledger).refersTo(e);
        }
        return chain;
    }

    private void one(RowLedger ledger, ImportJob job, LedgerRecord r, List<LedgerRecord> chain, boolean write, ImportRunner.Progress p) {
        try {
            transactions.supply("RowLedgerRunner.row", () -> {
                QuarkusTransaction.begin();
                try {
                    for (LedgerRecord e : chain) {
                        user.writingFrom(new CurrentUser.Provenance(job.id, job.fileName, e.row));
                        ledger.write(job.organId, e);
                    }
                    user.writingFrom(new CurrentUser.Provenance(job.id, job.fileName, r.row));
                    long id = ledger.write(job.organId, r);
                    if (!write) {
                        QuarkusTransaction.rollback();
                        return null;
                    }
                    remember(job, r, id);
                    QuarkusTransaction.commit();
                    return null;
                } catch (RuntimeException e) {
                    if (QuarkusTransaction.isActive()) {
                        QuarkusTransaction.rollback();
                    }
                    throw e;
                } finally {
                    user.writingFrom(null);
                }
            });
            if (write) {
                p.written++;
            }
            p.valid++;
        } catch (RowFailure f) {
            p.failed++;
            p.pending.add(refused(r, f.field, f.cause));
        } catch (RuntimeException e) {
            p.failed++;
            LOG.warnf(e, "Import job %s row %s", (Object) job.id, (Object) r.row);
            p.pending.add(new RowError(r.row, null, "LEDGER_ROW_FAILED", List.of(Long.toString(r.row), e.getClass().getSimpleName())));
        }
    }

    /**
     * The service's refusal as a row error: its own code and arguments ({@code LEDGER_RULE}), or for a refused field
     * of the request body the field's code and arguments ({@code LEDGER_FIELD_RULE}).
     */
    static RowError refused(LedgerRecord r, LedgerField field, ApiException cause) {
        List<String> args = new ArrayList<>();
        args.add(Long.toString(r.row));
        args.add(field.header());
        String code = "LEDGER_RULE";
        Object[] detail = cause.args();
        List<FieldError> fieldErrors = cause.errors();
        if (fieldErrors != null && !fieldErrors.isEmpty()) {
            code = "LEDGER_FIELD_RULE";
            args.add(fieldErrors.get(0).code());
            detail = fieldErrors.get(0).args() == null ? new Object[0] : fieldErrors.get(0).args();
        } else {
            args.add(cause.code());
        }
        for (Object a : detail) {
            args.add(a == null ? "" : a.toString());
        }
        return new RowError(r.row, field.header(), code, args);
    }

    private void remember(ImportJob job, LedgerRecord r, long id) {
        em.createNativeQuery("INSERT INTO import_row (organ_id, ledger, record_key, record_id, job_id, row_no, content_hash)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)").setParameter(1, job.organId).setParameter(2, job.ledger.name())
                .setParameter(3, r.key).setParameter(4, id).setParameter(5, job.id).setParameter(6, r.row)
                .setParameter(7, r.hash).executeUpdate();
    }

    private static Map<LedgerField, String> cells(List<String> cells, Map<Integer, LedgerField> columns) {
        Map<LedgerField, String> m = new HashMap<>();
        columns.forEach((i, f) -> {
            if (i < cells.size()) {
                m.put(f, cells.get(i));
            }
        });
        return m;
    }
}
