import ArgumentParser

/// `query`: how analysts read the event database. Each report is a subcommand; every one
/// takes `--db` and `--format`.
@main
struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Read the event database: canned reports, ad-hoc SQL and saved reports.",
        discussion: """
            The database is ./events.db unless --db PATH or the environment variable EVENTS_DB \
            names another file; `ingest` creates it. Every report prints a table on a terminal \
            and CSV when its output goes to a pipe or a file; --format table|csv|tsv|json|ndjson|markdown \
            chooses. Each canned report reads a view of the database or SQL that --show-sql prints, \
            so sqlite3 gives the same rows.

            Examples:
              query control --province Homs --as-of 2015-12-01
              query events --faction ISIS --since 2017 --format json
              query sql "SELECT admin1, count(*) FROM event_details GROUP BY admin1"
            """,
        subcommands: [
            EventsCommand.self, ControlCommand.self, TimelineCommand.self, ArticlesCommand.self,
            FactionsCommand.self, SourcesCommand.self, CasualtiesCommand.self, LocationsCommand.self,
            SearchCommand.self, SQLCommand.self, SaveCommand.self, RunCommand.self, ReportsCommand.self,
            CheckCommand.self,
            ExplainCommand.self, CorrectCommand.self, ExportCommand.self, MapCommand.self,
        ]
    )
}
