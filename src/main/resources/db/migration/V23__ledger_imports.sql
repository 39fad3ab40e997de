-- Ledger imports (台账导入): one job per uploaded file, its errors per row and cell, and the rows it brought in.
CREATE TABLE import_job (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    organ_id          BIGINT       NOT NULL,
    ledger            VARCHAR(32)  NOT NULL,
    mode              VARCHAR(16)  NOT NULL,
    state             VARCHAR(16)  NOT NULL,
    file_name         VARCHAR(200) NOT NULL,
    file_format       VARCHAR(8)   NOT NULL,
    encoding          VARCHAR(32)  NULL,
    sha256            CHAR(64)     NOT NULL,
    size_bytes        BIGINT       NOT NULL,
    rows_total        INT          NULL,
    rows_read         INT          NOT NULL DEFAULT 0,
    rows_valid        INT          NOT NULL DEFAULT 0,
    rows_written      INT          NOT NULL DEFAULT 0,
    rows_unchanged    INT          NOT NULL DEFAULT 0,
    rows_failed       INT          NOT NULL DEFAULT 0,
    cancel_requested  BOOLEAN      NOT NULL DEFAULT FALSE,
    failure           VARCHAR(500) NULL,
    created_by        VARCHAR(100) NOT NULL,
    created_by_name   VARCHAR(100) NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    started_at        DATETIME(6)  NULL,
    finished_at       DATETIME(6)  NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_import_job_organ FOREIGN KEY (organ_id) REFERENCES organ (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_import_job_organ ON import_job (organ_id, id);

-- What is wrong with a row: the column (its Chinese header; NULL for the row as a whole), a message code and its
-- arguments (JSON array), rendered in the reader's language when shown.
CREATE TABLE import_error (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    job_id      BIGINT       NOT NULL,
    row_no      INT          NOT NULL,
    column_name VARCHAR(40)  NULL,
    code        VARCHAR(64)  NOT NULL,
    args        TEXT         NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_import_error_job FOREIGN KEY (job_id) REFERENCES import_job (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_import_error_job ON import_error (job_id, row_no, id);

-- Each case brought in by an import, with the hash of the row it came from: importing the same row again changes
-- nothing, a different row with the same case number is refused.
CREATE TABLE import_row (
    organ_id     BIGINT       NOT NULL,
    ledger       VARCHAR(32)  NOT NULL,
    record_key   VARCHAR(64)  NOT NULL,
    record_id    BIGINT       NOT NULL,
    job_id       BIGINT       NOT NULL,
    row_no       INT          NOT NULL,
    content_hash CHAR(64)     NOT NULL,
    PRIMARY KEY (organ_id, ledger, record_key),
    CONSTRAINT fk_import_row_job FOREIGN KEY (job_id) REFERENCES import_job (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
