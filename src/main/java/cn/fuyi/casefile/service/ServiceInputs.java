package cn.fuyi.casefile.service;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of service records. */
public final class ServiceInputs {

    private ServiceInputs() {
    }

    @Schema(name = "ServiceRecordInput", description = "The service of a case-file document on one recipient (CPL 87-95)")
    public record NewService(
            @NotNull @Schema(description = "The document served (a case-file document id)") Long documentId,
            @Schema(description = "An applicant, third party or agent of the case (case party id)") Long recipientPartyId,
            @Schema(description = "true: served on the respondent") Boolean respondent,
            @NotNull @Schema(description = "Code of the list SERVICE_METHOD") ServiceMethod method,
            @NotNull @Schema(description = "Day sent; for PUBLICATION the day the notice was published") LocalDate sentDate,
            @Schema(description = "ELECTRONIC only: the day the recipient agreed to electronic service (CPL 90); required") LocalDate consentDate,
            @Schema(description = "IN_PERSON: signed on the proof; POST: the receipt's date; ELECTRONIC: arrival; "
                    + "LEFT_AT_RESIDENCE: the day left. Never for PUBLICATION (served 30 days after publication, CPL 95)") LocalDate deliveredDate,
            @Schema(description = "Proof of service (a case-file document id, e.g. a 送达回证)") Long proofDocumentId,
            @Size(max = 1000) @Schema(description = "LEFT_AT_RESIDENCE: the witnesses or the photo/video record (CPL 89), required; "
                    + "PUBLICATION: where the notice was published") String note) {
    }

    @Schema(name = "ServiceDeliveryInput", description = "The method's delivery date, once known, and the proof")
    public record Delivery(@NotNull LocalDate deliveredDate,
            @Schema(description = "Proof of service (a case-file document id)") Long proofDocumentId) {
    }
}
