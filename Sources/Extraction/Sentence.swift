import Names

/// A place named in a sentence, resolved against the gazetteer.
struct PlaceMention: Sendable {
    var start: Int
    var end: Int
    var written: String
    var place: ResolvedPlace
    var name: String
    var admin1: String?
    var country: String?
    var feature: String
    /// Named only as a distance or direction reference ("15 km dari X", "southeast of X").
    var reference = false
    /// Named as where someone goes ("menuju ke X").
    var destination = false
    /// How the place was found; its note is made from it only when an event or an observation
    /// cites the place (most mentions are cited by none).
    var origin: Origin
    /// Added to the note: "; a distance reference, not an event place", "; a destination".
    var noteSuffix = ""

    enum Origin: Sendable {
        /// A gazetteer place (`building`: " — X is a building in Y" when the town stands for it).
        case matched(written: String, ref: String, name: String, admin1: String?, candidates: Int, building: String)
        /// A facility the gazetteer lacks, under the place it names.
        case underPlace(name: String, ref: String, placeName: String, admin1: String?)
        /// A name the gazetteer lacks, introduced by a classifier.
        case byClassifier(name: String, parentRef: String?, admin1: String?)
        /// A capitalized name after "di" the gazetteer lacks.
        case afterDi(name: String)
    }

    /// What the explanation says of the place.
    var note: String {
        let base: String
        switch origin {
        case let .matched(written, ref, name, admin1, candidates, building):
            base = "place: '\(written)' matched \(ref) \(name) (\(admin1 ?? "-")), \(candidates) candidate\(candidates == 1 ? "" : "s")\(building)"
        case let .underPlace(name, ref, placeName, admin1):
            base = "place: '\(name)' not in the gazetteer; under \(ref) \(placeName) (\(admin1 ?? "-"))"
        case let .byClassifier(name, parentRef, admin1):
            base = "place: '\(name)' not in the gazetteer; named by its classifier, under \(parentRef ?? "-") (\(admin1 ?? "-"))"
        case let .afterDi(name):
            base = "place: '\(name)' not in the gazetteer; named after 'di'"
        }
        return noteSuffix.isEmpty ? base : base + noteSuffix
    }
}

/// A run of tokens that may name a place, with its gazetteer candidates (resolved later, with
/// context), or the name a classifier introduces when the gazetteer lacks it.
struct PlaceSpan: Sendable {
    var start: Int
    var end: Int
    /// The matching form of the name.
    var key: String
    var candidates: [Int]
    /// The name as written, for a place the gazetteer lacks.
    var unlisted: String?
    /// A facility word before the name that belongs to it ("Bendungan").
    var facility: String?
}

/// One sentence with what was found in it: tokens, the role words, factions, places, dates, cues.
///
/// A class of constants: every pass of the reader and its closures read the same sentence, and a
/// struct of these nine arrays and strings was retained field by field at each copy (a closure's
/// capture, an element read out of an array) and released as many times.
final class SentenceInfo: Sendable {
    struct Cue: Sendable {
        var start: Int
        var end: Int
        var cue: Lexicons.Cue
        /// The verb carried -nya: its object is the place last named.
        var anaphoric: Bool
    }
    typealias DateInfo = (mention: DateMention, date: PartialDate?, note: String)
    let index: Int
    let text: String
    let tokens: [Token]
    /// Role words starting at each token, with their lengths.
    let roles: RoleWords
    let factions: [FactionIndex.Mention]
    /// Resolved with what earlier sentences named (`resolved(places:dates:)`); empty until then.
    let places: [PlaceMention]
    let dates: [DateInfo]
    let cues: [Cue]
    let agency: String?

    init(index: Int, text: String, tokens: [Token], roles: RoleWords, factions: [FactionIndex.Mention], cues: [Cue], agency: String?,
         places: [PlaceMention] = [], dates: [DateInfo] = []) {
        self.index = index; self.text = text; self.tokens = tokens; self.roles = roles
        self.factions = factions; self.cues = cues; self.agency = agency
        self.places = places; self.dates = dates
    }

    /// The sentence with its places and dates resolved.
    func resolved(places: [PlaceMention], dates: [DateInfo]) -> SentenceInfo {
        SentenceInfo(index: index, text: text, tokens: tokens, roles: roles, factions: factions, cues: cues, agency: agency,
                     places: places, dates: dates)
    }

