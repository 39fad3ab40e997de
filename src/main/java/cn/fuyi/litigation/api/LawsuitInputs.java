package cn.fuyi.litigation.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.fuyi.litigation.CounselType;
import cn.fuyi.litigation.Instance;
import cn.fuyi.litigation.deadline.CourtExclusionGround;
import cn.fuyi.litigation.outcome.Outcome;
import cn.fuyi.litigation.recommendation.RecommendationKind;
import cn.fuyi.litigation.rectification.RectificationSource;
import cn.fuyi.litigation.session.AbsenceReason;
import cn.fuyi.litigation.session.HeadRank;
import cn.fuyi.reconsideration.api.CaseInputs.PartyInput;

/** Request bodies of the litigation API. */
public final class LawsuitInputs {

    private LawsuitInputs() {
    }

    @Schema(name = "DefendantInput", description = "An agency (respondentId) or the reconsideration organ (organId); give exactly one")
    public record DefendantInput(Long respondentId, Long organId) {
    }

    @Schema(name = "LawsuitInput", description = "A lawsuit as the court docketed it")
    public record LawsuitInput(
            @NotNull @Schema(description = "The government whose agencies are sued (scope of the suit)") Long organId,
            @NotBlank @Size(max = 100) @Schema(examples = "太仓市人民法院") String court,
            @NotBlank @Size(max = 100) @Schema(examples = "(2019)苏0585行初12号") String courtCaseNumber,
            @NotNull Instance instance,
            @Schema(description = "For an appeal or retrial: the lawsuit it continues") Long previousLawsuitId,
            @Schema(description = "The reconsideration case the suit follows, if any") Long reconsiderationCaseId,
            @NotEmpty @Size(max = 50) List<@Valid PartyInput> plaintiffs,
            @NotEmpty @Size(max = 10) List<@NotNull @Valid DefendantInput> defendants,
            @NotBlank @Schema(description = "Code from the ACT_CATEGORY list") String actCategory,
            @NotBlank @Schema(description = "Code from the DOMAIN list") String actDomain,
            @NotBlank @Size(max = 1000) String actDescription,
            @NotBlank @Size(max = 5000) String claims,
            @NotNull @Schema(description = "立案 date") LocalDate filedDate,
            @Schema(description = "Date the complaint was served on the defendant") LocalDate servedDate,
            Boolean simplified,
            @NotNull CounselType counselType,
            @Size(max = 100) String counselName,
            @Schema(description = "Date the agency reported the suit to the bureau (报备)") LocalDate reportedDate) {
    }

    @Schema(name = "LawsuitDatedStepInput")
    public record DatedStep(@NotNull LocalDate date, @Size(max = 1000) String reason) {
    }

    @Schema(name = "CourtExclusionInput", description = "A period the court does not count toward its trial time limit, as the court gave it "
            + "(法释〔2018〕1号 art. 50), from and to both included; date: the day it was recorded or notified")
    public record RecordCourtExclusion(@NotNull LocalDate date, @NotNull CourtExclusionGround ground, @NotNull LocalDate from,
            @NotNull LocalDate to, @Size(max = 1000) String note) {
    }

    @Schema(name = "AppearanceInput", description = "Who appeared for one defendant (法释〔2020〕3号)")
    public record AppearanceInput(
            @NotNull @Schema(description = "The lawsuit's defendant entry (defendants[].id)") Long defendantId,
            @NotNull @Schema(description = "An agency head (负责人) attended") Boolean headAppeared,
            @Size(max = 50) String headName,
            @Size(max = 100) String headPosition,
            HeadRank headRank,
            @Schema(description = "The head spoke on the substance (出庭出声)") Boolean headSpoke,
            @Schema(description = "The head's proof of identity was defective: counts as absent (art. 6)") Boolean headIdentityDefective,
            @Schema(description = "The court had notified the head to appear (art. 4)") Boolean courtNotifiedHead,
            @Schema(description = "Why the head did not appear (arts. 8-9)") AbsenceReason absenceReason,
            @Size(max = 10) List<@NotBlank @Size(max = 50) String> entrustedStaff,
            @Size(max = 100) String counselName,
            CounselType counselType) {
    }

    @Schema(name = "SessionInput")
    public record HoldSession(@NotNull LocalDate date, @Size(max = 100) String courtRoom, @Size(max = 1000) String note,
            @NotEmpty @Size(max = 10) List<@NotNull @Valid AppearanceInput> appearances) {
    }

