package cn.fuyi.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.jwt.JsonWebToken;

import cn.fuyi.organ.Organ;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * What the current user may see: the organs of their token (with subordinates where the token says so), or, for
 * agency staff, their own agency. Records outside the scope answer 404, as if they did not exist.
 */
@RequestScoped
public class UserScope {

    @Inject
    SecurityIdentity identity;
    @Inject
    JsonWebToken jwt;

    private List<Long> organs;

    public boolean has(String role) {
        return identity != null && !identity.isAnonymous() && identity.hasRole(role);
    }

    /** Every organ, for tokens whose scope claim is ALL, and for work the service does itself. */
    public boolean allOrgans() {
        if (identity == null || identity.isAnonymous()) {
            return true;
        }
        return "ALL".equalsIgnoreCase(claim(Claims.ORGAN_SCOPE));
    }

    /** The organ ids the user may see, subordinates expanded; meaningless when {@link #allOrgans()}. */
    public List<Long> organIds() {
        if (organs == null) {
            Set<Long> ids = new LinkedHashSet<>();
            boolean subtree = "SUBTREE".equalsIgnoreCase(claim(Claims.ORGAN_SCOPE));
            for (Long id : listedOrgans()) {
                if (subtree) {
                    ids.addAll(Organ.subtreeIds(id));
                } else {
                    ids.add(id);
                }
            }
            organs = new ArrayList<>(ids);
            if (organs.isEmpty()) {
                organs.add(-1L);
            }
        }
        return organs;
    }

    public boolean seesOrgan(long organId) {
        return allOrgans() || organIds().contains(organId);
    }

    /** Agency staff see records of their own agency only. */
    public boolean agencyOnly() {
        return has(Roles.AGENCY) && !has(Roles.CLERK) && !has(Roles.REVIEWER);
    }

    /** The agency (respondent id) of an agency user, or -1 when the token names none. */
    public long respondentId() {
        String v = claim(Claims.RESPONDENT);
        try {
            return v == null ? -1 : Long.parseLong(v);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A JPQL condition limiting {@code alias.organId} to the user's organs; binds {@code :scopeOrgans}. */
    public String organCondition(String alias, java.util.Map<String, Object> params) {
        if (allOrgans()) {
            return "";
        }
        params.put("scopeOrgans", organIds());
        return " and " + alias + ".organId in :scopeOrgans";
    }

    /** Clerks and reviewers need applicants' ID numbers, phones and addresses; nobody else sees them unmasked. */
    public boolean seesPersonalData() {
        if (identity == null || identity.isAnonymous()) {
            return true;
        }
        return has(Roles.CLERK) || has(Roles.REVIEWER);
    }

    public Set<String> roles() {
        return identity == null ? Set.of() : identity.getRoles();
    }

    private List<Long> listedOrgans() {
        List<Long> ids = new ArrayList<>();
        if (jwt == null || jwt.getRawToken() == null) {
            return ids;
        }
        Object raw = jwt.getClaim(Claims.ORGANS);
        if (raw instanceof JsonArray array) {
            for (JsonValue v : array) {
                if (v instanceof JsonNumber n) {
                    ids.add(n.longValue());
                } else if (v.getValueType() == JsonValue.ValueType.STRING) {
                    try {
                        ids.add(Long.parseLong(((jakarta.json.JsonString) v).getString()));
                    } catch (NumberFormatException e) {
                        // an organ id that is not a number names no organ
                    }
                }
            }
        } else if (raw instanceof Iterable<?> it) {
            for (Object o : it) {
                try {
                    ids.add(Long.parseLong(o.toString().replace("\"", "")));
                } catch (NumberFormatException e) {
                    // as above
                }
            }
        }
        return ids;
    }

    private String claim(String name) {
        if (jwt == null || jwt.getRawToken() == null) {
            return null;
        }
        Object v = jwt.getClaim(name);
        if (v == null) {
            return null;
        }
        if (v instanceof jakarta.json.JsonString s) {
            return s.getString();
        }
        return v.toString();
    }
}
