-- Where each statistics projection stands in the feed. A projection (the reconsideration aggregates, the litigation
-- aggregates) folds the sequenced feed into its own tables; last_seq is the feed position it has integrated, written
-- in the same transaction as the aggregates it changed, so a replay after a crash starts after it and never counts
-- twice. rebuilt_at is when the aggregates were last recounted from the rows (NULL: never; the projection is then
-- rebuilt before it is read).
CREATE TABLE statistics_projection (
    name         VARCHAR(32)  NOT NULL,
    last_seq     BIGINT       NOT NULL DEFAULT 0,
    updated_at   DATETIME(6)  NULL,
    rebuilt_at   DATETIME(6)  NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO statistics_projection (name, last_seq) VALUES ('RECONSIDERATION', 0), ('LITIGATION', 0);
