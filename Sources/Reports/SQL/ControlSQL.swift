/// The SQL of `query control`. `control_current` (Migrations/0003_control.sql) is
/// `current(scoped: false, asOf: "date('now')")`; a test holds the two texts together.
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

    /// The territory-changing types (`event_types.territorial = 1`), written out so that the
    /// partial index `events_territorial_by_location` (0003) serves every lookup below; a test
    /// holds this list to the table.
    static let territorialTypes = "'Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory'"

    /// The places in scope: one governorate, or every place with a fact.
    private static func places(scoped: Bool) -> String {
        scoped
            ? "SELECT id AS location_id FROM locations WHERE admin1 = :admin1"
            : """
              SELECT location_id FROM events WHERE type IN (\(territorialTypes)) AND location_id IS NOT NULL
                  UNION SELECT location_id FROM control_observations
              """
    }

    /// One row per place and claimant on the latest day with a fact: conflicting claims of the
    /// same day are all shown. `previous` is the other faction of the last fact before that
    /// day; `since` the first fact of the holder after it. Every step is a seek on
    /// events_territorial_by_location or control_observations_by_location, so that the cost
    /// follows the places reported, not the history behind them.
    static func current(scoped: Bool, asOf: String = ":as_of") -> String {
        let t = territorialTypes
        return """
            WITH places AS (
                \(places(scoped: scoped))
            ),
            latest AS MATERIALIZED (
                SELECT p.location_id,
                       max(coalesce((SELECT e.date_start FROM events e
                                      WHERE e.location_id = p.location_id AND e.type IN (\(t))
                                        AND e.date_start <= \(asOf)
                                        AND EXISTS (SELECT 1 FROM event_factions ef WHERE ef.event_id = e.id AND ef.role = 'controller')
                                      ORDER BY e.date_start DESC LIMIT 1), ''),
                           coalesce((SELECT max(o.as_of) FROM control_observations o
                                      WHERE o.location_id = p.location_id AND o.as_of <= \(asOf)), '')) AS day
                FROM places p
            ),
            claims_on_day AS MATERIALIZED (
                SELECT l.location_id, ef.faction_id AS faction, l.day, rp.evidence, a.file_name AS article, rp.sentence_index AS sentence
                FROM latest l
                JOIN events e ON e.location_id = l.location_id AND e.date_start = l.day AND e.type IN (\(t))
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
                                      WHERE e.location_id = c.location_id AND e.type IN (\(t))
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
                                         WHERE e.location_id = c.location_id AND e.type IN (\(t))
                                           AND e.date_start >= c.previous_day AND e.date_start <= c.day AND ef.faction_id = c.faction
                                         ORDER BY e.date_start, e.date LIMIT 1), '~'),
                              coalesce((SELECT o.as_of || ' ' || o.as_of FROM control_observations o
                                         WHERE o.location_id = c.location_id AND o.as_of >= c.previous_day AND o.as_of <= c.day
                                           AND o.faction_id = c.faction
                                         ORDER BY o.as_of LIMIT 1), '~')), 12) AS since,
                   (SELECT min(g.key) FROM (
                        SELECT ef.faction_id AS faction FROM events e
                        JOIN event_factions ef ON ef.event_id = e.id AND ef.role = 'controller'
                        WHERE e.location_id = c.location_id AND e.type IN (\(t)) AND e.date_start = c.previous_day
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
