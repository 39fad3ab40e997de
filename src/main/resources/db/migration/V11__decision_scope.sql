-- What a decision did to the act beyond its type, which the courts read to name the defendants
-- (法释〔2018〕1号 arts. 22, 134) and the law attaches consequences to (ARL 72 ¶2).
ALTER TABLE reconsideration_case
    ADD COLUMN illegal_for_procedure_only BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN partly_upholds             BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN property_return_ordered    BOOLEAN NOT NULL DEFAULT FALSE;
