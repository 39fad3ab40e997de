package cn.fuyi.reminder;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.fuyi.audit.SubjectType;
import cn.fuyi.security.Roles;

/**
 * Who is reminded of a deadline: the clerk assigned to the case, or where none is (lawsuits, recommendations,
 * rectification items, unassigned cases) the organ's clerks; escalations go to the organ's reviewers. A statistics
 * report the organ owes its parent is the reviewers' (of the roles that may submit it, reviewers and statisticians,
 * only reviewers keep reminder preferences and so are known by organ). The organ's people are those who saved their
 * reminder preferences with a token naming the organ.
 */
@ApplicationScoped
public class Recipients {

    @Inject
    EntityManager em;

    public List<String> clerksOf(OpenDeadline d) {
        if (SubjectType.SUBMISSION_DEADLINE.name().equals(d.subjectType())) {
            return members(d.organId(), Roles.REVIEWER);
        }
        if (d.clerk() != null && !d.clerk().isBlank()) {
            return List.of(d.clerk());
        }
        return members(d.organId(), Roles.CLERK);
    }

    public List<String> reviewersOf(long organId) {
        return members(organId, Roles.REVIEWER);
    }

    @SuppressWarnings("unchecked")
    List<String> members(long organId, String role) {
        return em.createNativeQuery("SELECT username FROM reminder_organ_member WHERE organ_id = ?1 AND role = ?2"
                + " ORDER BY username").setParameter(1, organId).setParameter(2, role).getResultList();
    }

    /** Replaces the person's memberships with the organs and roles of their token. */
    void remember(String username, List<Long> organIds, List<String> roles) {
        em.createNativeQuery("DELETE FROM reminder_organ_member WHERE username = ?1").setParameter(1, username)
                .executeUpdate();
        for (Long organ : organIds) {
            for (String role : roles) {
                em.createNativeQuery("INSERT INTO reminder_organ_member (username, organ_id, role) VALUES (?1, ?2, ?3)")
                        .setParameter(1, username).setParameter(2, organ).setParameter(3, role).executeUpdate();
            }
        }
    }
}
