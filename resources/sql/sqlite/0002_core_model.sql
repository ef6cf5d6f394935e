-- Schema 2: the mentoring domain (PRODUCT.md). Conventions:
--   integer primary keys; instants as UTC Unix seconds (*_at, *_utc);
--   dates as ISO 'YYYY-MM-DD' text (*_on, *_date); enums as lower-case text with CHECKs;
--   created_at/updated_at are modification stamps (excluded from undo comparisons).

CREATE TABLE person (
    id              INTEGER PRIMARY KEY,
    display_name    TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
    email           TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    is_mentor       INTEGER NOT NULL DEFAULT 0 CHECK (is_mentor IN (0, 1)),
    is_mentee       INTEGER NOT NULL DEFAULT 0 CHECK (is_mentee IN (0, 1)),
    is_coordinator  INTEGER NOT NULL DEFAULT 0 CHECK (is_coordinator IN (0, 1)),
    capacity        INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),   -- mentees a mentor can take
    timezone        TEXT NOT NULL DEFAULT '',                           -- IANA id, '' = system
    department      TEXT NOT NULL DEFAULT '',
    manager_id      INTEGER REFERENCES person(id) ON DELETE SET NULL,
    languages       TEXT NOT NULL DEFAULT '',                           -- comma-separated
    bio             TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX person_name ON person(display_name COLLATE NOCASE);

-- Skills and interests as tags.
CREATE TABLE person_tag (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('skill', 'interest')),
    tag         TEXT NOT NULL CHECK (length(trim(tag)) > 0),
    UNIQUE (person_id, kind, tag)
);
CREATE INDEX person_tag_tag ON person_tag(kind, tag);

CREATE TABLE programme (
    id                      INTEGER PRIMARY KEY,
    name                    TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description             TEXT NOT NULL DEFAULT '',
    objectives              TEXT NOT NULL DEFAULT '',
    format                  TEXT NOT NULL DEFAULT 'one_to_one'
                            CHECK (format IN ('one_to_one', 'group', 'peer', 'reverse', 'micro')),
    default_cadence_days    INTEGER NOT NULL DEFAULT 14 CHECK (default_cadence_days > 0),
    default_duration_months INTEGER NOT NULL DEFAULT 12 CHECK (default_duration_months > 0),
    default_meeting_minutes INTEGER NOT NULL DEFAULT 60 CHECK (default_meeting_minutes > 0),
    created_at              INTEGER NOT NULL,
    updated_at              INTEGER NOT NULL
);

