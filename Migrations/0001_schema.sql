-- 0001_schema.sql — the event database, version 1.
--
-- Reading order: reference data (countries, locations, factions) → articles and their sources
-- → events, who took part in them, and the reports that tell of them → control of places.
-- Dates are ISO text: 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' as precise as the text allows, with
-- date_start/date_end giving the whole days that date covers, so that ranges compare as text.
-- `origin` on reference rows says who owns a row: 'builtin' rows are replaced when a newer build
-- ships newer data; 'user' rows are the analyst's own and are never touched by the tools.

-- Settings and bookkeeping of the tools themselves (reference data version, …).
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT
) STRICT;

-- Countries that places belong to and that news names.
CREATE TABLE countries (
    code TEXT PRIMARY KEY CHECK (length(code) = 2 AND code = upper(code)),  -- ISO 3166-1 alpha-2
    name TEXT NOT NULL UNIQUE,                                              -- English name
    latitude  REAL CHECK (latitude BETWEEN -90 AND 90),
    longitude REAL CHECK (longitude BETWEEN -180 AND 180)
) STRICT;

-- The ACLED sub-event types of spec/VOCABULARY.md with their family (ACLED event type).
CREATE TABLE event_types (
    type        TEXT PRIMARY KEY,
    family      TEXT NOT NULL CHECK (family IN ('Battles', 'Explosions/Remote violence',
                    'Violence against civilians', 'Strategic developments', 'Protests', 'Riots')),
    territorial INTEGER NOT NULL DEFAULT 0 CHECK (territorial IN (0, 1))  -- changes who holds the place
) STRICT;

INSERT INTO event_types (type, family, territorial) VALUES
    ('Armed clash', 'Battles', 0),
    ('Government regains territory', 'Battles', 1),
    ('Non-state actor overtakes territory', 'Battles', 1),
    ('Air/drone strike', 'Explosions/Remote violence', 0),
    ('Shelling/artillery/missile attack', 'Explosions/Remote violence', 0),
    ('Suicide bomb', 'Explosions/Remote violence', 0),
    ('Remote explosive/landmine/IED', 'Explosions/Remote violence', 0),
    ('Grenade', 'Explosions/Remote violence', 0),
    ('Chemical weapon', 'Explosions/Remote violence', 0),
    ('Attack', 'Violence against civilians', 0),
    ('Abduction/forced disappearance', 'Violence against civilians', 0),
    ('Sexual violence', 'Violence against civilians', 0),
    ('Agreement', 'Strategic developments', 0),
    ('Arrests', 'Strategic developments', 0),
    ('Change to group/activity', 'Strategic developments', 0),
    ('Disrupted weapons use', 'Strategic developments', 0),
    ('Headquarters or base established', 'Strategic developments', 0),
    ('Looting/property destruction', 'Strategic developments', 0),
    ('Non-violent transfer of territory', 'Strategic developments', 1),
    ('Other', 'Strategic developments', 0),
    ('Peaceful protest', 'Protests', 0),
    ('Protest with intervention', 'Protests', 0),
    ('Excessive force against protesters', 'Protests', 0),
    ('Violent demonstration', 'Riots', 0),
    ('Mob violence', 'Riots', 0);

