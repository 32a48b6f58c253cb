-- 0007_write_path_without_temp_tables.sql — what ingest writes is checked and kept up to date
-- as before, without building temporary b-trees.
--
-- Two forms made SQLite build a temporary b-tree each time a statement or a trigger program ran,
-- and ingest runs them for every event, faction role and report it writes (about twenty times
-- per article, most of the cost of storing one after the search index):
--   * `x IN ('a', 'b', 'c')`: an IN list of more than two constants becomes a temporary index,
--     built again at every run. This was in the CHECK constraints of events.date_precision and
--     event_factions.role, in the partial index events_territorial_by_location and in the
--     control triggers of 0005. `x = 'a' OR x = 'b' OR …` accepts the same values without one.
--   * `INSERT INTO control_days_refresh SELECT …`: the rows of a SELECT inserted into a view with
--     an INSTEAD OF trigger are first written to a temporary table, even when there are none.
--     The triggers below say in WHEN whether there is anything to refresh and insert one row
--     with VALUES. Refreshing a place and day is idempotent, so the update triggers refresh the
--     old and the new place and day without testing whether they differ.
-- What each table, index and trigger is for is as in 0001 and 0005.
--
-- A CHECK constraint cannot be altered, so events and event_factions are rebuilt as SQLite's
-- ALTER TABLE documentation describes (foreign keys off, which the migrator does around every
-- migration, and foreign_key_check clean before commit). legacy_alter_table keeps the rename
-- from re-checking the views, which name `events` and find it again once it is renamed. On a
-- database of a million events this takes some seconds, once.
PRAGMA legacy_alter_table = ON;

-- The control triggers go first: those on events and event_factions would go with the tables.
DROP TRIGGER control_days_refresh;
DROP TRIGGER events_control_days_delete;
DROP TRIGGER events_control_days_update;
DROP TRIGGER event_factions_control_days_insert;
DROP TRIGGER event_factions_control_days_delete;
DROP TRIGGER event_factions_control_days_update;
DROP TRIGGER reports_control_days_insert;
DROP TRIGGER reports_control_days_delete;
DROP TRIGGER reports_control_days_update;
DROP TRIGGER control_observations_control_days_insert;
DROP TRIGGER control_observations_control_days_delete;
DROP TRIGGER control_observations_control_days_update;
DROP TRIGGER articles_control_days_file_name;
DROP VIEW control_claims;

CREATE TABLE events_0007 (
    id             INTEGER PRIMARY KEY,
    type           TEXT NOT NULL REFERENCES event_types(type),
    date           TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]'
                        OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'
                        OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    date_precision TEXT NOT NULL CHECK (date_precision = 'day' OR date_precision = 'month'
                        OR date_precision = 'year' OR date_precision = 'unknown'),
    date_start     TEXT CHECK (date_start IS NULL OR date(date_start) IS date_start),
    date_end       TEXT CHECK (date_end IS NULL OR date(date_end) IS date_end),
    location_id    INTEGER REFERENCES locations(id),
    fatalities     INTEGER CHECK (fatalities IS NULL OR fatalities >= 0),
    CHECK ((date IS NULL) = (date_precision = 'unknown')),
    CHECK ((date IS NULL) = (date_start IS NULL) AND (date IS NULL) = (date_end IS NULL)),
    CHECK (date_start IS NULL OR date_start <= date_end)
) STRICT;
INSERT INTO events_0007 (id, type, date, date_precision, date_start, date_end, location_id, fatalities)
SELECT id, type, date, date_precision, date_start, date_end, location_id, fatalities FROM events;
DROP TABLE events;
ALTER TABLE events_0007 RENAME TO events;

CREATE INDEX events_by_location ON events(location_id, date_start);
CREATE INDEX events_by_date ON events(date_start);
CREATE INDEX events_by_type ON events(type, date_start);
-- A query that should use this index must write the condition as the index does: SQLite
-- matches a partial index's condition by its text.
CREATE INDEX events_territorial_by_location ON events(location_id, date_start)
WHERE (type = 'Government regains territory' OR type = 'Non-state actor overtakes territory' OR type = 'Non-violent transfer of territory');

CREATE TABLE event_factions_0007 (
    event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role = 'actor' OR role = 'associate' OR role = 'target' OR role = 'controller'),
    faction_id INTEGER NOT NULL REFERENCES factions(id),
    PRIMARY KEY (event_id, role, faction_id)
) STRICT, WITHOUT ROWID;
INSERT INTO event_factions_0007 (event_id, role, faction_id) SELECT event_id, role, faction_id FROM event_factions;
DROP TABLE event_factions;
ALTER TABLE event_factions_0007 RENAME TO event_factions;

CREATE INDEX event_factions_by_faction ON event_factions(faction_id, role);

