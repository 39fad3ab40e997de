-- The reconsideration statistics kept off the request path (issue 14). One writer folds the sequenced feed into these
-- tables and moves statistics_projection.last_seq (row RECONSIDERATION) in the same transaction; every figure of a
-- bucket is recounted from the case rows with the SQL conditions the definitions (cn.fuyi.statistics.Count) give, so
-- a bucket never differs from the row-level figure, and a replay only recounts again.

-- Counts per organ, flow (the dated fact: received, accepted, not accepted, abandoned, concluded, and "exited", the
-- day an accepted case stopped being pending) and calendar month (grain M) or year (grain Y, the sum of its months).
-- measure is a count id (received, onTime, ...), or a breakdown of the flow: d:<decision type>, r:<respondent id>,
-- am:<month accepted> (concluded cases by the month they were accepted), suspect (cases a data-quality check may
-- name). Zero counts are not stored.
CREATE TABLE statistics_rec_bucket (
    organ_id  BIGINT       NOT NULL,
    grain     CHAR(1)      NOT NULL,
    bucket    DATE         NOT NULL,
    flow      VARCHAR(16)  NOT NULL,
    measure   VARCHAR(48)  NOT NULL,
    n         BIGINT       NOT NULL,
    PRIMARY KEY (organ_id, grain, bucket, flow, measure)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each case as the aggregates last counted it: its organ and the month of each dated fact. When a case changes, the
-- buckets to recount are these (where it was counted) and its row's (where it belongs now).
CREATE TABLE statistics_rec_case (
    case_id             BIGINT  NOT NULL,
    organ_id            BIGINT  NOT NULL,
    received_month      DATE    NULL,
    accepted_month      DATE    NULL,
    not_accepted_month  DATE    NULL,
    abandoned_month     DATE    NULL,
    concluded_month     DATE    NULL,
    exited_month        DATE    NULL,
    touched_at          DATETIME(6) NOT NULL,
    PRIMARY KEY (case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The reconsideration case each lawsuit followed when last counted (复议后起诉): a lawsuit relinked to another case
-- changes the figures of both.
CREATE TABLE statistics_rec_lawsuit (
    lawsuit_id  BIGINT  NOT NULL,
    case_id     BIGINT  NOT NULL,
    PRIMARY KEY (lawsuit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each reconciliation of the aggregates against the rows: when, why, what was compared and every difference found
-- (JSON: organ, flow, month, measure, stored, counted, case ids).
CREATE TABLE statistics_rec_reconciliation (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    trigger_kind      VARCHAR(16)  NOT NULL,
    requested_by      VARCHAR(64)  NULL,
    started_at        DATETIME(6)  NOT NULL,
    finished_at       DATETIME(6)  NOT NULL,
    watermark         BIGINT       NOT NULL,
    buckets_compared  BIGINT       NOT NULL,
    buckets_skipped   BIGINT       NOT NULL,
    difference_count  INT          NOT NULL,
    differences       MEDIUMTEXT   NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Changes to a case row that publish no feed entry (a correction made in SQL, a repair script) must not leave the
-- aggregates stale: every insert or update of a case stamps the row (the server does, whoever writes), the aggregates
-- keep the stamp each case was counted at (statistics_rec_case.touched_at), and the writer and every report look at
-- the rows stamped since the writer's last sweep (less a margin for transactions still open then).
ALTER TABLE reconsideration_case ADD COLUMN stat_touched_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
    ON UPDATE CURRENT_TIMESTAMP(6);
CREATE INDEX ix_case_stat_touched ON reconsideration_case (stat_touched_at);

-- When the writer last swept the stamped rows (server time, as the stamps are).
CREATE TABLE statistics_rec_sweep (
    name      VARCHAR(32)  NOT NULL,
    swept_at  DATETIME(6)  NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO statistics_rec_sweep (name, swept_at) VALUES ('RECONSIDERATION', NULL);
