import ArgumentParser
import Foundation
import Reports
import Store

/// The only place that writes a report's result: data to stdout, "no rows" to stderr.
enum Output {
    static func write(_ table: ResultTable, options: OutputOptions, database: Database) throws {
        var table = table
        if let columns = options.columns {
            table = try table.selecting(columns.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        }
        let format = options.resolvedFormat
        if format.isForPeople {
            table = table.withDisplayNames(try NameResolver(database: database).factionNames())
        }
        print(format.renderer(maxWidth: options.maxWidth).render(table))
        if table.isEmpty { note("no rows") }
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// Runs a report: prints its SQL with --show-sql, else its rows.
func runReport(_ database: DatabaseOptions, _ output: OutputOptions, _ build: (Reports) throws -> ReportQuery) throws {
    let connection = try database.open()
    let reports = Reports(database: connection)
    try reporting {
        let query = try build(reports)
        if output.showSQL {
            Output.print(query.annotatedSQL)
            return
        }
        try Output.write(try query.run(on: connection), options: output, database: connection)
    }
}

/// Maps the library's errors to the command line's conventions: unknown names and bad
/// values are usage errors (exit 64); the rest print `Error: …` and exit 1.
func reporting(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ReportsError {
        switch error.kind {
        case .unknownName, .invalidArgument: throw ValidationError(error.description)
        default: throw CommandFailure(error.description)
        }
    } catch let error as StoreError {
        throw CommandFailure(error.description)
    }
}

/// A failure to report as `Error: message` with exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}
