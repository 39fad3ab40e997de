-- Mediation (调解, ARL 5, 73) and settlement (和解, ARL 74) on a case: one row per attempt, with both sides'
-- consent (to mediate and, under ARL 39 ¶1 (六), to suspend), the agreement or written settlement, and how it ended.
CREATE TABLE mediation (
    id                                 BIGINT        NOT NULL AUTO_INCREMENT,
    case_id                            BIGINT        NOT NULL,
    kind                               VARCHAR(16)   NOT NULL,
    status                             VARCHAR(24)   NOT NULL,
    ground_2017                        VARCHAR(24)   NULL,
    applicant_consent_date             DATE          NULL,
    respondent_consent_date            DATE          NULL,
    applicant_suspension_consent_date  DATE          NULL,
    respondent_suspension_consent_date DATE          NULL,
    started_date                       DATE          NULL,
    agreement_date                     DATE          NULL,
    document_number                    VARCHAR(100)  NULL,
    content                            TEXT          NULL,
    approved_by                        VARCHAR(50)   NULL,
    sealed_date                        DATE          NULL,
    effective_date                     DATE          NULL,
    withdrawal_date                    DATE          NULL,
    withdrawal_reason                  VARCHAR(1000) NULL,
    ended_date                         DATE          NULL,
    backed_out_side                    VARCHAR(16)   NULL,
    backed_out_name                    VARCHAR(200)  NULL,
    end_note                           VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_mediation_case FOREIGN KEY (case_id) REFERENCES reconsideration_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_mediation_case ON mediation (case_id);
CREATE INDEX ix_mediation_effective ON mediation (effective_date);
CREATE INDEX ix_mediation_agreement ON mediation (agreement_date);

-- A mediation session: when, where, who mediated and who attended.
CREATE TABLE mediation_session (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    mediation_id  BIGINT        NOT NULL,
    case_id       BIGINT        NOT NULL,
    held_date     DATE          NOT NULL,
    place         VARCHAR(200)  NOT NULL,
    mediator      VARCHAR(50)   NOT NULL,
    attendees     VARCHAR(1000) NOT NULL,
    summary       VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_mediation_session_mediation FOREIGN KEY (mediation_id) REFERENCES mediation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_mediation_session_mediation ON mediation_session (mediation_id);

-- Each party's signature (签字或者签章) of the mediation agreement (ARL 73 ¶1).
CREATE TABLE mediation_signature (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    mediation_id  BIGINT        NOT NULL,
    case_id       BIGINT        NOT NULL,
    side          VARCHAR(16)   NOT NULL,
    party_name    VARCHAR(200)  NOT NULL,
    signed_date   DATE          NOT NULL,
    signed_by     VARCHAR(100)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_mediation_signature_mediation FOREIGN KEY (mediation_id) REFERENCES mediation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_mediation_signature_mediation ON mediation_signature (mediation_id);

-- What the respondent (or another agency) must carry out (履行, ARL 77): from a decision, an effective mediation
-- agreement or an opinion letter, with the period the document or the rule sets, a clerk's override, and the
-- respondent's report. due_date is the deadline as last computed, kept for the statistics.
CREATE TABLE performance_obligation (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    case_id            BIGINT        NOT NULL,
    source             VARCHAR(24)   NOT NULL,
    source_id          BIGINT        NULL,
    kind               VARCHAR(32)   NOT NULL,
    respondent_id      BIGINT        NOT NULL,
    description        VARCHAR(2000) NULL,
    arose_date         DATE          NOT NULL,
    period_days        INT           NULL,
    document_due_date  DATE          NULL,
    override_due_date  DATE          NULL,
    override_reason    VARCHAR(1000) NULL,
    override_by        VARCHAR(50)   NULL,
    override_date      DATE          NULL,
    due_date           DATE          NULL,
    performed_date     DATE          NULL,
    reported_date      DATE          NULL,
    report_summary     VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_obligation_case FOREIGN KEY (case_id) REFERENCES reconsideration_case (id),
    CONSTRAINT fk_obligation_respondent FOREIGN KEY (respondent_id) REFERENCES respondent (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_obligation_case ON performance_obligation (case_id);
CREATE INDEX ix_obligation_due ON performance_obligation (due_date);
CREATE INDEX ix_obligation_arose ON performance_obligation (arose_date);

-- Supervision when an obligation is not carried out: an order to perform by a date, a summons of the heads (约谈),
-- a circular of criticism (ARL 77 ¶2), a transfer to a supervisory or appointing body (ARL 85).
CREATE TABLE performance_supervision (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    obligation_id    BIGINT        NOT NULL,
    case_id          BIGINT        NOT NULL,
    kind             VARCHAR(24)   NOT NULL,
    taken_date       DATE          NOT NULL,
    taken_by         VARCHAR(200)  NOT NULL,
    limit_date       DATE          NULL,
    persons          VARCHAR(1000) NULL,
    recipient        VARCHAR(200)  NULL,
    recipient_kind   VARCHAR(24)   NULL,
    document_number  VARCHAR(100)  NULL,
    note             VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_supervision_obligation FOREIGN KEY (obligation_id) REFERENCES performance_obligation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_supervision_obligation ON performance_supervision (obligation_id);
CREATE INDEX ix_supervision_case ON performance_supervision (case_id);
CREATE INDEX ix_supervision_date ON performance_supervision (taken_date);

-- Copies of an effective decision or an opinion letter to the respondent's superior department (抄告, ARL 79 ¶2).
CREATE TABLE superior_copy (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    case_id       BIGINT        NOT NULL,
    document      VARCHAR(16)   NOT NULL,
    letter_id     BIGINT        NULL,
    recipient     VARCHAR(200)  NOT NULL,
    copied_date   DATE          NOT NULL,
    note          VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_superior_copy_case FOREIGN KEY (case_id) REFERENCES reconsideration_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_superior_copy_case ON superior_copy (case_id);
CREATE INDEX ix_superior_copy_date ON superior_copy (copied_date);

-- Intake looks for an earlier case on the same act terminated on a withdrawal (ARL 74 ¶2): by respondent and the
-- act's document number.
CREATE INDEX ix_case_respondent_act ON reconsideration_case (respondent_id, act_document_number);

-- The answer period of an opinion letter runs from the agency's receipt (ARL 76).
ALTER TABLE opinion_letter ADD COLUMN received_date DATE NULL;

-- Opinion letters issued before this version become obligations too; their due date is stored the next time their
-- case's deadlines are computed (any step on the case, or a change of the holiday calendar).
INSERT INTO performance_obligation (case_id, source, source_id, kind, respondent_id, description, arose_date,
        performed_date, reported_date, report_summary)
SELECT o.case_id, 'OPINION_LETTER', o.id, 'OPINION_LETTER_REPORT', o.respondent_id, o.subject, o.issued_date,
        o.answered_date, o.answered_date, o.answer_summary
FROM opinion_letter o;
