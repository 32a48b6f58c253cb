import Embedded
import Names

/// The gazetteer and the faction dictionary that ship with the tools (Data/, embedded), loaded
/// into the database's reference tables. Rows the tools own have origin 'builtin' and are
/// updated in place by key (so ids, and the events pointing at them, stay); analysts' rows
/// (origin 'user') are never touched.
public struct ReferenceData: Sendable {
    public let files: [EmbeddedFile]

    public static let embedded = ReferenceData(files: Embedded.reference)

    public init(files: [EmbeddedFile]) { self.files = files }

    /// A fingerprint of the shipped data: when it differs from the one recorded in `meta`,
    /// the data is loaded again.
    public var version: String {
        var hash: UInt64 = 0xcbf29ce484222325
        for file in files {
            for byte in file.name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
            for byte in file.bytes { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        }
        return String(hash, radix: 16)
    }

    /// Loads the data unless this version is already there. Safe to call from several processes.
    public func seedIfNeeded(_ database: Database) throws {
        let current = try database.scalarString(sql: "SELECT value FROM meta WHERE key = 'reference_version'")
        guard current != version else { return }
        try database.inTransaction(.immediate) {
            guard try database.scalarString(sql: "SELECT value FROM meta WHERE key = 'reference_version'") != version else { return }
            try seed(database)
            try database.execute(sql: "INSERT INTO meta (key, value) VALUES ('reference_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", version)
        }
    }

    /// Loads every shipped file with CHECK constraints off. SQLite evaluates a CHECK with
    /// `IN (…)` (a place's kind, a row's origin) through a temporary b-tree it builds anew for each
    /// row a statement writes, over a third of the time the gazetteer took to load. The shipped
    /// data is fixed when the tools are built, and a test holds it to every CHECK
    /// (ReferenceDataTests.theShippedDataMeetsEveryCheckConstraint).
    func seed(_ database: Database) throws {
        try database.execute(sql: "PRAGMA ignore_check_constraints = ON")
        do {
            try load(database)
        } catch {
            try? database.execute(sql: "PRAGMA ignore_check_constraints = OFF")
            throw error
        }
        try database.execute(sql: "PRAGMA ignore_check_constraints = OFF")
    }

    private func load(_ database: Database) throws {
        let loader = ReferenceLoader(database: database, origin: "builtin")
        try table("gazetteer/countries.tsv")?.forEachRow { row in
            try loader.upsertCountry(code: row["code"], name: row["name"], latitude: row.double("lat"), longitude: row.double("lon"))
        }
        for name in ["gazetteer/places.tsv.gz", "gazetteer/supplement.tsv"] {
            try table(name)?.forEachRow { row in try loader.upsertPlace(PlaceRow(row)) }
        }
        try table("gazetteer/admin1.tsv")?.forEachRow { row in
            try loader.upsertAdmin1(country: row["country"], code: row["code"], name: row["name"], aliases: row.list("aliases"))
        }
        try table("gazetteer/alias_supplement.tsv")?.forEachRow { row in
            try loader.addPlaceName(ref: row["ref"], name: row["alias"])
        }
        if let factions = try table("factions.tsv") {
            try factions.forEachRow { row in
                try loader.upsertFaction(key: row["key"], name: row["name"], kind: row["kind"], side: row.optional("side"), note: row.optional("note"))
            }
            try factions.forEachRow { row in
                if let parent = row.optional("parent") { try loader.setFactionParent(key: row["key"], parent: parent) }
            }
        }
        if let aliases = try table("faction_aliases.tsv") {
            try database.execute(sql: "DELETE FROM faction_aliases WHERE origin = 'builtin'")
            try aliases.forEachRow { row in
                try loader.addFactionAlias(faction: row["faction"], alias: row["alias"], language: row.optional("language") ?? "*",
                                           validFrom: row.optional("valid_from"), validTo: row.optional("valid_to"),
                                           caseSensitive: row["case_sensitive"] == "1", note: row.optional("note"))
            }
        }
    }

    /// The shipped file of that name, parsed; nil when this build ships no such file.
    private func table(_ name: String) throws -> TSV? {
        try file(name).map(TSV.init)
    }

    private func file(_ name: String) -> EmbeddedFile? {
        files.first { $0.name == name }
    }
}

/// One place of the gazetteer files (`places.tsv.gz`, `supplement.tsv`, user CSV imports).
public struct PlaceRow: Sendable {
    public var ref: String
    public var name: String
    public var names: [String]
    public var feature: String
    public var country: String
    public var admin1: String?
    public var admin2: String?
    public var latitude: Double?
    public var longitude: Double?
    public var population: Int?
    public var note: String?

