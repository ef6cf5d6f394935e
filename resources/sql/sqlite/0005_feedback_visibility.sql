-- Schema 5: feedback gets a visibility. A mentor's or mentee's rating is about the other person,
-- so what they wrote before becomes for the coordinators only (the default for new ones too);
-- a coordinator's feedback stays shared with the pair.
ALTER TABLE feedback ADD COLUMN visibility TEXT NOT NULL DEFAULT 'shared_with_pair'
    CHECK (visibility IN ('shared_with_pair', 'coordinator_only'));
UPDATE feedback SET visibility = 'coordinator_only' WHERE author_role IN ('mentor', 'mentee');
