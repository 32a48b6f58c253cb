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

-- ───── Summaries ─────

-- Per faction: events by role, and places gained (held afterwards) and lost (target) in
-- territory changes: `query factions`.
CREATE VIEW faction_summary AS
WITH scope AS (
    SELECT id, location_id, family, type IN (SELECT type FROM event_types WHERE territorial = 1) AS territorial
    FROM event_details
)
SELECT f.key AS faction,
       f.name,
       f.kind,
       count(DISTINCT s.id) AS events,
       count(DISTINCT CASE WHEN ef.role = 'actor' THEN s.id END) AS as_actor,
       count(DISTINCT CASE WHEN ef.role = 'target' THEN s.id END) AS as_target,
       count(DISTINCT CASE WHEN ef.role = 'controller' THEN s.id END) AS as_controller,
       count(DISTINCT CASE WHEN ef.role = 'associate' THEN s.id END) AS as_associate,
       count(DISTINCT CASE WHEN ef.role = 'controller' AND s.territorial THEN s.location_id END) AS places_gained,
       count(DISTINCT CASE WHEN ef.role = 'target' AND s.territorial THEN s.location_id END) AS places_lost
FROM factions f
JOIN event_factions ef ON ef.faction_id = f.id
JOIN scope s ON s.id = ef.event_id
GROUP BY f.id
ORDER BY events DESC, f.key;

-- Fatalities per month (the year, for events known only to the year), governorate and acting
-- faction, over the events that give a figure: `query casualties`.
CREATE VIEW casualties_by_month AS
SELECT CASE date_precision WHEN 'year' THEN date ELSE substr(date_start, 1, 7) END AS month,
       admin1,
       actor AS faction,
       count(*) AS events,
       sum(fatalities) AS fatalities
FROM event_details
WHERE fatalities IS NOT NULL
GROUP BY 1, 2, 3
ORDER BY month IS NULL, month, admin1, faction;

-- Per outlet and per cited agency (SOHR, Reuters, SANA…): articles, events, first and last
-- publication day; the agencies an outlet cites and the outlets that cite an agency: `query sources`.
CREATE VIEW source_summary AS
SELECT * FROM (
    SELECT s.name AS source,
           s.kind,
           (SELECT count(*) FROM articles a WHERE a.outlet_id = s.id) AS articles,
           (SELECT count(DISTINCT rp.event_id) FROM reports rp JOIN articles a ON a.id = rp.article_id
             WHERE a.outlet_id = s.id) AS events,
           (SELECT min(a.published) FROM articles a WHERE a.outlet_id = s.id) AS first_published,
           (SELECT max(a.published) FROM articles a WHERE a.outlet_id = s.id) AS last_published,
           (SELECT group_concat(name, ', ') FROM (SELECT DISTINCT ag.name FROM articles a
              JOIN article_agencies aa ON aa.article_id = a.id JOIN sources ag ON ag.id = aa.source_id
             WHERE a.outlet_id = s.id ORDER BY ag.name)) AS agencies,
           NULL AS outlets
    FROM sources s WHERE s.kind = 'outlet'
    UNION ALL
    SELECT s.name,
           s.kind,
           (SELECT count(*) FROM article_agencies aa WHERE aa.source_id = s.id),
           (SELECT count(DISTINCT rp.event_id) FROM reports rp WHERE rp.agency_id = s.id),
           (SELECT min(a.published) FROM article_agencies aa JOIN articles a ON a.id = aa.article_id WHERE aa.source_id = s.id),
           (SELECT max(a.published) FROM article_agencies aa JOIN articles a ON a.id = aa.article_id WHERE aa.source_id = s.id),
           NULL,
           (SELECT group_concat(name, ', ') FROM (SELECT DISTINCT o.name FROM article_agencies aa
              JOIN articles a ON a.id = aa.article_id JOIN sources o ON o.id = a.outlet_id
             WHERE aa.source_id = s.id ORDER BY o.name))
    FROM sources s WHERE s.kind = 'agency'
)
ORDER BY kind DESC, articles DESC, source;

-- ───── Indexes the reports need ─────

CREATE INDEX article_agencies_by_source ON article_agencies(source_id);
CREATE INDEX reports_by_agency ON reports(agency_id) WHERE agency_id IS NOT NULL;
