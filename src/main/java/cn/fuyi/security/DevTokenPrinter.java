package cn.fuyi.security;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import cn.fuyi.organ.Organ;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;

/** Dev mode only: logs a ready-made token for each role at start, for Swagger UI's "Authorize" button. */
@ApplicationScoped
@IfBuildProfile("dev")
public class DevTokenPrinter {

    private static final Logger LOG = Logger.getLogger(DevTokenPrinter.class);

    void onStart(@Observes @Priority(3000) StartupEvent event) {
        List<Long> roots = Organ.<Organ>list("parentId is null").stream().map(o -> o.id).toList();
        StringBuilder sb = new StringBuilder("Dev tokens (12 h; or GET /api/v1/dev/tokens?role=...&organ=...):");
        for (String role : Roles.ALL) {
            Long respondent = null;
            if (Roles.AGENCY.equals(role)) {
                cn.fuyi.organ.Respondent r = cn.fuyi.organ.Respondent.<cn.fuyi.organ.Respondent>findAll().firstResult();
                respondent = r == null ? null : r.id;
            }
            String token = TokenIssuer.issue("dev." + role, "开发用户（" + role + "）", Set.of(role), roots, "SUBTREE",
                    respondent, Duration.ofHours(12));
            sb.append("\n  ").append(role).append(": ").append(token);
        }
        LOG.info(sb);
    }
}
