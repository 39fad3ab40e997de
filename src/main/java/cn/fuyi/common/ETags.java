package cn.fuyi.common;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;

/**
 * ETags from entity versions, and the If-Match check every update makes: 428 when the header is missing,
 * 412 when it names another version.
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    public static void requireMatch(Request request, HttpHeaders headers, long currentVersion) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        EntityTag current = of(currentVersion);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(428, "PRECONDITION_REQUIRED", current.toString()).with("currentETag", current.toString());
        }
        if (request.evaluatePreconditions(current) != null) {
            throw new ApiException(412, "PRECONDITION_FAILED", ifMatch, current.toString())
                    .with("currentETag", current.toString());
        }
    }
}
