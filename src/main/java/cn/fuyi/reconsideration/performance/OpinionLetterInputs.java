package cn.fuyi.reconsideration.performance;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the performance steps. */
public final class OpinionLetterInputs {

    private OpinionLetterInputs() {
    }

    @Schema(name = "IssueOpinionLetterInput")
    public record IssueOpinionLetter(@NotNull LocalDate date,
            @Schema(description = "Addressee agency (default: the case's respondent)") Long respondentId,
            @Size(max = 100) String documentNumber, @NotBlank @Size(max = 1000) String subject) {
    }

    @Schema(name = "AnswerOpinionLetterInput")
    public record AnswerOpinionLetter(@NotNull Long letterId, @NotNull LocalDate date, @Size(max = 2000) String summary) {
    }

    @Schema(name = "OpinionLetterReceiptInput", description = "The day the agency received the letter: the 60 days of ARL 76 run from it")
    public record Receipt(@NotNull Long letterId, @NotNull LocalDate date) {
    }

    @Schema(name = "CopyOpinionLetterInput", description = "The letter copied to the respondent's superior department (抄告, ARL 79 ¶2)")
    public record CopyToSuperior(@NotNull Long letterId, @NotNull LocalDate date,
            @NotBlank @Size(max = 200) @Schema(examples = "苏州市市场监督管理局") String recipient, @Size(max = 1000) String note) {
    }
}
