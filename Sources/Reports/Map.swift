import Store

/// Who holds the places of one governorate at a day, with every change of hands before it:
/// what `query map` draws. The holder of a place is the rule of `query control`: the faction(s)
/// of the latest fact on or before the day (a territory change from its first day, or a stated
/// holding), several when conflicting claims share that day.
public struct ControlMap: Sendable, Equatable {
    public struct Place: Sendable, Equatable {
        public let id: Int64
        public let ref: String
        public let name: String
        public let kind: String
        public let latitude: Double?
        public let longitude: Double?
        public let population: Int?
    }

    /// A place and who held it at the map's day.
    public struct Holding: Sendable, Equatable {
        public let place: Place
        /// One key, or several for conflicting claims of the same day (sorted).
        public let controllers: [String]
        /// The first day of the holder's unbroken run of facts up to the map's day.
        public let since: String
        /// The day of the latest fact.
        public let lastFact: String
    }

    /// One fact about who holds a place: a territory change or a stated holding.
    public struct Fact: Sendable, Equatable {
        public let placeID: Int64
        public let day: String
        public let controller: String
        /// "change" or "stated".
        public let basis: String
    }

    public let admin1: String
    public let asOf: String
    /// Every place of the governorate with coordinates (governorate and country rows excluded).
    public let places: [Place]
    /// Holdings at `asOf`, places in name order; the governorate as a whole is in `governorate`.
    public let holdings: [Holding]
    public let governorate: Holding?
    /// Facts on or before `asOf`, by place then day.
    public let facts: [Fact]
    /// Display name and side ('government', 'opposition', …) of each faction on the map.
    public let factions: [String: (name: String, side: String?)]

    public static func == (lhs: ControlMap, rhs: ControlMap) -> Bool {
        lhs.admin1 == rhs.admin1 && lhs.asOf == rhs.asOf && lhs.places == rhs.places && lhs.holdings == rhs.holdings
            && lhs.governorate == rhs.governorate && lhs.facts == rhs.facts
            && lhs.factions.mapValues { "\($0.name)|\($0.side ?? "")" } == rhs.factions.mapValues { "\($0.name)|\($0.side ?? "")" }
    }

    /// Places that hold a fact but have no coordinates (extracted, not geocoded): listed, not drawn.
    public var unplaced: [Holding] { holdings.filter { $0.place.latitude == nil } }
}

extension Reports {
    /// The control map of a governorate (any spelling) at `asOf` (YYYY, YYYY-MM or YYYY-MM-DD:
    /// its last day; default today).
    public func controlMap(province: String, asOf: String? = nil) throws -> ControlMap {
        let admin1 = try names.province(province)
        let day = try asOf.map { try DateArgument.last($0, option: "--as-of") } ?? DateArgument.today()
        do {
            return try MapQueries(database: database).map(admin1: admin1, asOf: day)
        } catch let error as StoreError {
            throw ReportsError(.database, error.description)
        }
    }
}

private struct MapQueries {
    let database: Database

    static let placesSQL = """
        SELECT id, ref, name, kind, latitude, longitude, population FROM locations
        WHERE admin1 = :admin1 AND kind NOT IN ('governorate', 'country')
          AND (latitude IS NOT NULL OR id IN (SELECT location_id FROM events UNION SELECT location_id FROM control_observations))
        ORDER BY population IS NULL, population DESC, name, id
        """

    /// The facts of `query control` (ControlSQL.facts) for one governorate, on or before :as_of.
    static let factsSQL = """
        SELECT e.location_id, e.date_start AS day, f.key, 'change' AS basis
        FROM events e
        JOIN event_types t ON t.type = e.type AND t.territorial = 1
        JOIN event_factions ef ON ef.event_id = e.id AND ef.role = 'controller'
        JOIN factions f ON f.id = ef.faction_id
        WHERE e.location_id IN (SELECT id FROM locations WHERE admin1 = :admin1) AND e.date_start <= :as_of
          AND EXISTS (SELECT 1 FROM reports rp WHERE rp.event_id = e.id)
        UNION
        SELECT o.location_id, o.as_of, f.key, 'stated'
        FROM control_observations o JOIN factions f ON f.id = o.faction_id
        WHERE o.location_id IN (SELECT id FROM locations WHERE admin1 = :admin1) AND o.as_of <= :as_of
        ORDER BY 1, 2, 3, 4
        """

    static let governorateSQL = """
        SELECT id, ref, name, kind, latitude, longitude, population FROM locations
        WHERE admin1 = :admin1 AND kind = 'governorate' ORDER BY country = 'SY' DESC, id
        """

    static let factionsSQL = "SELECT key, name, side FROM factions"

    func map(admin1: String, asOf: String) throws -> ControlMap {
        let readPlace: (Row) -> ControlMap.Place = { row in
            ControlMap.Place(id: row.int64(0), ref: row.string(1), name: row.string(2), kind: row.string(3),
                             latitude: row.optionalDouble(4), longitude: row.optionalDouble(5), population: row.optionalInt(6))
        }
        let all = try database.cachedStatement(sql: Self.placesSQL).rows(named: ["admin1": admin1], readPlace)
        let governorates = try database.cachedStatement(sql: Self.governorateSQL).rows(named: ["admin1": admin1], readPlace)
        let facts = try database.cachedStatement(sql: Self.factsSQL).rows(named: ["admin1": admin1, "as_of": asOf]) { row in
            ControlMap.Fact(placeID: row.int64(0), day: row.string(1), controller: row.string(2), basis: row.string(3))
        }
        var byID: [Int64: ControlMap.Place] = [:]
        for place in all + governorates { byID[place.id] = place }
        var holdings: [ControlMap.Holding] = []
        var governorate: ControlMap.Holding?
        for (placeID, placeFacts) in Dictionary(grouping: facts, by: \.placeID) {
            guard let place = byID[placeID], let holding = Self.holding(place, facts: placeFacts) else { continue }
            if place.kind == "governorate" { governorate = holding } else { holdings.append(holding) }
        }
        holdings.sort { ($0.place.name, $0.place.id) < ($1.place.name, $1.place.id) }
        var factions: [String: (name: String, side: String?)] = [:]
        let used = Set(facts.map(\.controller))
        for (key, name, side) in try database.query(sql: Self.factionsSQL, map: { ($0.string(0), $0.string(1), $0.optionalString(2)) })
        where used.contains(key) {
            factions[key] = (name, side)
        }
        return ControlMap(admin1: admin1, asOf: asOf, places: all.filter { $0.latitude != nil }, holdings: holdings,
                          governorate: governorate, facts: facts, factions: factions)
    }

    /// The holder(s) of the latest day, and since when the holder held it without another's fact between.
    static func holding(_ place: ControlMap.Place, facts: [ControlMap.Fact]) -> ControlMap.Holding? {
        guard let last = facts.map(\.day).max() else { return nil }
        let controllers = Array(Set(facts.filter { $0.day == last }.map(\.controller))).sorted()
        var since = last
        if controllers.count == 1 {
            for fact in facts.sorted(by: { $0.day > $1.day }) {
                if fact.controller != controllers[0] { break }
                since = fact.day
            }
        }
        return ControlMap.Holding(place: place, controllers: controllers, since: since, lastFact: last)
    }
}