    func has(_ role: Lexicons.Role, at i: Int) -> Int? {
        roles.length(of: role, at: i)
    }

    /// A role word ending right before `i` (looking back over up to `window` tokens).
    func roleBefore(_ role: Lexicons.Role, _ i: Int, window: Int) -> Int? {
        var j = i - 1
        while j >= 0 && j >= i - window {
            if let length = has(role, at: j), j + length <= i { return j }
            j -= 1
        }
        return nil
    }

    func text(_ start: Int, _ end: Int) -> String {
        let a = max(0, start)
        let b = min(end, tokens.count)
        return a < b ? Token.written(tokens, a..<b, in: self.text) : ""
    }

    func faction(at i: Int) -> FactionIndex.Mention? { factions.first { $0.start <= i && i < $0.end } }

    /// Roles of the phrases that end with token `i` ("pos perbatasan" ends at "perbatasan").
    func rolesEnding(at i: Int) -> [Lexicons.Role] {
        var result: [Lexicons.Role] = []
        for j in max(0, i - 4)...max(0, i) where j < roles.count {
            roles.forEach(at: j) { role, length in if j + length - 1 == i { result.append(role) } }
        }
        return result
    }
}

/// The role words starting at each token of a sentence, with their lengths, in one flat array
/// (no array per token: asking a token's roles retains nothing).
struct RoleWords: Sendable {
    /// Token i's role words are `items[starts[i]..<starts[i + 1]]`.
    private var items: [(role: Lexicons.Role, length: Int)] = []
    private var starts: [Int32] = [0]

    init(capacity tokens: Int) { starts.reserveCapacity(tokens + 1) }

    /// The number of tokens.
    var count: Int { starts.count - 1 }

    /// Adds a role word starting at the token being filled (the one after the last `endToken()`).
    mutating func append(_ role: Lexicons.Role, _ length: Int) { items.append((role, length)) }

    /// The token being filled has a role word of this role.
    func current(has role: Lexicons.Role) -> Bool {
        var k = Int(starts[starts.count - 1])
        while k < items.count { if items[k].role == role { return true }; k += 1 }
        return false
    }

    /// Closes the token being filled.
    mutating func endToken() { starts.append(Int32(items.count)) }

    /// The length of the first role word of `role` starting at token `i`.
    func length(of role: Lexicons.Role, at i: Int) -> Int? {
        guard i >= 0, i < count else { return nil }
        var k = Int(starts[i])
        let end = Int(starts[i + 1])
        while k < end { if items[k].role == role { return items[k].length }; k += 1 }
        return nil
    }

    /// No role word starts at token `i`.
    func isEmpty(at i: Int) -> Bool { starts[i] == starts[i + 1] }

    /// A role word starting at token `i` has a role that satisfies `predicate`.
    func contains(at i: Int, where predicate: (Lexicons.Role) -> Bool) -> Bool {
        var k = Int(starts[i])
        let end = Int(starts[i + 1])
        while k < end { if predicate(items[k].role) { return true }; k += 1 }
        return false
    }

    /// Calls `body` with the role and length of every role word starting at token `i`.
    func forEach(at i: Int, _ body: (Lexicons.Role, Int) -> Void) {
        var k = Int(starts[i])
        let end = Int(starts[i + 1])
        while k < end { body(items[k].role, items[k].length); k += 1 }
    }
}

extension Extractor {
    /// Roles of a word that introduces a place named on its own ("desa", "di", "menuju").
    static let introducingRoles: Set<Lexicons.Role> = [.preposition, .classifier, .facility, .locator, .coord, .destination, .direction, .institution]

