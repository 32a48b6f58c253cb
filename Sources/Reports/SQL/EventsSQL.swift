/// The SQL of `query events` and `query timeline`: the `event_details` view, narrowed by the
/// conditions below. Each filter adds one fixed condition; values are always bound.
enum EventsSQL {
    /// The keys of spec/CLI.md, in order.
    static let columns = """
        id, type, family, date, location, admin1, country, latitude, longitude,
        actor, target, controller, fatalities, articles, evidence
        """

    /// The columns of a timeline: what happened, where and between whom, in date order.
    static let timelineColumns = """
        date, type, location, admin1, actor, target, controller, fatalities, evidence, articles
        """

    enum Condition: CaseIterable {
        case province, locations, faction, type, family, since, until, article

        var sql: String {
            switch self {
            case .province: "admin1 = :admin1"
            case .locations: "location_id IN (SELECT value FROM json_each(:locations))"
            case .faction: "id IN (SELECT ef.event_id FROM event_factions ef JOIN factions f ON f.id = ef.faction_id WHERE f.key = :faction)"
            case .type: "type = :type"
            case .family: "family = :family"
            // An event overlaps the period when it ends on or after its first day; no date spans
            // more than a year, so the start bound lets the (location_id, date_start) index work.
            case .since: "date_end >= :since AND date_start >= date(:since, '-366 days')"
            case .until: "date_start <= :until"
            case .article: "id IN (SELECT rp.event_id FROM reports rp JOIN articles a ON a.id = rp.article_id WHERE a.file_name = :article OR a.input = :article)"
            }
        }
    }

    /// `WHERE` and the conditions, or nothing.
    static func whereClause(_ conditions: [Condition]) -> String {
        conditions.isEmpty ? "" : "\nWHERE " + conditions.map(\.sql).joined(separator: "\n  AND ")
    }

    static let order = "ORDER BY date_start IS NULL, date_start, id"

    /// The events that pass the conditions, by id first: the inner SELECT reads only what the
    /// conditions need, and the outer one then computes each event's roles, evidence and articles
    /// in id order, so that its seeks into `events`, `event_factions` and `reports` (all keyed
    /// by event id) move forward through those tables instead of jumping about them in date
    /// order. With a limit, the inner SELECT picks the first events in the report's order, and
    /// only those get their details. The rows and their order are those of the plain SELECT:
    /// event_details has one row per event id, and the order ends with the id.
    static func select(_ columns: String, where conditions: [Condition], limit: Bool) -> String {
        var sql = "SELECT \(columns)\nFROM event_details"
        if !conditions.isEmpty || limit {
            var ids = "SELECT id FROM event_details" + whereClause(conditions)
            if limit { ids += "\n" + order + "\nLIMIT :limit" }
            sql += "\nWHERE id IN (\n" + ids.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n") + "\n)"
        }
        return sql + "\n" + order
    }
}
