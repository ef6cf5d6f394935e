-- Schema 8: what a matching run must honour besides the people themselves (issue 14).
--
-- * match_preference: a mentee's ranked wish list of mentors (kind 'wish', rank 1 = most wanted)
--   and the pairs that must never be made (kind 'never', rank 0). A pair is one or the other,
--   never both (UNIQUE). Both people cascade: a removed person's wishes and exclusions go with them.
--
-- The matching profile of a programme (weights, preset, rules, minimum score) is a settings row
-- ('matching.profile.<programme id>', JSON), so it needs no table.

CREATE TABLE match_preference (
    id          INTEGER PRIMARY KEY,
    mentee_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    mentor_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('wish', 'never')),
    rank        INTEGER NOT NULL DEFAULT 0 CHECK (rank >= 0),
    UNIQUE (mentee_id, mentor_id),
    CHECK (mentee_id <> mentor_id)
);
CREATE INDEX match_preference_mentor ON match_preference(mentor_id);
