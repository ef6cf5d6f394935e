-- Schema 9: resources a mentee suggests back to their mentor (issue 12).
--
-- * resource_suggestion: within a relationship (gone with it), who suggested it and when, what
--   (title, kind, URL, a note), and what the mentor did: pending, accepted into the library
--   (resource_id: the resource it became, SET NULL once that is removed) or dismissed, on which day.
--   The note is the mentee's words to the mentor; it is not indexed until it becomes a resource.

CREATE TABLE resource_suggestion (
    id              INTEGER PRIMARY KEY,
    relationship_id INTEGER NOT NULL REFERENCES relationship(id) ON DELETE CASCADE,
    suggested_by    INTEGER REFERENCES person(id) ON DELETE SET NULL,
    suggested_on    TEXT NOT NULL,
    title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
    kind            TEXT NOT NULL DEFAULT 'link'
                    CHECK (kind IN ('article', 'link', 'file', 'template', 'book', 'video', 'job_lead',
                                    'course', 'event')),
    url             TEXT NOT NULL DEFAULT '',
    note            TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'dismissed')),
    decided_on      TEXT,
    resource_id     INTEGER REFERENCES resource(id) ON DELETE SET NULL,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX resource_suggestion_relationship ON resource_suggestion(relationship_id, status);
