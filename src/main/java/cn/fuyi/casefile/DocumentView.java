package cn.fuyi.casefile;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.fuyi.security.Masking;

/** A document's metadata as the API shows it; the submitter's name is masked for users who do not see personal data. */
public record DocumentView(
        long id,
        @Schema(description = "RECONSIDERATION_CASE or LAWSUIT") String ownerType,
        long ownerId,
        @Schema(description = "Code of the list DOCUMENT_KIND") DocumentKind kind,
        String kindLabel,
        @Schema(description = "The sanitised file name") String fileName,
        String contentType,
        long sizeBytes,
        @Schema(description = "SHA-256 of the content, hex") String sha256,
        String submittedBy,
        LocalDate receivedDate,
        Integer pageCount,
        DocumentState state,
        Instant uploadedAt,
        String uploadedBy,
        Instant withdrawnAt,
        String withdrawnBy,
        String withdrawalReason,
        @Schema(description = "Where the content is downloaded") String contentUrl,
        @Schema(description = "For a generated document: the kind of formal document (code list FORMAL_DOCUMENT_KIND)") String generatedKind,
        @Schema(description = "For a generated document: its document number (文号)") String documentNumber,
        @Schema(description = "For a generated document: the version of the organ's template it was made from; 0 the built-in one") Integer templateVersion) {

    public static DocumentView of(CaseDocument d, boolean mask, boolean english) {
        String base = "/api/v1/" + d.ownerType.path() + "/" + d.ownerId + "/documents/" + d.id;
        return new DocumentView(d.id, d.ownerType.name(), d.ownerId, d.kind, english ? d.kind.labelEn() : d.kind.labelZh(),
                d.fileName, d.contentType, d.sizeBytes, d.sha256, mask ? Masking.name(d.submittedBy) : d.submittedBy,
                d.receivedDate, d.pageCount, d.state, d.uploadedAt, mask ? null : d.uploadedBy, d.withdrawnAt,
                mask ? null : d.withdrawnBy, d.withdrawalReason, base + "/content",
                d.generatedKind, d.documentNumber, d.templateVersion);
    }
}