    @Schema(name = "AttendanceCorrectionInput", description = "Replaces one defendant's attendance record at a session; the old one is kept")
    public record CorrectAttendance(@NotNull Long sessionId, @NotNull @Valid AppearanceInput appearance,
            @NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "RectificationOpening", description = "Opens a rectification item with the outcome")
    public record RectificationOpening(@NotBlank @Size(max = 5000) String problem, @NotNull LocalDate dueDate,
            @Schema(description = "The agency responsible (default: the first agency defendant that lost)") Long respondentId) {
    }

    @Schema(name = "DefendantOutcomeInput", description = "What the judgment decided as to one defendant (法释〔2018〕1号 art. 136)")
    public record DefendantOutcomeInput(
            @NotNull @Schema(description = "The lawsuit's defendant entry (defendants[].id)") Long defendantId,
            @NotNull Outcome outcome) {
    }

    @Schema(name = "OutcomeInput")
    public record RecordOutcome(@NotNull @Schema(description = "Date of the judgment or ruling") LocalDate date,
            @NotNull Outcome outcome,
            @Schema(description = "With REVOKE or PARTIAL_REVOKE: ordered to make the act again (重作)") Boolean orderToRedo,
            @Schema(description = "With WITHDRAWAL_APPROVED or DEEMED_WITHDRAWN: the plaintiff withdrew after the agency changed its act") Boolean withdrawnAfterActChanged,
            @Schema(description = "Date the judgment or ruling was served on the agency; the appeal window counts from it") LocalDate servedDate,
            @Size(max = 5000) String summary,
            @Valid RectificationOpening rectification,
            @Size(max = 10) @Schema(description = "A judgment that disposed of the defendants apart (法释〔2018〕1号 art. 136: e.g. the "
                    + "reconsideration decision revoked and the claim against the original act rejected): one entry per defendant, "
                    + "outcome the suit's own for one of them and a loss when any defendant lost. Left out, every defendant gets "
                    + "the suit's outcome") List<@NotNull @Valid DefendantOutcomeInput> defendantOutcomes) {
    }

    @Schema(name = "RecommendationInput")
    public record RecommendationInput(@NotNull RecommendationKind kind,
            @NotBlank @Size(max = 100) @Schema(examples = "太仓市人民法院") String issuer,
            @Size(max = 100) String documentNumber,
            @Schema(description = "The lawsuit it arose from, if any") Long lawsuitId,
            @Schema(description = "Organ scope; required without a lawsuit") Long organId,
            @Schema(description = "The agency addressed, if it is one of the respondents") Long respondentId,
            @NotBlank @Size(max = 100) String addressee,
            @NotBlank @Size(max = 1000) String subject,
            @NotNull LocalDate receivedDate,
            @Schema(description = "The answer's due date when the clerk sets one. Left out, the period the law sets: a "
                    + "procuratorial recommendation two months from receipt, 15 days when the harm is spreading (公益诉讼解释 "
                    + "art. 21); a judicial recommendation on a normative document 60 days (法释〔2018〕1号 art. 149); other "
                    + "judicial recommendations have none. A date other than the statutory one is recorded as overridden") LocalDate answerDueDate,
            @Schema(description = "PROCURATORIAL only: the harm to the state or public interest keeps spreading, an urgent "
                    + "case (公益诉讼解释 art. 21 ¶2): 15 days") Boolean harmSpreading,
            @Schema(description = "JUDICIAL only: it asks the drafting organ to amend or repeal a normative document the court "
                    + "found unlawful (法释〔2018〕1号 art. 149): 60 days") Boolean normativeDocument) {
    }

    @Schema(name = "AnswerInput")
    public record Answer(@NotNull LocalDate date, @Size(max = 2000) String summary) {
    }

    @Schema(name = "RectificationInput")
    public record RectificationInput(@NotNull RectificationSource sourceType, @NotNull Long sourceId,
            @Schema(description = "The agency responsible (default: from the source)") Long respondentId,
            @NotBlank @Size(max = 5000) String problem, @NotNull LocalDate dueDate) {
    }

    @Schema(name = "RectificationProgressInput")
    public record RectificationProgress(@Size(max = 5000) String actions, @Size(max = 2000) String evidenceNote,
            @NotNull LocalDate dueDate) {
    }

    @Schema(name = "RectificationCloseInput")
    public record CloseRectification(@NotNull LocalDate date, @NotBlank @Size(max = 5000) String actions,
            @Size(max = 2000) String evidenceNote) {
    }
}
