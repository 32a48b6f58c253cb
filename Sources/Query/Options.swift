import ArgumentParser
import Foundation
import Reports
import Store

/// `--db`, shared by every subcommand.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The event database (default: $EVENTS_DB, else ./events.db).", valueName: "path"))
    var db: String?

    var path: String { EventDatabase.defaultPath(option: db) }

    /// The database, read-only; a missing file is an error telling the user to run `ingest`.
    func open() throws -> Database {
        do {
            return try EventDatabase.openForReading(path: path)
        } catch let error as StoreError {
            throw CommandFailure(error.message)
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}

/// `--format`, `--max-width`, `--columns` and `--show-sql`, shared by every report.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "table, csv, tsv, json, ndjson or markdown (default: table on a terminal, csv otherwise).",
        valueName: "format"))
    var format: OutputFormat?

    @Option(name: .long, help: "Cut table cells longer than this many characters (0: never cut).")
    var maxWidth: Int = TableRenderer.defaultMaxWidth

    @Option(name: .long, help: ArgumentHelp("Only these columns, in this order (comma-separated).", valueName: "names"))
    var columns: String?

    @Flag(name: .customLong("show-sql"), help: "Print the report's SQL and its parameters instead of running it.")
    var showSQL = false

    func validate() throws {
        if maxWidth < 0 { throw ValidationError("--max-width must be 0 or more") }
    }

    var resolvedFormat: OutputFormat {
        format ?? (isatty(STDOUT_FILENO) != 0 ? .table : .csv)
    }
}
