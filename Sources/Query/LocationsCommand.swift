import ArgumentParser
import Reports

struct LocationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "locations", abstract: CannedReport.locations.title + ": the places the database knows.",
        discussion: CannedReport.locations.discussion)

    @Option(help: "Governorate, any spelling.") var province: String?
    @Option(help: "Kind of place: city, town, village, governorate, air_base, …") var kind: String?
    @Option(help: "Places with a name starting like this (any spelling, case and accents ignored).") var name: String?
    @Option(help: "Country code (SY) or name (Syria).") var country: String?
    @Flag(help: "Only places met in articles that the gazetteer lacks (to review and geocode).") var needsReview = false
    @Option(help: "At most this many rows.") var limit: Int?
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let filter = Reports.LocationFilter(province: province, kind: kind, name: name, country: country,
                                            needsReview: needsReview, limit: limit)
        try runReport(database, output) { try $0.locationsQuery(filter) }
    }
}

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: CannedReport.search.title + ": articles containing words, with snippets.",
        discussion: CannedReport.search.discussion)

    @Argument(help: "The words to find.") var words: [String]
    @Flag(help: "Pass the text to FTS5 as a query (OR, NEAR, \"phrases\", prefix*).") var raw = false
    @Option(help: "At most this many articles.") var limit: Int = 50
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if words.isEmpty { throw ValidationError("give the words to search for") }
        if limit < 1 { throw ValidationError("--limit must be 1 or more") }
    }

    func run() throws {
        try runReport(database, output) { try $0.searchQuery(words.joined(separator: " "), raw: raw, limit: limit) }
    }
}
