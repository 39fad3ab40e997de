package cn.fuyi.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.fuyi.common.Messages;

/** What the API shows of import jobs. */
public final class ImportViews {

    private ImportViews() {
    }

    @Schema(name = "ImportJob", description = "A ledger import: its file, mode, state and progress, and its first errors")
    public record JobView(long id, long organId, String ledger, String ledgerLabel, String mode, String modeLabel, String state,
            String stateLabel, String fileName, String fileFormat, String encoding, String sha256, long sizeBytes,
            @Schema(description = "Data rows in the file; known once the first pass has read it") Integer rowsTotal,
            int rowsRead, @Schema(description = "Rows that passed every check (cells and the case engine's rules)") int rowsValid,
            int rowsWritten, @Schema(description = "Rows imported before exactly as they are: not written again") int rowsUnchanged,
            int rowsFailed, @Schema(description = "How far the job has got, 0-100") int percent, boolean cancelRequested,
            @Schema(description = "Why the job failed: a message code, or the error that stopped it") String failure,
            @Schema(description = "The failure explained (Chinese, or English with Accept-Language: en), when it is a known one")
            String failureMessage, @Schema(description = "Runs started: more than 1 when the job was taken over and resumed after "
                    + "its instance stopped") int attempts, String createdBy, String createdByName, Instant createdAt, Instant startedAt, Instant finishedAt,
            long errorCount, @Schema(description = "The first 100 errors, in row order") List<ErrorView> errors) {
    }

    @Schema(name = "ImportError", description = "What is wrong with a row, and in which cell")
    public record ErrorView(long row, String column, String code, String message) {
    }

    @Schema(name = "ImportUpload", requiredProperties = { "file", "organId" })
    public static class UploadForm {
        @Schema(type = SchemaType.STRING, format = "binary", description = "The ledger: XLSX (from the template) or CSV "
                + "(UTF-8 with or without BOM, or GB18030)")
        public String file;
        @Schema(description = "The organ whose cases the ledger holds")
        public Long organId;
        @Schema(description = "The ledger: reconsideration-cases (the default), lawsuits (with sessions and head appearances), recommendations or rectifications")
        public String ledger;
        @Schema(description = "dryRun (the default: the report only), allOrNothing, validRows")
        public String mode;
        @Schema(description = "A CSV file's encoding when it should not be detected (UTF-8, GB18030)")
        public String encoding;
    }

    static JobView of(ImportJob j, long errorCount, List<RowError> errors, Locale locale) {
        boolean en = Messages.isEnglish(locale);
        return new JobView(j.id, j.organId, j.ledger.slug(), en ? j.ledger.labelEn() : j.ledger.labelZh(), j.mode.name(),
                en ? j.mode.labelEn() : j.mode.labelZh(), j.state.name(), en ? j.state.labelEn() : j.state.labelZh(), j.fileName,
                j.fileFormat, j.encoding, j.sha256, j.sizeBytes, j.rowsTotal, j.rowsRead, j.rowsValid, j.rowsWritten,
                j.rowsUnchanged, j.rowsFailed, percent(j), j.cancelRequested, j.failure,
                j.failure == null || !j.failure.matches("[A-Z_]+") ? null : Messages.find(locale, j.failure + ".detail", j.id),
                j.attempts, j.createdBy, j.createdByName, j.createdAt,
                j.startedAt, j.finishedAt, errorCount,
                errors.stream().map(e -> new ErrorView(e.row(), e.column(),
                        "LEDGER_RULE".equals(e.code()) && e.args().size() > 2 ? e.args().get(2) : e.code(), e.message(locale))).toList());
    }

    /**
     * The first pass (reading and checking cells) is the first share of the work, each pass through the case engine
     * (one; two for all or nothing) an equal share; rows refused in the first pass count as done in the next. A
     * finished job is at 100.
     */
    static int percent(ImportJob j) {
        if (j.state.finished()) {
            return 100;
        }
        if (j.rowsTotal == null || j.rowsTotal == 0) {
            return 0;
        }
        long total = j.rowsTotal;
        long engineDone = Math.min(total, (long) j.rowsValid + j.rowsFailed);
        if (j.mode == ImportMode.ALL_OR_NOTHING && j.state == ImportState.WRITING) {
            return (int) Math.min(99, (200 * total + 100L * j.rowsValid) / (3 * total));
        }
        int passes = j.mode == ImportMode.ALL_OR_NOTHING ? 3 : 2;
        return (int) Math.min(99, (100 * total + 100 * engineDone) / (passes * total));
    }
}
