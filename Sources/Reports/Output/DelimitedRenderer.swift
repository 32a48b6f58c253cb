import Store

/// CSV (RFC 4180 quoting) or TSV (tabs, newlines and backslashes escaped as `\t`, `\n`, `\\`),
/// always with a header row; NULL is an empty field; lists stay JSON text, as sqlite-utils does.
///
/// Fields are read and written as UTF-8 bytes: every character that needs quoting or escaping
/// is ASCII or one of the three non-ASCII line breaks, so no field is walked by `Character`
/// (a report of 35,000 events spent more time quoting than querying).
public struct DelimitedRenderer: Renderer {
    public static let csv = DelimitedRenderer(separator: ",")
    public static let tsv = DelimitedRenderer(separator: "\t")

    public let separator: Character

    public func render(_ table: ResultTable) -> String {
        let separator = self.separator.asciiValue ?? UInt8(ascii: ",")
        var text: [UInt8] = []
        for (index, name) in table.columnNames.enumerated() {
            if index > 0 { text.append(separator) }
            append(name, separator: separator, to: &text)
        }
        text.append(UInt8(ascii: "\n"))
        for row in table.rows {
            for (index, value) in row.enumerated() {
                if index > 0 { text.append(separator) }
                append(value.text ?? "", separator: separator, to: &text)
            }
            text.append(UInt8(ascii: "\n"))
        }
        return String(decoding: text, as: UTF8.self)
    }

    private func append(_ value: String, separator: UInt8, to text: inout [UInt8]) {
        var value = value
        value.withUTF8 { field in
            if separator == UInt8(ascii: "\t") { Self.appendEscaped(field, to: &text) } else { Self.appendQuoted(field, separator: separator, to: &text) }
        }
    }

    /// The field in double quotes, its quotes doubled, when it holds the separator, a quote or
    /// a line break; else as it is.
    static func appendQuoted(_ field: UnsafeBufferPointer<UInt8>, separator: UInt8, to text: inout [UInt8]) {
        let needsQuotes = field.indices.contains { index in
            let byte = field[index]
            return byte == separator || byte == UInt8(ascii: "\"") || isLineBreak(field, at: index)
        }
        guard needsQuotes else { return text.append(contentsOf: field) }
        text.append(UInt8(ascii: "\""))
        for byte in field {
            if byte == UInt8(ascii: "\"") { text.append(byte) }
            text.append(byte)
        }
        text.append(UInt8(ascii: "\""))
    }

    /// The field with backslashes, tabs, CR LF, LF and CR written as `\\`, `\t`, `\n`, `\n`
    /// and `\r`; other line breaks (VT, FF, NEL, U+2028, U+2029) are kept as they are.
    static func appendEscaped(_ field: UnsafeBufferPointer<UInt8>, to text: inout [UInt8]) {
        var index = 0
        while index < field.count {
            let byte = field[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\\"): text.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\t"): text.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case UInt8(ascii: "\n"): text.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"):
                // CR LF is one line break, written like LF.
                if index < field.count && field[index] == UInt8(ascii: "\n") {
                    index += 1
                    text.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                } else {
                    text.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
                }
            default: text.append(byte)
            }
        }
    }

    /// Whether a line break starts at `index`: LF, VT, FF, CR, NEL (C2 85), LINE SEPARATOR
    /// (E2 80 A8) or PARAGRAPH SEPARATOR (E2 80 A9), the characters `Character.isNewline` accepts.
    static func isLineBreak(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        switch bytes[index] {
        case 0x0A...0x0D: true
        case 0xC2: index + 1 < bytes.count && bytes[index + 1] == 0x85
        case 0xE2: index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
        default: false
        }
    }
}
