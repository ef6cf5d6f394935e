-- Schema 7: indexes for the progress charts (issue 11), so a cohort's year of charts reads what
-- it shows without visiting every meeting row.
--
-- * meeting_held: the held meetings that are history (single meetings and overrides; a series'
--   own row is never held) by start, with the columns the charts read, so the read is a range of
--   this index alone (SQLite 3.40 covers a query only with the WHERE's columns in the index, so
--   kind and status are in it too). For these rows range_start_utc equals start_utc
--   (MeetingService::deriveTimes).
-- * progress_update_goal gains id and value, so a goal's latest update (by date, then id) is the
--   first entry of its range and is read from the index alone.

CREATE INDEX meeting_held ON meeting(start_utc, relationship_id, duration_minutes, title, kind, status)
    WHERE kind <> 'series' AND status = 'held';

DROP INDEX progress_update_goal;
CREATE INDEX progress_update_goal ON progress_update(goal_id, recorded_on, id, value);

-- * contact_time and feedback_given: a window of months of every relationship's contacts and
--   ratings is a range of a small index, not a scan of the tables and their notes and comments.
CREATE INDEX contact_time ON contact(occurred_at, relationship_id);
CREATE INDEX feedback_given ON feedback(given_on, relationship_id, rating, visibility, author_role);
