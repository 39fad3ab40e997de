-- What the court decided as to each defendant (法释〔2018〕1号 art. 136): a judgment may revoke the reconsideration
-- decision and reject the claim against the original act, so a loss belongs to a defendant. Suits decided before
-- this column existed decided alike for every defendant.
ALTER TABLE lawsuit_defendant ADD COLUMN outcome VARCHAR(40) NULL;
UPDATE lawsuit_defendant d JOIN lawsuit l ON l.id = d.lawsuit_id SET d.outcome = l.outcome WHERE l.outcome IS NOT NULL;

-- The answer period of a recommendation is the law's (公益诉讼解释 art. 21; 法释〔2018〕1号 art. 149) unless the clerk
-- sets a date; a judicial recommendation of another kind has none. The due dates recorded so far were typed by a
-- clerk.
ALTER TABLE recommendation
    MODIFY COLUMN answer_due_date DATE NULL,
    ADD COLUMN answer_due_source VARCHAR(16) NOT NULL DEFAULT 'CLERK',
    ADD COLUMN harm_spreading BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN normative_document BOOLEAN NOT NULL DEFAULT FALSE;
