package cn.fuyi.reconsideration.normativedocument;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the incidental review of a normative document. */
public final class NormativeDocumentInputs {

    private NormativeDocumentInputs() {
    }

    @Schema(name = "RaiseNormativeDocumentReviewInput", description = "The review of one document begins and the case is suspended "
            + "(ARL 39 ¶1(九)); a case already suspended for a normative document review takes further documents into that suspension")
    public record Raise(
            @NotNull @Schema(description = "The day the review begins; for a case under review, the first day of the suspension") LocalDate date,
            @NotNull ReviewRaisedBy raisedBy,
            @Schema(description = "The applicant's request (default: the day the application was received), or the day the office found "
                    + "the basis doubtful (default: date)") LocalDate raisedDate,
            @NotBlank @Size(max = 300) @Schema(examples = "太仓市城市管理综合执法若干规定") String documentTitle,
            @Size(max = 100) @Schema(examples = "太政规〔2024〕3号") String documentNumber,
            @NotNull NormativeDocumentKind documentKind,
            @NotBlank @Size(max = 200) @Schema(description = "The drafting organ (制定机关)", examples = "太仓市人民政府") String issuer,
            @NotBlank @Size(max = 2000) @Schema(examples = "第十二条第二款") String clauses,
            @Size(max = 2000) @Schema(description = "Why the clauses are thought unlawful") String objection,
            @NotNull @Schema(description = "This organ may handle the document itself (有权处理); otherwise it forwards it") Boolean competent,
            @Size(max = 1000) String reason) {
    }

    @Schema(name = "NotifyDraftingOrganInput", description = "Written notice asking the drafting organ to answer on the clauses' lawfulness (ARL 58)")
    public record NotifyDraftingOrgan(@NotNull Long reviewId, @NotNull LocalDate date,
            @Schema(description = "The day the drafting organ received the notice (default: date); its 10 working days count from it") LocalDate receivedDate,
            @Size(max = 1000) String reason) {
    }

    @Schema(name = "DraftingOrganAnswerInput", description = "The drafting organ's written answer and materials (ARL 58)")
    public record DraftingOrganAnswer(@NotNull Long reviewId, @NotNull LocalDate date, @NotBlank @Size(max = 2000) String summary) {
    }

    @Schema(name = "ForwardNormativeDocumentInput", description = "Forwarding to the organ competent to handle the document (ARL 56, 57)")
    public record Forward(@NotNull Long reviewId, @NotNull LocalDate date,
            @NotBlank @Size(max = 200) @Schema(examples = "苏州市人民政府") String competentOrgan,
            @Schema(description = "The day the receiver got it (default: date); its 60 days count from it (ARL 60)") LocalDate receivedDate,
            @Size(max = 1000) String reason) {
    }

    @Schema(name = "NormativeDocumentResultInput", description = "The organ's decision on the clauses (ARL 59), or the answer of the organ "
            + "the document was forwarded to (ARL 60)")
    public record Result(@NotNull Long reviewId, @NotNull LocalDate date, @NotNull NormativeDocumentResult result,
            @Size(max = 2000) @Schema(description = "With UNLAWFUL: the clauses whose execution is stopped") String stoppedClauses,
            @NotBlank @Size(max = 2000) String summary) {
    }
}
