package cn.fuyi.litigation;

import java.time.LocalDate;
import java.util.function.Function;

import jakarta.inject.Inject;

import cn.fuyi.common.CurrentUser;
import cn.fuyi.common.TimeSource;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.lifecycle.LifecycleEngine.EventData;

/**
 * What the steps of every litigation procedure share: the lawsuit engine that runs a step of {@link LawsuitStep} in
 * the caller's transaction (version check, the step table, event, deadlines, audit and feed), the clock and the caller.
 */
public abstract class LawsuitSteps {

    @Inject
    protected LitigationService lawsuits;
    @Inject
    protected TimeSource time;
    @Inject
    protected CurrentUser user;

    protected Lawsuit step(long id, LawsuitStep t, VersionCheck check, Function<Lawsuit, EventData> body) {
        return lawsuits.step(id, t, check, body);
    }

    protected LocalDate today() {
        return time.today();
    }
}
