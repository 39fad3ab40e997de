package cn.fuyi.common;

/**
 * The caller's precondition on an entity's current version, run by a service inside its transaction after it has
 * loaded the entity, so that the If-Match check and the write see the same row.
 */
@FunctionalInterface
public interface VersionCheck {

    void check(long currentVersion);

    VersionCheck NONE = v -> {
    };
}
