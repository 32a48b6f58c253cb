import Foundation
import Store

/// Reports saved in the database by name (table `saved_queries`): Datasette's canned queries
/// in a CLI. Saving is the one thing `query` writes, and only after the SQL is checked to be
/// one read-only statement.
public enum SavedQueries {
    static let insertSQL = """
        INSERT INTO saved_queries (name, sql, description) VALUES (:name, :sql, :description)
        ON CONFLICT(name) DO UPDATE SET sql = excluded.sql, description = excluded.description,
            created_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
        """
    static let selectSQL = "SELECT sql FROM saved_queries WHERE name = :name"
    static let listSQL = "SELECT name, description, sql FROM saved_queries ORDER BY name"

    /// Checks `sql` on a read-only connection, then stores it under `name` through a
    /// read-write one. An existing name is replaced only with `replace`.
    public static func save(name: String, sql: String, description: String?, replace: Bool, path: String) throws {
        guard name.first?.isLetter == true, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) else {
            throw ReportsError(.invalidArgument, "a report name starts with a letter and holds only letters, digits, _ and -: '\(name)'")
        }
        if CannedReport.named(name) != nil || builtInCommands.contains(name) {
            throw ReportsError(.invalidArgument, "'\(name)' is a built-in report; choose another name")
        }
        let reader = try EventDatabase.openForReading(path: path)
        _ = try AdHocSQL.prepare(sql, on: reader)
        let exists = try reader.scalarInt(sql: "SELECT count(*) FROM saved_queries WHERE name = ?", name) ?? 0
        if exists > 0 && !replace {
            throw ReportsError(.invalidArgument, "a report named '\(name)' exists; add --replace to overwrite it")
        }
        let writer = try Database(path: path, mode: .readWrite)
        try Migrator.embedded.checkCompatible(writer)
        do {
            try writer.inTransaction(.immediate) {
                _ = try writer.prepare(sql: insertSQL).rows(named: [
                    "name": name, "sql": sql.trimmingCharacters(in: .whitespacesAndNewlines),
                    "description": description as SQLiteBindable,
                ]) { _ in () }
            }
        } catch let error as StoreError {
            throw ReportsError(.database, "cannot save the report '\(name)' in \(path): \(error.message)")
        }
    }

    /// The SQL saved under `name`; an unknown name lists the saved ones that are close.
    public static func sql(named name: String, in database: Database) throws -> String {
        if let sql = try database.prepare(sql: selectSQL).rows(named: ["name": name], { $0.string(0) }).first {
            return sql
        }
        let saved = try list(database).map(\.name)
        let hint = saved.isEmpty ? " (none saved yet: `query save NAME \"SELECT …\"`)" : ""
        throw ReportsError(.unknownName, "no saved report named '\(name)'\(hint)",
                           suggestions: NameResolver.nearest(name.lowercased(), among: saved.map { ($0.lowercased(), $0) }))
    }

    /// Runs the saved report `name` on a read-only connection with these parameters.
    public static func run(named name: String, parameters: [String: String], on database: Database) throws -> ResultTable {
        try AdHocSQL.run(try sql(named: name, in: database), parameters: parameters, on: database)
    }

    public struct Saved: Sendable {
        public let name: String
        public let description: String?
        public let sql: String
    }

    public static func list(_ database: Database) throws -> [Saved] {
        try database.query(sql: listSQL) { Saved(name: $0.string(0), description: $0.optionalString(1), sql: $0.string(2)) }
    }

    /// Built-in and saved reports: name, kind, description, parameters, SQL.
    public static func catalog(_ database: Database) throws -> ResultTable {
        var rows: [[SQLiteValue]] = CannedReport.all.map { report in
            [.text(report.name), .text("built-in"), .text(report.title), .null, .text(report.backing)]
        }
        for saved in try list(database) {
            let parameters = (try? database.prepare(sql: saved.sql).parameterNames.compactMap { $0 }) ?? []
            rows.append([.text(saved.name), .text("saved"), saved.description.map { .text($0) } ?? .null,
                         parameters.isEmpty ? .null : .text(parameters.joined(separator: ", ")), .text(saved.sql)])
        }
        return ResultTable(columns: ["name", "kind", "description", "parameters", "sql"].map { Column($0) }, rows: rows)
    }

    /// Subcommands a saved report must not shadow.
    static let builtInCommands: Set<String> = ["sql", "save", "run", "reports", "check", "help"]
}
