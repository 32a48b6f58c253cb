import Store

/// One JSON array of objects (`[]` for no rows), or one object per line (`ndjson`). Keys are
/// the column names in order; NULL is `null`; list columns are nested arrays; blobs are hex.
public struct JSONRenderer: Renderer {
    public let lines: Bool

    public init(lines: Bool) { self.lines = lines }

    public func render(_ table: ResultTable) -> String {
        let keys = table.columnNames.map(Self.quote)
        let objects = table.rows.map { row -> String in
            var text = "{"
            for index in row.indices {
                if index > 0 { text += ", " }
                text += keys[index] + ": " + Self.value(row[index], kind: table.columns[index].kind)
            }
            return text + "}"
        }
        if lines { return objects.map { $0 + "\n" }.joined() }
        if objects.isEmpty { return "[]\n" }
        return "[\n" + objects.map { "  " + $0 }.joined(separator: ",\n") + "\n]\n"
    }

    static func value(_ value: SQLiteValue, kind: ColumnKind) -> String {
        switch value {
        case .null: return "null"
        case .integer(let number): return String(number)
        case .real(let number): return number.isFinite ? String(number) : "null"
        case .text(let text):
            // List columns hold JSON arrays built by SQLite's json_group_array: nest them as they are.
            if kind == .list, text.first == "[", text.last == "]" { return text }
            return quote(text)
        case .blob: return quote(value.text ?? "")
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    static func quote(_ text: String) -> String {
        // Most text (evidence sentences, names) needs no escape: one scan of its bytes, one copy.
        if !needsEscape(text) { return "\"" + text + "\"" }
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Whether `text` holds a quote, a backslash, a control character or U+2028/U+2029
    /// (UTF-8 E2 80 A8/A9), which `quote` escapes.
    static func needsEscape(_ text: String) -> Bool {
        var last2: UInt8 = 0, last1: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return true }
            if last2 == 0xE2 && last1 == 0x80 && (byte == 0xA8 || byte == 0xA9) { return true }
            (last2, last1) = (last1, byte)
        }
        return false
    }
}
