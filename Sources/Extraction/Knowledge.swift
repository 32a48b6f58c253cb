/// What the extractor knows about places and actors, read from the database's reference tables
/// (so that analysts' additions count) and handed in by the caller.
public struct Knowledge: Sendable {
    public struct Place: Sendable {
        public var ref: String
        public var name: String
        /// Every spelling the place answers to, the name included.
        public var names: [String]
        public var feature: String
        public var kind: String
        public var country: String?
        public var admin1: String?
        public var admin2: String?
        public var latitude: Double?
        public var longitude: Double?
        public var population: Int?

        public init(ref: String, name: String, names: [String], feature: String, kind: String, country: String?,
                    admin1: String?, admin2: String?, latitude: Double?, longitude: Double?, population: Int?) {
            self.ref = ref; self.name = name; self.names = names; self.feature = feature; self.kind = kind
            self.country = country; self.admin1 = admin1; self.admin2 = admin2; self.latitude = latitude
            self.longitude = longitude; self.population = population
        }
    }

    public struct Faction: Sendable {
        public var key: String
        public var name: String
        /// 'state', 'militia', 'rebel', 'civilians' or 'other': a state force *regains* territory.
        public var kind: String
        public var parent: String?
        public var side: String?

        public init(key: String, name: String, kind: String, parent: String?, side: String?) {
            self.key = key; self.name = name; self.kind = kind; self.parent = parent; self.side = side
        }
    }

    public struct Alias: Sendable {
        public var faction: String
        public var alias: String
        /// "id", "en", "ar" or "*".
        public var language: String
        /// ISO days; the alias holds from `validFrom` to `validTo` inclusive.
        public var validFrom: String?
        public var validTo: String?
        /// Acronyms that are also ordinary words ("IS", "AS") match only as written.
        public var caseSensitive: Bool

        public init(faction: String, alias: String, language: String, validFrom: String?, validTo: String?,
                    caseSensitive: Bool = false) {
            self.faction = faction; self.alias = alias; self.language = language
            self.validFrom = validFrom; self.validTo = validTo; self.caseSensitive = caseSensitive
        }
    }

    public var places: [Place]
    public var factions: [Faction]
    public var aliases: [Alias]
    /// ISO 3166 code → English name, plus the names news uses for countries ("Suriah", "Irak").
    public var countries: [(code: String, name: String)]

    public init(places: [Place], factions: [Faction], aliases: [Alias], countries: [(code: String, name: String)] = []) {
        self.places = places; self.factions = factions; self.aliases = aliases; self.countries = countries
    }
}
