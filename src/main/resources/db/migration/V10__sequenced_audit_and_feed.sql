-- Append, then sequence. A writing transaction only inserts its audit records and feed events (seq, prev_hash and
-- hash left NULL); it locks nothing another organ's transaction touches. After commit, one sequencer - the instance
-- holding the lease in sequencer_state - gives committed entries their chain position, hash and feed position in
-- short batches. An entry that commits late with a lower id is still sequenced: the sequencer reads "seq IS NULL",
-- never "id after the last one".

CREATE TABLE audit_entry (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    seq            BIGINT        NULL,
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
    prev_hash      CHAR(64)      NULL,
    hash           CHAR(64)      NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_audit_seq UNIQUE (seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_entry (id, seq, occurred_at, username, display_name, roles, organ_id, subject_type, subject_id,
                         operation, changes, reason, request_id, client_address, prev_hash, hash)
SELECT seq, seq, occurred_at, username, display_name, roles, organ_id, subject_type, subject_id,
       operation, changes, reason, request_id, client_address, prev_hash, hash
FROM audit_record;

DROP TABLE audit_record;
RENAME TABLE audit_entry TO audit_record;

CREATE INDEX ix_audit_subject ON audit_record (subject_type, subject_id, id);
CREATE INDEX ix_audit_user ON audit_record (username, occurred_at);
CREATE INDEX ix_audit_time ON audit_record (occurred_at);
CREATE INDEX ix_audit_operation ON audit_record (operation, occurred_at);
CREATE INDEX ix_audit_organ ON audit_record (organ_id, id);

CREATE TABLE feed_entry (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    seq           BIGINT       NULL,
    occurred_at   DATETIME(6)  NOT NULL,
    organ_id      BIGINT       NULL,
    respondent_id BIGINT       NULL,
    type          VARCHAR(60)  NOT NULL,
    subject_type  VARCHAR(32)  NOT NULL,
    subject_id    BIGINT       NULL,
    payload       TEXT         NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_change_event_seq UNIQUE (seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO feed_entry (id, seq, occurred_at, organ_id, respondent_id, type, subject_type, subject_id, payload)
SELECT seq, seq, occurred_at, organ_id, respondent_id, type, subject_type, subject_id, payload
FROM change_event;

DROP TABLE change_event;
RENAME TABLE feed_entry TO change_event;

CREATE INDEX ix_change_event_organ ON change_event (organ_id, seq);

-- The sequencer's lease and the heads of the chain and the feed. Only the sequencer writes this row, in the same
-- transaction as the batch it sequences: two instances that both believe they lead cannot both commit a batch
-- (a row lock on one server, a certification conflict on Galera).
CREATE TABLE sequencer_state (
    id             INT          NOT NULL,
    holder         VARCHAR(100) NULL,
    term           BIGINT       NOT NULL,
    lease_until    DATETIME(6)  NOT NULL,
    audit_seq      BIGINT       NOT NULL,
    audit_hash     CHAR(64)     NOT NULL,
    feed_seq       BIGINT       NOT NULL,
    sequenced_at   DATETIME(6)  NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO sequencer_state (id, holder, term, lease_until, audit_seq, audit_hash, feed_seq, sequenced_at)
SELECT 1, NULL, 0, '2000-01-01 00:00:00', last_seq, last_hash, last_feed_seq, NULL FROM audit_chain_head WHERE id = 1;

DROP TABLE audit_chain_head;
