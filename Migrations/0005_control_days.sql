-- 0005_control_days.sql — who claims each place on each day, kept up to date by triggers.
--
-- `query control --province P` must answer in milliseconds on millions of events. Before this
-- migration it walked, per place, every territory change, its controller, its reports and their
-- articles. `control_days` holds the result of that walk for each place, day and claimant, so
-- that the report reads one small row per step (Reports/SQL/ControlSQL.swift):
--   the latest day of a place on or before --as-of, its claimants, the last day another faction
--   claimed it before (`previous`), and the holder's first day after that (`since`).
-- A row is one (place, day, faction) with at least one fact: a territory change with that
-- controller starting that day (reported or not), or a stated holding as of that day. `since`
-- is the earliest date text of those facts (a month-precise change gives '2015-11'); `evidence`
-- and `articles` come from the facts that an article tells of (first by article file name and
-- sentence; the distinct file names as a JSON array) and are NULL when no report tells of any:
-- such a day still counts as the latest day, but shows no claim (as in 0003).
CREATE TABLE control_days (
    location_id INTEGER NOT NULL,
    day         TEXT NOT NULL,            -- events.date_start or control_observations.as_of
    faction_id  INTEGER NOT NULL,
    since       TEXT NOT NULL,            -- the earliest events.date / as_of of that day
    evidence    TEXT,                     -- NULL when no article tells of it
    articles    TEXT,                     -- JSON array of file names, NULL likewise
    PRIMARY KEY (location_id, day, faction_id)
) STRICT, WITHOUT ROWID;

-- The facts that article reports tell of, by place, day and claimant: what `evidence` and
-- `articles` summarise. Read with a place and a day, every step is a seek.
CREATE VIEW control_claims AS
SELECT e.location_id, e.date_start AS day, ef.faction_id, rp.evidence, a.file_name AS article, rp.sentence_index AS sentence
FROM events e
JOIN event_factions ef ON ef.event_id = e.id AND ef.role = 'controller'
JOIN reports rp ON rp.event_id = e.id
JOIN articles a ON a.id = rp.article_id
WHERE e.type IN ('Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory')
UNION ALL
SELECT o.location_id, o.as_of, o.faction_id, o.evidence, a.file_name, o.sentence_index
FROM control_observations o
JOIN articles a ON a.id = o.article_id;

-- Inserting (place, day) here recomputes the rows of control_days of that place and day from
-- the facts: the one definition of a row, used by every trigger below and by the backfill.
-- A NULL place or day (an undated or unplaced event) has no row.
CREATE VIEW control_days_refresh (location_id, day) AS SELECT NULL, NULL WHERE 0;

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
            AND e.type IN ('Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory')
          UNION ALL
          SELECT o.faction_id, o.as_of FROM control_observations o
          WHERE o.location_id = NEW.location_id AND o.as_of = NEW.day) x
    GROUP BY x.faction_id;
END;

-- What can change a row: a territory change deleted or altered, its controller, its reports,
-- the file name of a reporting article, a stated holding. Each trigger refreshes the place and
-- day before and after the change (seeks only). A new event needs none: its controller and
-- reports come after it. Deleting an event or an article cascades to its rows here through
-- these triggers (the foreign keys every connection of the tools enables).
CREATE TRIGGER events_control_days_delete AFTER DELETE ON events
WHEN OLD.type IN ('Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory')
BEGIN
    INSERT INTO control_days_refresh VALUES (OLD.location_id, OLD.date_start);
END;

CREATE TRIGGER events_control_days_update AFTER UPDATE OF type, date, date_start, location_id ON events
WHEN OLD.type IN ('Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory')
  OR NEW.type IN ('Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory')
BEGIN
    INSERT INTO control_days_refresh VALUES (OLD.location_id, OLD.date_start);
    INSERT INTO control_days_refresh SELECT NEW.location_id, NEW.date_start
    WHERE NEW.location_id IS NOT OLD.location_id OR NEW.date_start IS NOT OLD.date_start;
END;

-- Ingest writes an event's controller before its reports: a claim no article tells of yet
-- changes only `since` (an upsert, the common path); with reports, the day is recomputed.
CREATE TRIGGER event_factions_control_days_insert AFTER INSERT ON event_factions
WHEN NEW.role = 'controller'
BEGIN
    INSERT INTO control_days (location_id, day, faction_id, since)
    SELECT location_id, date_start, NEW.faction_id, date FROM events
    WHERE id = NEW.event_id AND location_id IS NOT NULL AND date_start IS NOT NULL
      AND type IN ('Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory')
      AND NOT EXISTS (SELECT 1 FROM reports WHERE event_id = NEW.event_id)
    ON CONFLICT DO UPDATE SET since = min(since, excluded.since);
    INSERT INTO control_days_refresh SELECT location_id, date_start FROM events
    WHERE id = NEW.event_id AND EXISTS (SELECT 1 FROM reports WHERE event_id = NEW.event_id)
      AND type IN ('Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory');
