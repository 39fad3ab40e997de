-- The 2023 law's rules on extensions, corrections, termination, the application period, forwarding by the penalty
-- agency and reconsideration first (ARL 20, 21, 23, 31, 32, 34, 41, 62), and the 2017 law's own rules.

-- 延长审理期限 (ARL 62): several approvals, at most 30 days in total; each with its approval and the written notice.
CREATE TABLE case_extension (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    case_id          BIGINT        NOT NULL,
    approved_date    DATE          NOT NULL,
    days             INT           NOT NULL,
    approver_role    VARCHAR(16)   NOT NULL,
    approved_by      VARCHAR(50)   NOT NULL,
    reason           VARCHAR(1000) NOT NULL,
    notice_date      DATE          NULL,
    due_before       DATE          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_extension_case FOREIGN KEY (case_id) REFERENCES reconsideration_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_extension_case ON case_extension (case_id);

-- Extensions recorded before: one approval each, by the bureau head under the 2023 law, the organ's head under 2017.
INSERT INTO case_extension (case_id, approved_date, days, approver_role, approved_by, reason, notice_date, due_before)
SELECT id, extension_date, extension_days, CASE WHEN rule_set = 'ARL_2017' THEN 'ORGAN_HEAD' ELSE 'BUREAU_HEAD' END,
       COALESCE(extension_approved_by, ''), COALESCE(extension_reason, ''), NULL, COALESCE(decision_due_date, extension_date)
FROM reconsideration_case WHERE extension_days IS NOT NULL;

-- 补正 (ARL 31): the period a 2017-law notice set itself (Regulations 2007 art. 29), the postmark of a correction sent
-- by post (CPL 85: time in the post does not count), the good reason accepted for a late one, and, on abandonment,
-- what the applicant said.
ALTER TABLE correction_request
    ADD COLUMN period_days           INT           NULL,
    ADD COLUMN posted_date           DATE          NULL,
    ADD COLUMN late_reason           VARCHAR(1000) NULL,
    ADD COLUMN applicant_explanation VARCHAR(1000) NULL;

-- 终止 (ARL 41 ¶1(四)): any criminal compulsory measure, not only criminal detention.
UPDATE reconsideration_case SET termination_ground = 'CRIMINAL_COMPULSORY_MEASURE' WHERE termination_ground = 'CRIMINAL_DETENTION';

ALTER TABLE reconsideration_case
    -- 申请期限 (ARL 20, 21)
    ADD COLUMN act_notice_stated_rights  BOOLEAN     NULL,
    ADD COLUMN rights_known_date         DATE        NULL,
    ADD COLUMN real_property             BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN longer_period_days        INT         NULL,
    ADD COLUMN obstacle_from             DATE        NULL,
    ADD COLUMN obstacle_to               DATE        NULL,
    ADD COLUMN application_last_day      DATE        NULL,
    ADD COLUMN application_late          BOOLEAN     NOT NULL DEFAULT FALSE,
    -- 经处罚机关转送 (ARL 32)
    ADD COLUMN agency_received_date      DATE        NULL,
    -- 复议前置 (ARL 23, 34)
    ADD COLUMN reconsideration_first     VARCHAR(40) NULL,
    -- 行政赔偿 (ARL 72 ¶1): the compensation claim's outcome beside the decision
    ADD COLUMN compensation_outcome      VARCHAR(16) NULL;

-- 向上级行政机关反映 (ARL 35): the applicant's complaint that the organ refused, dismissed or did not decide in time.
CREATE TABLE superior_complaint (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    case_id          BIGINT        NOT NULL,
    complained_date  DATE          NOT NULL,
    superior         VARCHAR(200)  NOT NULL,
    ground           VARCHAR(32)   NOT NULL,
    outcome          VARCHAR(32)   NULL,
    outcome_date     DATE          NULL,
    note             VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_complaint_case FOREIGN KEY (case_id) REFERENCES reconsideration_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_complaint_case ON superior_complaint (case_id);
