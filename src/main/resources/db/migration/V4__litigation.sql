-- Lawsuits against the jurisdiction's agencies (行政应诉), court sessions with who appeared, judicial and
-- procuratorial recommendations, and rectification items (整改).

CREATE TABLE lawsuit (
    id                        BIGINT        NOT NULL AUTO_INCREMENT,
    organ_id                  BIGINT        NOT NULL,
    court                     VARCHAR(100)  NOT NULL,
    court_case_number         VARCHAR(100)  NOT NULL,
    instance                  VARCHAR(16)   NOT NULL,
    previous_lawsuit_id       BIGINT        NULL,
    reconsideration_case_id   BIGINT        NULL,
    state                     VARCHAR(16)   NOT NULL,
    act_category              VARCHAR(64)   NOT NULL,
    act_domain                VARCHAR(64)   NOT NULL,
    act_description           VARCHAR(1000) NOT NULL,
    claims                    TEXT          NOT NULL,
    filed_date                DATE          NOT NULL,
    served_date               DATE          NULL,
    simplified                BOOLEAN       NOT NULL DEFAULT FALSE,
    counsel_type              VARCHAR(24)   NOT NULL,
    counsel_name              VARCHAR(100)  NULL,
    report_due_date           DATE          NULL,
    reported_date             DATE          NULL,
    reported_by               VARCHAR(64)   NULL,
    defence_date              DATE          NULL,
    outcome                   VARCHAR(32)   NULL,
    order_to_redo             BOOLEAN       NOT NULL DEFAULT FALSE,
    withdrawn_after_act_changed BOOLEAN     NOT NULL DEFAULT FALSE,
    outcome_date              DATE          NULL,
    outcome_served_date       DATE          NULL,
    outcome_summary           TEXT          NULL,
    final_date                DATE          NULL,
    next_deadline_kind        VARCHAR(32)   NULL,
    next_due_date             DATE          NULL,
    version                   BIGINT        NOT NULL DEFAULT 0,
    created_at                DATETIME(6)   NOT NULL,
    updated_at                DATETIME(6)   NOT NULL,
    created_by                VARCHAR(64)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_lawsuit_court_number UNIQUE (court, court_case_number),
    CONSTRAINT fk_lawsuit_organ FOREIGN KEY (organ_id) REFERENCES organ (id),
    CONSTRAINT fk_lawsuit_previous FOREIGN KEY (previous_lawsuit_id) REFERENCES lawsuit (id),
    CONSTRAINT fk_lawsuit_case FOREIGN KEY (reconsideration_case_id) REFERENCES reconsideration_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_lawsuit_organ_state ON lawsuit (organ_id, state);
CREATE INDEX ix_lawsuit_filed ON lawsuit (organ_id, filed_date);
CREATE INDEX ix_lawsuit_outcome ON lawsuit (organ_id, outcome_date);
CREATE INDEX ix_lawsuit_next_due ON lawsuit (next_due_date);
CREATE INDEX ix_lawsuit_case ON lawsuit (reconsideration_case_id);
CREATE INDEX ix_lawsuit_previous ON lawsuit (previous_lawsuit_id);
CREATE INDEX ix_lawsuit_report ON lawsuit (organ_id, served_date, reported_date);

CREATE TABLE lawsuit_plaintiff (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    lawsuit_id           BIGINT       NOT NULL,
    position             INT          NOT NULL,
    kind                 VARCHAR(24)  NOT NULL,
    name                 VARCHAR(100) NOT NULL,
    id_type              VARCHAR(32)  NULL,
    id_number            VARCHAR(64)  NULL,
    phone                VARCHAR(32)  NULL,
    address              VARCHAR(300) NULL,
    legal_representative VARCHAR(50)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_plaintiff_lawsuit FOREIGN KEY (lawsuit_id) REFERENCES lawsuit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_plaintiff_lawsuit ON lawsuit_plaintiff (lawsuit_id, position);
CREATE INDEX ix_plaintiff_name ON lawsuit_plaintiff (name);

-- The defendants the court named: an agency (respondent) or the reconsideration organ itself.
CREATE TABLE lawsuit_defendant (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    lawsuit_id    BIGINT      NOT NULL,
    position      INT         NOT NULL,
    respondent_id BIGINT      NULL,
    organ_id      BIGINT      NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_defendant_lawsuit FOREIGN KEY (lawsuit_id) REFERENCES lawsuit (id),
    CONSTRAINT fk_defendant_respondent FOREIGN KEY (respondent_id) REFERENCES respondent (id),
    CONSTRAINT fk_defendant_organ FOREIGN KEY (organ_id) REFERENCES organ (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_defendant_lawsuit ON lawsuit_defendant (lawsuit_id);
CREATE INDEX ix_defendant_respondent ON lawsuit_defendant (respondent_id);

CREATE TABLE lawsuit_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    lawsuit_id  BIGINT        NOT NULL,
    seq         INT           NOT NULL,
    transition  VARCHAR(40)   NOT NULL,
    from_state  VARCHAR(16)   NULL,
    to_state    VARCHAR(16)   NOT NULL,
    event_date  DATE          NOT NULL,
    recorded_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    actor_name  VARCHAR(50)   NULL,
    reason      VARCHAR(1000) NULL,
    details     TEXT          NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_lawsuit_event_seq UNIQUE (lawsuit_id, seq),
    CONSTRAINT fk_lawsuit_event_lawsuit FOREIGN KEY (lawsuit_id) REFERENCES lawsuit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE court_session (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    lawsuit_id   BIGINT        NOT NULL,
    session_date DATE          NOT NULL,
    court_room   VARCHAR(100)  NULL,
    note         VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_session_lawsuit FOREIGN KEY (lawsuit_id) REFERENCES lawsuit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_session_lawsuit ON court_session (lawsuit_id, session_date);

-- Who appeared for one defendant at one session. Corrections add a revision and supersede the previous one,
-- so the history of a correction is kept; the current record is the one not superseded.
CREATE TABLE session_appearance (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    session_id             BIGINT        NOT NULL,
    defendant_id           BIGINT        NOT NULL,
    revision               INT           NOT NULL,
    superseded             BOOLEAN       NOT NULL DEFAULT FALSE,
    head_appeared          BOOLEAN       NOT NULL,
    head_name              VARCHAR(50)   NULL,
    head_position          VARCHAR(100)  NULL,
    head_rank              VARCHAR(16)   NULL,
    head_spoke             BOOLEAN       NOT NULL DEFAULT FALSE,
    head_identity_defective BOOLEAN      NOT NULL DEFAULT FALSE,
    court_notified_head    BOOLEAN       NOT NULL DEFAULT FALSE,
    absence_reason         VARCHAR(24)   NULL,
    entrusted_staff        VARCHAR(300)  NULL,
    counsel_name           VARCHAR(100)  NULL,
    counsel_type           VARCHAR(24)   NULL,
    correction_reason      VARCHAR(1000) NULL,
    recorded_at            DATETIME(6)   NOT NULL,
    recorded_by            VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_appearance_revision UNIQUE (session_id, defendant_id, revision),
    CONSTRAINT fk_appearance_session FOREIGN KEY (session_id) REFERENCES court_session (id),
    CONSTRAINT fk_appearance_defendant FOREIGN KEY (defendant_id) REFERENCES lawsuit_defendant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_appearance_current ON session_appearance (session_id, superseded);

-- 司法建议 and 检察建议, tracked until answered.
CREATE TABLE recommendation (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    organ_id          BIGINT        NOT NULL,
    kind              VARCHAR(16)   NOT NULL,
    issuer            VARCHAR(100)  NOT NULL,
    document_number   VARCHAR(100)  NULL,
    lawsuit_id        BIGINT        NULL,
    respondent_id     BIGINT        NULL,
    addressee         VARCHAR(100)  NOT NULL,
    subject           VARCHAR(1000) NOT NULL,
    received_date     DATE          NOT NULL,
    answer_due_date   DATE          NOT NULL,
    answered_date     DATE          NULL,
    answer_summary    VARCHAR(2000) NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_recommendation_organ FOREIGN KEY (organ_id) REFERENCES organ (id),
    CONSTRAINT fk_recommendation_lawsuit FOREIGN KEY (lawsuit_id) REFERENCES lawsuit (id),
    CONSTRAINT fk_recommendation_respondent FOREIGN KEY (respondent_id) REFERENCES respondent (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_recommendation_organ ON recommendation (organ_id, received_date);
CREATE INDEX ix_recommendation_open ON recommendation (answered_date, answer_due_date);

-- 整改 (以案促改): a problem found in a corrected case, an opinion letter, a lost lawsuit or a recommendation.
CREATE TABLE rectification_item (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    organ_id        BIGINT        NOT NULL,
    source_type     VARCHAR(24)   NOT NULL,
    source_id       BIGINT        NOT NULL,
    respondent_id   BIGINT        NOT NULL,
    problem         TEXT          NOT NULL,
    due_date        DATE          NOT NULL,
    actions         TEXT          NULL,
    closed_date     DATE          NULL,
    evidence_note   VARCHAR(2000) NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    created_by      VARCHAR(64)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_rectification_organ FOREIGN KEY (organ_id) REFERENCES organ (id),
    CONSTRAINT fk_rectification_respondent FOREIGN KEY (respondent_id) REFERENCES respondent (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_rectification_agency ON rectification_item (respondent_id, closed_date, due_date);
CREATE INDEX ix_rectification_source ON rectification_item (source_type, source_id);
