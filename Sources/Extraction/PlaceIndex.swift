import Names

/// The gazetteer indexed by normalized name (and by a looser transliteration skeleton), built
/// once: lookups are hash probes on token n-grams, never a scan over places.
/// A class: the extractor's readers call it through a reference, and a struct of this many
/// tables was copied (a retain per table) at each method call made through the extractor.
final class PlaceIndex: Sendable {
    let places: [Knowledge.Place]
    /// Places by the keys of their names, probed with token n-grams by hash.
    private let exact: KeyTable<[Int32]>
    private let loose: [String: [Int32]]
    let maxWords: Int
    /// Governorate (admin1) by any of its names' keys, for context.
    let governorates: KeyTable<String>
    /// The A.ADM1 place of each governorate.
    let governoratePlace: [String: Int]
    /// Towns (capitals of governorates and districts, or 10,000 people and more), to place a building in.
    let towns: [Int]
    /// Country names (English and as news writes them) → ISO code.
    let countries: KeyTable<String>

    /// `countryAliases`: alias → ISO code ("Suriah" → "SY").
    init(knowledge: Knowledge, countryAliases: [String: String]) {
        places = knowledge.places
        var exact: [String: [Int32]] = [:]
        var governorates: [String: String] = [:]
        var countries: [String: String] = [:]
        var loose: [String: [Int32]] = [:]
        var maxWords = 1
        var governoratePlace: [String: Int] = [:]
        exact.reserveCapacity(knowledge.places.count * 4)
        for (index, place) in knowledge.places.enumerated() {
            // a place has a few names: a list finds a repeated key sooner than a set
            var seen: [String] = []
            seen.reserveCapacity(place.names.count + 1)
            for position in 0...place.names.count {  // the names, then the name (no joined array)
                let key = NameKey.normalize(position < place.names.count ? place.names[position] : place.name)
                guard !key.isEmpty, !seen.contains(key) else { continue }
                seen.append(key)
                exact[key, default: []].append(Int32(index))
                // words of an ASCII key (single spaces, none at the ends) are its spaces plus one
                let words = key.utf8.allSatisfy { $0 < 0x80 } ? key.utf8.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) } : key.split(separator: " ").count
                maxWords = max(maxWords, words)
                let skeleton = NameKey.skeleton(normalized: key)
                if skeleton != key { loose[skeleton, default: []].append(Int32(index)) }
                if place.feature == "A.ADM1", let admin1 = place.admin1 { governorates[key] = admin1 }
            }
            if place.feature == "A.ADM1", let admin1 = place.admin1, place.country == "SY" || governoratePlace[admin1] == nil {
                governoratePlace[admin1] = index
            }
        }
        self.maxWords = min(maxWords, 7)
        self.loose = loose
        self.governoratePlace = governoratePlace
        towns = knowledge.places.indices.filter { i in
            let p = knowledge.places[i]
            return p.feature.hasPrefix("P.PPL") && p.latitude != nil && (p.feature.hasPrefix("P.PPLA") || p.feature == "P.PPLC" || (p.population ?? 0) >= 10000)
        }
        for (code, name) in knowledge.countries { countries[NameKey.normalize(name)] = code }
        for (alias, code) in countryAliases { countries[NameKey.normalize(alias)] = code }
        self.exact = KeyTable(exact)
        self.governorates = KeyTable(governorates)
        self.countries = KeyTable(countries)
    }

    func candidates(key: String) -> [Int] { exact[key].map { $0.map(Int.init) } ?? [] }
    /// `candidates(key:)` of one token's fold.
    func candidates(_ token: Token) -> [Int] { exact.value(token).map { $0.map(Int.init) } ?? [] }
    /// `candidates(key:)` of the folds of `tokens[positions]` joined by spaces (n-gram hash `hash`).
    func candidates(_ tokens: [Token], _ positions: ArraySlice<Int>, hash: UInt64, plain: Bool) -> [Int] {
        exact.value(tokens, positions, hash: hash, plain: plain).map { $0.map(Int.init) } ?? []
    }
    func looseCandidates(key: String) -> [Int] { loose[key].map { $0.map(Int.init) } ?? [] }

    /// Rank of a feature for a name used on its own: towns before districts before governorates.
    static func featureRank(_ feature: String, province: Bool) -> Int {
        if province { return feature == "A.ADM1" ? 0 : feature == "A.ADM2" ? 1 : 5 }
        switch feature {
        case "P.PPLC": return 0
        case "P.PPLA": return 1
        case "P.PPLA2": return 2
        case "P.PPLA3": return 3
        case "S.AIRP", "P.PPLX": return 4
        case "P.PPL", "P.PPLL", "P.STLMT": return 5
        case "A.ADM2": return 6
        case "A.ADM1": return 7
        case "P.PPLQ", "P.PPLH", "P.PPLW": return 9
        default: return 8
        }
    }

    struct Context {
        /// Governorates named in the sentence (strong) and in the article (weak).
        var sentenceGovernorates: Set<String> = []
        var articleGovernorates: [String: Int] = [:]
        /// Countries named in the sentence (ISO codes).
        var sentenceCountries: Set<String> = []
        var province = false
    }

    /// The candidate a gazetteer user would pick: one in a governorate named nearby, then in Syria
    /// unless another country is named, then the higher-level feature, then the most populous.
    func best(_ candidates: [Int], context: Context) -> Int? {
        guard !candidates.isEmpty else { return nil }
        func score(_ i: Int) -> (Int, Int, Int, Int, Int) {
            let p = places[i]
            let admin1 = p.admin1 ?? ""
            let inSentence = context.sentenceGovernorates.contains(admin1) ? 0 : 1
            let countryNamed = context.sentenceCountries.isEmpty ? (p.country == "SY" ? 0 : 1)
                : (context.sentenceCountries.contains(p.country ?? "") ? 0 : (p.country == "SY" ? 1 : 2))
            let inArticle = -(context.articleGovernorates[admin1] ?? 0)
            return (inSentence, countryNamed, Self.featureRank(p.feature, province: context.province), inArticle, -(p.population ?? 0))
        }
        return candidates.min { score($0) < score($1) }
    }
}

extension PlaceIndex {
    /// A building or square stands for the town it is in (a school, an academy, "X Square").
    func isBuilding(_ place: Knowledge.Place) -> Bool {
        place.feature == "S.SCHM" || place.feature == "S.BLDG" || place.feature == "S.HSP" || place.feature == "S.SQR"
            || place.name.hasSuffix(" Square") || place.name.hasSuffix(" Academy")
    }

    /// The nearest town in the same governorate.
    func town(containing place: Knowledge.Place) -> Int? {
        guard let lat = place.latitude, let lon = place.longitude else { return nil }
        var best: (Int, Double)?
        for i in towns {
            let t = places[i]
            guard t.admin1 == place.admin1, let tlat = t.latitude, let tlon = t.longitude else { continue }
            let d = (tlat - lat) * (tlat - lat) + (tlon - lon) * (tlon - lon)
            if best == nil || d < best!.1 { best = (i, d) }
        }
        guard let (index, d) = best, d < 0.04 else { return nil }
        return index
    }
}
