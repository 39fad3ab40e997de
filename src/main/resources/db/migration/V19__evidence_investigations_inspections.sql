-- The evidence register of a reconsideration case (ARL 43-46), the office's investigations (ARL 45) and the parties'
-- requests to inspect the file (阅卷, ARL 47). Links to case-file documents are rows of their own tables.
CREATE TABLE evidence_item (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    case_id             BIGINT        NOT NULL,
    organ_id            BIGINT        NOT NULL,
    respondent_id       BIGINT        NOT NULL,
    evidence_type       VARCHAR(32)   NOT NULL,
    description         VARCHAR(1000) NOT NULL,
    submitter_role      VARCHAR(16)   NOT NULL,
    submitter_party_id  BIGINT        NULL,
    submitter_name      VARCHAR(100)  NOT NULL,
    submitted_date      DATE          NOT NULL,
    supplementary       BOOLEAN       NOT NULL DEFAULT FALSE,
    permission_date     DATE          NULL,
    permitted_by        VARCHAR(100)  NULL,
    permission_reason   VARCHAR(1000) NULL,
    review_status       VARCHAR(16)   NOT NULL,
    review_date         DATE          NULL,
    review_reason       VARCHAR(1000) NULL,
    reviewed_by         VARCHAR(100)  NULL,
    created_at          DATETIME(6)   NOT NULL,
    created_by          VARCHAR(100)  NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_evidence_case FOREIGN KEY (case_id) REFERENCES reconsideration_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_evidence_case ON evidence_item (case_id, id);

CREATE TABLE evidence_document (
    evidence_id BIGINT NOT NULL,
    document_id BIGINT NOT NULL,
    PRIMARY KEY (evidence_id, document_id),
    CONSTRAINT fk_evidence_document_item FOREIGN KEY (evidence_id) REFERENCES evidence_item (id),
    CONSTRAINT fk_evidence_document_doc FOREIGN KEY (document_id) REFERENCES case_document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE investigation (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    case_id            BIGINT        NOT NULL,
    organ_id           BIGINT        NOT NULL,
    respondent_id      BIGINT        NOT NULL,
    investigation_date DATE          NOT NULL,
    place              VARCHAR(300)  NOT NULL,
    matters            VARCHAR(2000) NULL,
    created_at         DATETIME(6)   NOT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_investigation_case FOREIGN KEY (case_id) REFERENCES reconsideration_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_investigation_case ON investigation (case_id, id);

CREATE TABLE investigation_staff (
    investigation_id BIGINT       NOT NULL,
    position         INT          NOT NULL,
    name             VARCHAR(100) NOT NULL,
    PRIMARY KEY (investigation_id, position),
    CONSTRAINT fk_investigation_staff FOREIGN KEY (investigation_id) REFERENCES investigation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE investigation_person (
    investigation_id BIGINT       NOT NULL,
    position         INT          NOT NULL,
    name             VARCHAR(100) NOT NULL,
    PRIMARY KEY (investigation_id, position),
    CONSTRAINT fk_investigation_person FOREIGN KEY (investigation_id) REFERENCES investigation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE investigation_document (
    investigation_id BIGINT NOT NULL,
    document_id      BIGINT NOT NULL,
    PRIMARY KEY (investigation_id, document_id),
    CONSTRAINT fk_investigation_document_item FOREIGN KEY (investigation_id) REFERENCES investigation (id),
    CONSTRAINT fk_investigation_document_doc FOREIGN KEY (document_id) REFERENCES case_document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE file_inspection (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    case_id            BIGINT        NOT NULL,
    organ_id           BIGINT        NOT NULL,
    respondent_id      BIGINT        NOT NULL,
    request_date       DATE          NOT NULL,
    requester_role     VARCHAR(16)   NOT NULL,
    requester_party_id BIGINT        NULL,
    requester_name     VARCHAR(100)  NOT NULL,
    materials          VARCHAR(2000) NOT NULL,
    outcome            VARCHAR(16)   NULL,
    refusal_ground     VARCHAR(32)   NULL,
    outcome_note       VARCHAR(2000) NULL,
    decision_date      DATE          NULL,
    decided_by         VARCHAR(100)  NULL,
    provided_date      DATE          NULL,
    created_at         DATETIME(6)   NOT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_inspection_case FOREIGN KEY (case_id) REFERENCES reconsideration_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_inspection_case ON file_inspection (case_id, id);
