package cn.fuyi.security;

import java.util.Collections;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * In dev mode and tests, unless a verification key is configured, tokens are verified against a key pair made for
 * this JVM ({@link DevKeys}); the dev token endpoint signs with its private half. Never active in production.
 */
public class DevJwtConfigSourceFactory implements ConfigSourceFactory {

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        boolean devOrTest = context.getProfiles().contains("dev") || context.getProfiles().contains("test");
        if (!devOrTest || configured(context, "mp.jwt.verify.publickey.location") || configured(context, "mp.jwt.verify.publickey")) {
            return Collections.emptyList();
        }
        return Collections.singletonList(new PropertiesConfigSource(
                Map.of("mp.jwt.verify.publickey", DevKeys.publicKeyPem()), "fuyi-dev-jwt", 275));
    }

    private static boolean configured(ConfigSourceContext context, String name) {
        ConfigValue v = context.getValue(name);
        return v != null && v.getValue() != null && !v.getValue().isBlank();
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(275);
    }
}
