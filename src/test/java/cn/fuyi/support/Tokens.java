package cn.fuyi.support;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import cn.fuyi.security.TokenIssuer;

/** Real signed tokens for tests, verified by the service like any other. */
public final class Tokens {

    /** The default caller of the tests: a bureau head who is also clerk and administrator, for every organ. */
    public static final String DEFAULT_USER = "sun.ming";
    public static final String DEFAULT_NAME = "孙明";

    private Tokens() {
    }

    public static String bureauHead() {
        return TokenIssuer.issue(DEFAULT_USER, DEFAULT_NAME, Set.of("clerk", "reviewer", "admin"), List.of(), "ALL", null,
                Duration.ofHours(1));
    }

    public static String of(String username, String name, Set<String> roles, List<Long> organs, String scope, Long respondent) {
        return TokenIssuer.issue(username, name, roles, organs, scope, respondent, Duration.ofHours(1));
    }

    public static String role(String role, long organ) {
        return of("test." + role, "测试" + role, Set.of(role), List.of(organ), "SUBTREE", null);
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
