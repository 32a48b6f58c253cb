/// A built-in report described as data (Datasette's canned queries): the `query` subcommand's
/// help and `query reports` are made from these, and `backing` names the SQL users can read.
public struct CannedReport: Sendable {
    public let name: String
    public let title: String
    public let summary: String
    /// Command lines to copy, one per line.
    public let examples: [String]
    /// The view (or the --show-sql text) holding the report's SQL.
    public let backing: String

    /// The subcommand's `--help` discussion: summary, where the SQL lives, examples.
    public var discussion: String {
        summary + "\n\nSQL: " + backing + "\n\nExamples:\n" + examples.map { "  " + $0 }.joined(separator: "\n")
    }
}

extension CannedReport {
    public static let all: [CannedReport] = [events, control, timeline, articles, factions, sources, casualties, locations, search]

    public static func named(_ name: String) -> CannedReport? { all.first { $0.name == name } }

    public static let events = CannedReport(
        name: "events", title: "Events",
        summary: """
            Every event with its type, date (as precise as the text allows: 2015-11-23, 2015-11 \
            or 2015), place, factions by role, fatalities, the articles that report it and the \
            sentence it was read from. Filters combine: --faction matches any role and any alias; \
            --since/--until keep events that overlap the period.
            """,
        examples: ["query events --province Homs --since 2015-11", "query events --faction ISIS --type 'Suicide bomb' --format json",
                   "query events --article 000_f395e50d7679456a.txt"],
        backing: "the view event_details (query events --show-sql prints the exact statement)")

    public static let control = CannedReport(
        name: "control", title: "Control of places",
        summary: """
            Per place (and per governorate named as a whole), the faction holding it at the \
            --as-of date (default today): the latest fact on or before that day, since when that \
            faction is known to hold it, who held it before, the evidence sentence and the articles. \
            Conflicting claims of the same day from different articles are all shown. --history lists \
            every fact in date order instead.
            """,
        examples: ["query control --province Homs", "query control --province hims --as-of 2015-11-23 --format csv",
                   "query control --province 'Rif Dimashq' --history"],
        backing: "the view control_current (as of today); --show-sql prints the statement for any --as-of")

    public static let timeline = CannedReport(
        name: "timeline", title: "Timeline",
        summary: "The events of a place, a faction or a province in date order: what happened, between whom, and on which evidence.",
        examples: ["query timeline --location Palmyra", "query timeline --faction sdf --since 2017"],
        backing: "the view event_details")

    public static let articles = CannedReport(
        name: "articles", title: "Articles",
        summary: "Per article: its file name, outlet, publication date, language and how many events it yielded.",
        examples: ["query articles", "query articles --format json"],
        backing: "the view article_summary")

    public static let factions = CannedReport(
        name: "factions", title: "Factions",
        summary: "Per faction: events by role (actor, target, controller, associate), and the places it gained and lost in territory changes.",
        examples: ["query factions", "query factions --province Aleppo --since 2016"],
        backing: "the view faction_summary (without filters)")

    public static let sources = CannedReport(
        name: "sources", title: "Sources",
        summary: "Per outlet and per cited agency (SOHR, Reuters, SANA…): articles, events, and the first and last publication dates.",
        examples: ["query sources", "query sources --kind agency"],
        backing: "the view source_summary")

    public static let casualties = CannedReport(
        name: "casualties", title: "Casualties",
        summary: "Fatalities reported per month, governorate and acting faction, with the number of events that gave a figure.",
        examples: ["query casualties --province Aleppo", "query casualties --since 2016 --until 2016-06 --format markdown"],
        backing: "the view casualties_by_month (without filters)")

    public static let locations = CannedReport(
        name: "locations", title: "Gazetteer",
        summary: """
            The places the database knows: name, kind, governorate, coordinates, and how many events \
            happened there. Filter by province, kind, name, or --needs-review for places met in articles \
            that the gazetteer lacks.
            """,
        examples: ["query locations --province Homs --kind city", "query locations --name Maheen", "query locations --needs-review"],
        backing: "the table locations with location_names")

    public static let search = CannedReport(
        name: "search", title: "Full-text search",
        summary: """
            Articles whose title or text contain the words (FTS5, diacritics ignored), best first, \
            with a snippet around the match. Words are matched as typed; --raw passes FTS5 query \
            syntax through (OR, NEAR, "phrases", prefix*).
            """,
        examples: ["query search Palmyra", "query search --raw 'Tadmur OR Palmyra'"],
        backing: "the FTS5 table articles_fts")
}