    public init(ref: String, name: String, names: [String] = [], feature: String, country: String,
                admin1: String?, admin2: String? = nil, latitude: Double?, longitude: Double?,
                population: Int? = nil, note: String? = nil) {
        self.ref = ref; self.name = name; self.names = names; self.feature = feature; self.country = country
        self.admin1 = admin1; self.admin2 = admin2; self.latitude = latitude; self.longitude = longitude
        self.population = population; self.note = note
    }

    init(_ row: TSV.Row) {
        self.init(ref: row["ref"], name: row["name"], names: row.list("names"), feature: row["feature"],
                  country: row["country"], admin1: row.optional("admin1"), admin2: row.optional("admin2"),
                  latitude: row.double("lat"), longitude: row.double("lon"),
                  population: row.int("population"), note: row.optional("note"))
    }

    /// The coarse kind of place a GeoNames feature code stands for.
    public var kind: String { Self.kind(feature: feature, population: population) }

    public static func kind(feature: String, population: Int?) -> String {
        switch feature {
        case "A.ADM1": return "governorate"
        case "A.ADM2": return "district"
        case "A.ADM3", "A.ADM4": return "subdistrict"
        case "A.PCLI": return "country"
        case "P.PPLC", "P.PPLA", "P.PPLA2": return "city"
        case "P.PPLA3", "P.PPLA4": return "town"
        case "P.PPLX": return "neighbourhood"
        case "L.RGN", "L.AREA", "T.PLN", "T.VAL", "T.DSRT": return "region"
        case "T.MT", "T.MTS", "T.RDGE", "T.PK": return "mountain"
        case "T.HLL", "T.HLLS": return "hill"
        case "S.AIRB", "S.AIRP", "S.AIRF", "S.AIRH": return "air_base"
        case "S.MILB", "S.INSM", "S.PRN", "S.BLDG", "S.SCHM": return "military_site"
        case "S.BDCR", "S.PSTB": return "border_crossing"
        case "S.DAM", "S.PS", "S.OILF", "S.OILR", "S.BDG", "S.RSTN", "S.PRT", "S.MALL", "S.MKT": return "infrastructure"
        case "S.CMP", "S.CMPRF", "P.STLMT": return "camp"
        default:
            if feature.hasPrefix("H.") { return "water" }
            if feature.hasPrefix("P.") {
                let people = population ?? 0
                return people >= 50_000 ? "city" : people >= 5_000 ? "town" : "village"
            }
            return "other"
        }
    }
}

/// Writes reference rows with a given origin; shared by the shipped data and user imports.
public final class ReferenceLoader {
    let database: Database
    let origin: String
    private var knownCountries: Set<String> = []
    /// The statements run once per place or name, kept here: the database's cache would hash
    /// their SQL text on every call.
    private var upsertPlaceStatement: Statement?
    private var insertNameStatement: Statement?

    /// - Parameter origin: 'builtin' for shipped data, 'user' for an analyst's own rows.
    public init(database: Database, origin: String) {
        self.database = database
        self.origin = origin
    }

    public func upsertCountry(code: String, name: String, latitude: Double?, longitude: Double?) throws {
        try database.execute(sql: """
            INSERT INTO countries (code, name, latitude, longitude) VALUES (?, ?, ?, ?)
            ON CONFLICT(code) DO UPDATE SET name = excluded.name, latitude = excluded.latitude, longitude = excluded.longitude
            """, code, name, latitude, longitude)
    }

    /// Adds spellings to the governorate (first-level division) of that name, creating its row
    /// when the places file has none.
    public func upsertAdmin1(country: String, code: String, name: String, aliases: [String]) throws {
        let existing = try database.scalarInt(sql: "SELECT id FROM locations WHERE feature = 'A.ADM1' AND country = ? AND admin1 = ? ORDER BY origin = 'builtin' DESC LIMIT 1", country, name)
        let id = try existing ?? upsertPlace(PlaceRow(ref: "adm1:" + code, name: name, feature: "A.ADM1", country: country,
                                                       admin1: name, latitude: nil, longitude: nil))
        try addNames(locationID: id, name, aliases)
    }

