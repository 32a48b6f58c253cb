/// What the Store writes for one article: plain values, independent of how they were extracted.

/// A date as precise as the text allows: "2015-11-23", "2015-11" or "2015", with the days it covers.
public struct StoredDate: Sendable, Hashable {
    public enum Precision: String, Sendable { case day, month, year }
    public let text: String
    public let precision: Precision
    public let start: String
    public let end: String

    public init(text: String, precision: Precision, start: String, end: String) {
        self.text = text; self.precision = precision; self.start = start; self.end = end
    }
}

public struct ArticleRecord: Sendable {
    public var input: String
    public var fileName: String
    public var contentHash: String
    public var url: String?
    public var title: String?
    public var outlet: String?
    public var published: StoredDate?
    public var language: String
    public var supported: Bool
    public var format: String
    public var rawText: String
    public var cleanText: String
    public var agencies: [String]

    public init(input: String, fileName: String, contentHash: String, url: String? = nil, title: String? = nil,
                outlet: String? = nil, published: StoredDate? = nil, language: String, supported: Bool,
                format: String = "text", rawText: String, cleanText: String, agencies: [String] = []) {
        self.input = input; self.fileName = fileName; self.contentHash = contentHash; self.url = url
        self.title = title; self.outlet = outlet; self.published = published; self.language = language
        self.supported = supported; self.format = format; self.rawText = rawText; self.cleanText = cleanText
        self.agencies = agencies
    }
}

/// Where an event happened: a gazetteer place by ref, or a place the text names that the
/// gazetteer lacks (stored as a new, ungeocoded location flagged for review).
public enum LocationKey: Sendable, Hashable {
    case ref(String)
    case new(name: String, country: String?, admin1: String?, parentRef: String?)
}

public struct EventRecord: Sendable {
    public enum Role: String, Sendable, CaseIterable { case actor, associate, target, controller }

    public var type: String
    public var date: StoredDate?
    public var location: LocationKey?
    public var fatalities: Int?
    /// Faction keys by role.
    public var factions: [(role: Role, key: String)]
    public var sentenceIndex: Int
    public var evidence: String
    public var cue: String?
    public var agency: String?
    /// JSON text saying how the date, place and factions were resolved (`query explain`).
    public var explanation: String?

    public init(type: String, date: StoredDate?, location: LocationKey?, fatalities: Int? = nil,
                factions: [(role: Role, key: String)] = [], sentenceIndex: Int, evidence: String,
                cue: String? = nil, agency: String? = nil, explanation: String? = nil) {
        self.type = type; self.date = date; self.location = location; self.fatalities = fatalities
        self.factions = factions; self.sentenceIndex = sentenceIndex; self.evidence = evidence
        self.cue = cue; self.agency = agency; self.explanation = explanation
    }

    public func faction(_ role: Role) -> String? { factions.first { $0.role == role }?.key }
}

/// "IS fighters also control most of Yarmouk": a holding stated without a change.
public struct ControlRecord: Sendable {
    public var location: LocationKey
    public var faction: String
    public var asOf: String
    public var sentenceIndex: Int
    public var evidence: String

    public init(location: LocationKey, faction: String, asOf: String, sentenceIndex: Int, evidence: String) {
        self.location = location; self.faction = faction; self.asOf = asOf
        self.sentenceIndex = sentenceIndex; self.evidence = evidence
    }
}
