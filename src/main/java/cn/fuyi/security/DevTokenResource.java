package cn.fuyi.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.fuyi.common.ApiException;
import io.quarkus.arc.profile.IfBuildProfile;

/**
 * Dev mode and tests only (the class is not even built into the production application): issues a token for a
 * role, e.g. {@code GET /api/v1/dev/tokens?role=clerk&organ=1&scope=SUBTREE}.
 */
@Path("/api/v1/dev/tokens")
@IfBuildProfile(anyOf = { "dev", "test" })
@Produces(MediaType.APPLICATION_JSON)
public class DevTokenResource {

    public record DevToken(String username, Set<String> roles, List<Long> organs, String organScope, Long respondent,
            String token) {
    }

    @GET
    @PermitAll
    @Operation(hidden = true)
    public DevToken issue(@QueryParam("role") List<String> roles, @QueryParam("organ") List<Long> organs,
            @QueryParam("scope") String scope, @QueryParam("respondent") Long respondent,
            @QueryParam("username") String username, @QueryParam("name") String name) {
        Set<String> r = new LinkedHashSet<>(roles == null || roles.isEmpty() ? List.of(Roles.CLERK) : roles);
        for (String role : r) {
            if (!List.of(Roles.ALL).contains(role)) {
                throw ApiException.invalidField("role", "UNKNOWN_CODE", String.join(", ", Roles.ALL));
            }
        }
        String s = scope == null ? "SUBTREE" : scope.toUpperCase();
        String user = username == null ? "dev." + String.join("-", r) : username;
        List<Long> o = organs == null ? new ArrayList<>() : organs;
        String token = TokenIssuer.issue(user, name == null ? user : name, r, o, s, respondent, Duration.ofHours(12));
        return new DevToken(user, r, o, s, respondent, token);
    }
}
