-- Schema 6: the shared resource library (issue 12).
--
-- * resource: two more kinds (course, event), a job lead's organisation and location, and an
--   audience (everyone, mentors, mentees).
-- * resource_share: the share outlives its resource (resource_id SET NULL, the title kept in
--   resource_title), so a relationship's history still reads "shared 'CV template' on 3 Nov — since
--   removed from the library"; who opened and discussed it; an optional goal and meeting.
-- * resource_attachment: files stored inside the database with their SHA-256 and the text read
--   from them (plain, Markdown, HTML, PDF), or text_status 'unreadable'.
-- * library_tag: the shared tag vocabulary with a colour; saved_search: named library searches.
-- * library_index: FTS5 over title, description, tags and attachment text, rowid = resource id.
--   Share notes and private meeting notes are never indexed.
--
-- SQLite cannot change a CHECK in place, so resource and resource_share are rebuilt. Dropping
-- resource while shares refer to it would cascade, so both are copied aside, dropped (shares
-- first) and created again with their names; the search triggers and view of schema 3 that read
-- resource are dropped before and created again after.

DROP TRIGGER search_resource_insert;
DROP TRIGGER search_resource_update;
DROP TRIGGER search_resource_delete;
DROP VIEW search_doc_resource;

CREATE TEMP TABLE resource_old AS SELECT * FROM resource;
CREATE TEMP TABLE resource_share_old AS SELECT * FROM resource_share;
DROP TABLE resource_share;
DROP TABLE resource;

CREATE TABLE resource (
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    kind         TEXT NOT NULL DEFAULT 'link'
                 CHECK (kind IN ('article', 'link', 'file', 'template', 'book', 'video', 'job_lead',
                                 'course', 'event')),
    url          TEXT NOT NULL DEFAULT '',
    description  TEXT NOT NULL DEFAULT '',
    tags         TEXT NOT NULL DEFAULT '',     -- comma-separated, names of library_tag
    deadline     TEXT,                         -- job leads: application deadline
    added_by     INTEGER REFERENCES person(id) ON DELETE SET NULL,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',     -- job leads
    location     TEXT NOT NULL DEFAULT '',     -- job leads
    audience     TEXT NOT NULL DEFAULT 'everyone' CHECK (audience IN ('everyone', 'mentors', 'mentees'))
);
INSERT INTO resource(id, title, kind, url, description, tags, deadline, added_by, created_at, updated_at)
    SELECT id, title, kind, url, description, tags, deadline, added_by, created_at, updated_at
    FROM resource_old ORDER BY id;
CREATE INDEX resource_deadline ON resource(kind, deadline);
CREATE INDEX resource_url ON resource(url) WHERE url <> '';

CREATE TABLE resource_share (
    id              INTEGER PRIMARY KEY,
    resource_id     INTEGER REFERENCES resource(id) ON DELETE SET NULL,
    relationship_id INTEGER NOT NULL REFERENCES relationship(id) ON DELETE CASCADE,
    shared_by       INTEGER REFERENCES person(id) ON DELETE SET NULL,
    shared_on       TEXT NOT NULL,
    read_on         TEXT,                      -- opened
    discussed_on    TEXT,
    note            TEXT NOT NULL DEFAULT '',  -- the sharer's personal note (never indexed)
    resource_title  TEXT NOT NULL DEFAULT '',  -- kept for the trace once the resource is removed
    opened_by       INTEGER REFERENCES person(id) ON DELETE SET NULL,
    discussed_by    INTEGER REFERENCES person(id) ON DELETE SET NULL,
    goal_id         INTEGER REFERENCES goal(id) ON DELETE SET NULL,
    meeting_id      INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
    UNIQUE (resource_id, relationship_id)
);
INSERT INTO resource_share(id, resource_id, relationship_id, shared_by, shared_on, read_on, discussed_on,
                           note, resource_title)
    SELECT s.id, s.resource_id, s.relationship_id, s.shared_by, s.shared_on, s.read_on, s.discussed_on,
           s.note, coalesce((SELECT r.title FROM resource r WHERE r.id = s.resource_id), '')
    FROM resource_share_old s ORDER BY s.id;
CREATE INDEX resource_share_relationship ON resource_share(relationship_id);

DROP TABLE resource_share_old;
DROP TABLE resource_old;

CREATE TABLE resource_attachment (
    id             INTEGER PRIMARY KEY,
    resource_id    INTEGER NOT NULL REFERENCES resource(id) ON DELETE CASCADE,
    file_name      TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
    media_type     TEXT NOT NULL DEFAULT '',
    byte_size      INTEGER NOT NULL CHECK (byte_size >= 0),
    sha256         TEXT NOT NULL,
    content        BLOB NOT NULL,
    extracted_text TEXT NOT NULL DEFAULT '',
    text_status    TEXT NOT NULL DEFAULT 'unreadable' CHECK (text_status IN ('indexed', 'unreadable')),
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);
CREATE INDEX resource_attachment_resource ON resource_attachment(resource_id);
CREATE INDEX resource_attachment_hash ON resource_attachment(sha256);

