-- Reference data: reconsideration organs, respondents, extensible code lists.
-- Portable to MySQL 8, MariaDB 10.11+ and TiDB: InnoDB, utf8mb4, no triggers, no procedures.

CREATE TABLE organ (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    code                VARCHAR(32)  NOT NULL,
    name                VARCHAR(100) NOT NULL,
    short_name          VARCHAR(50)  NOT NULL,
    parent_id           BIGINT       NULL,
    level               VARCHAR(16)  NOT NULL,
    case_number_pattern VARCHAR(100) NOT NULL,
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    version             BIGINT       NOT NULL DEFAULT 0,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_organ_code UNIQUE (code),
    CONSTRAINT fk_organ_parent FOREIGN KEY (parent_id) REFERENCES organ (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE respondent (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    organ_id     BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    kind         VARCHAR(32)  NOT NULL,
    credit_code  VARCHAR(18)  NULL,
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    version      BIGINT       NOT NULL DEFAULT 0,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_respondent_organ_name UNIQUE (organ_id, name),
    CONSTRAINT fk_respondent_organ FOREIGN KEY (organ_id) REFERENCES organ (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_respondent_kind ON respondent (kind);

-- Extensible code lists (act categories, domains). organ_id NULL: available to every organ;
-- otherwise an organ's own extension, visible to that organ and its subordinates.
CREATE TABLE code_item (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    list_name   VARCHAR(32)  NOT NULL,
    code        VARCHAR(64)  NOT NULL,
    label_zh    VARCHAR(100) NOT NULL,
    label_en    VARCHAR(100) NOT NULL,
    organ_id    BIGINT       NULL,
    sort_order  INT          NOT NULL DEFAULT 0,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_code_item UNIQUE (list_name, code),
    CONSTRAINT fk_code_item_organ FOREIGN KEY (organ_id) REFERENCES organ (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO code_item (list_name, code, label_zh, label_en, sort_order, created_at, updated_at) VALUES
('ACT_CATEGORY', 'ADMINISTRATIVE_PENALTY',      '行政处罚',       'Administrative penalty',            10, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('ACT_CATEGORY', 'ADMINISTRATIVE_COMPULSION',   '行政强制',       'Administrative compulsion',         20, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('ACT_CATEGORY', 'ADMINISTRATIVE_LICENSING',    '行政许可',       'Administrative licensing',          30, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('ACT_CATEGORY', 'ADMINISTRATIVE_CONFIRMATION', '行政确认',       'Administrative confirmation',       40, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('ACT_CATEGORY', 'EXPROPRIATION',               '行政征收/征用',  'Expropriation or requisition',      50, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('ACT_CATEGORY', 'STATE_COMPENSATION',          '行政赔偿',       'State compensation',                60, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('ACT_CATEGORY', 'WORK_INJURY_RECOGNITION',     '工伤认定',       'Work-injury recognition',           70, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('ACT_CATEGORY', 'INFORMATION_DISCLOSURE',      '政府信息公开',   'Government information disclosure', 80, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('ACT_CATEGORY', 'COMPLAINT_HANDLING',          '投诉举报处理',   'Handling of complaints and reports', 90, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('ACT_CATEGORY', 'FAILURE_TO_PERFORM',          '不履行法定职责', 'Failure to perform a statutory duty', 100, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('ACT_CATEGORY', 'ADMINISTRATIVE_AGREEMENT',    '行政协议',       'Administrative agreement',          110, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('ACT_CATEGORY', 'OTHER',                       '其他',           'Other',                             990, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('DOMAIN', 'PUBLIC_SECURITY',        '公安/社会治安',   'Public security',                  10, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('DOMAIN', 'MARKET_REGULATION',      '市场监管',        'Market regulation',                20, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('DOMAIN', 'NATURAL_RESOURCES',      '自然资源',        'Natural resources',                30, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('DOMAIN', 'HOUSING_CONSTRUCTION',   '住房城乡建设',    'Housing and construction',         40, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('DOMAIN', 'HUMAN_RESOURCES',        '人力资源社会保障', 'Human resources and social security', 50, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('DOMAIN', 'HEALTH',                 '卫生健康/公共医疗', 'Health and public medical care',  60, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('DOMAIN', 'ECOLOGY_ENVIRONMENT',    '生态环境',        'Ecology and environment',          70, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('DOMAIN', 'TRANSPORT',              '交通运输',        'Transport',                        80, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('DOMAIN', 'URBAN_MANAGEMENT',       '城市管理',        'Urban management',                 90, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('DOMAIN', 'EDUCATION',              '教育',            'Education',                        100, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('DOMAIN', 'AGRICULTURE',            '农业农村',        'Agriculture and rural affairs',    110, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('DOMAIN', 'OTHER',                  '其他',            'Other',                            990, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
