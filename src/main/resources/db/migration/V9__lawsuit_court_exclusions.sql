-- Periods the court does not count toward its trial time limit (法释〔2018〕1号 art. 50: notice by publication,
-- appraisal, mediation, suspension, jurisdiction objections and disputes), as the court gives them.
CREATE TABLE lawsuit_court_exclusion (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    lawsuit_id  BIGINT        NOT NULL,
    ground      VARCHAR(32)   NOT NULL,
    from_date   DATE          NOT NULL,
    to_date     DATE          NOT NULL,
    note        VARCHAR(1000) NULL,
    recorded_at DATETIME(6)   NOT NULL,
    recorded_by VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_court_exclusion_lawsuit FOREIGN KEY (lawsuit_id) REFERENCES lawsuit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_court_exclusion_lawsuit ON lawsuit_court_exclusion (lawsuit_id);