CREATE TABLE library_tag (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    colour     TEXT NOT NULL DEFAULT '',      -- a palette key ('teal'), never a raw colour
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE saved_search (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    query_text TEXT NOT NULL DEFAULT '',
    kind       TEXT,                          -- a resource kind, or NULL for all
    tag        TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

-- Schema 3's global search, as before (the same view and triggers over the new table).
CREATE VIEW search_doc_resource AS
SELECT r.id AS id, r.title AS title,
       trim(r.description || ' ' || replace(r.tags, ',', ' ') || ' ' || r.organisation) AS body
FROM resource r;
CREATE TRIGGER search_resource_insert AFTER INSERT ON resource WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    INSERT INTO search_index(rowid, kind, title, body)
        SELECT id * 8 + 6, 'resource', title, body FROM search_doc_resource WHERE id = new.id;
END;
CREATE TRIGGER search_resource_update AFTER UPDATE OF title, description, tags, organisation ON resource WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 6;
    INSERT INTO search_index(rowid, kind, title, body)
        SELECT id * 8 + 6, 'resource', title, body FROM search_doc_resource WHERE id = new.id;
END;
CREATE TRIGGER search_resource_delete AFTER DELETE ON resource WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 6;
END;

-- The library's own index: one document per resource, columns weighed separately by bm25.
CREATE VIRTUAL TABLE library_index USING fts5(
    title,
    description,
    tags,
    attachments,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE VIEW library_doc AS
SELECT r.id AS id,
       r.title AS title,
       trim(r.description || ' ' || r.organisation || ' ' || r.location) AS description,
       replace(r.tags, ',', ' ') AS tags,
       coalesce((SELECT group_concat(a.file_name || ' ' || a.extracted_text, char(10))
                 FROM resource_attachment a WHERE a.resource_id = r.id), '') AS attachments
FROM resource r;

CREATE TRIGGER library_resource_insert AFTER INSERT ON resource WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    INSERT INTO library_index(rowid, title, description, tags, attachments)
        SELECT id, title, description, tags, attachments FROM library_doc WHERE id = new.id;
END;
CREATE TRIGGER library_resource_update AFTER UPDATE OF title, description, tags, organisation, location ON resource WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    DELETE FROM library_index WHERE rowid = old.id;
    INSERT INTO library_index(rowid, title, description, tags, attachments)
        SELECT id, title, description, tags, attachments FROM library_doc WHERE id = new.id;
END;
CREATE TRIGGER library_resource_delete AFTER DELETE ON resource WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    DELETE FROM library_index WHERE rowid = old.id;
END;
CREATE TRIGGER library_attachment_insert AFTER INSERT ON resource_attachment WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    DELETE FROM library_index WHERE rowid = new.resource_id;
    INSERT INTO library_index(rowid, title, description, tags, attachments)
        SELECT id, title, description, tags, attachments FROM library_doc WHERE id = new.resource_id;
END;
CREATE TRIGGER library_attachment_update AFTER UPDATE ON resource_attachment WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    DELETE FROM library_index WHERE rowid IN (old.resource_id, new.resource_id);
    INSERT INTO library_index(rowid, title, description, tags, attachments)
        SELECT id, title, description, tags, attachments FROM library_doc WHERE id IN (old.resource_id, new.resource_id);
END;
CREATE TRIGGER library_attachment_delete AFTER DELETE ON resource_attachment WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    DELETE FROM library_index WHERE rowid = old.resource_id;
    INSERT INTO library_index(rowid, title, description, tags, attachments)
        SELECT id, title, description, tags, attachments FROM library_doc WHERE id = old.resource_id;
END;

-- The tags already in use become the vocabulary, and what is already there is indexed.
WITH RECURSIVE split(rest, tag) AS (
    SELECT tags || ',', '' FROM resource WHERE tags <> ''
    UNION ALL
    SELECT substr(rest, instr(rest, ',') + 1), trim(substr(rest, 1, instr(rest, ',') - 1))
    FROM split WHERE rest <> ''
)
INSERT OR IGNORE INTO library_tag(name, colour, created_at, updated_at)
    SELECT DISTINCT tag, '', CAST(strftime('%s', 'now') AS INTEGER), CAST(strftime('%s', 'now') AS INTEGER)
    FROM split WHERE tag <> '';

INSERT INTO library_index(rowid, title, description, tags, attachments)
    SELECT id, title, description, tags, attachments FROM library_doc;
