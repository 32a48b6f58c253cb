import ArgumentParser
import Reports

/// The filters shared by `events` and `timeline`.
struct EventFilterOptions: ParsableArguments {
    @Option(help: "Governorate, any spelling (Homs, hims, 'Provinsi Homs').") var province: String?
    @Option(help: "Place, any spelling the gazetteer knows.") var location: String?
    @Option(help: "Faction key, name or alias, in any role.") var faction: String?
    @Option(help: "Exact event type (e.g. 'Air/drone strike'), case-insensitive.") var type: String?
    @Option(help: "Event family (e.g. Battles).") var family: String?
    @Option(help: "Events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).") var since: String?
    @Option(help: "Events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).") var until: String?
    @Option(help: "Events reported by this article (file name or input path).") var article: String?
    @Option(help: "At most this many rows.") var limit: Int?

    var filter: EventFilter {
        EventFilter(province: province, location: location, faction: faction, type: type, family: family,
                    since: since, until: until, article: article, limit: limit)
    }
}

struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events", abstract: CannedReport.events.title + ": " + "every event, filtered.",
        discussion: CannedReport.events.discussion)

    @OptionGroup var filters: EventFilterOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try runReport(database, output) { try $0.eventsQuery(filters.filter) }
    }
}

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline", abstract: CannedReport.timeline.title + ": events of a place or faction in date order.",
        discussion: CannedReport.timeline.discussion)

    @OptionGroup var filters: EventFilterOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if filters.location == nil && filters.faction == nil && filters.province == nil {
            throw ValidationError("timeline needs --location, --faction or --province")
        }
    }

    func run() throws {
        try runReport(database, output) { try $0.timelineQuery(filters.filter) }
    }
}
