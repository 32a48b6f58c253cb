import ArgumentParser
import Reports

struct FactionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factions", abstract: CannedReport.factions.title + ": events by role, places gained and lost.",
        discussion: CannedReport.factions.discussion)

    @OptionGroup var filters: EventFilterOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try runReport(database, output) { try $0.factionsQuery(filters.filter) }
    }
}

struct CasualtiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "casualties", abstract: CannedReport.casualties.title + ": fatalities by month, governorate and faction.",
        discussion: CannedReport.casualties.discussion)

    @OptionGroup var filters: EventFilterOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try runReport(database, output) { try $0.casualtiesQuery(filters.filter) }
    }
}

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources", abstract: CannedReport.sources.title + ": articles and events per outlet and cited agency.",
        discussion: CannedReport.sources.discussion)

    @Option(help: "outlet or agency (default: both).") var kind: String?
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try runReport(database, output) { try $0.sourcesQuery(kind: kind) }
    }
}
