-- 0002_reports.sql — views behind the `query` reports, and the indexes they need.
--
-- Every canned report of `query` reads one of these views (or the SQL that `query REPORT
-- --show-sql` prints), so that sqlite3 gives the rows the CLI gives, e.g.
--     sqlite3 events.db "SELECT * FROM control_current WHERE admin1 = 'Homs'"
-- equals `query control --province Homs`.

-- ───── Events ─────

-- event_details gains `location_id`, so that reports filter on the indexed column.
DROP VIEW event_details;
CREATE VIEW event_details AS
SELECT e.id,
       e.type,
       t.family,
       e.date,
       e.date_precision,
       e.date_start,
       e.date_end,
       l.name  AS location,
       l.ref   AS location_ref,
       l.admin1,
       l.admin2,
       c.name  AS country,
       l.latitude,
       l.longitude,
       r.actor,
       r.target,
       r.controller,
       r.associates,
       e.fatalities,
       (SELECT rp.evidence FROM reports rp WHERE rp.event_id = e.id ORDER BY rp.id LIMIT 1) AS evidence,
       (SELECT json_group_array(file_name) FROM (SELECT DISTINCT a.file_name FROM reports rp
          JOIN articles a ON a.id = rp.article_id WHERE rp.event_id = e.id ORDER BY a.file_name)) AS articles,
       (SELECT count(*) FROM reports rp WHERE rp.event_id = e.id) AS report_count,
       e.location_id
FROM events e
JOIN event_types t ON t.type = e.type
LEFT JOIN locations l ON l.id = e.location_id
LEFT JOIN countries c ON c.code = l.country
JOIN event_roles r ON r.event_id = e.id;

-- ───── Control ─────

-- Who holds each place today: `query control` with the default --as-of. One row per place
-- and claimant of the latest day with a fact (conflicting claims of that day are all shown);
-- `since` goes back over earlier facts of the same holder until another faction's fact;
-- `previous` is the last other faction before that day. `query control --as-of DAY` runs
-- the same SQL with DAY in place of date('now') (see `query control --show-sql`).
DROP VIEW control_current;
CREATE VIEW control_current AS
WITH facts AS (
    SELECT e.location_id, f.key AS controller, e.date AS since, e.date_start AS day,
           'change' AS basis, rp.evidence, a.file_name AS article, rp.sentence_index AS sentence
    FROM events e
    JOIN event_types t ON t.type = e.type
    JOIN event_factions ef ON ef.event_id = e.id AND ef.role = 'controller'
    JOIN factions f ON f.id = ef.faction_id
    JOIN reports rp ON rp.event_id = e.id
    JOIN articles a ON a.id = rp.article_id
    WHERE t.territorial = 1 AND e.date_start <= date('now')
    UNION ALL
    SELECT o.location_id, f.key, o.as_of, o.as_of, 'stated', o.evidence, a.file_name, o.sentence_index
    FROM control_observations o
    JOIN factions f ON f.id = o.faction_id
    JOIN articles a ON a.id = o.article_id
    WHERE o.as_of <= date('now')
),
latest AS (
    SELECT location_id, max(day) AS day FROM facts GROUP BY location_id
),
claims AS (
    SELECT DISTINCT f.location_id, f.controller, f.day
    FROM facts f JOIN latest ON latest.location_id = f.location_id AND latest.day = f.day
)
SELECT l.name AS location,
       l.admin1,
       c.name AS country,
       claims.controller,
       (SELECT p.since FROM facts p
         WHERE p.location_id = claims.location_id AND p.controller = claims.controller
           AND NOT EXISTS (SELECT 1 FROM facts q
                            WHERE q.location_id = p.location_id AND q.controller <> p.controller
                              AND q.day > p.day AND q.day < claims.day)
         ORDER BY p.day, p.since LIMIT 1) AS since,
       (SELECT p.controller FROM facts p
         WHERE p.location_id = claims.location_id AND p.controller <> claims.controller
           AND p.day < claims.day
         ORDER BY p.day DESC, p.controller LIMIT 1) AS previous,
       (SELECT p.evidence FROM facts p
         WHERE p.location_id = claims.location_id AND p.controller = claims.controller AND p.day = claims.day
         ORDER BY p.article, p.sentence LIMIT 1) AS evidence,
       (SELECT json_group_array(article) FROM (SELECT DISTINCT p.article FROM facts p
         WHERE p.location_id = claims.location_id AND p.controller = claims.controller AND p.day = claims.day
         ORDER BY p.article)) AS articles,
       l.kind,
       l.ref AS location_ref,
       l.latitude,
       l.longitude
FROM claims
JOIN locations l ON l.id = claims.location_id
LEFT JOIN countries c ON c.code = l.country
ORDER BY l.admin1, l.name, l.id, claims.controller;
