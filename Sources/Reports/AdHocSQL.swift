import Foundation
import Store

/// `query sql`: one statement typed by the user, on a connection that cannot write.
///
/// Three locks, any one of which suffices: the file is opened read-only, the connection's
/// authorizer refuses writes, ATTACH and schema changes (`restrictToReading`), and a statement
/// SQLite does not call read-only is refused before it runs. Extension loading is off on
/// every connection.
public enum AdHocSQL {
    /// Prepares `sql` and checks it is one read-only statement; the connection is restricted first.
    public static func prepare(_ sql: String, on database: Database) throws -> Statement {
        guard database.mode == .readOnly else {
            throw ReportsError(.writeRefused, "ad-hoc SQL runs only on a read-only connection")
        }
        database.restrictToReading()
        let trimmed = sql.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw ReportsError(.invalidArgument, "no SQL given") }
        let statement: Statement
        do {
            statement = try database.prepare(sql: trimmed)
        } catch let error as StoreError {
            throw refusalOrError(error)
        }
        guard statement.isReadOnly else {
            throw ReportsError(.writeRefused, "query sql only reads: this statement would change the database, and was not run")
        }
        return statement
    }

    /// Runs one read-only statement with named parameters (`:name`, `@name`, `$name`), given
    /// as text, as Datasette binds them.
    public static func run(_ sql: String, parameters: [String: String] = [:], on database: Database) throws -> ResultTable {
        let statement = try prepare(sql, on: database)
        return try run(statement, parameters: parameters)
    }

    static func run(_ statement: Statement, parameters: [String: String]) throws -> ResultTable {
        let missing = statement.parameterNames.compactMap { $0 }.map { String($0.dropFirst()) }
            .filter { parameters[$0] == nil }
        if statement.parameterNames.contains(where: { $0 == nil }) {
            throw ReportsError(.invalidArgument, "use named parameters (:name) and --param name=value; positional ? cannot be bound")
        }
        if let name = missing.first {
            throw ReportsError(.invalidArgument, "the SQL has a parameter :\(name); give it with --param \(name)=VALUE")
        }
        let used = Set(statement.parameterNames.compactMap { $0 }.map { String($0.dropFirst()) })
        if let extra = parameters.keys.sorted().first(where: { !used.contains($0) }) {
            throw ReportsError(.invalidArgument, "the SQL has no parameter :\(extra)")
        }
        do {
            return try ResultTable.run(statement, named: parameters.mapValues { $0 as SQLiteBindable },
                                       kinds: listColumns(statement.columnNames))
        } catch let error as StoreError {
            throw refusalOrError(error)
        }
    }

    /// Columns that the views fill with JSON arrays of file names.
    static func listColumns(_ names: [String]) -> [String: ColumnKind] {
        Dictionary(uniqueKeysWithValues: names.filter { $0 == "articles" }.map { ($0, ColumnKind.list) })
    }

    static func refusalOrError(_ error: StoreError) -> ReportsError {
        if error.code == .authorization || error.code == .readOnly || error.message.contains("not authorized") {
            return ReportsError(.writeRefused, "query sql only reads: \(error.message) (writes, ATTACH and extensions are refused; the database was not changed)")
        }
        return ReportsError(.database, error.description)
    }
}
