import Store

/// The places and faction names the generator draws from: Syrian towns and governorates from
/// the database's gazetteer, faction aliases from its dictionary (so generated text names things
/// the extractor can know), weighted so that big places are in the news more often.
struct World: Sendable {
    struct Place: Sendable {
        let ref: String
        let name: String
        let governorate: String
        let kind: String
    }

    struct Faction: Sendable {
        let key: String
        /// Names by language ("id", "en"); aliases valid only in a date range carry it.
        let names: [(name: String, language: String, from: String?, to: String?)]
        let kind: String
    }

    let towns: WeightedTable<Place>
    let townsByGovernorate: [String: WeightedTable<Place>]
    let governorates: [Place]
    let factions: [String: Faction]
    /// Faction keys the database's dictionary holds (events may only name these).
    let storedFactions: Set<String>

    init(database: Database) throws {
        let reader = ReferenceReader(database: database)
        var towns: [(Place, Double)] = []
        var governorates: [Place] = []
        for place in try reader.places() where place.country == "SY" {
            guard let admin1 = place.admin1, !admin1.isEmpty, Self.isPlainName(place.name) else { continue }
            let entry = Place(ref: place.ref, name: place.name, governorate: admin1, kind: place.kind)
            switch place.kind {
            case "governorate":
                governorates.append(entry)
            case "city", "town", "village", "neighbourhood":
                // News names cities far more often than villages; keep villages in, thinly.
                let population = Double(place.population ?? 0)
                towns.append((entry, max(1, population).squareRoot()))
            default:
                continue
            }
        }
        guard !towns.isEmpty, !governorates.isEmpty else {
            throw BenchError("the database's gazetteer has no Syrian towns or governorates: is the reference data loaded?")
        }
        self.towns = WeightedTable(towns)
        self.townsByGovernorate = Dictionary(grouping: towns, by: { $0.0.governorate }).mapValues { WeightedTable($0) }
        self.governorates = governorates

        let kinds = Dictionary(try reader.factions().map { ($0.key, $0.kind) }, uniquingKeysWith: { a, _ in a })
        var names: [String: [(String, String, String?, String?)]] = [:]
        for alias in try reader.aliases() where Self.isPlainName(alias.alias) {
            names[alias.faction, default: []].append((alias.alias, alias.language, alias.validFrom, alias.validTo))
        }
        var factions: [String: Faction] = [:]
        for (key, fallback) in Self.fallbackNames {
            let known = names[key] ?? []
            let list = known.isEmpty ? fallback.names.map { ($0.0, $0.1, nil as String?, nil as String?) } : known
            factions[key] = Faction(key: key, names: list.map { (name: $0.0, language: $0.1, from: $0.2, to: $0.3) },
                                    kind: kinds[key] ?? fallback.kind)
        }
        self.factions = factions
        self.storedFactions = Set(kinds.keys)
    }

    /// A name a reporter would write: letters, spaces, hyphens and apostrophes, short.
    private static func isPlainName(_ name: String) -> Bool {
        guard name.utf8.count >= 2, name.utf8.count <= 30 else { return false }
        return name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == " " || $0 == "-" || $0 == "'" }
    }

    /// A name of the faction for this language and day, or nil when it has none then.
    func name(of key: String, language: String, on day: Day, rng: inout SplitMix64) -> String? {
        guard let faction = factions[key] else { return nil }
        let iso = day.iso
        let usable = faction.names.filter { entry in
            (entry.language == language || entry.language == "*")
                && (entry.from.map { $0 <= iso } ?? true) && (entry.to.map { iso <= $0 } ?? true)
        }
        return usable.isEmpty ? nil : rng.pick(usable).name
    }

    /// The factions of the spec's vocabulary with a few names each, used when the database's
    /// dictionary lacks them (an early checkout without Data/factions.tsv).
    static let fallbackNames: [String: (kind: String, names: [(String, String)])] = [
        "syrian_government": ("state", [("tentara Suriah", "id"), ("pasukan pemerintah Suriah", "id"), ("pasukan rezim", "id"),
                                        ("Syrian army", "en"), ("government troops", "en"), ("regime forces", "en")]),
        "pro_government_militia": ("militia", [("milisi pro-rezim", "id"), ("National Defence Forces", "en")]),
        "islamic_state": ("rebel", [("ISIS", "*"), ("Negara Islam", "id"), ("Islamic State", "en"), ("Daesh", "*")]),
        "hts": ("rebel", [("Hayat Tahrir al-Sham", "*"), ("HTS", "*")]),
        "al_nusra": ("rebel", [("Front al-Nusra", "id"), ("Jabhat al-Nusra", "*"), ("Nusra Front", "en")]),
        "syrian_opposition": ("rebel", [("pemberontak", "id"), ("kelompok oposisi", "id"), ("Tentara Pembebasan Suriah", "id"),
                                        ("rebels", "en"), ("Free Syrian Army", "en")]),
        "sdf": ("rebel", [("Pasukan Demokratik Suriah", "id"), ("milisi Kurdi", "id"), ("SDF", "*"), ("Kurdish forces", "en")]),
        "russia": ("state", [("jet tempur Rusia", "id"), ("pasukan Rusia", "id"), ("Russian warplanes", "en"), ("Russian forces", "en")]),
        "hezbollah": ("militia", [("Hizbullah", "id"), ("Hezbollah", "en")]),
        "united_states": ("state", [("koalisi pimpinan AS", "id"), ("US-led coalition", "en")]),
        "turkey": ("state", [("tentara Turki", "id"), ("Turkish army", "en")]),
        "israel": ("state", [("jet tempur Israel", "id"), ("Israeli jets", "en")]),
        "civilians": ("civilians", [("warga sipil", "id"), ("civilians", "en")]),
    ]
}

/// A failure of the benchmark itself (bad option, missing binary): printed, then exit 1.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
