package cn.fuyi.casefile.service;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.fuyi.common.Labelled;
import cn.fuyi.security.Masking;

/** A service record as the API shows it; a person's name is masked for users who do not see personal data. */
@Schema(name = "ServiceRecord", description = "The service of a document on one recipient (CPL 87-95)")
public record ServiceRecordView(long id, long caseId, long documentId,
        @Schema(description = "Code of the list SERVICE_RECIPIENT_ROLE") RecipientRole recipientRole, String recipientRoleLabel,
        Long recipientPartyId, String recipientName,
        @Schema(description = "Code of the list SERVICE_METHOD") ServiceMethod method, String methodLabel,
        LocalDate sentDate, LocalDate consentDate, LocalDate deliveredDate,
        @Schema(description = "Computed from the method: the delivery date, or 30 days after publication (CPL 95); null until known") LocalDate servedDate,
        Long proofDocumentId, String note, Instant createdAt, String createdBy, long version) {

    static ServiceRecordView of(ServiceRecord s, boolean mask, boolean english) {
        boolean person = s.recipientRole != RecipientRole.RESPONDENT;
        return new ServiceRecordView(s.id, s.caseId, s.documentId, s.recipientRole, label(s.recipientRole, english),
                s.recipientPartyId, mask && person ? Masking.name(s.recipientName) : s.recipientName, s.method,
                label(s.method, english), s.sentDate, s.consentDate, s.deliveredDate, s.servedDate, s.proofDocumentId,
                mask ? null : s.note, s.createdAt, mask ? null : s.createdBy, s.version);
    }

    private static String label(Labelled l, boolean english) {
        return english ? l.labelEn() : l.labelZh();
    }
}
