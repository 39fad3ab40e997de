package cn.fuyi.lifecycle;

import java.time.Instant;

/** A record with a lifecycle (a case, a lawsuit): what the shared engine needs to know of it. */
public interface TrackedRecord<S> {

    Long recordId();

    long recordVersion();

    long recordOrganId();

    /** The agency the record concerns, if one (for scoping the feed to agency staff). */
    Long recordRespondentId();

    S currentState();

    void moveTo(S state, Instant at);
}