    /// Inserts or updates a place by its `ref`, with all its names.
    @discardableResult
    public func upsertPlace(_ place: PlaceRow) throws -> Int64 {
        try ensureCountry(place.country)
        let statement = try prepared(&upsertPlaceStatement, sql: """
            INSERT INTO locations (ref, name, feature, kind, country, admin1, admin2, latitude, longitude, population, origin, note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(ref) DO UPDATE SET name = excluded.name, feature = excluded.feature, kind = excluded.kind,
                country = excluded.country, admin1 = excluded.admin1, admin2 = excluded.admin2,
                latitude = excluded.latitude, longitude = excluded.longitude, population = excluded.population,
                note = excluded.note, needs_review = 0
            WHERE locations.origin = excluded.origin
            """)
        let lastInsert = database.lastInsertRowID
        try statement.execute([place.ref, place.name, place.feature, place.kind, place.country.isEmpty ? nil : place.country,
                               place.admin1, place.admin2, place.latitude, place.longitude, place.population, origin, place.note])
        // Only an insert moves last_insert_rowid (RETURNING id would cost a temporary table per
        // row). Unmoved, the row was updated or belongs to another origin (an analyst's row the
        // data must not overwrite): its id is looked up.
        let inserted = database.lastInsertRowID
        guard let id = try inserted != lastInsert ? inserted : database.scalarInt(sql: "SELECT id FROM locations WHERE ref = ?", place.ref) else {
            throw StoreError.misuse("place \(place.ref) could not be stored")
        }
        try addNames(locationID: id, place.name, place.names)
        return id
    }

    /// Adds a spelling to the place with that ref; a ref the database lacks is an error.
    public func addPlaceName(ref: String, name: String) throws {
        guard let id = try database.scalarInt(sql: "SELECT id FROM locations WHERE ref = ?", ref) else {
            throw StoreError.misuse("no place with ref \(ref) for the name \(name)")
        }
        try addNames(locationID: id, name, [])
    }

    /// Adds the spellings of one place, each normalized once. A spelling with the key of an
    /// earlier one in the list is left out here, as INSERT OR IGNORE would leave it out; keys
    /// the place already has are left to INSERT OR IGNORE.
    private func addNames(locationID: Int64, _ name: String, _ others: [String]) throws {
        let statement = try prepared(&insertNameStatement,
                                     sql: "INSERT OR IGNORE INTO location_names (location_id, name, normalized, origin) VALUES (?, ?, ?, ?)")
        var keys: [String] = []  // a place has a handful of names: a scan beats a set
        keys.reserveCapacity(others.count + 1)
        for spelling in [name] + others {
            let key = NameKey.normalize(spelling)
            guard !key.isEmpty, !keys.contains(key) else { continue }
            keys.append(key)
            try statement.execute([locationID, spelling, key, origin])
        }
    }

    private func prepared(_ slot: inout Statement?, sql: String) throws -> Statement {
        if let statement = slot { return statement }
        let statement = try database.cachedStatement(sql: sql)
        slot = statement
        return statement
    }

    private func ensureCountry(_ code: String) throws {
        guard !code.isEmpty, !knownCountries.contains(code) else { return }
        try database.execute(sql: "INSERT OR IGNORE INTO countries (code, name) VALUES (?, ?)", code, code)
        knownCountries.insert(code)
    }

    public func upsertFaction(key: String, name: String, kind: String, side: String?, note: String?) throws {
        try database.execute(sql: """
            INSERT INTO factions (key, name, kind, side, origin, note) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(key) DO UPDATE SET name = excluded.name, kind = excluded.kind, side = excluded.side, note = excluded.note
            WHERE factions.origin = excluded.origin
            """, key, name, kind, side, origin, note)
    }

    public func setFactionParent(key: String, parent: String) throws {
        try database.execute(sql: "UPDATE factions SET parent_id = (SELECT id FROM factions WHERE key = ?2) WHERE key = ?1", key, parent)
    }

    public func addFactionAlias(faction: String, alias: String, language: String, validFrom: String?, validTo: String?,
                                caseSensitive: Bool = false, note: String?) throws {
        guard let id = try database.scalarInt(sql: "SELECT id FROM factions WHERE key = ?", faction) else {
            throw StoreError.misuse("no faction with key \(faction) for the alias \(alias)")
        }
        try database.execute(sql: """
            INSERT OR IGNORE INTO faction_aliases (faction_id, alias, normalized, language, valid_from, valid_to, case_sensitive, origin, note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, id, alias, NameKey.normalize(alias), language, validFrom, validTo, caseSensitive, origin, note)
    }
}
