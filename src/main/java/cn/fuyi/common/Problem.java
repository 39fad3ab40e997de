package cn.fuyi.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An RFC 9457 problem document, the body of every error answer. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "type", "title", "status", "detail", "code", "instance", "errors" })
@Schema(name = "Problem", description = "RFC 9457 problem details; the message is in Chinese unless Accept-Language asks for English")
public class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(description = "URI identifying the problem type", examples = "urn:fuyi:problem:CASE_TRANSITION_NOT_ALLOWED")
    public String type;
    @Schema(description = "Short summary of the problem type")
    public String title;
    @Schema(description = "HTTP status code")
    public int status;
    @Schema(description = "Explanation specific to this occurrence")
    public String detail;
    @Schema(description = "Stable machine-readable code", examples = "CASE_TRANSITION_NOT_ALLOWED")
    public String code;
    @Schema(description = "The request path")
    public String instance;
    @Schema(description = "Invalid fields, for validation failures")
    public List<Violation> errors;

    @Schema(hidden = true)
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** One invalid field. */
    @Schema(name = "FieldViolation")
    public record Violation(
            @Schema(description = "JSON path or parameter name", examples = "applicants[0].name") String field,
            @Schema(description = "Stable code of the rule that failed", examples = "NotBlank") String code,
            @Schema(description = "Human message") String message) {
    }
}
