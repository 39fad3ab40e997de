-- Service (送达) of a case-file document on one recipient (ARL 75, 88 ¶1; CPL 87-95): how, when sent, when served,
-- and the proof. The served date is stored as computed from the method's rule so lists and the suit windows read it.
CREATE TABLE service_record (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    case_id            BIGINT        NOT NULL,
    organ_id           BIGINT        NOT NULL,
    respondent_id      BIGINT        NOT NULL,
    document_id        BIGINT        NOT NULL,
    recipient_role     VARCHAR(16)   NOT NULL,
    recipient_party_id BIGINT        NULL,
    recipient_name     VARCHAR(100)  NOT NULL,
    method             VARCHAR(24)   NOT NULL,
    sent_date          DATE          NOT NULL,
    consent_date       DATE          NULL,
    delivered_date     DATE          NULL,
    served_date        DATE          NULL,
    proof_document_id  BIGINT        NULL,
    note               VARCHAR(1000) NULL,
    created_at         DATETIME(6)   NOT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_service_case FOREIGN KEY (case_id) REFERENCES reconsideration_case (id),
    CONSTRAINT fk_service_document FOREIGN KEY (document_id) REFERENCES case_document (id),
    CONSTRAINT fk_service_proof FOREIGN KEY (proof_document_id) REFERENCES case_document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_service_case ON service_record (case_id, id);
CREATE INDEX ix_service_document ON service_record (document_id);
