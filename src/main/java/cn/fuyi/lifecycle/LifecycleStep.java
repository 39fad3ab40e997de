package cn.fuyi.lifecycle;

import cn.fuyi.common.Labelled;

/**
 * A named step of a record's lifecycle (a reconsideration case, a lawsuit …): which states it may start from and
 * where it leads. Each feature lists its steps once, in an enum implementing this.
 */
public interface LifecycleStep<S extends Enum<S> & Labelled> extends Labelled {

    boolean allowedFrom(S state);

    /** The state after this step taken from {@code current}. */
    S target(S current);

    /** Article of the law the step rests on, if any. */
    String article();

    /** The URL segment of the step, e.g. {@code request-correction}. */
    default String path() {
        return name().toLowerCase().replace('_', '-');
    }
}
