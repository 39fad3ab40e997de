package cn.fuyi.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command-line tool that a test checks the repository with (kubectl, npx), from the project folder. A
 * machine without the tool fails the test with how to install it: these checks are never skipped.
 */
public final class ExternalTool {

    /** What the tool printed and how it exited. */
    public record Result(int exitCode, String stdout, String stderr) {

        public String both() {
            return stdout + (stderr.isEmpty() ? "" : "\n" + stderr);
        }
    }

    private final String installHint;
    private final Duration timeout;
    private final Map<String, String> environment;

    private ExternalTool(String installHint, Duration timeout, Map<String, String> environment) {
        this.installHint = installHint;
        this.timeout = timeout;
        this.environment = environment;
    }

    /** @param installHint how to get the tool, told when it is missing, e.g. "apt-get install kubernetes-client" */
    public static ExternalTool of(String installHint, Duration timeout) {
        return new ExternalTool(installHint, timeout, Map.of());
    }

    public ExternalTool withEnvironment(Map<String, String> variables) {
        return new ExternalTool(installHint, timeout, variables);
    }

    public Result run(List<String> command) {
        File out = null;
        File err = null;
        try {
            // Files rather than pipes: a tool that writes a lot to one stream cannot block on the other.
            out = File.createTempFile("fuyi-tool-", ".out");
            err = File.createTempFile("fuyi-tool-", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out).redirectError(err)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().putAll(environment);
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                return fail("'" + command.get(0) + "' cannot be run (" + e.getMessage() + "). This test needs it: "
                        + installHint + ".");
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return fail(String.join(" ", command) + " did not finish within " + timeout.toSeconds() + " s");
            }
            return new Result(process.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                    Files.readString(err.toPath(), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (out != null) {
                out.delete();
            }
            if (err != null) {
                err.delete();
            }
        }
    }
}
