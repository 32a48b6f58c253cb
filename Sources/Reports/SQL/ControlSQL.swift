/// The SQL of `query control`. `control_current` (Migrations/0005_control_days.sql) is
/// `current(scoped: false, asOf: "date('now')")`; a test holds the two texts together.
/// Databases older than 0005 are read with `currentFromEvents` (ControlSQL+0003.swift).
enum ControlSQL {
    /// The schema version that brought `control_days` (Migrations/0005_control_days.sql).
    static let controlDaysVersion = 5

    /// The places of one governorate, as a condition on a `location_id` column.
    private static let scope = "IN (SELECT id FROM locations WHERE admin1 = :admin1)"

    /// Every dated fact about who holds a place, on or before `:as_of`: territory changes from
    /// their first day (basis 'change') and stated holdings from their day (basis 'stated').
    static func facts(scoped: Bool) -> String {
        let eventScope = scoped ? "\n      AND e.location_id \(scope)" : ""
        let observationScope = scoped ? "\n      AND o.location_id \(scope)" : ""
        return """
            facts AS (
                SELECT e.location_id, f.key AS controller, e.date AS since, e.date_start AS day,
                       'change' AS basis, rp.evidence, a.file_name AS article, rp.sentence_index AS sentence
                FROM events e
                JOIN event_types t ON t.type = e.type
                JOIN event_factions ef ON ef.event_id = e.id AND ef.role = 'controller'
                JOIN factions f ON f.id = ef.faction_id
                JOIN reports rp ON rp.event_id = e.id
                JOIN articles a ON a.id = rp.article_id
                WHERE t.territorial = 1 AND e.date_start <= :as_of\(eventScope)
                UNION ALL
                SELECT o.location_id, f.key, o.as_of, o.as_of, 'stated', o.evidence, a.file_name, o.sentence_index
                FROM control_observations o
                JOIN factions f ON f.id = o.faction_id
                JOIN articles a ON a.id = o.article_id
                WHERE o.as_of <= :as_of\(observationScope)
            )
            """
    }

    /// The territory-changing types (`event_types.territorial = 1`), written out so that the
    /// partial index `events_territorial_by_location` of 0003 serves the lookups of
    /// `currentFromEvents` (pre-0005 databases, the only ones with that index since 0008); a
    /// test holds this list to the table.
    static let territorialTypes = "'Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory'"

    /// The latest day of each place in scope with a fact on or before the day: one seek per
    /// place of the governorate, or one pass over `control_days` for every place.
    private static func latest(scoped: Bool, asOf: String) -> String {
        scoped
            ? """
              SELECT l.id AS location_id,
                         (SELECT d.day FROM control_days d WHERE d.location_id = l.id AND d.day <= \(asOf)
                           ORDER BY d.day DESC LIMIT 1) AS day
                  FROM locations l WHERE l.admin1 = :admin1
              """
            : "SELECT location_id, max(day) AS day FROM control_days WHERE day <= \(asOf) GROUP BY location_id"
    }

    /// One row per place and claimant on the latest day with a fact: conflicting claims of the
    /// same day are all shown. `previous` is the other faction of the last fact before that
    /// day; `since` the first fact of the holder after it. Reads `control_days` (0005), which
    /// holds each place's claimants by day, so that every step is a seek on its primary key
    /// and the cost follows the places reported, not the history behind them.
    static func current(scoped: Bool, asOf: String = ":as_of") -> String {
        """
        WITH latest AS MATERIALIZED (
            \(latest(scoped: scoped, asOf: asOf))
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
        ORDER BY l.admin1, l.name, l.id, f.key
        """
    }

    /// Every fact in date order, one row per place, day and claimant: the whole sequence.
    static func history(scoped: Bool) -> String {
        """
        WITH \(facts(scoped: scoped)),
        claims AS (
            SELECT location_id, controller, day, min(since) AS since, min(basis) AS basis
            FROM facts GROUP BY location_id, day, controller
        )
        SELECT l.name AS location,
               l.admin1,
               c.name AS country,
               claims.since AS date,
               claims.controller,
               (SELECT p.controller FROM facts p
                 WHERE p.location_id = claims.location_id AND p.controller <> claims.controller
                   AND p.day < claims.day
                 ORDER BY p.day DESC, p.controller LIMIT 1) AS previous,
               claims.basis,
               (SELECT p.evidence FROM facts p
                 WHERE p.location_id = claims.location_id AND p.controller = claims.controller AND p.day = claims.day
                 ORDER BY p.article, p.sentence LIMIT 1) AS evidence,
               (SELECT json_group_array(article) FROM (SELECT DISTINCT p.article FROM facts p
                 WHERE p.location_id = claims.location_id AND p.controller = claims.controller AND p.day = claims.day
                 ORDER BY p.article)) AS articles
        FROM claims
        JOIN locations l ON l.id = claims.location_id
        LEFT JOIN countries c ON c.code = l.country
        ORDER BY l.admin1, l.name, l.id, claims.day, claims.controller
        """
    }
}
