-- The reconsideration events a report counts by their own dates (hearings held, opinion letters issued and answered,
-- committee referrals, normative document reviews, stays granted) and the one-per-case sets (cases with a correction
-- notice, cases with a complaint to the superior organ, dated in the period), kept per case, kind and calendar month
-- by the aggregates' writer (cn.fuyi.statistics.aggregate.EventAggregates). The event tables name no organ, so a
-- report over one organ read every event of the period in every organ and looked its case up; here the organ is kept
-- beside each case's month, so a report reads only its own organs' rows: a sum of n for the event counts, a count of
-- distinct cases for the sets. n is the number of the case's events of that kind in the month (never 0).
CREATE TABLE statistics_rec_event (
    case_id   BIGINT       NOT NULL,
    kind      VARCHAR(24)  NOT NULL,
    month     DATE         NOT NULL,
    organ_id  BIGINT       NOT NULL,
    n         INT          NOT NULL,
    PRIMARY KEY (case_id, kind, month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_rec_event_organ ON statistics_rec_event (organ_id, kind, month, case_id, n);

-- A report's aggregates are read only once they were built; the writer rebuilds them when rebuilt_at is NULL, so
-- the new table is filled by the next start's rebuild.
UPDATE statistics_projection SET rebuilt_at = NULL WHERE name = 'RECONSIDERATION';
