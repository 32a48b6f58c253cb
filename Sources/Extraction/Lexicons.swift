import Embedded

/// The extractor's words, read from the TSV files of `Lexicons/` (compiled in, or handed in by a test).
public struct Lexicons: Sendable {
    /// What a cue says happened.
    enum CueKind: Sendable, Equatable {
        case take, retake, enter, withdraw, handover, hold, holdBy, free, attack
        /// A phrase that holds a cue's words but tells no event ("took place", "took part"): it is
        /// matched like a cue, so the shorter cue inside it never fires, and then dropped.
        case notACue
        case type(String)
        var isTerritory: Bool {
            switch self { case .take, .retake, .enter, .withdraw, .handover: return true; default: return false }
        }
    }
    struct Cue: Sendable { let language: String; let kind: CueKind; let passive: Bool; let phrase: String }

    enum Role: String, Sendable, CaseIterable {
        case regain, nonviolent, support, intent, negation, pronoun, from, against, by, between, coord, locator
        case classifier, facility, direction, distance, destination, anaphor, death, injury, vague, present, title
        case relative, clause, attribution, stop, object, institution, abbrev, metonymy, agentverb, preposition, sameactor, eventanaphor, impact, frame, statement
    }
    struct Word: Sendable { let language: String; let role: Role }

    enum DateKind: String, Sendable {
        case month, weekday, dayshift, shift, sameday, lastweek, past, thisweek, thismonth, lastmonth, lastyear, early, late
        case warYear = "war_year"
    }
    struct DateWord: Sendable { let language: String; let kind: DateKind; let value: Int }

    enum NumberKind: String, Sendable { case unit, teen, tens, hundreds, thousands }
    struct NumberWord: Sendable { let language: String; let value: Int; let kind: NumberKind }

    enum FurnitureKind: String, Sendable { case block, line, inline, contains }
    struct Furniture: Sendable { let language: String; let kind: FurnitureKind; let text: String }

    struct Era: Sendable { let from: String?; let to: String? }

    var cues = PhraseTable<Cue>()
    var words = PhraseTable<Word>()
    var dates = PhraseTable<DateWord>()
    var numbers = PhraseTable<NumberWord>()
    var furniture: [Furniture] = []
    var stopwords: [String: Set<String>] = [:]
    var agencies = PhraseTable<String>()
    var eras = PhraseTable<Era>()

    /// The lexicons compiled into the binary.
    public static var embedded: Lexicons {
        get throws {
            var files: [String: String] = [:]
            for file in Embedded.lexicons { files[file.name] = try file.text() }
            return try Lexicons(files: files)
        }
    }

