import Store

/// A GitHub-flavoured Markdown table: numbers aligned right, `|` escaped, newlines as spaces,
/// faction keys by display name (applied by the caller) and lists joined with commas.
public struct MarkdownRenderer: Renderer {
    public init() {}

    public func render(_ table: ResultTable) -> String {
        guard !table.isEmpty else { return "" }
        let numeric: [Bool] = table.columns.indices.map { column in
            table.rows.allSatisfy { row in
                switch row[column] {
                case .integer, .real, .null: true
                default: false
                }
            }
        }
        var lines = ["| " + table.columnNames.map(escape).joined(separator: " | ") + " |"]
        lines.append("|" + numeric.map { $0 ? " ---: |" : " --- |" }.joined())
        for row in table.rows {
            let cells = row.indices.map { escape(PeopleText.cell(row[$0], kind: table.columns[$0].kind)) }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "|": escaped += "\\|"
            case _ where character.isNewline: escaped += " "
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
