import ArgumentParser
import Reports

struct ArticlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles", abstract: CannedReport.articles.title + ": outlet, date, language and events per article.",
        discussion: CannedReport.articles.discussion)

    @Flag(help: "Also the title, the cited agencies and the first and last day of the article's events.") var detail = false
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try runReport(database, output) { $0.articlesQuery(detail: detail) }
    }
}
