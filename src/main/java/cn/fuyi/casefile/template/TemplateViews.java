package cn.fuyi.casefile.template;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The records the template endpoints read and answer. */
public final class TemplateViews {

    private TemplateViews() {
    }

    /** A request to generate a formal document for a case. */
    public record GenerationInput(
            @NotNull @Schema(description = "Code of the list FORMAL_DOCUMENT_KIND, e.g. ACCEPTANCE_NOTICE") FormalDocumentKind kind,
            @Schema(description = "The document's date (default today); its year is the year of the document number") LocalDate date,
            @Size(max = 100) @Schema(description = "The addressee; SERVICE_RECEIPT: required, the name of a party or the respondent") String recipient,
            @Positive @Schema(description = "SERVICE_RECEIPT: the case-file document served") Long servedDocumentId) {
    }

    public record PlaceholderView(String name, @Schema(description = "As written in the template, e.g. ${caseNumber}") String token,
            String description) {

        static PlaceholderView of(Placeholder p) {
            return new PlaceholderView(p.name(), p.token(), p.description());
        }
    }

    public record TemplateVersionView(int versionNo, String fileName, long sizeBytes, String sha256, Instant uploadedAt,
            String uploadedBy, String contentUrl) {

        static TemplateVersionView of(DocumentTemplate t) {
            return new TemplateVersionView(t.versionNo, t.fileName, t.sizeBytes, t.sha256, t.uploadedAt, t.uploadedBy,
                    "/api/v1/organs/" + t.organId + "/document-templates/" + t.kind.name() + "/versions/" + t.versionNo + "/content");
        }
    }

    public record TemplateKindView(
            FormalDocumentKind kind,
            String label,
            @Schema(description = "The case-file DOCUMENT_KIND the generated document is stored as") String documentKind,
            List<PlaceholderView> placeholders,
            @Schema(description = "Only with organId: whether the organ uses its own template") Boolean organHasOwn,
            @Schema(description = "Only with organId: the organ's latest own version, if any") TemplateVersionView organTemplate,
            @Schema(description = "Only with organId: the document-number pattern that applies") String numberPattern,
            @Schema(description = "Where the template in use is downloaded") String contentUrl) {
    }

    public record NumberPatternInput(@NotNull @Size(max = 60) @Schema(description = "e.g. 太政复不受字〔{year}〕{seq}号; {seq:3} zero-pads")
            String pattern) {
    }

    public record NumberPatternView(FormalDocumentKind kind, String label, String pattern, String defaultPattern,
            @Schema(description = "Whether the organ set its own pattern") boolean own, Long version, Instant updatedAt,
            String updatedBy, @Schema(description = "What the pattern gives for the year 2026 and number 3") String example) {

        static NumberPatternView of(NumberPatternService.Applied a) {
            return new NumberPatternView(a.kind(), a.kind().labelZh(), a.pattern(), a.defaultPattern(), a.own() != null,
                    a.own() == null ? null : a.own().version, a.own() == null ? null : a.own().updatedAt,
                    a.own() == null ? null : a.own().updatedBy, DocumentNumbers.format(a.pattern(), 2026, 3));
        }
    }

    /** The multipart/form-data body of a template upload, as the OpenAPI document describes it. */
    @Schema(name = "TemplateUpload", requiredProperties = { "file" })
    public static class TemplateUploadForm {
        @Schema(type = SchemaType.STRING, format = "binary", description = "The template: a .docx using only the kind's placeholders")
        public String file;
    }
}
