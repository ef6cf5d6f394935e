-- Schema 3: full-text search (ARCHITECTURE.md, storage) over people, relationships, goals,
-- shared meeting notes and agendas, contact summaries and resources. Private notes are never
-- indexed: no view below reads meeting.private_notes.
--
-- Bulk loads (the demo generator) set settings 'search.suspended' inside their transaction:
-- the triggers stand still and the loader rebuilds the index once before it commits.
--
-- One FTS5 table; rowid = source id * 8 + kind code, so a trigger replaces a document by rowid
-- without scanning. What each kind contributes is one view (search_doc_*), used by the triggers
-- and by the initial fill at the end. kind codes: 1 person, 2 relationship, 3 goal, 4 meeting,
-- 5 contact, 6 resource.

CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE VIEW search_doc_person AS
SELECT p.id AS id,
       p.display_name AS title,
       trim(p.department || ' ' ||
            coalesce((SELECT group_concat(t.tag, ' ') FROM person_tag t WHERE t.person_id = p.id), '')) AS body
FROM person p;

CREATE VIEW search_doc_relationship AS
SELECT r.id AS id,
       mentor.display_name || ' – ' || mentee.display_name AS title,
       trim(coalesce(pg.name, '') || ' ' || coalesce(c.name, '')) AS body
FROM relationship r
JOIN person mentor ON mentor.id = r.mentor_id
JOIN person mentee ON mentee.id = r.mentee_id
LEFT JOIN programme pg ON pg.id = r.programme_id
LEFT JOIN cohort c ON c.id = r.cohort_id;

CREATE VIEW search_doc_goal AS
SELECT g.id AS id, g.title AS title, g.description AS body FROM goal g;

-- Meetings with an agenda or shared notes (never private_notes).
CREATE VIEW search_doc_meeting AS
SELECT m.id AS id, m.title AS title, trim(m.agenda || char(10) || m.shared_notes) AS body
FROM meeting m
WHERE m.agenda <> '' OR m.shared_notes <> '';

CREATE VIEW search_doc_contact AS
SELECT ct.id AS id, '' AS title, ct.summary AS body FROM contact ct WHERE ct.summary <> '';

CREATE VIEW search_doc_resource AS
SELECT r.id AS id, r.title AS title, trim(r.description || ' ' || replace(r.tags, ',', ' ')) AS body
FROM resource r;

-- People (and the relationships that show their names).
CREATE TRIGGER search_person_insert AFTER INSERT ON person WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    INSERT INTO search_index(rowid, kind, title, body)
        SELECT id * 8 + 1, 'person', title, body FROM search_doc_person WHERE id = new.id;
END;
CREATE TRIGGER search_person_update AFTER UPDATE OF display_name, department ON person WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
    INSERT INTO search_index(rowid, kind, title, body)
        SELECT id * 8 + 1, 'person', title, body FROM search_doc_person WHERE id = new.id;
    DELETE FROM search_index WHERE rowid IN
        (SELECT id * 8 + 2 FROM relationship WHERE mentor_id = new.id OR mentee_id = new.id);
    INSERT INTO search_index(rowid, kind, title, body)
        SELECT id * 8 + 2, 'relationship', title, body FROM search_doc_relationship
        WHERE id IN (SELECT id FROM relationship WHERE mentor_id = new.id OR mentee_id = new.id);
END;
CREATE TRIGGER search_person_delete AFTER DELETE ON person WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
END;
CREATE TRIGGER search_person_tag_insert AFTER INSERT ON person_tag WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    DELETE FROM search_index WHERE rowid = new.person_id * 8 + 1;
    INSERT INTO search_index(rowid, kind, title, body)
        SELECT id * 8 + 1, 'person', title, body FROM search_doc_person WHERE id = new.person_id;
END;
CREATE TRIGGER search_person_tag_update AFTER UPDATE ON person_tag WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    DELETE FROM search_index WHERE rowid IN (old.person_id * 8 + 1, new.person_id * 8 + 1);
    INSERT INTO search_index(rowid, kind, title, body)
        SELECT id * 8 + 1, 'person', title, body FROM search_doc_person
        WHERE id IN (old.person_id, new.person_id);
END;
CREATE TRIGGER search_person_tag_delete AFTER DELETE ON person_tag WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    DELETE FROM search_index WHERE rowid = old.person_id * 8 + 1;
    INSERT INTO search_index(rowid, kind, title, body)
        SELECT id * 8 + 1, 'person', title, body FROM search_doc_person WHERE id = old.person_id;
END;

-- Relationships (and renamed programmes and cohorts).
CREATE TRIGGER search_relationship_insert AFTER INSERT ON relationship WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    INSERT INTO search_index(rowid, kind, title, body)
        SELECT id * 8 + 2, 'relationship', title, body FROM search_doc_relationship WHERE id = new.id;