    /// Tokens, role words, faction mentions and place spans of one sentence.
    func analyse(_ text: String, tokens: [Token], index: Int, language: String, day: Int?) -> SentenceInfo {
        var roles = RoleWords(capacity: tokens.count)
        for i in tokens.indices {
            if let m = lexicons.words.match(tokens, at: i) {
                for w in m.values where w.language == language || w.language == "*" { roles.append(w.role, m.length) }
            }
            // a shorter phrase may carry another role ("di" inside "di dekat")
            if tokens[i].kind == .word, let m = lexicons.words.values(of: tokens, at: i) {
                for w in m where (w.language == language || w.language == "*") && !roles.current(has: w.role) {
                    roles.append(w.role, 1)
                }
            }
            roles.endToken()
        }
        let factionMentions = factions.mentions(in: tokens, of: text, day: day, language: language)
        // cues, verbs with -nya included
        var cueTokens = tokens
        var stripped = Set<Int>()
        for i in cueTokens.indices where cueTokens[i].isWord && Self.endsInNya(tokens, i) {
            let base = String(cueTokens[i].fold.dropLast(3))
            if cueFirstWords.contains(base) { cueTokens[i].fold = base; stripped.insert(i) }
        }
        var cues: [SentenceInfo.Cue] = []
        var i = 0
        while i < cueTokens.count {
            if let m = lexicons.cues.match(cueTokens, at: i),
               let cue = m.values.first(where: { $0.language == language || $0.language == "*" }) {
                if cue.kind != .notACue {
                    cues.append(.init(start: i, end: i + m.length, cue: cue, anaphoric: (i..<(i + m.length)).contains { stripped.contains($0) }))
                }
                i += m.length
            } else {
                i += 1
            }
        }
        var agency: String?
        for n in tokens.indices where agency == nil {
            if let m = lexicons.agencies.match(tokens, at: n), let name = m.values.first {
                let span = tokens[n..<(n + m.length)]
                let capitalsOnly = name.count <= 4 && name == name.uppercased()
                if capitalsOnly && !span.allSatisfy({ $0.allUpper || $0.kind != .word }) { continue }
                if !tokens[n].upper && tokens[n].kind == .word { continue }
                agency = name
            }
        }
        return SentenceInfo(index: index, text: text, tokens: tokens, roles: roles, factions: factionMentions, cues: cues, agency: agency)
    }

    /// A fold of more than six Characters ending in "nya" (bytes for an ASCII fold).
    @inline(__always) static func endsInNya(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens[i].plain else { return tokens[i].fold.hasSuffix("nya") && tokens[i].fold.count > 6 }
        let utf8 = tokens[i].fold.utf8
        guard utf8.count > 6 else { return false }
        var last = utf8.reversed().makeIterator()
        return last.next() == 0x61 && last.next() == 0x79 && last.next() == 0x6E
    }

    /// An Arabic article ("al", "ash"): every one is two or three letters, so longer folds skip the set.
    @inline(__always) private func isArticle(_ t: Token) -> Bool {
        guard t.isWord, t.fold.utf8.count <= 3, t.fold.utf8.count >= 2 else { return false }
        if t.plain && !articleHashes.contains(t.hash) { return false }
        return NameKey.articles.contains(Substring(t.fold))
    }

