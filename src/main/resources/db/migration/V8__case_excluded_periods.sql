-- Site inspection (现场勘验) and expert appraisal (鉴定): the time they take does not count toward the decision
-- deadline (Implementing Regulations 2007 arts. 34, 37). One dated record each, like a suspension.
CREATE TABLE case_excluded_period (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    case_id       BIGINT        NOT NULL,
    kind          VARCHAR(24)   NOT NULL,
    started_date  DATE          NOT NULL,
    ended_date    DATE          NULL,
    reason        VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_excluded_period_case FOREIGN KEY (case_id) REFERENCES reconsideration_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_excluded_period_case ON case_excluded_period (case_id);
