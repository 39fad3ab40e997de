-- The audit trail (append-only, hash-chained) and the change feed (transactional outbox).
-- Both are appended under the row lock of audit_chain_head, inside the transaction of the change they record:
-- positions are given in commit order, without gaps, and no record exists without its change or the reverse.

CREATE TABLE audit_chain_head (
    id            INT      NOT NULL,
    last_seq      BIGINT   NOT NULL,
    last_hash     CHAR(64) NOT NULL,
    last_feed_seq BIGINT   NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_chain_head (id, last_seq, last_hash, last_feed_seq)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0);

CREATE TABLE audit_record (
    seq            BIGINT        NOT NULL,
    occurred_at    DATETIME(6)   NOT NULL,
    username       VARCHAR(64)   NOT NULL,
    display_name   VARCHAR(50)   NULL,
    roles          VARCHAR(200)  NULL,
    organ_id       BIGINT        NULL,
    subject_type   VARCHAR(32)   NOT NULL,
    subject_id     BIGINT        NULL,
    operation      VARCHAR(60)   NOT NULL,
    changes        MEDIUMTEXT    NULL,
    reason         VARCHAR(1000) NULL,
    request_id     VARCHAR(64)   NULL,
    client_address VARCHAR(64)   NULL,
    prev_hash      CHAR(64)      NOT NULL,
    hash           CHAR(64)      NOT NULL,
    PRIMARY KEY (seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_subject ON audit_record (subject_type, subject_id, seq);
CREATE INDEX ix_audit_user ON audit_record (username, occurred_at);
CREATE INDEX ix_audit_time ON audit_record (occurred_at);
CREATE INDEX ix_audit_operation ON audit_record (operation, occurred_at);
CREATE INDEX ix_audit_organ ON audit_record (organ_id, seq);

CREATE TABLE change_event (
    seq           BIGINT       NOT NULL,
    occurred_at   DATETIME(6)  NOT NULL,
    organ_id      BIGINT       NULL,
    respondent_id BIGINT       NULL,
    type          VARCHAR(60)  NOT NULL,
    subject_type  VARCHAR(32)  NOT NULL,
    subject_id    BIGINT       NULL,
    payload       TEXT         NULL,
    PRIMARY KEY (seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_change_event_organ ON change_event (organ_id, seq);
