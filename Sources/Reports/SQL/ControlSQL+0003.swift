/// The control report of databases written before migration 0005 (no `control_days`).
extension ControlSQL {
    /// The places in scope: one governorate, or every place with a fact.
    private static func placesWithFacts(scoped: Bool) -> String {
        scoped
            ? "SELECT id AS location_id FROM locations WHERE admin1 = :admin1"
            : """
              SELECT location_id FROM events WHERE type IN (\(territorialTypes)) AND location_id IS NOT NULL
                  UNION SELECT location_id FROM control_observations
              """
    }

    /// `current` for a database older than 0005 (which `query` reads as it is, without
    /// migrating): the same rows, computed from the events, reports and stated holdings with
    /// seeks on events_territorial_by_location and control_observations_by_location. It is the
    /// `control_current` of 0003.
    static func currentFromEvents(scoped: Bool, asOf: String = ":as_of") -> String {
        let t = territorialTypes
        return """
            WITH places AS (
                \(placesWithFacts(scoped: scoped))
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
}
