-- Frozen statistics (签发) and their submission up the organ tree (上报).
-- A frozen report is written once and never updated: the figures and definitions as JSON, the organs of its scope,
-- and the ids of the cases behind each count of cases (frozen_report_case), with a SHA-256 over all of it.
CREATE TABLE frozen_report (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    organ_id             BIGINT       NULL,
    include_subordinates BOOLEAN      NOT NULL,
    organ_ids            TEXT         NOT NULL,
    period_kind          VARCHAR(16)  NOT NULL,
    period_from          DATE         NOT NULL,
    period_to            DATE         NOT NULL,
    variants             VARCHAR(500) NOT NULL,
    title                VARCHAR(200) NULL,
    content              LONGTEXT     NOT NULL,
    sha256               CHAR(64)     NOT NULL,
    frozen_at            DATETIME(6)  NOT NULL,
    frozen_by            VARCHAR(64)  NOT NULL,
    frozen_by_name       VARCHAR(50)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_frozen_report_organ FOREIGN KEY (organ_id) REFERENCES organ (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_frozen_report_organ ON frozen_report (organ_id, period_from, period_to);

-- One row per count of cases: how many, and their ids ascending, delta-encoded and deflated (CaseIds).
CREATE TABLE frozen_report_case (
    report_id  BIGINT      NOT NULL,
    count_id   VARCHAR(48) NOT NULL,
    case_count INT         NOT NULL,
    case_ids   LONGBLOB    NOT NULL,
    PRIMARY KEY (report_id, count_id),
    CONSTRAINT fk_frozen_case_report FOREIGN KEY (report_id) REFERENCES frozen_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A frozen report submitted by its organ to the parent organ; returned with a comment, or accepted.
CREATE TABLE statistics_submission (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    frozen_report_id BIGINT        NOT NULL,
    organ_id         BIGINT        NOT NULL,
    parent_organ_id  BIGINT        NOT NULL,
    period_kind      VARCHAR(16)   NOT NULL,
    period_from      DATE          NOT NULL,
    period_to        DATE          NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    submitted_at     DATETIME(6)   NOT NULL,
    submitted_by     VARCHAR(64)   NOT NULL,
    decided_at       DATETIME(6)   NULL,
    decided_by       VARCHAR(64)   NULL,
    comment          VARCHAR(1000) NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_submission_report FOREIGN KEY (frozen_report_id) REFERENCES frozen_report (id),
    CONSTRAINT fk_submission_organ FOREIGN KEY (organ_id) REFERENCES organ (id),
    CONSTRAINT fk_submission_parent FOREIGN KEY (parent_organ_id) REFERENCES organ (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_submission_parent ON statistics_submission (parent_organ_id, period_from, period_to, organ_id);
CREATE INDEX ix_submission_organ ON statistics_submission (organ_id, period_from, period_to);

-- When a parent organ wants its subordinates' reports of a period (e.g. the annual report by 31 January).
CREATE TABLE submission_deadline (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    parent_organ_id BIGINT      NOT NULL,
    period_kind     VARCHAR(16) NOT NULL,
    period_from     DATE        NOT NULL,
    period_to       DATE        NOT NULL,
    due_date        DATE        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_submission_deadline UNIQUE (parent_organ_id, period_from, period_to),
    CONSTRAINT fk_deadline_parent FOREIGN KEY (parent_organ_id) REFERENCES organ (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