CREATE VIEW control_claims AS
SELECT e.location_id, e.date_start AS day, ef.faction_id, rp.evidence, a.file_name AS article, rp.sentence_index AS sentence
FROM events e
JOIN event_factions ef ON ef.event_id = e.id AND ef.role = 'controller'
JOIN reports rp ON rp.event_id = e.id
JOIN articles a ON a.id = rp.article_id
WHERE (e.type = 'Government regains territory' OR e.type = 'Non-state actor overtakes territory' OR e.type = 'Non-violent transfer of territory')
UNION ALL
SELECT o.location_id, o.as_of, o.faction_id, o.evidence, a.file_name, o.sentence_index
FROM control_observations o
JOIN articles a ON a.id = o.article_id;

-- Inserting (place, day) recomputes the rows of control_days of that place and day; a NULL
-- place or day does nothing.
CREATE TRIGGER control_days_refresh INSTEAD OF INSERT ON control_days_refresh
WHEN NEW.location_id IS NOT NULL AND NEW.day IS NOT NULL
BEGIN
    DELETE FROM control_days WHERE location_id = NEW.location_id AND day = NEW.day;
    INSERT INTO control_days (location_id, day, faction_id, since, evidence, articles)
    SELECT NEW.location_id, NEW.day, x.faction_id, min(x.since),
           (SELECT c.evidence FROM control_claims c
             WHERE c.location_id = NEW.location_id AND c.day = NEW.day AND c.faction_id = x.faction_id
             ORDER BY c.article, c.sentence LIMIT 1),
           (SELECT nullif(json_group_array(article), '[]') FROM (SELECT DISTINCT c.article FROM control_claims c
             WHERE c.location_id = NEW.location_id AND c.day = NEW.day AND c.faction_id = x.faction_id
             ORDER BY c.article))
    FROM (SELECT ef.faction_id, e.date AS since
          FROM events e JOIN event_factions ef ON ef.event_id = e.id AND ef.role = 'controller'
          WHERE e.location_id = NEW.location_id AND e.date_start = NEW.day
            AND (e.type = 'Government regains territory' OR e.type = 'Non-state actor overtakes territory' OR e.type = 'Non-violent transfer of territory')
          UNION ALL
          SELECT o.faction_id, o.as_of FROM control_observations o
          WHERE o.location_id = NEW.location_id AND o.as_of = NEW.day) x
    GROUP BY x.faction_id;
END;

CREATE TRIGGER events_control_days_delete AFTER DELETE ON events
WHEN (OLD.type = 'Government regains territory' OR OLD.type = 'Non-state actor overtakes territory' OR OLD.type = 'Non-violent transfer of territory')
BEGIN
    INSERT INTO control_days_refresh VALUES (OLD.location_id, OLD.date_start);
END;

CREATE TRIGGER events_control_days_update AFTER UPDATE OF type, date, date_start, location_id ON events
WHEN (OLD.type = 'Government regains territory' OR OLD.type = 'Non-state actor overtakes territory' OR OLD.type = 'Non-violent transfer of territory')
  OR (NEW.type = 'Government regains territory' OR NEW.type = 'Non-state actor overtakes territory' OR NEW.type = 'Non-violent transfer of territory')
BEGIN
    INSERT INTO control_days_refresh VALUES (OLD.location_id, OLD.date_start);
    INSERT INTO control_days_refresh VALUES (NEW.location_id, NEW.date_start);
END;

-- Ingest writes an event's controller before its reports: a claim no article tells of yet
-- changes only `since` (an upsert, the common path); with reports, the day is recomputed.
CREATE TRIGGER event_factions_control_days_insert AFTER INSERT ON event_factions
WHEN NEW.role = 'controller'
BEGIN
    INSERT INTO control_days (location_id, day, faction_id, since)
    SELECT location_id, date_start, NEW.faction_id, date FROM events
    WHERE id = NEW.event_id AND location_id IS NOT NULL AND date_start IS NOT NULL
      AND (type = 'Government regains territory' OR type = 'Non-state actor overtakes territory' OR type = 'Non-violent transfer of territory')
      AND NOT EXISTS (SELECT 1 FROM reports WHERE event_id = NEW.event_id)
    ON CONFLICT DO UPDATE SET since = min(since, excluded.since);
    INSERT INTO control_days_refresh VALUES (
        (SELECT location_id FROM events
          WHERE id = NEW.event_id AND EXISTS (SELECT 1 FROM reports WHERE event_id = NEW.event_id)
            AND (type = 'Government regains territory' OR type = 'Non-state actor overtakes territory' OR type = 'Non-violent transfer of territory')),
        (SELECT date_start FROM events WHERE id = NEW.event_id));
END;

CREATE TRIGGER event_factions_control_days_delete AFTER DELETE ON event_factions
WHEN OLD.role = 'controller'
BEGIN
    INSERT INTO control_days_refresh VALUES (
        (SELECT location_id FROM events WHERE id = OLD.event_id
            AND (type = 'Government regains territory' OR type = 'Non-state actor overtakes territory' OR type = 'Non-violent transfer of territory')),
        (SELECT date_start FROM events WHERE id = OLD.event_id));
