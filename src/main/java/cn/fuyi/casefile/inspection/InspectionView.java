package cn.fuyi.casefile.inspection;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.fuyi.common.Labelled;
import cn.fuyi.security.Masking;

/** A file inspection request as the API shows it. */
@Schema(name = "FileInspection", description = "A request to inspect the file and the office's answer (ARL 47)")
public record InspectionView(long id, long caseId, LocalDate requestDate,
        @Schema(description = "Code of the list INSPECTION_REQUESTER_ROLE") RequesterRole requesterRole, String requesterRoleLabel,
        Long requesterPartyId, String requesterName, String materials,
        @Schema(description = "Code of the list INSPECTION_OUTCOME; null while undecided") InspectionOutcome outcome, String outcomeLabel,
        @Schema(description = "Code of the list INSPECTION_REFUSAL_GROUND") InspectionRefusalGround ground, String groundLabel,
        String note, LocalDate decisionDate, String decidedBy, LocalDate providedDate,
        Instant createdAt, String createdBy, long version) {

    static InspectionView of(FileInspection f, boolean mask, boolean english) {
        return new InspectionView(f.id, f.caseId, f.requestDate, f.requesterRole, label(f.requesterRole, english),
                f.requesterPartyId, mask ? Masking.name(f.requesterName) : f.requesterName, f.materials, f.outcome,
                label(f.outcome, english), f.refusalGround, label(f.refusalGround, english), f.outcomeNote, f.decisionDate,
                f.decidedBy, f.providedDate, f.createdAt, f.createdBy, f.version);
    }

    private static String label(Labelled l, boolean english) {
        return l == null ? null : english ? l.labelEn() : l.labelZh();
    }
}