END;

CREATE TRIGGER event_factions_control_days_delete AFTER DELETE ON event_factions
WHEN OLD.role = 'controller'
BEGIN
    INSERT INTO control_days_refresh SELECT location_id, date_start FROM events
    WHERE id = OLD.event_id AND type IN ('Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory');
END;

CREATE TRIGGER event_factions_control_days_update AFTER UPDATE ON event_factions
WHEN OLD.role = 'controller' OR NEW.role = 'controller'
BEGIN
    INSERT INTO control_days_refresh SELECT location_id, date_start FROM events
    WHERE id = OLD.event_id AND type IN ('Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory');
    INSERT INTO control_days_refresh SELECT location_id, date_start FROM events
    WHERE id = NEW.event_id AND NEW.event_id IS NOT OLD.event_id
      AND type IN ('Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory');
END;

-- Only reports of a territory change with a controller can add a claim.
CREATE TRIGGER reports_control_days_insert AFTER INSERT ON reports
BEGIN
    INSERT INTO control_days_refresh SELECT e.location_id, e.date_start FROM events e
    WHERE e.id = NEW.event_id AND e.type IN ('Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory')
      AND EXISTS (SELECT 1 FROM event_factions ef WHERE ef.event_id = e.id AND ef.role = 'controller');
END;

CREATE TRIGGER reports_control_days_delete AFTER DELETE ON reports
BEGIN
    INSERT INTO control_days_refresh SELECT e.location_id, e.date_start FROM events e
    WHERE e.id = OLD.event_id AND e.type IN ('Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory')
      AND EXISTS (SELECT 1 FROM event_factions ef WHERE ef.event_id = e.id AND ef.role = 'controller');
END;

CREATE TRIGGER reports_control_days_update AFTER UPDATE OF event_id, article_id, sentence_index, evidence ON reports
BEGIN
    INSERT INTO control_days_refresh SELECT e.location_id, e.date_start FROM events e
    WHERE e.id IN (OLD.event_id, NEW.event_id)
      AND e.type IN ('Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory');
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
    INSERT INTO control_days_refresh SELECT NEW.location_id, NEW.as_of
    WHERE NEW.location_id IS NOT OLD.location_id OR NEW.as_of IS NOT OLD.as_of;
END;

CREATE TRIGGER articles_control_days_file_name AFTER UPDATE OF file_name ON articles
WHEN NEW.file_name IS NOT OLD.file_name
BEGIN
    INSERT INTO control_days_refresh
    SELECT e.location_id, e.date_start FROM reports rp JOIN events e ON e.id = rp.event_id
    WHERE rp.article_id = NEW.id
      AND e.type IN ('Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory')
    UNION
    SELECT location_id, as_of FROM control_observations WHERE article_id = NEW.id;
END;

-- Who holds each place today, now read from control_days: still exactly `query control` with
-- the default --as-of (ReportsTests holds this text to ControlSQL.current), so that
--     sqlite3 events.db "SELECT * FROM control_current WHERE admin1 = 'Homs'"
-- gives the rows of `query control --province Homs`.
DROP VIEW control_current;
CREATE VIEW control_current AS
WITH latest AS MATERIALIZED (
    SELECT location_id, max(day) AS day FROM control_days WHERE day <= date('now') GROUP BY location_id
),
claims AS MATERIALIZED (
    SELECT d.location_id, d.faction_id, d.day, d.evidence, d.articles,
           coalesce((SELECT p.day FROM control_days p
                      WHERE p.location_id = d.location_id AND p.day < d.day AND p.faction_id <> d.faction_id
                      ORDER BY p.day DESC LIMIT 1), '') AS previous_day
    FROM latest t
    JOIN control_days d ON d.location_id = t.location_id AND d.day = t.day
    WHERE d.evidence IS NOT NULL
)
SELECT l.name AS location,
       l.admin1,
       co.name AS country,
       f.key AS controller,
       (SELECT s.since FROM control_days s
         WHERE s.location_id = c.location_id AND s.day >= c.previous_day AND s.day <= c.day AND s.faction_id = c.faction_id
         ORDER BY s.day LIMIT 1) AS since,
       (SELECT min(g.key) FROM control_days p JOIN factions g ON g.id = p.faction_id
         WHERE p.location_id = c.location_id AND p.day = c.previous_day AND p.faction_id <> c.faction_id) AS previous,
       c.evidence,
       c.articles
FROM claims c
JOIN locations l ON l.id = c.location_id
JOIN factions f ON f.id = c.faction_id
LEFT JOIN countries co ON co.code = l.country
ORDER BY l.admin1, l.name, l.id, f.key;

-- The rows of a database written before this migration.
INSERT INTO control_days_refresh
SELECT location_id, date_start FROM events
WHERE type IN ('Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory')
  AND location_id IS NOT NULL AND date_start IS NOT NULL
UNION
SELECT location_id, as_of FROM control_observations;
