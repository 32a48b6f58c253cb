import Store

/// One JSON array of objects (`[]` for no rows), or one object per line (`ndjson`). Keys are
/// the column names in order; NULL is `null`; list columns are nested arrays; blobs are hex.
public struct JSONRenderer: Renderer {
    public let lines: Bool

    public init(lines: Bool) { self.lines = lines }

    /// Written as UTF-8 bytes into one buffer (as `DelimitedRenderer` does): building a `String`
    /// per value and per row cost more than the query of a report of 35,000 events.
    public func render(_ table: ResultTable) -> String {
        if table.rows.isEmpty { return lines ? "" : "[]\n" }
        let keys = table.columnNames.map { Array((Self.quote($0) + ": ").utf8) }
        let kinds = table.columns.map(\.kind)
        var text: [UInt8] = []
        text.reserveCapacity(table.rows.count * 64 * max(keys.count, 1))
        if !lines { text.append(contentsOf: "[\n".utf8) }
        for (number, row) in table.rows.enumerated() {
            if !lines { text.append(contentsOf: number > 0 ? ",\n  ".utf8 : "  ".utf8) }
            text.append(UInt8(ascii: "{"))
            for index in row.indices {
                if index > 0 { text.append(contentsOf: ", ".utf8) }
                text.append(contentsOf: keys[index])
                Self.append(row[index], kind: kinds[index], to: &text)
            }
            text.append(UInt8(ascii: "}"))
            if lines { text.append(UInt8(ascii: "\n")) }
        }
        if !lines { text.append(contentsOf: "\n]\n".utf8) }
        return String(decoding: text, as: UTF8.self)
    }

    /// The bytes of `value(value, kind:)`.
    static func append(_ value: SQLiteValue, kind: ColumnKind, to text: inout [UInt8]) {
        switch value {
        case .text(var string):
            if kind == .list, string.first == "[", string.last == "]" {
                string.withUTF8 { text.append(contentsOf: $0) }
                return
            }
            let copied = string.withUTF8 { field -> Bool in
                guard !needsEscape(field) else { return false }
                text.append(UInt8(ascii: "\""))
                text.append(contentsOf: field)
                text.append(UInt8(ascii: "\""))
                return true
            }
            if !copied { text.append(contentsOf: quote(string).utf8) }
        default:
            text.append(contentsOf: Self.value(value, kind: kind).utf8)
        }
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
        var text = text
        return text.withUTF8 { needsEscape($0) }
    }

    static func needsEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var last2: UInt8 = 0, last1: UInt8 = 0
        for byte in bytes {
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return true }
            if last2 == 0xE2 && last1 == 0x80 && (byte == 0xA8 || byte == 0xA9) { return true }
            (last2, last1) = (last1, byte)
        }
        return false
    }
}
