import ArgumentParser
import Reports

struct SaveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "save", abstract: "Save a parameterized SQL report in the database, to run by name.",
        discussion: """
            The SQL must be one read-only statement; it is checked on a read-only connection \
            before anything is written. Named parameters (:province) are filled by `query run`.

            Examples:
              query save strikes_in "SELECT date, location, actor, fatalities FROM event_details WHERE type = 'Air/drone strike' AND admin1 = :province" --description "Air strikes in a province"
              query run strikes_in --param province=Idlib
            """)

    @Argument(help: "Name: a letter, then letters, digits, _ or -.") var name: String
    @Argument(help: "One read-only SQL statement.") var sql: String
    @Option(help: "What the report shows.") var description: String?
    @Flag(help: "Overwrite a saved report of the same name.") var replace = false
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        _ = try database.open()  // a missing database says to run `ingest` first
        try reporting {
            try SavedQueries.save(name: name, sql: sql, description: description, replace: replace, path: database.path)
        }
        Output.note("saved report '\(name)'; run it with: query run \(name)")
    }
}

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run a saved report by name.",
        discussion: """
            Runs on a read-only connection, as `query sql` does. `query reports` lists the saved \
            reports and their parameters.

            Example:
              query run strikes_in --param province=Idlib --format markdown
            """)

    @Argument(help: "The saved report's name.") var name: String
    @OptionGroup var parameters: ParameterOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let values = try parameters.parsed()
        let connection = try database.open()
        try reporting {
            if output.showSQL { Output.print(try SavedQueries.sql(named: name, in: connection) + "\n"); return }
            try Output.write(try SavedQueries.run(named: name, parameters: values, on: connection), options: output, database: connection)
        }
    }
}

struct ReportsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reports", abstract: "List the built-in reports and the saved ones.",
        discussion: "Example:\n  query reports --format markdown")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let connection = try database.open()
        try reporting { try Output.write(try SavedQueries.catalog(connection), options: output, database: connection) }
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check the database: integrity, foreign keys, schema version, row counts.",
        discussion: """
            Runs PRAGMA integrity_check and PRAGMA foreign_key_check (read-only), and reports the \
            schema version and how many rows each table holds. Exits with status 1 when a check fails.

            Example:
              query check --db events.db
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let connection = try database.open()
        var healthy = true
        try reporting {
            let result = try DatabaseCheck.run(connection)
            healthy = result.healthy
            try Output.write(result.table, options: output, database: connection)
        }
        if !healthy { throw CommandFailure("\(database.path) failed its checks (see above)") }
    }
}