    /// Reads lexicons from file name → contents (`cues.tsv`, `words.tsv`, …).
    public init(files: [String: String]) throws {
        func rows(_ name: String, columns: Int) throws -> [[Substring]] {
            try numberedRows(name, columns: columns).map(\.fields)
        }
        func numberedRows(_ name: String, columns: Int) throws -> [(line: Int, fields: [Substring])] {
            guard let text = files[name] else { throw ExtractionError.missingLexicon(name) }
            var result: [(line: Int, fields: [Substring])] = []
            var header = true
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
                if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
                if header { header = false; continue }
                let fields = trimmed.split(separator: "\t", omittingEmptySubsequences: false)
                guard fields.count >= columns else {
                    throw ExtractionError.badLexicon(name, line: number + 1, reason: "expected \(columns) columns, found \(fields.count)")
                }
                result.append((number + 1, fields))
            }
            return result
        }
        for (n, f) in try numberedRows("cues.tsv", columns: 4) {
            let kind: CueKind
            switch f[2] {
            case "TAKE": kind = .take
            case "RETAKE": kind = .retake
            case "ENTER": kind = .enter
            case "WITHDRAW": kind = .withdraw
            case "HANDOVER": kind = .handover
            case "HOLD": kind = .hold
            case "HOLDBY": kind = .holdBy
            case "FREE": kind = .free
            case "ATTACK": kind = .attack
            case "NONE": kind = .notACue
            default:
                guard Vocabulary.types.contains(String(f[2])) else {
                    throw ExtractionError.badLexicon("cues.tsv", line: n, reason: "unknown event type '\(f[2])'")
                }
                kind = .type(String(f[2]))
            }
            cues.add(String(f[1]), Cue(language: String(f[0]), kind: kind, passive: f[3] == "passive", phrase: String(f[1])))
        }
        for (n, f) in try numberedRows("words.tsv", columns: 3) {
            guard let role = Role(rawValue: String(f[1])) else {
                throw ExtractionError.badLexicon("words.tsv", line: n, reason: "unknown role '\(f[1])'")
            }
            words.add(String(f[2]), Word(language: String(f[0]), role: role))
        }
        for (n, f) in try numberedRows("dates.tsv", columns: 4) {
            guard let kind = DateKind(rawValue: String(f[1])), let value = Int(f[3]) else {
                throw ExtractionError.badLexicon("dates.tsv", line: n, reason: "unknown kind '\(f[1])' or value '\(f[3])'")
            }
            dates.add(String(f[2]), DateWord(language: String(f[0]), kind: kind, value: value))
        }
        for (n, f) in try numberedRows("numbers.tsv", columns: 4) {
            guard let kind = NumberKind(rawValue: String(f[3])), let value = Int(f[2]) else {
                throw ExtractionError.badLexicon("numbers.tsv", line: n, reason: "unknown kind '\(f[3])' or value '\(f[2])'")
            }
            numbers.add(String(f[1]), NumberWord(language: String(f[0]), value: value, kind: kind))
        }
        for (n, f) in try numberedRows("furniture.tsv", columns: 3) {
            guard let kind = FurnitureKind(rawValue: String(f[1])) else {
                throw ExtractionError.badLexicon("furniture.tsv", line: n, reason: "unknown kind '\(f[1])'")
            }
            furniture.append(Furniture(language: String(f[0]), kind: kind, text: String(f[2])))
        }
        for f in try rows("stopwords.tsv", columns: 2) {
            stopwords[String(f[0]), default: []].insert(Fold.word(f[1]))
            allStopwords.insert(Fold.word(f[1]))
        }
        stopwordTable = KeyTable(Dictionary(uniqueKeysWithValues: allStopwords.map { ($0, true) }))
        for f in try rows("agencies.tsv", columns: 2) {
            for spelling in f[1].split(separator: "|") { agencies.add(String(spelling), String(f[0])) }
        }
        for f in try rows("era.tsv", columns: 3) {
            eras.add(String(f[0]), Era(from: f[1].isEmpty ? nil : String(f[1]), to: f[2].isEmpty ? nil : String(f[2])))
        }
    }

    /// Languages with cues: articles in them are read, others stored as unsupported.
    var languages: Set<String> { Set(stopwords.keys) }

    private(set) var allStopwords = Set<String>()
    /// `allStopwords` probed by a token's hash.
    private var stopwordTable = KeyTable<Bool>([:])

    func isStopword(_ fold: String) -> Bool { allStopwords.contains(fold) }
    func isStopword(_ token: Token) -> Bool { stopwordTable.value(token) != nil }
}

/// Event types of spec/VOCABULARY.md.
public enum Vocabulary {
    public static let types: Set<String> = [
        "Armed clash", "Government regains territory", "Non-state actor overtakes territory", "Air/drone strike",
        "Shelling/artillery/missile attack", "Suicide bomb", "Remote explosive/landmine/IED", "Chemical weapon",
        "Attack", "Abduction/forced disappearance", "Agreement", "Non-violent transfer of territory",
        "Headquarters or base established", "Looting/property destruction", "Other",
    ]
    public static let regains = "Government regains territory"
    public static let overtakes = "Non-state actor overtakes territory"
    public static let transfer = "Non-violent transfer of territory"
    public static let territory: Set<String> = [regains, overtakes, transfer]

    /// ACLED event type of a sub-event type.
    public static func family(of type: String) -> String {
        switch type {
        case "Armed clash", regains, overtakes: return "Battles"
        case "Attack", "Abduction/forced disappearance": return "Violence against civilians"
        case "Agreement", transfer, "Headquarters or base established", "Looting/property destruction", "Other":
            return "Strategic developments"
        default: return "Explosions/Remote violence"
        }
    }
}

/// Why the extractor could not be set up.
public enum ExtractionError: Error, CustomStringConvertible {
    case missingLexicon(String)
    case badLexicon(String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .missingLexicon(let name): return "Lexicons/\(name): missing (not compiled in)"
        case .badLexicon(let name, let line, let reason): return "Lexicons/\(name):\(line): \(reason)"
        }
    }
}
