-- Four indexes of reconsideration_case that are each the leading columns of another: every lookup or range they
-- served, the longer index serves (ix_case_received by ix_case_stat_received, ix_case_accepted by
-- ix_case_stat_accepted, ix_case_concluded by ix_case_stat_concluded, ix_case_respondent, and with it the foreign key
-- on respondent_id, by ix_case_respondent_act). Each index is written on every insert of a case: the ledger import
-- writes 100,000 cases a minute, and four fewer B-trees to update is time it needs.
DROP INDEX ix_case_received ON reconsideration_case;
DROP INDEX ix_case_accepted ON reconsideration_case;
DROP INDEX ix_case_concluded ON reconsideration_case;
DROP INDEX ix_case_respondent ON reconsideration_case;
