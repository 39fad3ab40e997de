-- The litigation statistics read the sessions of a period and drive from them to their lawsuits.
CREATE INDEX ix_session_date ON court_session (session_date, lawsuit_id);
-- Recommendations answered in a period, per organ.
CREATE INDEX ix_recommendation_answered ON recommendation (organ_id, answered_date);
