-- The next deadline's kind is stored by name; the procedures' kinds (NORMATIVE_DOCUMENT_FORWARD_REPLY …) reach the
-- old width of 32, so the columns take the longest name with room to spare.
ALTER TABLE reconsideration_case MODIFY next_deadline_kind VARCHAR(64) NULL;
ALTER TABLE lawsuit MODIFY next_deadline_kind VARCHAR(64) NULL;
