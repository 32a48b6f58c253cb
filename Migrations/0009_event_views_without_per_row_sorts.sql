-- 0009_event_views_without_per_row_sorts.sql — the same event_roles and event_details, with
-- fewer B-tree operations per event.
--
-- `query events` and `query timeline` read event_details, and each of their rows ran one
-- correlated subquery per column that is not in `events`. Three of them built a temporary
-- B-tree for every row (`ORDER BY f.key LIMIT 1` for actor, target and controller), and
-- event_details reached the roles by joining event_roles, that is a second seek into `events`
-- for every row. Now:
--   - actor, target and controller are the smallest key of the role, read as the bare column
--     beside min() (SQLite gives a bare column the value of the row that min() picked), inside
--     a subquery in FROM so that the view column keeps its declared type TEXT;
--   - event_details computes the roles itself (the same expressions as event_roles) instead of
--     joining it: event_roles has exactly one row per event, so the join removed no row;
--   - evidence is the report of the smallest id, found in the (event_id, …) index before one
--     seek by id, instead of reading and sorting every report of the event.
-- Names, columns, declared types and rows of both views are those of 0002; associates,
-- articles and report_count are unchanged. Only views change: applying this to a database of
-- any size takes milliseconds.
DROP VIEW event_details;
DROP VIEW event_roles;

-- Faction keys of one event by role, one row per event (the first key in key order when a
-- role has several; associates all, comma-separated in key order).
CREATE VIEW event_roles AS
SELECT e.id AS event_id,
       (SELECT key FROM (SELECT f.key, min(f.key) FROM event_factions ef JOIN factions f ON f.id = ef.faction_id
         WHERE ef.event_id = e.id AND ef.role = 'actor')) AS actor,
       (SELECT key FROM (SELECT f.key, min(f.key) FROM event_factions ef JOIN factions f ON f.id = ef.faction_id
         WHERE ef.event_id = e.id AND ef.role = 'target')) AS target,
       (SELECT key FROM (SELECT f.key, min(f.key) FROM event_factions ef JOIN factions f ON f.id = ef.faction_id
         WHERE ef.event_id = e.id AND ef.role = 'controller')) AS controller,
       (SELECT group_concat(key, ',') FROM (SELECT f.key FROM event_factions ef JOIN factions f ON f.id = ef.faction_id
         WHERE ef.event_id = e.id AND ef.role = 'associate' ORDER BY f.key)) AS associates
FROM events e;

-- Events with names instead of ids: the `query events` report.
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
       (SELECT key FROM (SELECT f.key, min(f.key) FROM event_factions ef JOIN factions f ON f.id = ef.faction_id
         WHERE ef.event_id = e.id AND ef.role = 'actor')) AS actor,
       (SELECT key FROM (SELECT f.key, min(f.key) FROM event_factions ef JOIN factions f ON f.id = ef.faction_id
         WHERE ef.event_id = e.id AND ef.role = 'target')) AS target,
       (SELECT key FROM (SELECT f.key, min(f.key) FROM event_factions ef JOIN factions f ON f.id = ef.faction_id
         WHERE ef.event_id = e.id AND ef.role = 'controller')) AS controller,
       (SELECT group_concat(key, ',') FROM (SELECT f.key FROM event_factions ef JOIN factions f ON f.id = ef.faction_id
         WHERE ef.event_id = e.id AND ef.role = 'associate' ORDER BY f.key)) AS associates,
       e.fatalities,
       (SELECT rp.evidence FROM reports rp
         WHERE rp.id = (SELECT min(rf.id) FROM reports rf WHERE rf.event_id = e.id)) AS evidence,
       (SELECT json_group_array(file_name) FROM (SELECT DISTINCT a.file_name FROM reports rp
          JOIN articles a ON a.id = rp.article_id WHERE rp.event_id = e.id ORDER BY a.file_name)) AS articles,
       (SELECT count(*) FROM reports rp WHERE rp.event_id = e.id) AS report_count,
       e.location_id
FROM events e
JOIN event_types t ON t.type = e.type
LEFT JOIN locations l ON l.id = e.location_id
LEFT JOIN countries c ON c.code = l.country;
