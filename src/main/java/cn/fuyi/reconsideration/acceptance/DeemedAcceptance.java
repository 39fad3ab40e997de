package cn.fuyi.reconsideration.acceptance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.CurrentUser;
import cn.fuyi.common.TimeSource;
import cn.fuyi.reconsideration.CaseState;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.ReconsiderationService;

/**
 * Deemed acceptance (视为受理, ARL 30 ¶3) as the law has it: it happens by itself when the review period ends without
 * a refusal. Each run takes every case still under review whose period ended before today, however long ago (a run
 * after downtime catches up), and records the step as the system, dated the period's last day. The clerk is told
 * through {@link DeemedAccepted}.
 */
@ApplicationScoped
public class DeemedAcceptance {

    private static final Logger LOG = Logger.getLogger(DeemedAcceptance.class);

    /** The actor the events and audit records name. */
    public static final String SYSTEM_ACTOR = "system:deemed-acceptance";

    @Inject
    ReconsiderationService cases;
    @Inject
    AcceptanceReviewService steps;
    @Inject
    TimeSource time;
    @Inject
    CurrentUser user;
    @Inject
    Event<DeemedAccepted> told;

    /** Deems every due case accepted, each in its own transaction; answers the ids of the cases accepted. */
    @ActivateRequestContext
    public List<Long> run() {
        user.actAsSystem(SYSTEM_ACTOR);
        List<Long> accepted = new ArrayList<>();
        for (long id : due()) {
            try {
                ReconsiderationCase c = steps.deemAcceptedBySystem(id);
                accepted.add(id);
                told.fire(new DeemedAccepted(c.id, c.organId, c.caseNumber, c.clerk, c.acceptedDate));
            } catch (ApiException e) {
                // Another instance or a clerk got there first, or the case changed since it was read: nothing to do.
                LOG.debugf("Case %d not deemed accepted: %s", id, e.getMessage());
            } catch (RuntimeException e) {
                LOG.warnf(e, "Case %d not deemed accepted; the next run tries again", id);
            }
        }
        if (!accepted.isEmpty()) {
            LOG.infof("Deemed accepted (ARL 30 ¶3): %d cases", accepted.size());
        }
        return accepted;
    }

    /** The cases under review whose review period ended before today. */
    @Transactional
    public List<Long> due() {
        LocalDate today = time.today();
        List<Long> ids = new ArrayList<>();
        for (ReconsiderationCase c : ReconsiderationCase.<ReconsiderationCase>list("state", CaseState.RECEIVED)) {
            if (c.reviewStartDate != null && today.isAfter(cases.deadlineCalculator(c, today).acceptanceReview().due())) {
                ids.add(c.id);
            }
        }
        return ids;
    }

    /** Fired after a case was deemed accepted and the step committed. */
    public record DeemedAccepted(long caseId, long organId, String caseNumber, String clerk, LocalDate acceptedDate) {
    }
}
