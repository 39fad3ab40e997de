-- Formal documents generated from templates (文书模板): an organ's own templates (every upload kept as a version),
-- its document-number patterns, and the gapless counters of document numbers per organ, kind and year.
CREATE TABLE document_template (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    organ_id    BIGINT       NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    version_no  INT          NOT NULL,
    file_name   VARCHAR(200) NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    content     MEDIUMBLOB   NOT NULL,
    uploaded_at DATETIME(6)  NOT NULL,
    uploaded_by VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_document_template_version UNIQUE (organ_id, kind, version_no)
);

CREATE TABLE document_number_pattern (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    organ_id   BIGINT       NOT NULL,
    kind       VARCHAR(40)  NOT NULL,
    pattern    VARCHAR(100) NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    updated_at DATETIME(6)  NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_document_number_pattern UNIQUE (organ_id, kind)
);

CREATE TABLE document_number_sequence (
    organ_id   BIGINT      NOT NULL,
    kind       VARCHAR(40) NOT NULL,
    year       INT         NOT NULL,
    last_value INT         NOT NULL,
    PRIMARY KEY (organ_id, kind, year)
);

ALTER TABLE case_document ADD COLUMN generated_kind VARCHAR(40) NULL;
ALTER TABLE case_document ADD COLUMN document_number VARCHAR(100) NULL;
ALTER TABLE case_document ADD COLUMN template_version INT NULL;
