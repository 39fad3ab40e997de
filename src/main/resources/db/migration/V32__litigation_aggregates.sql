-- The litigation statistics kept off the request path (statistics_projection row LITIGATION holds the feed position
-- they integrate). Everything is counted per organ and calendar month under a measure, e.g. 'FILED:FIRST' (first-
-- instance lawsuits docketed in the month), 'DECIDED:FIRST:REVOKE', 'CLOSED' (lawsuits that were both docketed and
-- decided by the month: the stocks are cumulative docketings minus these), 'SESSIONS', 'STATE:2024-05:3' (lawsuits
-- whose last session up to the month's end is in the month, their next session in May 2024, head flags 3), 'REC_ANSWERED'.
-- cn.fuyi.statistics.aggregate.litigation.Measures names them all.

-- What each lawsuit (L) or recommendation (R) was last counted as: the projector subtracts it when the subject
-- changes, and reports read it to take a subject the projector has not reached yet out of the aggregates.
CREATE TABLE lit_agg_contribution (
    subject_type CHAR(1)      NOT NULL,
    subject_id   BIGINT       NOT NULL,
    organ_id     BIGINT       NOT NULL,
    month        DATE         NOT NULL,
    measure      VARCHAR(64)  NOT NULL,
    n            BIGINT       NOT NULL,
    PRIMARY KEY (subject_type, subject_id, organ_id, month, measure)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_lit_agg_contribution_bucket ON lit_agg_contribution (organ_id, month, measure);

-- The sum of the contributions per organ, month and measure: what a report reads.
CREATE TABLE lit_agg_month (
    organ_id     BIGINT       NOT NULL,
    month        DATE         NOT NULL,
    measure      VARCHAR(64)  NOT NULL,
    n            BIGINT       NOT NULL,
    PRIMARY KEY (organ_id, month, measure)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each reconciliation of the aggregates with the rows, and what it found.
CREATE TABLE lit_agg_reconciliation (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    started_at       DATETIME(6)  NOT NULL,
    finished_at      DATETIME(6)  NOT NULL,
    started_by       VARCHAR(64)  NOT NULL,
    run_trigger      VARCHAR(16)  NOT NULL,
    last_seq         BIGINT       NOT NULL,
    subjects         BIGINT       NOT NULL,
    buckets          BIGINT       NOT NULL,
    difference_count INT          NOT NULL,
    differences      MEDIUMTEXT   NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
