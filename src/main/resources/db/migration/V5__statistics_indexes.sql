-- Indexes for the statistics (cn.fuyi.statistics). Portable to MySQL 8, MariaDB 10.11+ and TiDB: plain
-- multi-column B-tree indexes, no functional indexes, no triggers.
--
-- Every count of cases is anchored on one date ("the cases whose concluded date lies in the period, and …"), and the
-- counts of one anchor are computed in one pass over that date's range for each organ in scope. Each index below
-- starts with (organ_id, anchoring date) and holds every other column the conditions of that anchor read, so the
-- pass is a range scan answered from the index alone, without reading the case rows.

-- received: applications received, and the distinct respondents they were against
CREATE INDEX ix_case_stat_received ON reconsideration_case (organ_id, received_date, respondent_id);

-- accepted, and the stock of accepted cases (carried over in, pending at period end)
CREATE INDEX ix_case_stat_accepted ON reconsideration_case (
    organ_id, accepted_date, concluded_date, acceptance_kind, received_date, not_accepted_date, abandoned_date);

-- concluded: decisions by type, corrections, on time, mediation, publication
CREATE INDEX ix_case_stat_concluded ON reconsideration_case (
    organ_id, concluded_date, decision_type, accepted_date, indirect_correction, termination_ground, publication_status,
    decision_due_date);

-- not accepted, abandoned
CREATE INDEX ix_case_stat_not_accepted ON reconsideration_case (organ_id, not_accepted_date, accepted_date);
CREATE INDEX ix_case_stat_abandoned ON reconsideration_case (organ_id, abandoned_date, accepted_date, not_accepted_date);

-- Events counted by their own dates, and the small sets of cases some counts are driven from.
CREATE INDEX ix_correction_requested ON correction_request (requested_date, case_id);
CREATE INDEX ix_hearing_held ON hearing (status, held_date, case_id);
CREATE INDEX ix_opinion_issued ON opinion_letter (issued_date, case_id);
CREATE INDEX ix_opinion_answered ON opinion_letter (answered_date, case_id);