END;
CREATE TRIGGER search_relationship_update
AFTER UPDATE OF mentor_id, mentee_id, programme_id, cohort_id ON relationship WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 2;
    INSERT INTO search_index(rowid, kind, title, body)
        SELECT id * 8 + 2, 'relationship', title, body FROM search_doc_relationship WHERE id = new.id;
END;
CREATE TRIGGER search_relationship_delete AFTER DELETE ON relationship WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 2;
END;
CREATE TRIGGER search_programme_update AFTER UPDATE OF name ON programme WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    DELETE FROM search_index WHERE rowid IN
        (SELECT id * 8 + 2 FROM relationship WHERE programme_id = new.id);
    INSERT INTO search_index(rowid, kind, title, body)
        SELECT id * 8 + 2, 'relationship', title, body FROM search_doc_relationship
        WHERE id IN (SELECT id FROM relationship WHERE programme_id = new.id);
END;
CREATE TRIGGER search_cohort_update AFTER UPDATE OF name ON cohort WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    DELETE FROM search_index WHERE rowid IN
        (SELECT id * 8 + 2 FROM relationship WHERE cohort_id = new.id);
    INSERT INTO search_index(rowid, kind, title, body)
        SELECT id * 8 + 2, 'relationship', title, body FROM search_doc_relationship
        WHERE id IN (SELECT id FROM relationship WHERE cohort_id = new.id);
END;

-- Goals.
CREATE TRIGGER search_goal_insert AFTER INSERT ON goal WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    INSERT INTO search_index(rowid, kind, title, body)
        SELECT id * 8 + 3, 'goal', title, body FROM search_doc_goal WHERE id = new.id;
END;
CREATE TRIGGER search_goal_update AFTER UPDATE OF title, description ON goal WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
    INSERT INTO search_index(rowid, kind, title, body)
        SELECT id * 8 + 3, 'goal', title, body FROM search_doc_goal WHERE id = new.id;
END;
CREATE TRIGGER search_goal_delete AFTER DELETE ON goal WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
END;

-- Meetings: title, agenda and shared notes only. An update of private_notes alone fires nothing.
CREATE TRIGGER search_meeting_insert AFTER INSERT ON meeting WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    INSERT INTO search_index(rowid, kind, title, body)
        SELECT id * 8 + 4, 'meeting', title, body FROM search_doc_meeting WHERE id = new.id;
END;
CREATE TRIGGER search_meeting_update AFTER UPDATE OF title, agenda, shared_notes ON meeting WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
    INSERT INTO search_index(rowid, kind, title, body)
        SELECT id * 8 + 4, 'meeting', title, body FROM search_doc_meeting WHERE id = new.id;
END;
CREATE TRIGGER search_meeting_delete AFTER DELETE ON meeting WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
END;

-- Contacts.
CREATE TRIGGER search_contact_insert AFTER INSERT ON contact WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    INSERT INTO search_index(rowid, kind, title, body)
        SELECT id * 8 + 5, 'contact', title, body FROM search_doc_contact WHERE id = new.id;
END;
CREATE TRIGGER search_contact_update AFTER UPDATE OF summary ON contact WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 5;
    INSERT INTO search_index(rowid, kind, title, body)
        SELECT id * 8 + 5, 'contact', title, body FROM search_doc_contact WHERE id = new.id;
END;
CREATE TRIGGER search_contact_delete AFTER DELETE ON contact WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 5;
END;

-- Resources.
CREATE TRIGGER search_resource_insert AFTER INSERT ON resource WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    INSERT INTO search_index(rowid, kind, title, body)
        SELECT id * 8 + 6, 'resource', title, body FROM search_doc_resource WHERE id = new.id;
END;
CREATE TRIGGER search_resource_update AFTER UPDATE OF title, description, tags ON resource WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 6;
    INSERT INTO search_index(rowid, kind, title, body)
        SELECT id * 8 + 6, 'resource', title, body FROM search_doc_resource WHERE id = new.id;
END;
CREATE TRIGGER search_resource_delete AFTER DELETE ON resource WHEN (SELECT value FROM settings WHERE key = 'search.suspended') IS NULL
BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 6;
END;

-- Index what is already there.
INSERT INTO search_index(rowid, kind, title, body)
    SELECT id * 8 + 1, 'person', title, body FROM search_doc_person;
INSERT INTO search_index(rowid, kind, title, body)
    SELECT id * 8 + 2, 'relationship', title, body FROM search_doc_relationship;
INSERT INTO search_index(rowid, kind, title, body)
    SELECT id * 8 + 3, 'goal', title, body FROM search_doc_goal;
INSERT INTO search_index(rowid, kind, title, body)
    SELECT id * 8 + 4, 'meeting', title, body FROM search_doc_meeting;
INSERT INTO search_index(rowid, kind, title, body)
    SELECT id * 8 + 5, 'contact', title, body FROM search_doc_contact;
INSERT INTO search_index(rowid, kind, title, body)
    SELECT id * 8 + 6, 'resource', title, body FROM search_doc_resource;
