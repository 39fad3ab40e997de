package cn.fuyi.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.Labelled;

/** The checks every lifecycle step makes, the same for cases and lawsuits. */
public final class Lifecycle {

    private Lifecycle() {
    }

    /** The steps a record in {@code state} may take, in table order. */
    public static <S extends Enum<S> & Labelled, T extends Enum<T> & LifecycleStep<S>> List<T> allowedIn(Class<T> steps,
            S state, java.util.Set<T> hidden) {
        List<T> list = new ArrayList<>();
        for (T t : steps.getEnumConstants()) {
            if (!hidden.contains(t) && t.allowedFrom(state)) {
                list.add(t);
            }
        }
        return list;
    }

    /** 409 CASE_TRANSITION_NOT_ALLOWED naming the state and the steps allowed in it, unless the step is allowed. */
    public static <S extends Enum<S> & Labelled, T extends Enum<T> & LifecycleStep<S>> void requireAllowed(S state, T step,
            List<T> allowed) {
        if (!step.allowedFrom(state)) {
            throw ApiException.conflict("CASE_TRANSITION_NOT_ALLOWED", state, step, allowed)
                    .with("state", state).with("transition", step)
                    .with("allowedTransitions", allowed.stream().map(Enum::name).toList());
        }
    }

    /** 422 DATE_IN_FUTURE: only what has happened can be recorded. */
    public static void notInFuture(Labelled step, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw ApiException.unprocessable("DATE_IN_FUTURE", step, date, today);
        }
    }

    /** 422 DATE_BEFORE: a step's date cannot precede the fact it follows. */
    public static void notBefore(Labelled step, LocalDate date, Labelled fact, LocalDate earlier) {
        if (earlier != null && date.isBefore(earlier)) {
            throw ApiException.unprocessable("DATE_BEFORE", step, date, fact, earlier);
        }
    }
}
