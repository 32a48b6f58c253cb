import Store

/// What a column holds, so that each output format can present it properly.
public enum ColumnKind: Sendable, Equatable {
    case plain
    /// A faction key: kept as the key in machine formats, shown by display name in table/markdown.
    case faction
    /// A JSON array held as text (`["a.txt","b.txt"]`): nested in JSON, listed in tables.
    case list
}

public struct Column: Sendable, Equatable {
    public let name: String
    public let kind: ColumnKind

    public init(_ name: String, _ kind: ColumnKind = .plain) {
        self.name = name
        self.kind = kind
    }
}

/// The rows of a report, ready for any output format.
public struct ResultTable: Sendable, Equatable {
    public var columns: [Column]
    public var rows: [[SQLiteValue]]

    public init(columns: [Column], rows: [[SQLiteValue]]) {
        self.columns = columns
        self.rows = rows
    }

    public var isEmpty: Bool { rows.isEmpty }
    public var columnNames: [String] { columns.map(\.name) }

    /// The values of one column by name (tests and callers that want one field).
    public func values(_ name: String) -> [SQLiteValue] {
        guard let index = columnNames.firstIndex(of: name) else { return [] }
        return rows.map { $0[index] }
    }

    /// Runs a prepared statement with named values and collects every row. Columns named in
    /// `kinds` get that kind; the others are plain.
    static func run(_ statement: Statement, named values: [String: SQLiteBindable],
                    kinds: [String: ColumnKind] = [:]) throws -> ResultTable {
        let columns = statement.columnNames.map { Column($0, kinds[$0] ?? .plain) }
        let rows = try statement.rows(named: values) { $0.values }
        return ResultTable(columns: columns, rows: rows)
    }

    /// The same rows with faction keys replaced by display names (for people, not scripts).
    public func withDisplayNames(_ names: [String: String]) -> ResultTable {
        let factionColumns = columns.indices.filter { columns[$0].kind == .faction }
        guard !factionColumns.isEmpty, !names.isEmpty else { return self }
        var copy = self
        for row in copy.rows.indices {
            for column in factionColumns {
                if case .text(let key) = copy.rows[row][column] {
                    // A comma-separated list of keys (associates) maps key by key.
                    let mapped = key.split(separator: ",").map { names[String($0)] ?? String($0) }
                    copy.rows[row][column] = .text(mapped.joined(separator: ", "))
                }
            }
        }
        return copy
    }

    /// Only the named columns, in that order; an unknown name is an error listing the columns.
    public func selecting(_ names: [String]) throws -> ResultTable {
        let indices = try names.map { name in
            guard let index = columnNames.firstIndex(of: name) else {
                throw ReportsError(.invalidArgument, "no column named \(name) (columns: \(columnNames.joined(separator: ", ")))")
            }
            return index
        }
        return ResultTable(columns: indices.map { columns[$0] }, rows: rows.map { row in indices.map { row[$0] } })
    }
}
