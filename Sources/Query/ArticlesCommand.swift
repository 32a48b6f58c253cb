import ArgumentParser
import Reports

struct ArticlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles", abstract: CannedReport.articles.title + ": outlet, date, language and events per article.",
        discussion: CannedReport.articles.discussion)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try runReport(database, output) { $0.articlesQuery() }
    }
}
