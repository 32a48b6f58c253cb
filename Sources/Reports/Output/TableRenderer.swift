import Store

/// Aligned columns for a terminal, like the sqlite3 shell's `.mode column`: a header, a rule,
/// numbers aligned right, NULL as an empty cell, long text cut at `maxWidth` with "…".
public struct TableRenderer: Renderer {
    public static let defaultMaxWidth = 60
    public let maxWidth: Int

    public init(maxWidth: Int = Self.defaultMaxWidth) { self.maxWidth = maxWidth }

    public func render(_ table: ResultTable) -> String {
        guard !table.isEmpty else { return "" }
        // each cell's text with its width in Characters, counted once
        let cells: [[(text: String, width: Int)]] = table.rows.map { row in
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
            cells.reduce(table.columns[column].name.count) { max($0, $1[column].width) }
        }
        var output = ""
        line(table.columnNames.map { ($0, $0.count) }, widths: widths, numeric: numeric, into: &output)
        output += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        output += "\n"
        for row in cells { line(row, widths: widths, numeric: numeric, into: &output) }
        return output
    }

    private func line(_ cells: [(text: String, width: Int)], widths: [Int], numeric: [Bool], into output: inout String) {
        var text = ""
        for (index, cell) in cells.enumerated() {
            let padding = String(repeating: " ", count: widths[index] - cell.width)
            if index > 0 { text += "  " }
            text += numeric[index] ? padding + cell.text : (index == cells.count - 1 ? cell.text : cell.text + padding)
        }
        while text.last == " " { text.removeLast() }
        output += text
        output += "\n"
    }

    /// The cell on one line, cut at `maxWidth`, with its width in Characters. ASCII text without
    /// line breaks (most cells) is measured by its bytes.
    private func cut(_ text: String) -> (text: String, width: Int) {
        let plain = text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        if plain {
            let count = text.utf8.count
            guard maxWidth > 0, count > maxWidth else { return (text, count) }
            let kept = max(maxWidth - 1, 1)
            return (String(text.utf8.prefix(kept))! + "…", kept + 1)
        }
        let flat = text.contains(where: \.isNewline)
            ? String(text.map { $0.isNewline ? " " : $0 }) : text
        guard maxWidth > 0, flat.count > maxWidth else { return (flat, flat.count) }
        let cut = String(flat.prefix(max(maxWidth - 1, 1))) + "…"
        return (cut, cut.count)
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