-- Places: the GeoNames-derived gazetteer, its supplement (regions, bases, crossings, quarters),
-- places added by analysts, and places the extractor met in text but could not geocode.
CREATE TABLE locations (
    id          INTEGER PRIMARY KEY,
    ref         TEXT NOT NULL UNIQUE,     -- stable key: 'gn:167488', 'wof:…', 'sup:qalamoun', 'user:…', 'new:…'
    name        TEXT NOT NULL,            -- display name
    feature     TEXT NOT NULL,            -- GeoNames class.code: 'P.PPL', 'A.ADM1', 'S.AIRB', …
    kind        TEXT NOT NULL CHECK (kind IN ('country', 'governorate', 'district', 'subdistrict',
                    'city', 'town', 'village', 'neighbourhood', 'region', 'mountain', 'hill',
                    'air_base', 'military_site', 'border_crossing', 'infrastructure', 'camp',
                    'water', 'other')),
    country     TEXT REFERENCES countries(code),
    admin1      TEXT,                     -- governorate / first-level division, canonical name
    admin2      TEXT,                     -- district
    latitude    REAL CHECK (latitude BETWEEN -90 AND 90),
    longitude   REAL CHECK (longitude BETWEEN -180 AND 180),
    population  INTEGER CHECK (population >= 0),
    parent_id   INTEGER REFERENCES locations(id) ON DELETE SET NULL,  -- city of a quarter, governorate of a new place
    origin      TEXT NOT NULL CHECK (origin IN ('builtin', 'user', 'extracted')),
    needs_review INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1)),  -- extracted, not geocoded
    note        TEXT,                     -- where the facts come from
    CHECK ((latitude IS NULL) = (longitude IS NULL))
) STRICT;

CREATE INDEX locations_by_admin1 ON locations(admin1, kind);
CREATE INDEX locations_by_parent ON locations(parent_id);

-- Every spelling a place answers to. `normalized` is the matching key: lower case, no
-- diacritics, apostrophes or hyphens, Arabic article dropped (see Extraction/NameKey.swift).
CREATE TABLE location_names (
    location_id INTEGER NOT NULL REFERENCES locations(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    normalized  TEXT NOT NULL,
    origin      TEXT NOT NULL DEFAULT 'builtin' CHECK (origin IN ('builtin', 'user', 'extracted')),
    PRIMARY KEY (location_id, normalized)
) STRICT, WITHOUT ROWID;

CREATE INDEX location_names_by_key ON location_names(normalized);

-- Armed groups, states and civilians, with the keys of spec/VOCABULARY.md.
CREATE TABLE factions (
    id        INTEGER PRIMARY KEY,
    key       TEXT NOT NULL UNIQUE CHECK (key GLOB '[a-z]*' AND key NOT GLOB '*[^a-z0-9_]*'),
    name      TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('state', 'militia', 'rebel', 'civilians', 'other')),
    parent_id INTEGER REFERENCES factions(id) ON DELETE SET NULL,  -- a brigade's umbrella group
    side      TEXT,                       -- allies share a side: 'government', 'opposition', …
    origin    TEXT NOT NULL DEFAULT 'builtin' CHECK (origin IN ('builtin', 'user')),
    note      TEXT
) STRICT;

-- Names a faction goes by, per language ('id', 'en', or '*' for any), and when: an alias holds
-- from valid_from to valid_to inclusive (Jabhat Fateh al-Sham 2016-07-28 – 2017-01-28).
CREATE TABLE faction_aliases (
    id          INTEGER PRIMARY KEY,
    faction_id  INTEGER NOT NULL REFERENCES factions(id) ON DELETE CASCADE,
    alias       TEXT NOT NULL,
    normalized  TEXT NOT NULL,
    language    TEXT NOT NULL DEFAULT '*' CHECK (language IN ('*', 'id', 'en', 'ar')),
    valid_from  TEXT CHECK (valid_from IS NULL OR date(valid_from) IS valid_from),
    valid_to    TEXT CHECK (valid_to IS NULL OR date(valid_to) IS valid_to),
    case_sensitive INTEGER NOT NULL DEFAULT 0 CHECK (case_sensitive IN (0, 1)),  -- acronyms that are words: IS, AS
    origin      TEXT NOT NULL DEFAULT 'builtin' CHECK (origin IN ('builtin', 'user')),
    note        TEXT,
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to),
    UNIQUE (normalized, faction_id, language, valid_from)
) STRICT;

CREATE INDEX faction_aliases_by_faction ON faction_aliases(faction_id);

