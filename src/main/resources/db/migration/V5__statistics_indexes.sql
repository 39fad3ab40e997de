-- Indexes for the statistics (cn.fuyi.statistics). Portable to MySQL 8, MariaDB 10.11+ and TiDB: plain
-- multi-column B-tree indexes, no functional indexes, no triggers.

-- The case counts of a report are one GROUP BY / conditional aggregate over the cases of the organs in scope. This
-- index holds every column those aggregates read, so the query is answered from the index alone (no row look-ups)
-- over the organ's range, or over the whole index for a report across all organs.
CREATE INDEX ix_case_statistics ON reconsideration_case (
    organ_id, received_date, accepted_date, concluded_date, not_accepted_date, abandoned_date,
    decision_type, acceptance_kind, indirect_correction, termination_ground, publication_status, decision_due_date);

-- Distinct respondents of the cases received in a period (涉及N个区镇和M个部门).
CREATE INDEX ix_case_received_respondent ON reconsideration_case (organ_id, received_date, respondent_id);

-- Events counted by their own dates: correction notices, hearings held, opinion letters issued and answered.
CREATE INDEX ix_correction_requested ON correction_request (requested_date, case_id);
CREATE INDEX ix_hearing_held ON hearing (status, held_date, case_id);
CREATE INDEX ix_opinion_issued ON opinion_letter (issued_date, case_id);
CREATE INDEX ix_opinion_answered ON opinion_letter (answered_date, case_id);
