import Store

/// Aligned columns for a terminal, like the sqlite3 shell's `.mode column`: a header, a rule,
/// numbers aligned right, NULL as an empty cell, long text cut at `maxWidth` with "…".
public struct TableRenderer: Renderer {
    public static let defaultMaxWidth = 60
    public let maxWidth: Int

    public init(maxWidth: Int = Self.defaultMaxWidth) { self.maxWidth = maxWidth }

    public func render(_ table: ResultTable) -> String {
        guard !table.isEmpty else { return "" }
        let cells: [[String]] = table.rows.map { row in
            row.indices.map { cut(PeopleText.cell(row[$0], kind: table.columns[$0].kind)) }
        }
        let numeric: [Bool] = table.columns.indices.map { column in
            table.rows.allSatisfy { row in
                switch row[column] {
                case .integer, .real, .null: true
                default: false
                }
            }
        }
        let widths: [Int] = table.columns.indices.map { column in
            cells.reduce(table.columns[column].name.count) { max($0, $1[column].count) }
        }
        var lines: [String] = []
        lines.append(line(table.columnNames, widths: widths, numeric: numeric))
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for row in cells { lines.append(line(row, widths: widths, numeric: numeric)) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func line(_ cells: [String], widths: [Int], numeric: [Bool]) -> String {
        var text = ""
        for (index, cell) in cells.enumerated() {
            let padding = String(repeating: " ", count: widths[index] - cell.count)
            if index > 0 { text += "  " }
            text += numeric[index] ? padding + cell : (index == cells.count - 1 ? cell : cell + padding)
        }
        while text.last == " " { text.removeLast() }
        return text
    }

    private func cut(_ text: String) -> String {
        let flat = text.contains(where: \.isNewline)
            ? String(text.map { $0.isNewline ? " " : $0 }) : text
        guard maxWidth > 0, flat.count > maxWidth else { return flat }
        return String(flat.prefix(max(maxWidth - 1, 1))) + "…"
    }
}

/// Cell text for the formats people read (table, markdown).
enum PeopleText {
    static func cell(_ value: SQLiteValue, kind: ColumnKind) -> String {
        if kind == .list, case .text(let json) = value, let items = SQLiteValueText.listItems(json) {
            return items.joined(separator: ", ")
        }
        return value.text ?? ""
    }
}
