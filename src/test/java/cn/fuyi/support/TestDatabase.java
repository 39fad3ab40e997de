package cn.fuyi.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the embedded database for every {@code @QuarkusTest} in the suite. */
@QuarkusTestResource(value = EmbeddedDatabaseResource.class, restrictToAnnotatedClass = false)
public final class TestDatabase {

    private TestDatabase() {
    }
}
