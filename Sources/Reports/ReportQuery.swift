import Store

/// A report ready to run: its SQL, the values bound to its named parameters and the kinds of
/// its columns. `query … --show-sql` prints it; `run` gives the rows.
public struct ReportQuery: Sendable {
    public let sql: String
    public let values: [String: SQLiteValue]
    public let kinds: [String: ColumnKind]

    public init(sql: String, values: [String: SQLiteValue] = [:], kinds: [String: ColumnKind] = [:]) {
        self.sql = sql
        self.values = values
        self.kinds = kinds
    }

    /// Runs on `database` through its statement cache (the same report run twice is prepared once).
    public func run(on database: Database) throws -> ResultTable {
        do {
            let statement = try database.cachedStatement(sql: sql)
            return try ResultTable.run(statement, named: values, kinds: kinds)
        } catch let error as StoreError {
            throw ReportsError(.database, error.description)
        }
    }

    /// The SQL followed by its parameters, as a comment block readable in sqlite3.
    public var annotatedSQL: String {
        var text = sql + ";\n"
        for (name, value) in values.sorted(by: { $0.key < $1.key }) {
            let shown: String
            switch value {
            case .null: shown = "NULL"
            case .text(let string): shown = "'" + string.replacingOccurrences(of: "'", with: "''") + "'"
            default: shown = value.text ?? "NULL"
            }
            text += "-- :\(name) = \(shown)\n"
        }
        return text
    }
}

/// Standard column kinds of the reports.
enum Kinds {
    static let factions: [String: ColumnKind] = [
        "actor": .faction, "target": .faction, "controller": .faction, "previous": .faction,
        "associates": .faction, "faction": .faction,
    ]
    static let lists: [String: ColumnKind] = ["articles": .list]
    static let standard = factions.merging(lists) { first, _ in first }
}
