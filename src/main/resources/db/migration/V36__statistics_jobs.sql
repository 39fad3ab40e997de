-- The statistics jobs: a rebuild or reconciliation of the aggregates requested through the API and run on a worker.
-- active_kind holds the kind while the job is queued or running and NULL once it has finished: its unique index
-- keeps one job of a kind going in the whole deployment (NULLs do not collide). worker and heartbeat_at name the
-- instance running the job and when it last said so; a job whose heartbeat stopped is failed as abandoned.
CREATE TABLE statistics_job (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    kind              VARCHAR(40)   NOT NULL,
    active_kind       VARCHAR(40)   NULL,
    state             VARCHAR(16)   NOT NULL,
    requested_by      VARCHAR(100)  NOT NULL,
    requested_by_name VARCHAR(100)  NOT NULL,
    requested_at      DATETIME(6)   NOT NULL,
    started_at        DATETIME(6)   NULL,
    finished_at       DATETIME(6)   NULL,
    worker            VARCHAR(100)  NULL,
    heartbeat_at      DATETIME(6)   NULL,
    result_id         BIGINT        NULL,
    result            TEXT          NULL,
    failure           VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_statistics_job_active UNIQUE (active_kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_statistics_job_kind ON statistics_job (kind, id);
