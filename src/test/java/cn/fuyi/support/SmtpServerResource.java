package cn.fuyi.support;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A real SMTP server (GreenMail) on a free local port for the test run; the mailer is pointed at it. */
public class SmtpServerResource implements QuarkusTestResourceLifecycleManager {

    private static volatile GreenMail server;

    @Override
    public Map<String, String> start() {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return Map.of("quarkus.mailer.port", Integer.toString(port), "quarkus.mailer.host", "127.0.0.1");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** The running server, to read what was sent. */
    public static GreenMail server() {
        return server;
    }
}
