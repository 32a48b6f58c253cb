import Store

/// CSV (RFC 4180 quoting) or TSV (tabs, newlines and backslashes escaped as `\t`, `\n`, `\\`),
/// always with a header row; NULL is an empty field; lists stay JSON text, as sqlite-utils does.
public struct DelimitedRenderer: Renderer {
    public static let csv = DelimitedRenderer(separator: ",")
    public static let tsv = DelimitedRenderer(separator: "\t")

    public let separator: Character

    public func render(_ table: ResultTable) -> String {
        var text = table.columnNames.map(field).joined(separator: String(separator)) + "\n"
        for row in table.rows {
            text += row.map { field($0.text ?? "") }.joined(separator: String(separator))
            text += "\n"
        }
        return text
    }

    private func field(_ value: String) -> String {
        if separator == "\t" {
            guard value.contains(where: { $0 == "\t" || $0.isNewline || $0 == "\\" }) else { return value }
            var escaped = ""
            for character in value {
                switch character {
                case "\\": escaped += "\\\\"
                case "\t": escaped += "\\t"
                case "\n", "\r\n": escaped += "\\n"
                case "\r": escaped += "\\r"
                default: escaped.append(character)
                }
            }
            return escaped
        }
        guard value.contains(where: { $0 == separator || $0 == "\"" || $0.isNewline }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
