package cn.fuyi.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * The harness's own token issuer: a key pair made for the run, its public key written as a PEM file for the
 * instances ({@code FUYI_JWT_PUBLIC_KEY_LOCATION}), and tokens with the claims Fuyi reads (upn, name, groups, organs,
 * organScope), signed with the private key as an identity provider would.
 */
final class LoadTokens {

    static final String ISSUER = "fuyi-load-harness";

    private final KeyPair pair;
    final Path publicKeyPem;

    LoadTokens(Path dir) throws IOException {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            pair = g.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Files.createDirectories(dir);
        publicKeyPem = dir.resolve("jwt-public-key.pem");
        Files.writeString(publicKeyPem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
    }

    /** A bearer header value. {@code organs} empty with scope ALL: every organ. */
    String bearer(String username, String name, Set<String> roles, List<Long> organs, String scope) {
        JwtClaimsBuilder b = Jwt.issuer(ISSUER).upn(username).subject(username).groups(roles).claim("name", name)
                .claim("organs", organs).claim("organScope", scope).expiresIn(Duration.ofHours(6));
        return "Bearer " + b.sign(pair.getPrivate());
    }
}