END;

CREATE TRIGGER event_factions_control_days_update AFTER UPDATE ON event_factions
WHEN OLD.role = 'controller' OR NEW.role = 'controller'
BEGIN
    INSERT INTO control_days_refresh VALUES (
        (SELECT location_id FROM events WHERE id = OLD.event_id
            AND (type = 'Government regains territory' OR type = 'Non-state actor overtakes territory' OR type = 'Non-violent transfer of territory')),
        (SELECT date_start FROM events WHERE id = OLD.event_id));
    INSERT INTO control_days_refresh VALUES (
        (SELECT location_id FROM events WHERE id = NEW.event_id
            AND (type = 'Government regains territory' OR type = 'Non-state actor overtakes territory' OR type = 'Non-violent transfer of territory')),
        (SELECT date_start FROM events WHERE id = NEW.event_id));
END;

-- Only reports of a territory change with a controller can add a claim: most reports run
-- nothing but this WHEN.
CREATE TRIGGER reports_control_days_insert AFTER INSERT ON reports
WHEN EXISTS (SELECT 1 FROM events e JOIN event_factions ef ON ef.event_id = e.id AND ef.role = 'controller'
             WHERE e.id = NEW.event_id
               AND (e.type = 'Government regains territory' OR e.type = 'Non-state actor overtakes territory' OR e.type = 'Non-violent transfer of territory'))
BEGIN
    INSERT INTO control_days_refresh VALUES (
        (SELECT location_id FROM events WHERE id = NEW.event_id),
        (SELECT date_start FROM events WHERE id = NEW.event_id));
END;

CREATE TRIGGER reports_control_days_delete AFTER DELETE ON reports
WHEN EXISTS (SELECT 1 FROM events e JOIN event_factions ef ON ef.event_id = e.id AND ef.role = 'controller'
             WHERE e.id = OLD.event_id
               AND (e.type = 'Government regains territory' OR e.type = 'Non-state actor overtakes territory' OR e.type = 'Non-violent transfer of territory'))
BEGIN
    INSERT INTO control_days_refresh VALUES (
        (SELECT location_id FROM events WHERE id = OLD.event_id),
        (SELECT date_start FROM events WHERE id = OLD.event_id));
END;

CREATE TRIGGER reports_control_days_update AFTER UPDATE OF event_id, article_id, sentence_index, evidence ON reports
BEGIN
    INSERT INTO control_days_refresh VALUES (
        (SELECT location_id FROM events WHERE id = OLD.event_id
            AND (type = 'Government regains territory' OR type = 'Non-state actor overtakes territory' OR type = 'Non-violent transfer of territory')),
        (SELECT date_start FROM events WHERE id = OLD.event_id));
    INSERT INTO control_days_refresh VALUES (
        (SELECT location_id FROM events WHERE id = NEW.event_id
            AND (type = 'Government regains territory' OR type = 'Non-state actor overtakes territory' OR type = 'Non-violent transfer of territory')),
        (SELECT date_start FROM events WHERE id = NEW.event_id));
END;

CREATE TRIGGER control_observations_control_days_insert AFTER INSERT ON control_observations
BEGIN
    INSERT INTO control_days_refresh VALUES (NEW.location_id, NEW.as_of);
END;

CREATE TRIGGER control_observations_control_days_delete AFTER DELETE ON control_observations
BEGIN
    INSERT INTO control_days_refresh VALUES (OLD.location_id, OLD.as_of);
END;

CREATE TRIGGER control_observations_control_days_update
AFTER UPDATE OF location_id, faction_id, as_of, article_id, sentence_index, evidence ON control_observations
BEGIN
    INSERT INTO control_days_refresh VALUES (OLD.location_id, OLD.as_of);
    INSERT INTO control_days_refresh VALUES (NEW.location_id, NEW.as_of);
END;

-- Renaming an article's file changes the `articles` of its places and days: several rows, so a
-- SELECT (rare: only a re-ingest under another name does it).
CREATE TRIGGER articles_control_days_file_name AFTER UPDATE OF file_name ON articles
WHEN NEW.file_name IS NOT OLD.file_name
BEGIN
    INSERT INTO control_days_refresh
    SELECT e.location_id, e.date_start FROM reports rp JOIN events e ON e.id = rp.event_id
    WHERE rp.article_id = NEW.id
      AND (e.type = 'Government regains territory' OR e.type = 'Non-state actor overtakes territory' OR e.type = 'Non-violent transfer of territory')
    UNION
    SELECT location_id, as_of FROM control_observations WHERE article_id = NEW.id;
END;

PRAGMA legacy_alter_table = OFF;
