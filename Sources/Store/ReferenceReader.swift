/// Reads the reference tables back, for building the extractor's in-memory indexes.
/// Analysts' rows are included; places the extractor itself added (needs_review) are not,
/// so that one misreading does not spread to other articles.
public struct ReferenceReader {
    public struct Place: Sendable {
        public let ref: String
        public let name: String
        public var names: [String]
        public let feature: String
        public let kind: String
        public let country: String?
        public let admin1: String?
        public let admin2: String?
        public let latitude: Double?
        public let longitude: Double?
        public let population: Int?
    }

    public struct Faction: Sendable {
        public let key: String
        public let name: String
        public let kind: String
        public let parent: String?
        public let side: String?
    }

    public struct Alias: Sendable {
        public let faction: String
        public let alias: String
        public let language: String
        public let validFrom: String?
        public let validTo: String?
        public let caseSensitive: Bool
    }

    let database: Database

    public init(database: Database) { self.database = database }

    public func places() throws -> [Place] {
        var places: [Place] = []
        var ids: [Int64] = []
        _ = try database.query(sql: """
            SELECT id, ref, name, feature, kind, country, admin1, admin2, latitude, longitude, population
            FROM locations WHERE needs_review = 0 ORDER BY id
            """) { row in
            ids.append(row.int64(0))
            places.append(Place(ref: row.string(1), name: row.string(2), names: [], feature: row.string(3),
                                kind: row.string(4), country: row.optionalString(5), admin1: row.optionalString(6),
                                admin2: row.optionalString(7), latitude: row.optionalDouble(8),
                                longitude: row.optionalDouble(9), population: row.optionalInt(10)))
        }
        // The names come in the order of their primary key, as the places come in id order: one
        // pass over both finds each name's place (the names of places left out find none).
        var index = 0
        _ = try database.query(sql: "SELECT location_id, name FROM location_names ORDER BY location_id, normalized") { row in
            let id = row.int64(0)
            while index < ids.count && ids[index] < id { index += 1 }
            if index < ids.count && ids[index] == id { places[index].names.append(row.string(1)) }
        }
        return places
    }

    public func factions() throws -> [Faction] {
        try database.query(sql: """
            SELECT f.key, f.name, f.kind, p.key, f.side FROM factions f LEFT JOIN factions p ON p.id = f.parent_id ORDER BY f.key
            """) { row in
            Faction(key: row.string(0), name: row.string(1), kind: row.string(2), parent: row.optionalString(3), side: row.optionalString(4))
        }
    }

    public func aliases() throws -> [Alias] {
        try database.query(sql: """
            SELECT f.key, a.alias, a.language, a.valid_from, a.valid_to, a.case_sensitive
            FROM faction_aliases a JOIN factions f ON f.id = a.faction_id ORDER BY a.id
            """) { row in
            Alias(faction: row.string(0), alias: row.string(1), language: row.string(2),
                  validFrom: row.optionalString(3), validTo: row.optionalString(4), caseSensitive: row.int(5) == 1)
        }
    }

    public func countries() throws -> [(code: String, name: String)] {
        try database.query(sql: "SELECT code, name FROM countries ORDER BY code") { ($0.string(0), $0.string(1)) }
    }

    /// A fingerprint of the reference tables: changes when a place, name, faction or alias is
    /// added or edited, so that ingest knows to extract unchanged articles again.
    public func fingerprint() throws -> String {
        let parts = try database.query(sql: """
            SELECT (SELECT count(*) || ':' || coalesce(max(id), 0) FROM locations WHERE needs_review = 0),
                   (SELECT count(*) FROM location_names WHERE origin <> 'extracted'),
                   (SELECT count(*) || ':' || coalesce(max(id), 0) FROM factions),
                   (SELECT count(*) || ':' || coalesce(max(id), 0) FROM faction_aliases),
                   (SELECT value FROM meta WHERE key = 'reference_version')
            """) { row in (0..<5).map { row.optionalString($0) ?? "-" } }.first ?? []
        return parts.joined(separator: "/")
    }
}
