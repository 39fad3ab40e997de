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
    }}
