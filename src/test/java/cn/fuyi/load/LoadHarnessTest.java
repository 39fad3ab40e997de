package cn.fuyi.load;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Load and faults against the packaged application on Debian's MariaDB 10.11 or a Galera cluster. Not part of
 * {@code ./mvnw verify}: {@code ./mvnw -B package -DskipTests} first, then {@code ./mvnw -B test -Pload
 * -Dfuyi.load.setup=single|three|galera|sweep} (see README, "Load and fault harness", for every parameter). The
 * summary goes to the log and target/load-results.txt; the test fails when a write was lost, duplicated or stored
 * against its answer, when numbering, audit chain or feed do not reconcile, or when any request got a 5xx other
 * than 503.
 */
@Tag("load")
class LoadHarnessTest {

    @Test
    void acknowledgedWritesSurviveLoadAndFaults() throws Exception {
        LoadReport report = new LoadRun(LoadSettings.fromSystemProperties()).run();
        assertTrue(report.failures().isEmpty(), () -> "load run failed:\n  - " + String.join("\n  - ", report.failures())
                + "\n(see target/load-results.txt)");
    }
}
