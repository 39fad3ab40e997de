-- Procedures of the 2023 law beside the main path of review: the incidental review of a normative document
-- (ARL 13, 39 ¶1(九), 56-60), the reconsideration committee (ARL 52, 61 ¶3), hearing the parties' opinions
-- (ARL 49), the respondent's attendance at hearings and the applicant's waiver (ARL 51), and stays of execution
-- (ARL 42). Each is a dated record on its case, like a suspension or an opinion letter. Portable: plain tables and
-- B-tree indexes, no triggers, no procedures.

-- 规范性文件附带审查: one row per document (a case may raise several). The review suspends the case under
-- ARL 39 ¶1(九); suspension_id names that suspension, started_date is its first day, from which the 30-day
-- handling, the 7-working-day forwarding and the 3-working-day notice to the drafting organ are counted.
CREATE TABLE normative_document_review (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    case_id                BIGINT        NOT NULL,
    suspension_id          BIGINT        NULL,
    raised_by              VARCHAR(16)   NOT NULL,
    raised_date            DATE          NOT NULL,
    started_date           DATE          NOT NULL,
    document_title         VARCHAR(300)  NOT NULL,
    document_number        VARCHAR(100)  NULL,
    document_kind          VARCHAR(32)   NOT NULL,
    issuer                 VARCHAR(200)  NOT NULL,
    clauses                VARCHAR(2000) NOT NULL,
    objection              VARCHAR(2000) NULL,
    competent              BOOLEAN       NOT NULL,
    notice_date            DATE          NULL,
    notice_received_date   DATE          NULL,
    answer_date            DATE          NULL,
    answer_summary         VARCHAR(2000) NULL,
    forwarded_date         DATE          NULL,
    forwarded_to           VARCHAR(200)  NULL,
    forward_received_date  DATE          NULL,
    result                 VARCHAR(16)   NULL,
    result_date            DATE          NULL,
    result_summary         VARCHAR(2000) NULL,
    stopped_clauses        VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_normative_review_case FOREIGN KEY (case_id) REFERENCES reconsideration_case (id),
    CONSTRAINT fk_normative_review_suspension FOREIGN KEY (suspension_id) REFERENCES case_suspension (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_normative_review_case ON normative_document_review (case_id);
CREATE INDEX ix_normative_review_result ON normative_document_review (result_date, result, case_id);

-- 提请行政复议委员会提出咨询意见 (ARL 52 ¶2) and the opinion the office must record (ARL 52 ¶3); whether the
-- decision followed it (ARL 61 ¶3: an important reference, not binding).
CREATE TABLE committee_referral (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    case_id            BIGINT        NOT NULL,
    ground             VARCHAR(32)   NOT NULL,
    referred_date      DATE          NOT NULL,
    questions          VARCHAR(2000) NOT NULL,
    meeting_date       DATE          NULL,
    members            VARCHAR(1000) NULL,
    opinion            TEXT          NULL,
    opinion_date       DATE          NULL,
    followed           BOOLEAN       NULL,
    adoption_date      DATE          NULL,
    adoption_note      VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_committee_referral_case FOREIGN KEY (case_id) REFERENCES reconsideration_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_committee_referral_case ON committee_referral (case_id);
CREATE INDEX ix_committee_referred ON committee_referral (referred_date, ground, case_id);

-- 听取当事人意见 (ARL 49): per party, heard (date, method, summary) or not heard and why. party_id names the
-- applicant or third party as recorded then, without a foreign key: correcting a case's details replaces its party
-- rows, and the opinion keeps the party's role and name as they were when it was heard.
CREATE TABLE party_opinion (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    case_id           BIGINT        NOT NULL,
    party_id          BIGINT        NULL,
    party_role        VARCHAR(16)   NOT NULL,
    party_name        VARCHAR(200)  NOT NULL,
    heard             BOOLEAN       NOT NULL,
    opinion_date      DATE          NOT NULL,
    method            VARCHAR(16)   NULL,
    heard_person      VARCHAR(100)  NULL,
    summary           TEXT          NULL,
    not_heard_reason  VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_party_opinion_case FOREIGN KEY (case_id) REFERENCES reconsideration_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_party_opinion_case ON party_opinion (case_id);

-- 停止执行 (ARL 42): who asked, granted or refused, on which ground.
CREATE TABLE stay_of_execution (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    case_id        BIGINT        NOT NULL,
    requested_by   VARCHAR(16)   NOT NULL,
    request_date   DATE          NULL,
    granted        BOOLEAN       NOT NULL,
    ground         VARCHAR(32)   NULL,
    legal_basis    VARCHAR(300)  NULL,
    decided_date   DATE          NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_stay_case FOREIGN KEY (case_id) REFERENCES reconsideration_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_stay_case ON stay_of_execution (case_id);
CREATE INDEX ix_stay_decided ON stay_of_execution (decided_date, granted, case_id);

-- Who came for the respondent (ARL 51 ¶3: the head, or the reasons and the staff sent), and the applicant's
-- waiver (ARL 51 ¶2), recorded as the hearing's outcome (status WAIVED, waived_date).
ALTER TABLE hearing
    ADD COLUMN respondent_head_name            VARCHAR(50)   NULL,
    ADD COLUMN respondent_head_position        VARCHAR(100)  NULL,
    ADD COLUMN respondent_head_absence_reason  VARCHAR(1000) NULL,
    ADD COLUMN respondent_staff                VARCHAR(300)  NULL,
    ADD COLUMN waived_date                     DATE          NULL;
