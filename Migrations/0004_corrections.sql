-- 0004_corrections.sql — what analysts' corrections need beyond 0001's `corrections` table.
--
-- A correction names its event by (article content hash, sentence index, event type) and, since
-- one sentence often tells of the same thing at two places ("retook Maheen and Hawareen"), by
-- the ref of the event's place ('' for none; the place it had when corrected). An event
-- told by several articles has one such key per report: all of them are listed here, so that
-- re-extracting any of those articles applies the correction again (a deleted event does not
-- come back through its second article). corrections.content_hash/sentence_index/event_type
-- keep the first key, for reading. Merges of factions (action 'merge_factions': field = the key
-- merged away, value = the key kept) name no event and have no targets.

CREATE TABLE correction_targets (
    correction_id  INTEGER NOT NULL REFERENCES corrections(id) ON DELETE CASCADE,
    content_hash   TEXT NOT NULL,
    sentence_index INTEGER NOT NULL CHECK (sentence_index >= 0),
    event_type     TEXT NOT NULL,
    location_ref   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (content_hash, sentence_index, event_type, location_ref, correction_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX correction_targets_by_correction ON correction_targets(correction_id);

-- The event as it was before the correction (JSON: its row, factions and, for a delete, its
-- reports), so that `query correct undo` can put it back.
ALTER TABLE corrections ADD COLUMN previous TEXT;
