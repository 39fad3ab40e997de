-- Reconsideration cases (行政复议案件) with their parties, events and the dated records that deadlines are computed from.

-- Case numbers are drawn from this table inside the transaction that creates the case: the row lock serialises
-- concurrent intakes across service instances and a rolled-back intake returns its number, so numbers have no gaps.
CREATE TABLE case_number_sequence (
    organ_id   BIGINT NOT NULL,
    year       INT    NOT NULL,
    last_value INT    NOT NULL,
    PRIMARY KEY (organ_id, year),
    CONSTRAINT fk_case_number_sequence_organ FOREIGN KEY (organ_id) REFERENCES organ (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE reconsideration_case (
    id                        BIGINT        NOT NULL AUTO_INCREMENT,
    organ_id                  BIGINT        NOT NULL,
    case_year                 INT           NOT NULL,
    case_seq                  INT           NOT NULL,
    case_number               VARCHAR(64)   NOT NULL,
    rule_set                  VARCHAR(16)   NOT NULL,
    state                     VARCHAR(32)   NOT NULL,
    received_date             DATE          NOT NULL,
    channel                   VARCHAR(16)   NOT NULL,
    respondent_id             BIGINT        NOT NULL,
    act_category              VARCHAR(64)   NOT NULL,
    act_domain                VARCHAR(64)   NOT NULL,
    act_description           VARCHAR(1000) NOT NULL,
    act_document_number       VARCHAR(100)  NULL,
    act_date                  DATE          NULL,
    act_known_date            DATE          NULL,
    amount                    DECIMAL(15, 2) NULL,
    request_text              TEXT          NOT NULL,
    facts_and_reasons         TEXT          NULL,
    compensation_requested    BOOLEAN       NOT NULL DEFAULT FALSE,
    clerk                     VARCHAR(64)   NULL,
    clerk_name                VARCHAR(50)   NULL,
    review_start_date         DATE          NOT NULL,
    accepted_date             DATE          NULL,
    acceptance_kind           VARCHAR(16)   NULL,
    not_accepted_date         DATE          NULL,
    not_accepted_reason       VARCHAR(1000) NULL,
    competent_organ           VARCHAR(100)  NULL,
    abandoned_date            DATE          NULL,
    procedure_type            VARCHAR(16)   NULL,
    simplified_ground         VARCHAR(32)   NULL,
    converted_date            DATE          NULL,
    conversion_approved_by    VARCHAR(50)   NULL,
    copy_sent_date            DATE          NULL,
    copy_received_date        DATE          NULL,
    reply_received_date       DATE          NULL,
    extension_days            INT           NULL,
    extension_date            DATE          NULL,
    extension_approved_by     VARCHAR(50)   NULL,
    extension_reason          VARCHAR(1000) NULL,
    concluded_date            DATE          NULL,
    decision_type             VARCHAR(32)   NULL,
    order_to_redo             BOOLEAN       NOT NULL DEFAULT FALSE,
    termination_ground        VARCHAR(40)   NULL,
    indirect_correction       BOOLEAN       NOT NULL DEFAULT FALSE,
    decision_summary          TEXT          NULL,
    decision_approved_by      VARCHAR(50)   NULL,
    served_date               DATE          NULL,
    publication_status        VARCHAR(16)   NULL,
    published_date            DATE          NULL,
    publication_place         VARCHAR(200)  NULL,
    non_publication_reason    VARCHAR(500)  NULL,
    decision_due_date         DATE          NULL,
    next_deadline_kind        VARCHAR(32)   NULL,
    next_due_date             DATE          NULL,
    version                   BIGINT        NOT NULL DEFAULT 0,
    created_at                DATETIME(6)   NOT NULL,
    updated_at                DATETIME(6)   NOT NULL,
    created_by                VARCHAR(64)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_case_number UNIQUE (organ_id, case_number),
    CONSTRAINT uk_case_seq UNIQUE (organ_id, case_year, case_seq),
    CONSTRAINT fk_case_organ FOREIGN KEY (organ_id) REFERENCES organ (id),
    CONSTRAINT fk_case_respondent FOREIGN KEY (respondent_id) REFERENCES respondent (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_case_organ_state ON reconsideration_case (organ_id, state);
CREATE INDEX ix_case_next_due ON reconsideration_case (next_due_date);
CREATE INDEX ix_case_clerk ON reconsideration_case (clerk, next_due_date);
CREATE INDEX ix_case_respondent ON reconsideration_case (respondent_id);
CREATE INDEX ix_case_received ON reconsideration_case (organ_id, received_date);
CREATE INDEX ix_case_accepted ON reconsideration_case (organ_id, accepted_date);
CREATE INDEX ix_case_concluded ON reconsideration_case (organ_id, concluded_date);

CREATE TABLE case_party (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    case_id              BIGINT       NOT NULL,
    position             INT          NOT NULL,
    role                 VARCHAR(16)  NOT NULL,
    kind                 VARCHAR(24)  NOT NULL,
    name                 VARCHAR(100) NOT NULL,
    id_type              VARCHAR(32)  NULL,
    id_number            VARCHAR(64)  NULL,
    phone                VARCHAR(32)  NULL,
    address              VARCHAR(300) NULL,
    legal_representative VARCHAR(50)  NULL,
    agent_kind           VARCHAR(24)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_party_case FOREIGN KEY (case_id) REFERENCES reconsideration_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_party_case ON case_party (case_id, position);
CREATE INDEX ix_party_name ON case_party (name);

-- The case's history: one row per transition, in order.
CREATE TABLE case_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    case_id     BIGINT        NOT NULL,
    seq         INT           NOT NULL,
    transition  VARCHAR(40)   NOT NULL,
    from_state  VARCHAR(32)   NULL,
    to_state    VARCHAR(32)   NOT NULL,
    event_date  DATE          NOT NULL,
    recorded_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    actor_name  VARCHAR(50)   NULL,
    reason      VARCHAR(1000) NULL,
    details     TEXT          NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_case_event_seq UNIQUE (case_id, seq),
    CONSTRAINT fk_case_event_case FOREIGN KEY (case_id) REFERENCES reconsideration_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 补正: notice to the applicant, the applicant's receipt of it, the reply period's extension, the outcome.
CREATE TABLE correction_request (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    case_id               BIGINT        NOT NULL,
    requested_date        DATE          NOT NULL,
    notice_received_date  DATE          NOT NULL,
    items                 TEXT          NOT NULL,
    extended_days         INT           NULL,
    extension_reason      VARCHAR(500)  NULL,
    received_date         DATE          NULL,
    abandoned_date        DATE          NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_correction_case FOREIGN KEY (case_id) REFERENCES reconsideration_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_correction_case ON correction_request (case_id);

-- 中止 (ARL 39): the days between started_date and resumed_date do not count toward the decision deadline.
CREATE TABLE case_suspension (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    case_id       BIGINT        NOT NULL,
    ground        VARCHAR(40)   NOT NULL,
    started_date  DATE          NOT NULL,
    resumed_date  DATE          NULL,
    reason        VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_suspension_case FOREIGN KEY (case_id) REFERENCES reconsideration_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_suspension_case ON case_suspension (case_id);

CREATE TABLE hearing (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    case_id           BIGINT        NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    notice_date       DATE          NOT NULL,
    scheduled_date    DATE          NOT NULL,
    place             VARCHAR(200)  NOT NULL,
    issues            TEXT          NULL,
    held_date         DATE          NULL,
    presiding_officer VARCHAR(50)   NULL,
    hearing_officers  VARCHAR(300)  NULL,
    recorder          VARCHAR(50)   NULL,
    respondent_head_attended BOOLEAN NULL,
    note              VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_hearing_case FOREIGN KEY (case_id) REFERENCES reconsideration_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_hearing_case ON hearing (case_id, status);

-- 行政复议意见书 (ARL 76): the agency reports its correction within 60 days.
CREATE TABLE opinion_letter (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    case_id          BIGINT        NOT NULL,
    respondent_id    BIGINT        NOT NULL,
    issued_date      DATE          NOT NULL,
    document_number  VARCHAR(100)  NULL,
    subject          VARCHAR(1000) NOT NULL,
    answered_date    DATE          NULL,
    answer_summary   VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_opinion_case FOREIGN KEY (case_id) REFERENCES reconsideration_case (id),
    CONSTRAINT fk_opinion_respondent FOREIGN KEY (respondent_id) REFERENCES respondent (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_opinion_case ON opinion_letter (case_id);
