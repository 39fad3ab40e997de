package cn.fuyi.security;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Issues tokens signed with the dev key pair: for dev mode and tests only. */
public final class TokenIssuer {

    public static final String ISSUER = "fuyi-dev";

    private TokenIssuer() {
    }

    /**
     * @param organs organ ids; {@code scope} EXACT, SUBTREE or ALL
     * @param respondent the agency's respondent id for the agency role, else null
     */
    public static String issue(String username, String name, Set<String> roles, List<Long> organs, String scope,
            Long respondent, Duration lifetime) {
        JwtClaimsBuilder b = Jwt.issuer(ISSUER).upn(username).subject(username).groups(roles)
                .claim(Claims.NAME, name).claim(Claims.ORGANS, organs).claim(Claims.ORGAN_SCOPE, scope)
                .expiresIn(lifetime);
        if (respondent != null) {
            b.claim(Claims.RESPONDENT, respondent);
        }
        return b.sign(DevKeys.privateKey());
    }
}