    /// Place spans of a sentence with their gazetteer candidates (resolved later, with context).
    func placeSpans(_ info: SentenceInfo) -> [PlaceSpan] {
        let tokens = info.tokens
        /// Which tokens are Arabic articles, asked once per token (read in place: `map(isArticle)`
        /// copied every token, retaining its fold).
        let article = tokens.indices.map { isArticle(tokens[$0]) }
        var masked = Array(repeating: false, count: tokens.count)
        for f in info.factions { for i in f.start..<f.end { masked[i] = true } }
        for n in tokens.indices where tokens[n].isWord {
            if let m = lexicons.agencies.match(tokens, at: n), m.length > 1 || tokens[n].allUpper { for i in n..<(n + m.length) { masked[i] = true } }
        }
        // names of people after a title ("Presiden Bashar al-Assad")
        for i in tokens.indices {
            guard let length = info.has(.title, at: i) else { continue }
            var j = i + length
            while j < tokens.count, tokens[j].isWord, tokens[j].upper || article[j] {
                if placeIndex.governorates.value(tokens[j]) != nil || placeIndex.countries.value(tokens[j]) != nil || masked[j] { break }
                masked[j] = true
                j += 1
            }
        }
        var spans: [PlaceSpan] = []
        var grams: [(hash: UInt64, plain: Bool, length: Int)] = []
        grams.reserveCapacity(placeIndex.maxWords)
        var content: [Int] = []
        content.reserveCapacity(placeIndex.maxWords)
        var i = 0
        while i < tokens.count {
            guard tokens[i].isWord, !masked[i] else { i += 1; continue }
            // content words from i, skipping articles; a lower-case word ends the name
            // the first content word (articles skipped); the rest only for a name's possible start
            var j = i
            var firstContent: Int?
            while j < tokens.count, tokens[j].isWord, !masked[j] {
                if !article[j] { firstContent = j; break }
                j += 1
            }
            guard let first = firstContent, !(article[i] && first != i + 1) else { i += 1; continue }
            // a name starts with a capital, or with a facility word that is part of it ("pos perbatasan Quneitra")
            let facilityLength = info.has(.facility, at: first)
            let firstUpper = tokens[first].upper || (facilityLength != nil && !lexicons.isStopword(tokens[first]) || facilityLength.map { $0 > 1 } == true)
            // a word that starts no name and is neither a capital nor an article (most words):
            // neither a listed name nor one a classifier introduces starts here
            if !firstUpper && !tokens[i].upper && !article[i] { i += 1; continue }
            // emptied only when filled: most words start no name, and removeAll costs a call even then
            if !content.isEmpty { content.removeAll(keepingCapacity: true) }
            if firstUpper {
                content.append(first)
                j = first + 1
                while j < tokens.count, content.count < placeIndex.maxWords, tokens[j].isWord, !masked[j] {
                    if !article[j] { content.append(j) }
                    j += 1
                }
            }
            var found: (Int, String, [Int])?
            // the n-grams of the content words: hashes, all-ASCII flags and joined lengths, made once
            if !grams.isEmpty { grams.removeAll(keepingCapacity: true) }
            var gram = (hash: PhraseHash.offset, plain: true, length: -1)
            for c in content {
                gram = (PhraseHash.extend(gram.hash, tokens[c].hash), gram.plain && tokens[c].plain, gram.length + 1 + tokens[c].fold.utf8.count)
                grams.append(gram)
            }
            for n in stride(from: content.count, through: 1, by: -1) {
                // a name starts with a capital, or is a known phrase with one ("pos perbatasan Quneitra")
                if !firstUpper || (!tokens[first].upper && (n == 1 || !tokens[content[n - 1]].upper)) { continue }
                let positions = content.prefix(n)
                let (hash, plain, length) = grams[n - 1]
                /// The key is built only for what is kept (an ASCII key's length is its byte count).
                func key() -> String { positions.map { tokens[$0].fold }.joined(separator: " ") }
                let keyCount = plain ? length : key().count
                if n == 1 && (keyCount < 3 || lexicons.isStopword(tokens[first])) { continue }
                if placeIndex.countries.value(tokens, positions, hash: hash, plain: plain) != nil { if n == 1 { break } else { continue } }
                let exact = placeIndex.candidates(tokens, positions, hash: hash, plain: plain)
                if !exact.isEmpty { found = (content[n - 1] + 1, key(), exact); break }
                if n <= 3, keyCount >= 6, positions.allSatisfy({ tokens[$0].upper }) {
                    let written = positions.map { String(tokens[$0].text(in: info.text)) }.joined(separator: " ")
                    let skeleton = NameKey.skeleton(written)
                    let looser = placeIndex.looseCandidates(key: skeleton)
                    let loose = looser.isEmpty ? placeIndex.candidates(key: skeleton) : looser
                    if !loose.isEmpty { found = (content[n - 1] + 1, key(), loose); break }
                }
            }
            // a facility word before the name keeps it in the name ("Bendungan Tabqa")
            func facilityBefore() -> String? {
                guard let f = info.roleBefore(.facility, i, window: 2), f + (info.has(.facility, at: f) ?? 1) == i else { return nil }
                return info.text(f, i)
            }
            if let (end, key, candidates) = found {
                let facility = facilityBefore()
                // part of a longer proper name ("Hilal al-Assad", "Mustafa Bali")
                var p = i - 1
                if p >= 0, article[p] { p -= 1 }
                let insideName = p > 0 && tokens[p].isWord && tokens[p].upper && !masked[p]
                    && info.roles.isEmpty(at: p) && !lexicons.isStopword(tokens[p]) && !(tokens[p].hyphenBefore)
                    && placeIndex.candidates(tokens[p]).isEmpty
                var q = end
                if q + 1 < tokens.count, article[q], tokens[q + 1].hyphenBefore { q += 1 }
                let beforeName = q < tokens.count && tokens[q].isWord && tokens[q].upper && !masked[q] && info.roles.isEmpty(at: q)
                    && !lexicons.isStopword(tokens[q]) && placeIndex.governorates.value(tokens[q]) == nil
                    && placeIndex.countries.value(tokens[q]) == nil && lexicons.dates.match(tokens, at: q) == nil
                if (insideName || beforeName) && placeIndex.governorates[key] == nil { i = end; continue }
                // a capital standing for its government: "sekutu utama Damaskus", "Damascus denies"
                if info.roleBefore(.metonymy, i, window: 2) != nil { i = end; continue }
                if (end..<min(end + 3, tokens.count)).contains(where: { k in
                    info.has(.agentverb, at: k) != nil && (k == end || ["telah", "juga", "pun", "has", "have"].contains(tokens[k - 1].fold)) }) {
                    i = end; continue
                }
                // a village named on its own needs a word that introduces a place before it
                let minor = candidates.allSatisfy { c in
                    // fields read in place: a copy of the place retains every string of it
                    let feature = placeIndex.places[c].feature
                    return !(feature.hasPrefix("A.") || feature.hasPrefix("P.PPLA") || feature == "P.PPLC" || (placeIndex.places[c].population ?? 0) >= 10000
                             || placeIndex.places[c].ref.hasPrefix("sup:"))
                }
                if minor && facility == nil {
                    var b = i - 1
                    if b >= 0, article[b] { b -= 1 }
                    let introducing = Self.introducingRoles
                    let introduced = b >= 0 && (
                        info.roles.contains(at: b) { introducing.contains($0) }
                        || info.rolesEnding(at: b).contains { introducing.contains($0) }
                        || info.cues.contains { $0.end == b + 1 })
                    if !introduced { i = end; continue }
                }
                spans.append(PlaceSpan(start: i, end: end, key: key, candidates: candidates, unlisted: nil, facility: facility))
                i = end; continue
            }
            // a name the gazetteer lacks, introduced by a classifier ("desa X", "the village of X"),
            // or coordinated with a place that was ("distrik Midan dan Tadamon")
            guard tokens[i].upper || article[i] else { i += 1; continue }
            let classified = info.roleBefore(.classifier, i, window: 3) ?? info.roleBefore(.facility, i, window: 3)
            let byClassifier = classified.map { c in c + (info.has(.classifier, at: c) ?? info.has(.facility, at: c) ?? 1) == i } ?? false
            let byCoordination = i >= 2 && info.has(.coord, at: i - 1) != nil && spans.last.map { $0.end == i - 1 } == true
                && spans.last.map { last in last.start > 0 && info.has(.classifier, at: last.start - 1) != nil } == true
            if byClassifier || byCoordination {
                let facility = facilityBefore()
                var end = i
                while end < tokens.count, end - i < 4, tokens[end].isWord, !masked[end],
                      tokens[end].upper || (article[end] && end + 1 < tokens.count && tokens[end + 1].hyphenBefore) {
                    if tokens[end].upper && lexicons.isStopword(tokens[end]) && end > i { break }
                    end += 1
                }
                let words = tokens[i..<end].filter { !isArticle($0) }
                if end > i, let w = words.first, w.upper, !lexicons.isStopword(w), w.fold.count >= 3,
                   placeIndex.countries.value(w) == nil {
                    var name = ""
                    for k in i..<end { name += (k > i && !tokens[k].hyphenBefore ? " " : (k > i ? "-" : "")) + tokens[k].text(in: info.text) }
                    // an English facility after the name: "Mistanour hill"
                    var stop = end
                    if let length = info.has(.facility, at: end), lexicons.words.values(of: tokens[end])?.contains(where: { $0.language == "en" }) == true {
                        name += " " + info.text(end, end + length); stop = end + length
                    }
                    spans.append(PlaceSpan(start: i, end: stop, key: Fold.phrase(name), candidates: [], unlisted: name, facility: facility))
                    i = stop; continue
                }
            }
            i += 1
        }
        return spans
    }
}
