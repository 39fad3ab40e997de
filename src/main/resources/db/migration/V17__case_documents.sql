-- Documents of a case file (案卷材料): one row per uploaded file, attached to a reconsideration case or a lawsuit.
-- The content lives in the document storage under storage_key; rows are never deleted, a withdrawal is a state.
CREATE TABLE case_document (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    owner_type        VARCHAR(32)  NOT NULL,
    owner_id          BIGINT       NOT NULL,
    organ_id          BIGINT       NOT NULL,
    respondent_id     BIGINT       NULL,
    kind              VARCHAR(40)  NOT NULL,
    file_name         VARCHAR(200) NOT NULL,
    content_type      VARCHAR(120) NOT NULL,
    size_bytes        BIGINT       NOT NULL,
    sha256            CHAR(64)     NOT NULL,
    storage_key       VARCHAR(200) NOT NULL,
    submitted_by      VARCHAR(100) NULL,
    received_date     DATE         NULL,
    page_count        INT          NULL,
    state             VARCHAR(16)  NOT NULL,
    uploaded_at       DATETIME(6)  NOT NULL,
    uploaded_by       VARCHAR(100) NOT NULL,
    withdrawn_at      DATETIME(6)  NULL,
    withdrawn_by      VARCHAR(100) NULL,
    withdrawal_reason VARCHAR(500) NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_case_document_storage_key UNIQUE (storage_key)
);

CREATE INDEX ix_case_document_owner ON case_document (owner_type, owner_id, id);
