package cn.fuyi.casefile;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where document rows and stored objects disagree; both lists are empty when the case files are consistent. */
public record OrphanReport(
        @Schema(description = "local or s3") String storage,
        @Schema(description = "Document rows checked") long rows,
        @Schema(description = "Stored objects listed") long objects,
        @Schema(description = "Rows whose stored object is missing") List<MissingObject> rowsWithoutObject,
        @Schema(description = "Stored objects no row names (older than minAgeMinutes)") List<StrayObject> objectsWithoutRow) {

    public record MissingObject(long documentId, String ownerType, long ownerId, String storageKey) {
    }

    public record StrayObject(String storageKey, Instant lastModified) {
    }
}
