package cn.fuyi.security;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * An RSA key pair made once per JVM for dev mode and tests, so that real signed tokens can be issued and verified
 * without any key in the repository. Production verifies tokens against the configured public key or JWKS.
 */
public final class DevKeys {

    static final String PRIVATE = "fuyi.dev-jwt.private-key";
    static final String PUBLIC = "fuyi.dev-jwt.public-key";

    private DevKeys() {
    }

    /** The public key in PEM form, generating the pair on first use. */
    public static synchronized String publicKeyPem() {
        if (System.getProperty(PUBLIC) == null) {
            try {
                KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
                g.initialize(2048);
                KeyPair pair = g.generateKeyPair();
                System.setProperty(PRIVATE, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
                System.setProperty(PUBLIC, "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return System.getProperty(PUBLIC);
    }

    public static PrivateKey privateKey() {
        publicKeyPem();
        try {
            byte[] der = Base64.getDecoder().decode(System.getProperty(PRIVATE));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }
}