-- Publishers (outlets) and the agencies and monitors articles quote (SOHR, Reuters, SANA, INA).
CREATE TABLE sources (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    normalized TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('outlet', 'agency')),
    UNIQUE (kind, normalized)
) STRICT;

-- One row per article text. `input` names where it came from (file path, or path#line for
-- JSON Lines); the content hash identifies the text, so the same text is stored once.
CREATE TABLE articles (
    id                  INTEGER PRIMARY KEY,
    input               TEXT NOT NULL UNIQUE,
    file_name           TEXT NOT NULL,    -- the name as ingested, without directories
    content_hash        TEXT NOT NULL,    -- SHA-256 of the decoded text, hex
    url                 TEXT,
    title               TEXT,
    outlet_id           INTEGER REFERENCES sources(id),
    published           TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]*'),
    published_precision TEXT NOT NULL DEFAULT 'unknown'
                        CHECK (published_precision IN ('day', 'month', 'year', 'unknown')),
    language            TEXT NOT NULL,    -- ISO 639-1 ('id', 'en', …) or 'und'
    supported           INTEGER NOT NULL CHECK (supported IN (0, 1)),  -- extraction knows the language
    format              TEXT NOT NULL DEFAULT 'text' CHECK (format IN ('text', 'html', 'jsonl')),
    raw_text            TEXT NOT NULL,
    clean_text          TEXT NOT NULL,    -- without page furniture: what extraction read
    ingested_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK ((published IS NULL) = (published_precision = 'unknown'))
) STRICT;

CREATE INDEX articles_by_hash ON articles(content_hash);
CREATE INDEX articles_by_outlet ON articles(outlet_id);
CREATE INDEX articles_by_published ON articles(published);

-- Full-text search over article titles and cleaned text (external content: no copy of the text).
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, clean_text,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, clean_text) VALUES (new.id, new.title, new.clean_text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, clean_text)
    VALUES ('delete', old.id, old.title, old.clean_text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, clean_text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, clean_text)
    VALUES ('delete', old.id, old.title, old.clean_text);
    INSERT INTO articles_fts (rowid, title, clean_text) VALUES (new.id, new.title, new.clean_text);
END;

-- Real-world events. The same event told by two articles is one row with two reports.
CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    type           TEXT NOT NULL REFERENCES event_types(type),
    date           TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]'
                        OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'
                        OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    date_precision TEXT NOT NULL CHECK (date_precision IN ('day', 'month', 'year', 'unknown')),
    date_start     TEXT CHECK (date_start IS NULL OR date(date_start) IS date_start),
    date_end       TEXT CHECK (date_end IS NULL OR date(date_end) IS date_end),
    location_id    INTEGER REFERENCES locations(id),
    fatalities     INTEGER CHECK (fatalities IS NULL OR fatalities >= 0),
    CHECK ((date IS NULL) = (date_precision = 'unknown')),
    CHECK ((date IS NULL) = (date_start IS NULL) AND (date IS NULL) = (date_end IS NULL)),
    CHECK (date_start IS NULL OR date_start <= date_end)
) STRICT;

CREATE INDEX events_by_location ON events(location_id, date_start);
CREATE INDEX events_by_date ON events(date_start);
CREATE INDEX events_by_type ON events(type, date_start);

