import Foundation
import Store

/// The output formats of every report, named like the sqlite3 shell's `.mode`.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, csv, tsv, json, ndjson, markdown

    /// Formats meant for people: faction keys shown by display name, lists joined.
    public var isForPeople: Bool { self == .table || self == .markdown }

    /// The renderer of this format. `maxWidth` truncates long cells in `table` (0: never).
    public func renderer(maxWidth: Int = TableRenderer.defaultMaxWidth) -> any Renderer {
        switch self {
        case .table: TableRenderer(maxWidth: maxWidth)
        case .csv: DelimitedRenderer.csv
        case .tsv: DelimitedRenderer.tsv
        case .json: JSONRenderer(lines: false)
        case .ndjson: JSONRenderer(lines: true)
        case .markdown: MarkdownRenderer()
        }
    }
}

/// Turns a result into text. Every format prints the same rows; only the presentation differs.
public protocol Renderer: Sendable {
    /// The whole output, ending with a newline when not empty.
    func render(_ table: ResultTable) -> String
}


/// Cell text shared by the text formats.
enum SQLiteValueText {
    /// The items of a JSON array of strings/numbers held as text, for people ("a.txt, b.txt").
    static func listItems(_ json: String) -> [String]? {
        plainStrings(json) ?? listItemsBySerialization(json)
    }

    /// `listItems` of any JSON array, through JSONSerialization.
    static func listItemsBySerialization(_ json: String) -> [String]? {
        guard let data = json.data(using: .utf8),
              let array = try? JSONSerialization.jsonObject(with: data) as? [Any] else { return nil }
        return array.map { item in
            if item is NSNull { return "" }
            return "\(item)"
        }
    }

    /// The items of `["a.txt", "b.txt"]` when every item is a string without escapes (the lists
    /// the views build), read from the bytes: JSONSerialization costs microseconds a cell. Any
    /// other shape is nil, for JSONSerialization to read.
    static func plainStrings(_ json: String) -> [String]? {
        var json = json
        return json.withUTF8 { bytes -> [String]? in
            var items: [String] = []
            var i = 0
            func skipSpaces() { while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x09 || bytes[i] == 0x0D { i += 1 } }
            skipSpaces()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "[") else { return nil }
            i += 1
            skipSpaces()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
                i += 1
                skipSpaces()
                return i == bytes.count ? [] : nil
            }
            while true {
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
                let start = i + 1
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 { end += 1 }
                guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else { return nil }
                items.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                i = end + 1
                skipSpaces()
                guard i < bytes.count else { return nil }
                if bytes[i] == UInt8(ascii: ",") { i += 1; skipSpaces(); continue }
                guard bytes[i] == UInt8(ascii: "]") else { return nil }
                i += 1
                skipSpaces()
                return i == bytes.count ? items : nil
            }
        }
    }
}
