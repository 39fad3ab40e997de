package cn.fuyi.organ;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies for organs and respondents. */
public final class OrganDtos {

    private OrganDtos() {
    }

    @Schema(name = "Organ")
    public record OrganView(
            long id, String code, String name, String shortName, Long parentId,
            OrganLevel level, String levelLabel, String caseNumberPattern, boolean active,
            long version, Instant createdAt, Instant updatedAt) {

        static OrganView of(Organ o) {
            return new OrganView(o.id, o.code, o.name, o.shortName, o.parentId, o.level, o.level.labelZh(),
                    o.caseNumberPattern, o.active, o.version, o.createdAt, o.updatedAt);
        }
    }

    @Schema(name = "OrganInput")
    public record OrganInput(
            @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+") @Schema(examples = "taicang") String code,
            @NotBlank @Size(max = 100) @Schema(examples = "太仓市人民政府") String name,
            @NotBlank @Size(max = 50) @Schema(examples = "太仓市") String shortName,
            @Schema(description = "The superior organ; empty for a root") Long parentId,
            @NotNull OrganLevel level,
            @NotBlank @Size(max = 100) @Schema(examples = "太政复〔{year}〕{seq}号") String caseNumberPattern,
            Boolean active) {
    }

    @Schema(name = "Respondent")
    public record RespondentView(
            long id, long organId, String name, RespondentKind kind, String kindLabel, String creditCode,
            boolean active, long version, Instant createdAt, Instant updatedAt) {

        static RespondentView of(Respondent r) {
            return new RespondentView(r.id, r.organId, r.name, r.kind, r.kind.labelZh(), r.creditCode, r.active,
                    r.version, r.createdAt, r.updatedAt);
        }
    }

    @Schema(name = "RespondentInput")
    public record RespondentInput(
            @NotNull Long organId,
            @NotBlank @Size(max = 100) @Schema(examples = "太仓市市场监督管理局") String name,
            @NotNull RespondentKind kind,
            @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{18}", message = "{fuyi.creditCode}") String creditCode,
            Boolean active) {
    }
}
