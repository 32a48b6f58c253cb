-- 0003_control.sql — control of places answered by seeks instead of scans.
--
-- `query control --province P` must answer at once on millions of events. Territory changes
-- are a third of all events; this partial index holds only them, by place and day, so that
-- "the latest change at this place before a day" is one seek, and walking back to the
-- previous holder visits only territory changes. The type list equals
-- `SELECT type FROM event_types WHERE territorial = 1` (ReportsTests holds them together):
-- SQLite uses a partial index only for queries that repeat its WHERE clause.
CREATE INDEX events_territorial_by_location ON events(location_id, date_start)
WHERE type IN ('Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory');

-- Who holds each place today: exactly `query control` with the default --as-of, so that
--     sqlite3 events.db "SELECT * FROM control_current WHERE admin1 = 'Homs'"
-- gives the rows of `query control --province Homs`. One row per place and claimant of the
-- latest day with a fact (conflicting claims of that day are all shown); `previous` is the
-- other faction of the last fact before that day; `since` the holder's first fact after it.
-- `query control --as-of DAY --show-sql` prints the same statement for another day.
DROP VIEW control_current;
CREATE VIEW control_current AS
WITH places AS (
    SELECT location_id FROM events WHERE type IN ('Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory') AND location_id IS NOT NULL
    UNION SELECT location_id FROM control_observations
),
latest AS MATERIALIZED (
    SELECT p.location_id,
           max(coalesce((SELECT e.date_start FROM events e
                          WHERE e.location_id = p.location_id AND e.type IN ('Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory')
                            AND e.date_start <= date('now')
                            AND EXISTS (SELECT 1 FROM event_factions ef WHERE ef.event_id = e.id AND ef.role = 'controller')
                          ORDER BY e.date_start DESC LIMIT 1), ''),
               coalesce((SELECT max(o.as_of) FROM control_observations o
                          WHERE o.location_id = p.location_id AND o.as_of <= date('now')), '')) AS day
    FROM places p
),
claims_on_day AS MATERIALIZED (
    SELECT l.location_id, ef.faction_id AS faction, l.day, rp.evidence, a.file_name AS article, rp.sentence_index AS sentence
    FROM latest l
    JOIN events e ON e.location_id = l.location_id AND e.date_start = l.day AND e.type IN ('Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory')
    JOIN event_factions ef ON ef.event_id = e.id AND ef.role = 'controller'
    JOIN reports rp ON rp.event_id = e.id
    JOIN articles a ON a.id = rp.article_id
    WHERE l.day <> ''
    UNION ALL
    SELECT l.location_id, o.faction_id, l.day, o.evidence, a.file_name, o.sentence_index
    FROM latest l
    JOIN control_observations o ON o.location_id = l.location_id AND o.as_of = l.day
    JOIN articles a ON a.id = o.article_id
    WHERE l.day <> ''
),
claims AS MATERIALIZED (
    SELECT c.location_id, c.faction, c.day,
           max(coalesce((SELECT e.date_start FROM events e
                          JOIN event_factions ef ON ef.event_id = e.id AND ef.role = 'controller'
                          WHERE e.location_id = c.location_id AND e.type IN ('Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory')
                            AND e.date_start < c.day AND ef.faction_id <> c.faction
                          ORDER BY e.date_start DESC LIMIT 1), ''),
               coalesce((SELECT o.as_of FROM control_observations o
                          WHERE o.location_id = c.location_id AND o.as_of < c.day AND o.faction_id <> c.faction
                          ORDER BY o.as_of DESC LIMIT 1), '')) AS previous_day
    FROM (SELECT DISTINCT location_id, faction, day FROM claims_on_day) c
)
SELECT l.name AS location,
       l.admin1,
       co.name AS country,
       f.key AS controller,
       substr(min(coalesce((SELECT e.date_start || ' ' || e.date FROM events e
                             JOIN event_factions ef ON ef.event_id = e.id AND ef.role = 'controller'
                             WHERE e.location_id = c.location_id AND e.type IN ('Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory')
                               AND e.date_start >= c.previous_day AND e.date_start <= c.day AND ef.faction_id = c.faction
                             ORDER BY e.date_start, e.date LIMIT 1), '~'),
                  coalesce((SELECT o.as_of || ' ' || o.as_of FROM control_observations o
                             WHERE o.location_id = c.location_id AND o.as_of >= c.previous_day AND o.as_of <= c.day
                               AND o.faction_id = c.faction
                             ORDER BY o.as_of LIMIT 1), '~')), 12) AS since,
       (SELECT min(g.key) FROM (
            SELECT ef.faction_id AS faction FROM events e
            JOIN event_factions ef ON ef.event_id = e.id AND ef.role = 'controller'
            WHERE e.location_id = c.location_id AND e.type IN ('Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory') AND e.date_start = c.previous_day
            UNION ALL
            SELECT o.faction_id FROM control_observations o
            WHERE o.location_id = c.location_id AND o.as_of = c.previous_day) x
         JOIN factions g ON g.id = x.faction
         WHERE x.faction <> c.faction) AS previous,
       (SELECT s.evidence FROM claims_on_day s
         WHERE s.location_id = c.location_id AND s.faction = c.faction
         ORDER BY s.article, s.sentence LIMIT 1) AS evidence,
       (SELECT json_group_array(article) FROM (SELECT DISTINCT s.article FROM claims_on_day s
         WHERE s.location_id = c.location_id AND s.faction = c.faction
         ORDER BY s.article)) AS articles
FROM claims c
JOIN locations l ON l.id = c.location_id
JOIN factions f ON f.id = c.faction
LEFT JOIN countries co ON co.code = l.country
ORDER BY l.admin1, l.name, l.id, f.key;
