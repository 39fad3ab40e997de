package cn.fuyi.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is making the request, as recorded on events and approvals. */
@RequestScoped
public class CurrentUser {

    public static final String ANONYMOUS = "anonymous";

    @Inject
    SecurityIdentity identity;

    private String systemActor;

    /** For work the service does on its own (demo data, scheduled jobs): records {@code name} as the actor. */
    public void actAsSystem(String name) {
        this.systemActor = name;
    }

    public String username() {
        if (systemActor != null) {
            return systemActor;
        }
        return identity == null || identity.isAnonymous() ? ANONYMOUS : identity.getPrincipal().getName();
    }

    /** The person's name for records (the {@code name} attribute of the identity when present). */
    public String displayName() {
        if (systemActor != null) {
            return systemActor;
        }
        if (identity != null && !identity.isAnonymous()
                && identity.getPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken jwt) {
            Object name = jwt.getClaim("name");
            if (name != null) {
                String s = name instanceof jakarta.json.JsonString js ? js.getString() : name.toString();
                if (!s.isBlank()) {
                    return s;
                }
            }
        }
        return username();
    }
}
