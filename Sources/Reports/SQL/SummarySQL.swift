/// The SQL of the summary reports. Without filters each one is exactly the view of the same
/// name in Migrations/0002_reports.sql (tests hold them to the same rows); filters narrow the
/// events through `event_details` with the conditions of `EventsSQL`.
enum SummarySQL {
    /// Per faction: events by role, and places gained (held afterwards) and lost (target)
    /// in territory changes.
    static func factions(where conditions: [EventsSQL.Condition]) -> String {
        """
        WITH scope AS (
            SELECT id, location_id, family, type IN (SELECT type FROM event_types WHERE territorial = 1) AS territorial
            FROM event_details\(EventsSQL.whereClause(conditions))
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
        ORDER BY events DESC, f.key
        """
    }

    /// Fatalities per month (or year, for events known only to the year), governorate and
    /// acting faction; only events that give a figure.
    static func casualties(where conditions: [EventsSQL.Condition]) -> String {
        """
        SELECT CASE date_precision WHEN 'year' THEN date ELSE substr(date_start, 1, 7) END AS month,
               admin1,
               actor AS faction,
               count(*) AS events,
               sum(fatalities) AS fatalities
        FROM event_details
        WHERE fatalities IS NOT NULL\(conditions.map { "\n  AND " + $0.sql }.joined())
        GROUP BY 1, 2, 3
        ORDER BY month IS NULL, month, admin1, faction
        """
    }

    /// Per outlet and per cited agency: articles, events, first and last publication day; the
    /// agencies an outlet cites, the outlets that cite an agency.
    static let sources = """
        SELECT * FROM source_summary
        WHERE (:kind IS NULL OR kind = :kind)
        """

    /// Per article, with the agencies it cites and the span of its events' dates.
    static let articleDetails = """
        SELECT s.article, s.outlet, s.published, s.language, s.events, s.title, s.agencies,
               (SELECT min(e.date_start) FROM events e WHERE e.id IN (SELECT event_id FROM reports WHERE article_id = s.id)) AS first_event,
               (SELECT max(e.date_end) FROM events e WHERE e.id IN (SELECT event_id FROM reports WHERE article_id = s.id)) AS last_event
        FROM article_summary s
        ORDER BY s.article, s.id
        """
}

/// The gazetteer report: one fixed condition per filter, values bound.
enum LocationsSQL {
    enum Condition: CaseIterable {
        case province, kind, name, needsReview, country

        var sql: String {
            switch self {
            case .province: "l.admin1 = :admin1"
            case .kind: "l.kind = :kind"
            // A prefix of the matching key: "qaryat" finds Al-Qaryatayn (index range on location_names).
            case .name: "l.id IN (SELECT location_id FROM location_names WHERE normalized >= :name AND normalized < :name || '~')"
            case .needsReview: "l.needs_review = 1"
            case .country: "(l.country = :country OR c.name = :country COLLATE NOCASE)"
            }
        }
    }

    static func select(where conditions: [Condition], limit: Bool) -> String {
        var sql = """
            SELECT l.ref, l.name, l.kind, l.admin1, l.admin2, c.name AS country, l.latitude, l.longitude, l.population,
                   (SELECT count(*) FROM events e WHERE e.location_id = l.id) AS events,
                   l.origin, l.needs_review
            FROM locations l
            LEFT JOIN countries c ON c.code = l.country
            """
        if !conditions.isEmpty { sql += "\nWHERE " + conditions.map(\.sql).joined(separator: "\n  AND ") }
        sql += "\nORDER BY l.admin1 IS NULL, l.admin1, l.name, l.id"
        if limit { sql += "\nLIMIT :limit" }
        return sql
    }
}

/// Full-text search over article titles and text (FTS5), best match first.
enum SearchSQL {
    static let select = """
        SELECT a.file_name AS article, a.title, a.published, o.name AS outlet,
               snippet(articles_fts, -1, '[', ']', '…', 12) AS snippet
        FROM articles_fts
        JOIN articles a ON a.id = articles_fts.rowid
        LEFT JOIN sources o ON o.id = a.outlet_id
        WHERE articles_fts MATCH :query
        ORDER BY rank, a.file_name
        LIMIT :limit
        """
}
