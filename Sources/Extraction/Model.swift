/// The extractor's inputs and outputs: plain values, no I/O, no database.

/// One article as read from a file, a JSON Lines record or an HTML page. Metadata that the
/// container gives (HTML `<title>`, `og:site_name`, JSON `outlet`) wins over what the text says.
public struct ArticleInput: Sendable {
    public var text: String
    public var fileName: String
    public var title: String?
    public var outlet: String?
    /// An ISO date or date-time from metadata (`article:published_time`, JSON `published`).
    public var published: String?
    public var url: String?

    public init(text: String, fileName: String, title: String? = nil, outlet: String? = nil,
                published: String? = nil, url: String? = nil) {
        self.text = text; self.fileName = fileName; self.title = title; self.outlet = outlet
        self.published = published; self.url = url
    }
}

/// A date as precise as the text allows.
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Precision: String, Sendable { case day, month, year }

    public let year: Int
    public let month: Int?
    public let day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    public var precision: Precision { day != nil ? .day : month != nil ? .month : .year }

    /// "2015-11-23", "2015-11" or "2015".
    public var description: String {
        func padded(_ number: Int, _ width: Int) -> String {
            let digits = String(number)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        var text = padded(year, 4)
        if let month { text += "-" + padded(month, 2) }
        if let day { text += "-" + padded(day, 2) }
        return text
    }

    /// The first and last day the date covers, as ISO days.
    public var firstDay: String { PartialDate(year: year, month: month ?? 1, day: day ?? 1).description }
    public var lastDay: String {
        let lastMonth = month ?? 12
        return PartialDate(year: year, month: lastMonth, day: day ?? Self.daysIn(month: lastMonth, year: year)).description
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }
}

/// A place an event happened at: a gazetteer entry, or a name the text gives that the
/// gazetteer lacks (to be stored as a new location flagged for review).
public enum ResolvedPlace: Sendable, Hashable {
    case known(ref: String)
    case unlisted(name: String, country: String?, admin1: String?, parentRef: String?)
}

public struct ExtractedEvent: Sendable {
    /// An event type of spec/VOCABULARY.md, exact string ("Government regains territory").
    public var type: String
    public var date: PartialDate?
    public var place: ResolvedPlace?
    /// Faction keys (spec/VOCABULARY.md or user-added).
    public var actor: String?
    public var target: String?
    public var controller: String?
    public var associates: [String]
    public var fatalities: Int?
    /// Index of the sentence in the cleaned text, and the sentence (or the clause) itself.
    public var sentenceIndex: Int
    public var evidence: String
    /// The words that triggered the event ("merebut kembali").
    public var cue: String
    /// The agency the article credits for it ("SOHR"), if any.
    public var agency: String?
    /// How the date, place and factions were resolved, step by step, for `query explain`.
    public var explanation: [String]
    /// The target was not told but assumed (a non-state capture taken from the government):
    /// what the article tells elsewhere of the place replaces it.
    var targetAssumed = false

    public init(type: String, date: PartialDate?, place: ResolvedPlace?, actor: String? = nil, target: String? = nil,
                controller: String? = nil, associates: [String] = [], fatalities: Int? = nil, sentenceIndex: Int,
                evidence: String, cue: String, agency: String? = nil, explanation: [String] = []) {
        self.type = type; self.date = date; self.place = place; self.actor = actor; self.target = target
        self.controller = controller; self.associates = associates; self.fatalities = fatalities
        self.sentenceIndex = sentenceIndex; self.evidence = evidence; self.cue = cue; self.agency = agency
        self.explanation = explanation
    }
}

/// A holding stated without a change of hands ("IS fighters also control most of Yarmouk").
public struct ExtractedControl: Sendable {
    public var place: ResolvedPlace
    public var faction: String
    public var asOf: PartialDate
    public var sentenceIndex: Int
    public var evidence: String

    public init(place: ResolvedPlace, faction: String, asOf: PartialDate, sentenceIndex: Int, evidence: String) {
        self.place = place; self.faction = faction; self.asOf = asOf; self.sentenceIndex = sentenceIndex; self.evidence = evidence
    }
}

/// Everything read from one article.
public struct ArticleExtraction: Sendable {
    public var title: String?
    public var outlet: String?
    /// ISO 639-1 code ("id", "en", …) or "und".
    public var language: String
    /// False for a language the extractor has no lexicon for: stored, not mis-parsed.
    public var supported: Bool
    public var published: PartialDate?
    /// The text without page furniture, as extraction read it.
    public var cleanText: String
    /// Agencies and monitors the article quotes ("SOHR", "Reuters", "INA").
    public var agencies: [String]
    public var events: [ExtractedEvent]
    public var controls: [ExtractedControl]

    public init(title: String?, outlet: String?, language: String, supported: Bool, published: PartialDate?,
                cleanText: String, agencies: [String] = [], events: [ExtractedEvent] = [], controls: [ExtractedControl] = []) {
        self.title = title; self.outlet = outlet; self.language = language; self.supported = supported
        self.published = published; self.cleanText = cleanText; self.agencies = agencies; self.events = events
        self.controls = controls
    }
}
