package cn.fuyi.casefile.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.fuyi.common.Labelled;
import cn.fuyi.security.Masking;

/** The evidence register and investigations as the API shows them. */
public final class EvidenceViews {

    private EvidenceViews() {
    }

    @Schema(name = "EvidenceItem", description = "An item of the case's evidence register (ARL 43-46)")
    public record EvidenceView(long id, long caseId,
            @Schema(description = "Code of the list EVIDENCE_TYPE") EvidenceType type, String typeLabel,
            String description,
            @Schema(description = "Code of the list EVIDENCE_SUBMITTER_ROLE") SubmitterRole submitterRole, String submitterRoleLabel,
            Long submitterPartyId,
            @Schema(description = "Masked for users who do not see personal data (a respondent's name never is)") String submitterName,
            LocalDate submittedDate,
            @Schema(description = "For the respondent's evidence: computed from the reply period of ARL 48/54 as the case's "
                    + "deadlines give it; code of the list EVIDENCE_TIMELINESS") EvidenceTimeliness timeliness, String timelinessLabel,
            @Schema(description = "The last day of the respondent's reply period the item was judged against") LocalDate replyDueDate,
            boolean supplementary, LocalDate permissionDate, String permittedBy, String permissionReason,
            @Schema(description = "Code of the list EVIDENCE_REVIEW_STATUS") EvidenceReviewStatus reviewStatus, String reviewStatusLabel,
            LocalDate reviewDate, String reviewReason, String reviewedBy,
            @Schema(description = "Case-file documents holding the item (see /documents)") List<Long> documentIds,
            Instant createdAt, String createdBy, long version) {
    }

    @Schema(name = "Investigation", description = "An investigation by the office (ARL 45)")
    public record InvestigationView(long id, long caseId, LocalDate date, String place, String matters,
            List<String> staff, List<String> personsQuestioned, List<Long> documentIds,
            Instant createdAt, String createdBy) {
    }

    static EvidenceView of(EvidenceItem e, LocalDate replyDue, boolean mask, boolean english) {
        EvidenceTimeliness t = EvidenceRules.timeliness(e.submitterRole, e.supplementary, e.submittedDate, replyDue);
        boolean person = e.submitterRole != SubmitterRole.RESPONDENT;
        return new EvidenceView(e.id, e.caseId, e.type, label(e.type, english), e.description, e.submitterRole,
                label(e.submitterRole, english), e.submitterPartyId,
                mask && person ? Masking.name(e.submitterName) : e.submitterName, e.submittedDate, t, label(t, english),
                e.submitterRole == SubmitterRole.RESPONDENT ? replyDue : null,
                e.supplementary, e.permissionDate, mask ? null : e.permittedBy, e.permissionReason,
                e.reviewStatus, label(e.reviewStatus, english), e.reviewDate, e.reviewReason, mask ? null : e.reviewedBy,
                List.copyOf(e.documentIds), e.createdAt, mask ? null : e.createdBy, e.version);
    }

    static InvestigationView of(Investigation i) {
        return new InvestigationView(i.id, i.caseId, i.date, i.place, i.matters, List.copyOf(i.staff),
                List.copyOf(i.personsQuestioned), List.copyOf(i.documentIds), i.createdAt, i.createdBy);
    }

    static String label(Labelled l, boolean english) {
        return l == null ? null : english ? l.labelEn() : l.labelZh();
    }
}
