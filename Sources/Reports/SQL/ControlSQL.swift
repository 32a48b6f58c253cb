/// The SQL of `query control`. The `facts` part mirrors the `control_facts` view, with the
/// as-of day and the province pushed inside each branch so that the indexes on
/// events(location_id, …) and control_observations(location_id, as_of) do the work.
/// `control_current` (Migrations/0002_reports.sql) is `current(scoped: false)` as of today.
enum ControlSQL {
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

    /// One row per place and claimant on the latest day with a fact: conflicting claims of the
    /// same day are all shown. `since` goes back over earlier facts of the same holder until
    /// another faction's fact; `previous` is the last other faction before that day.
    static func current(scoped: Bool) -> String {
        """
        WITH \(facts(scoped: scoped)),
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
                 ORDER BY p.article)) AS articles
        FROM claims
        JOIN locations l ON l.id = claims.location_id
        LEFT JOIN countries c ON c.code = l.country
        ORDER BY l.admin1, l.name, l.id, claims.controller
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
