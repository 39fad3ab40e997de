package cn.fuyi.load;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;

/** How one request ended, as the harness counts it. */
enum Outcome {
    OK("2xx"),
    /** 409 or 412: another client changed the case first (expected now and then with shared cases). */
    CONFLICT("409/412"),
    CLIENT_ERROR("other 4xx"),
    /** The service says it cannot answer now; acceptable during an outage. */
    UNAVAILABLE("503"),
    /** Any other 5xx: never acceptable. */
    SERVER_ERROR("5xx"),
    /** Nobody listens on the port: the instance is down. */
    REFUSED("refused"),
    /** The connection broke or the answer did not come in time: the request may or may not have taken effect. */
    NO_ANSWER("no answer");

    final String label;

    Outcome(String label) {
        this.label = label;
    }

    static Outcome of(int status) {
        if (status >= 200 && status < 300) {
            return OK;
        }
        if (status == 409 || status == 412) {
            return CONFLICT;
        }
        if (status == 503) {
            return UNAVAILABLE;
        }
        if (status >= 500) {
            return SERVER_ERROR;
        }
        return CLIENT_ERROR;
    }

    static Outcome of(IOException e) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof ConnectException) {
                return REFUSED;
            }
            if (t instanceof HttpTimeoutException) {
                return NO_ANSWER;
            }
            t = t.getCause();
        }
        return NO_ANSWER;
    }

    /**
     * An answer that says the write did not take place: a client that gets it may safely send the write again. A 500
     * says nothing either way, and neither does a broken connection.
     */
    boolean notApplied() {
        return this == CONFLICT || this == CLIENT_ERROR || this == UNAVAILABLE || this == REFUSED;
    }
}
