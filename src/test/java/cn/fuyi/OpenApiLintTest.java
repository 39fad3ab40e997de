package cn.fuyi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.fuyi.support.ExternalTool;

/**
 * The committed contract passes Redocly's recommended lint rules (configured in {@code openapi/redocly.yaml}).
 * OpenApiContractTest keeps the contract equal to what the service serves, so this lints the served document too.
 */
class OpenApiLintTest {

    /** Pinned: a newer CLI may bring new rules. Raise it on purpose and fix what it reports. */
    static final String REDOCLY_CLI = "@redocly/cli@2.77.0";

    @Test
    void contractHasNoLintErrors() {
        ExternalTool.Result r = ExternalTool.of("install Node.js with npm (apt-get install nodejs npm)", Duration.ofMinutes(5))
                .withEnvironment(Map.of("REDOCLY_TELEMETRY", "off", "NO_COLOR", "1"))
                .run(List.of("npx", "--yes", REDOCLY_CLI, "lint", "--config", "openapi/redocly.yaml", "openapi/openapi.yaml"));
        assertEquals(0, r.exitCode(), "npx " + REDOCLY_CLI + " lint openapi/openapi.yaml reports errors:\n" + r.both());
    }
}