-- Who took part in an event and how. For territory-changing types, `actor` gains the place,
-- `target` loses it and `controller` holds it afterwards.
CREATE TABLE event_factions (
    event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('actor', 'associate', 'target', 'controller')),
    faction_id INTEGER NOT NULL REFERENCES factions(id),
    PRIMARY KEY (event_id, role, faction_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX event_factions_by_faction ON event_factions(faction_id, role);

-- Which article, in which sentence, told of which event, and on whose authority.
CREATE TABLE reports (
    id             INTEGER PRIMARY KEY,
    event_id       INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_index INTEGER NOT NULL CHECK (sentence_index >= 0),
    evidence       TEXT NOT NULL,         -- the sentence (or the part of it) the event was read from
    cue            TEXT,                  -- the words that triggered it ('merebut kembali')
    agency_id      INTEGER REFERENCES sources(id),  -- the agency quoted ('kata SOHR')
    explanation    TEXT,                  -- JSON: how date, place and factions were resolved
    UNIQUE (event_id, article_id, sentence_index)
) STRICT;

CREATE INDEX reports_by_article ON reports(article_id);

-- Holding without a change: "IS fighters also control most of Yarmouk" as of a date.
CREATE TABLE control_observations (
    id             INTEGER PRIMARY KEY,
    location_id    INTEGER NOT NULL REFERENCES locations(id),
    faction_id     INTEGER NOT NULL REFERENCES factions(id),
    as_of          TEXT NOT NULL CHECK (date(as_of) IS as_of),
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_index INTEGER NOT NULL CHECK (sentence_index >= 0),
    evidence       TEXT NOT NULL,
    UNIQUE (article_id, sentence_index, location_id)
) STRICT;

CREATE INDEX control_observations_by_location ON control_observations(location_id, as_of);

-- Cited agencies of an article, whether or not an event was attributed to them.
CREATE TABLE article_agencies (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    source_id  INTEGER NOT NULL REFERENCES sources(id),
    PRIMARY KEY (article_id, source_id)
) STRICT, WITHOUT ROWID;

-- Analysts' corrections, applied after extraction on every (re-)ingest (see README, Corrections).
-- An event is named by its article's content hash and the report's sentence and type, which
-- survive re-ingest; `action` says what to change.
CREATE TABLE corrections (
    id             INTEGER PRIMARY KEY,
    content_hash   TEXT,                  -- the article the corrected report comes from
    sentence_index INTEGER,
    event_type     TEXT REFERENCES event_types(type),
    action         TEXT NOT NULL CHECK (action IN ('delete', 'set_type', 'set_date', 'set_location',
                       'set_fatalities', 'set_faction', 'merge_factions')),
    field          TEXT,                  -- the role for set_faction ('actor', 'target', …)
    value          TEXT,                  -- the new value (a date, a location ref, a faction key, …)
    note           TEXT,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

-- Named, parameterized reports saved by `query save` (Datasette's canned queries).
CREATE TABLE saved_queries (
    name        TEXT PRIMARY KEY CHECK (name GLOB '[A-Za-z]*' AND name NOT GLOB '*[^A-Za-z0-9_-]*'),
    sql         TEXT NOT NULL,
    description TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

-- ───── Views: the canned reports, readable in sqlite3 ─────

-- Faction keys of one event by role, one row per event.
CREATE VIEW event_roles AS
SELECT e.id AS event_id,
       (SELECT f.key FROM event_factions ef JOIN factions f ON f.id = ef.faction_id
         WHERE ef.event_id = e.id AND ef.role = 'actor' ORDER BY f.key LIMIT 1) AS actor,
       (SELECT f.key FROM event_factions ef JOIN factions f ON f.id = ef.faction_id
         WHERE ef.event_id = e.id AND ef.role = 'target' ORDER BY f.key LIMIT 1) AS target,
       (SELECT f.key FROM event_factions ef JOIN factions f ON f.id = ef.faction_id
         WHERE ef.event_id = e.id AND ef.role = 'controller' ORDER BY f.key LIMIT 1) AS controller,
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
       r.actor,
       r.target,
       r.controller,
       r.associates,
       e.fatalities,
       (SELECT rp.evidence FROM reports rp WHERE rp.event_id = e.id ORDER BY rp.id LIMIT 1) AS evidence,
       (SELECT json_group_array(file_name) FROM (SELECT DISTINCT a.file_name FROM reports rp
          JOIN articles a ON a.id = rp.article_id WHERE rp.event_id = e.id ORDER BY a.file_name)) AS articles,
       (SELECT count(*) FROM reports rp WHERE rp.event_id = e.id) AS report_count
FROM events e
JOIN event_types t ON t.type = e.type
LEFT JOIN locations l ON l.id = e.location_id
LEFT JOIN countries c ON c.code = l.country
JOIN event_roles r ON r.event_id = e.id;

-- Every fact about who holds a place from when: territory-changing events (from their
-- start day) and stated holdings (from their as-of day). `query control` reads this.
CREATE VIEW control_facts AS
SELECT e.location_id,
       f.key            AS controller,
       e.date           AS since,
       e.date_start     AS since_day,
       'event'          AS basis,
       e.id             AS event_id,
       rp.evidence,
       a.file_name      AS article,
       a.id             AS article_id
FROM events e
JOIN event_types t ON t.type = e.type AND t.territorial = 1
JOIN event_factions ef ON ef.event_id = e.id AND ef.role = 'controller'
JOIN factions f ON f.id = ef.faction_id
JOIN reports rp ON rp.event_id = e.id
JOIN articles a ON a.id = rp.article_id
WHERE e.location_id IS NOT NULL AND e.date_start IS NOT NULL
UNION ALL
SELECT o.location_id, f.key, o.as_of, o.as_of, 'observation', NULL, o.evidence, a.file_name, a.id
FROM control_observations o
JOIN factions f ON f.id = o.faction_id
JOIN articles a ON a.id = o.article_id;

-- Who holds each place today, since when, who held it before, and on which evidence.
-- A place whose latest day has claims from several factions shows one row per claimant.
-- An observation that repeats the holder does not move `since` (holding began earlier).
CREATE VIEW control_current AS
WITH latest AS (
    SELECT location_id, max(since_day) AS day FROM control_facts GROUP BY location_id
),
claims AS (
    SELECT cf.location_id, cf.controller, min(cf.since) AS since, cf.since_day,
           min(cf.evidence) AS evidence,
           json_group_array(DISTINCT cf.article) AS articles
    FROM control_facts cf JOIN latest ON latest.location_id = cf.location_id AND latest.day = cf.since_day
    GROUP BY cf.location_id, cf.controller
)
SELECT l.name AS location,
       l.admin1,
       c.name AS country,
       claims.controller,
       coalesce((SELECT min(p.since) FROM control_facts p
                  WHERE p.location_id = claims.location_id AND p.controller = claims.controller
                    AND p.since_day <= claims.since_day
                    AND NOT EXISTS (SELECT 1 FROM control_facts q
                                     WHERE q.location_id = p.location_id AND q.controller <> p.controller
                                       AND q.since_day > p.since_day AND q.since_day <= claims.since_day)),
                claims.since) AS since,
       (SELECT p.controller FROM control_facts p
         WHERE p.location_id = claims.location_id AND p.controller <> claims.controller
           AND p.since_day < claims.since_day
         ORDER BY p.since_day DESC LIMIT 1) AS previous,
       claims.evidence,
       claims.articles,
       l.kind,
       l.ref AS location_ref,
       l.latitude,
       l.longitude
FROM claims
JOIN locations l ON l.id = claims.location_id
LEFT JOIN countries c ON c.code = l.country;

-- Per article: outlet, date, language and how many events it yielded (`query articles`).
CREATE VIEW article_summary AS
SELECT a.id,
       a.file_name AS article,
       s.name      AS outlet,
       a.published,
       a.language,
       a.title,
       (SELECT count(DISTINCT rp.event_id) FROM reports rp WHERE rp.article_id = a.id) AS events,
       (SELECT group_concat(ag.name, ', ') FROM article_agencies aa JOIN sources ag ON ag.id = aa.source_id
         WHERE aa.article_id = a.id) AS agencies,
       a.input,
       a.content_hash
FROM articles a
LEFT JOIN sources s ON s.id = a.outlet_id;