CREATE TABLE cohort (
    id              INTEGER PRIMARY KEY,
    programme_id    INTEGER NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    start_date      TEXT NOT NULL,
    end_date        TEXT,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX cohort_programme ON cohort(programme_id);

CREATE TABLE relationship (
    id                  INTEGER PRIMARY KEY,
    mentor_id           INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
    mentee_id           INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
    programme_id        INTEGER REFERENCES programme(id) ON DELETE SET NULL,
    cohort_id           INTEGER REFERENCES cohort(id) ON DELETE SET NULL,
    status              TEXT NOT NULL DEFAULT 'proposed'
                        CHECK (status IN ('proposed', 'active', 'paused', 'completed', 'ended_early')),
    proposed_on         TEXT NOT NULL,
    start_date          TEXT,
    planned_end_date    TEXT,
    end_date            TEXT,
    end_reason          TEXT NOT NULL DEFAULT '',
    closing_reflection  TEXT NOT NULL DEFAULT '',
    cadence_days        INTEGER NOT NULL DEFAULT 14 CHECK (cadence_days > 0),
    agreement           TEXT NOT NULL DEFAULT '',
    fit_check_due       TEXT,
    fit_check_outcome   TEXT NOT NULL DEFAULT 'pending'
                        CHECK (fit_check_outcome IN ('pending', 'confirmed', 'ended')),
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    CHECK (mentor_id <> mentee_id)
);
CREATE INDEX relationship_mentor ON relationship(mentor_id);
CREATE INDEX relationship_mentee ON relationship(mentee_id);
CREATE INDEX relationship_cohort ON relationship(cohort_id);

CREATE TABLE support_contact (
    id              INTEGER PRIMARY KEY,
    relationship_id INTEGER NOT NULL REFERENCES relationship(id) ON DELETE CASCADE,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    relation        TEXT NOT NULL DEFAULT '',   -- parent, peer, manager…
    contact         TEXT NOT NULL DEFAULT '',   -- phone or e-mail
    note            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX support_contact_relationship ON support_contact(relationship_id);

-- SMART goals: specific (title, description), measurable (measure_kind, target_value, unit),
-- achievable/relevant (relevance), time-bound (due_date).
CREATE TABLE goal (
    id              INTEGER PRIMARY KEY,
    relationship_id INTEGER NOT NULL REFERENCES relationship(id) ON DELETE CASCADE,
    title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description     TEXT NOT NULL DEFAULT '',
    measure_kind    TEXT NOT NULL DEFAULT 'percentage' CHECK (measure_kind IN ('percentage', 'target')),
    start_value     REAL NOT NULL DEFAULT 0,
    target_value    REAL NOT NULL DEFAULT 100,
    unit            TEXT NOT NULL DEFAULT '%',
    relevance       TEXT NOT NULL DEFAULT '',
    category        TEXT NOT NULL DEFAULT '',
    due_date        TEXT,
    status          TEXT NOT NULL DEFAULT 'not_started'
                    CHECK (status IN ('not_started', 'in_progress', 'achieved', 'on_hold', 'abandoned')),
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    CHECK (target_value <> start_value)
);
CREATE INDEX goal_relationship ON goal(relationship_id);

CREATE TABLE milestone (
    id          INTEGER PRIMARY KEY,
    goal_id     INTEGER NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    due_date    TEXT,
    done_on     TEXT,
    position    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX milestone_goal ON milestone(goal_id);

CREATE TABLE progress_update (
    id          INTEGER PRIMARY KEY,
    goal_id     INTEGER NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
    recorded_on TEXT NOT NULL,
    value       REAL NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    author_id   INTEGER REFERENCES person(id) ON DELETE SET NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX progress_update_goal ON progress_update(goal_id, recorded_on);

-- Meetings (ARCHITECTURE.md, meetings contract). kind: single | series | override.
-- start_local: 'YYYY-MM-DDTHH:MM:SS' wall-clock time in timezone (or floating), or 'YYYY-MM-DD' when all_day.
-- range_start_utc/range_end_utc: the UTC span this row can touch (a series: first start to last end,
-- NULL end when unbounded), so windowed queries select only rows that can touch a window.
-- Floating and all-day times are converted with UTC as their zone for indexing.
CREATE TABLE meeting (
    id                  INTEGER PRIMARY KEY,
    relationship_id     INTEGER NOT NULL REFERENCES relationship(id) ON DELETE CASCADE,
    kind                TEXT NOT NULL CHECK (kind IN ('single', 'series', 'override')),
    series_id           INTEGER REFERENCES meeting(id) ON DELETE CASCADE,
    uid                 TEXT NOT NULL,
    sequence            INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0),
    title               TEXT NOT NULL DEFAULT '',
    location            TEXT NOT NULL DEFAULT '',
    start_local         TEXT NOT NULL,
    timezone            TEXT NOT NULL DEFAULT '',          -- IANA id; '' with floating or all_day
    floating            INTEGER NOT NULL DEFAULT 0 CHECK (floating IN (0, 1)),
    all_day             INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),
    start_utc           INTEGER NOT NULL,
    duration_minutes    INTEGER NOT NULL CHECK (duration_minutes >= 0),
    rrule               TEXT NOT NULL DEFAULT '',          -- series: one RRULE value per line
    rdates              TEXT NOT NULL DEFAULT '',          -- series: comma-separated, in start_local's form
    exdates             TEXT NOT NULL DEFAULT '',          -- series: comma-separated, in start_local's form
    recurrence_id       TEXT NOT NULL DEFAULT '',          -- override: original start, in the series' form
    recurrence_id_utc   INTEGER,                           -- override: original start as UTC
    range_start_utc     INTEGER NOT NULL,
    range_end_utc       INTEGER,
    mode                TEXT NOT NULL DEFAULT 'video'
                        CHECK (mode IN ('in_person', 'video', 'phone', 'chat', 'shadow_day', 'event')),
    status              TEXT NOT NULL DEFAULT 'planned'
                        CHECK (status IN ('planned', 'held', 'cancelled', 'no_show')),
    initiator           TEXT NOT NULL DEFAULT 'unknown'
                        CHECK (initiator IN ('mentor', 'mentee', 'coordinator', 'unknown')),
    agenda              TEXT NOT NULL DEFAULT '',
    shared_notes        TEXT NOT NULL DEFAULT '',
    private_notes       TEXT NOT NULL DEFAULT '',          -- never exported, reported, searched or shown to mentees
    reminder_minutes    INTEGER CHECK (reminder_minutes IS NULL OR reminder_minutes >= 0),
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    CHECK ((kind = 'override') = (series_id IS NOT NULL)),
    CHECK (kind <> 'series' OR rrule <> '' OR rdates <> '')
);
CREATE UNIQUE INDEX meeting_identity ON meeting(uid, recurrence_id);
CREATE INDEX meeting_relationship ON meeting(relationship_id, range_start_utc);
CREATE INDEX meeting_range ON meeting(range_start_utc, range_end_utc);
CREATE INDEX meeting_series ON meeting(series_id);

CREATE TABLE action_item (
    id              INTEGER PRIMARY KEY,
    relationship_id INTEGER NOT NULL REFERENCES relationship(id) ON DELETE CASCADE,
    meeting_id      INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
    title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
    owner_id        INTEGER REFERENCES person(id) ON DELETE SET NULL,
    due_date        TEXT,
    done_on         TEXT,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX action_item_relationship ON action_item(relationship_id);

-- Logged interactions besides meetings.
CREATE TABLE contact (
    id              INTEGER PRIMARY KEY,
    relationship_id INTEGER NOT NULL REFERENCES relationship(id) ON DELETE CASCADE,
    occurred_at     INTEGER NOT NULL,
    channel         TEXT NOT NULL CHECK (channel IN ('call', 'email', 'message', 'video', 'in_person', 'other')),
    initiator       TEXT NOT NULL DEFAULT 'unknown'
                    CHECK (initiator IN ('mentor', 'mentee', 'coordinator', 'unknown')),
    summary         TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX contact_relationship ON contact(relationship_id, occurred_at);

CREATE TABLE resource (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    kind        TEXT NOT NULL DEFAULT 'link'
                CHECK (kind IN ('article', 'link', 'file', 'template', 'book', 'video', 'job_lead')),
    url         TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    tags        TEXT NOT NULL DEFAULT '',     -- comma-separated
    deadline    TEXT,                         -- job leads
    added_by    INTEGER REFERENCES person(id) ON DELETE SET NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

CREATE TABLE resource_share (
    id              INTEGER PRIMARY KEY,
    resource_id     INTEGER NOT NULL REFERENCES resource(id) ON DELETE CASCADE,
    relationship_id INTEGER NOT NULL REFERENCES relationship(id) ON DELETE CASCADE,
    shared_by       INTEGER REFERENCES person(id) ON DELETE SET NULL,
    shared_on       TEXT NOT NULL,
    read_on         TEXT,
    discussed_on    TEXT,
    note            TEXT NOT NULL DEFAULT '',
    UNIQUE (resource_id, relationship_id)
);
CREATE INDEX resource_share_relationship ON resource_share(relationship_id);

CREATE TABLE feedback (
    id              INTEGER PRIMARY KEY,
    relationship_id INTEGER NOT NULL REFERENCES relationship(id) ON DELETE CASCADE,
    meeting_id      INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
    author_role     TEXT NOT NULL CHECK (author_role IN ('mentor', 'mentee', 'coordinator')),
    author_id       INTEGER REFERENCES person(id) ON DELETE SET NULL,
    rating          INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment         TEXT NOT NULL DEFAULT '',
    given_on        TEXT NOT NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX feedback_relationship ON feedback(relationship_id, given_on);
