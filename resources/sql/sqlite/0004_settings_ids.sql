-- Schema 4: settings rows get an integer id (the key stays unique), so that the profile and the
-- per-database preferences are rows like any other: written through ChangeSets, undoable.
--
-- The search triggers of schema 3 read settings ('search.suspended'). A modern ALTER TABLE … RENAME
-- rechecks every trigger and fails while the old table is gone, so the rename below runs in
-- legacy mode: the triggers keep the name "settings", which the new table then has.
PRAGMA legacy_alter_table = ON;

CREATE TABLE settings_new (
    id    INTEGER PRIMARY KEY,
    key   TEXT NOT NULL UNIQUE,
    value TEXT NOT NULL
);
INSERT INTO settings_new(key, value) SELECT key, value FROM settings ORDER BY key;
DROP TABLE settings;
ALTER TABLE settings_new RENAME TO settings;

PRAGMA legacy_alter_table = OFF;
