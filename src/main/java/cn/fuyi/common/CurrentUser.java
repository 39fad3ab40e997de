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
    private Provenance provenance;
    private String actingUser;
    private String actingName;

    /** Where the facts being written come from when they are not typed in: a row of an imported ledger. */
    public record Provenance(long importJobId, String fileName, long row) {

        public String text() {
            return "导入台账 " + fileName + " 第 " + row + " 行（导入任务 " + importJobId + "）";
        }
    }

    /** Marks what is written from now on (events and audit records) as coming from {@code p}; null to stop. */
    public void writingFrom(Provenance p) {
        this.provenance = p;
    }

    public Provenance provenance() {
        return provenance;
    }

    /** For work the service does on its own (demo data, scheduled jobs): records {@code name} as the actor. */
    public void actAsSystem(String name) {
        this.systemActor = name;
    }

    /** For work done on a person's behalf outside their request (an import job): records them as the actor. */
    public void actAs(String username, String displayName) {
        this.actingUser = username;
        this.actingName = displayName;
    }

    public String username() {
        if (actingUser != null) {
            return actingUser;
        }
        if (systemActor != null) {
            return systemActor;
        }
        return identity == null || identity.isAnonymous() ? ANONYMOUS : identity.getPrincipal().getName();
    }

    /** The person's name for records (the {@code name} attribute of the identity when present). */
    public String displayName() {
        if (actingName != null) {
            return actingName;
        }
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
