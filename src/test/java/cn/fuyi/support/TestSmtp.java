package cn.fuyi.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the SMTP server for every {@code @QuarkusTest} in the suite (one application start for all). */
@QuarkusTestResource(value = SmtpServerResource.class, restrictToAnnotatedClass = false)
public final class TestSmtp {

    private TestSmtp() {
    }
}
