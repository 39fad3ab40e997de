package cn.fuyi.common;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem answers every operation can give, so that each one lists its error responses without
 * repeating them on every resource method: 400 for bad input, 404 where a path names a record, for writes to
 * an existing record 409, 412, 422 and 428, and 503 with Retry-After when the database cannot do the work now.
 */
public class OpenApiProblemFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> e : openAPI.getPaths().getPathItems().entrySet()) {
            String path = e.getKey();
            if (!path.startsWith("/api/")) {
                continue;
            }
            boolean namesRecord = path.contains("{");
            e.getValue().getOperations().forEach((method, op) -> {
                boolean write = method != PathItem.HttpMethod.GET;
                add(op, "400", "Invalid input (VALIDATION_FAILED, MALFORMED_JSON, MALFORMED_HEADER, INVALID_SORT …)");
                if (namesRecord || write) {
                    add(op, "404", "A record named by the request does not exist");
                }
                if (write) {
                    add(op, "409", "Conflict with the record's state (e.g. CASE_TRANSITION_NOT_ALLOWED) or a concurrent change");
                    add(op, "422", "A statutory or business rule is not met");
                }
                if (write && namesRecord) {
                    add(op, "412", "If-Match names a stale version (PRECONDITION_FAILED)");
                    add(op, "428", "If-Match is missing (PRECONDITION_REQUIRED)");
                }
                add(op, "500", "Unexpected failure; the answer names an incident to report");
                add(op, "503", "The database cannot do the work now (TRANSIENT_CONFLICT after automatic retries, "
                        + "SERVICE_OVERLOADED, DATABASE_UNAVAILABLE); try again after Retry-After seconds");
                op.getResponses().getAPIResponse("503").addHeader("Retry-After", OASFactory.createHeader()
                        .description("Seconds to wait before trying again")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
            });
        }
    }

    private static void add(Operation op, String status, String description) {
        APIResponses responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        if (responses.hasAPIResponse(status)) {
            return;
        }
        APIResponse r = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        responses.addAPIResponse(status, r);
    }
}
