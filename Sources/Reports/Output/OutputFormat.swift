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
        guard let data = json.data(using: .utf8),
              let array = try? JSONSerialization.jsonObject(with: data) as? [Any] else { return nil }
        return array.map { item in
            if item is NSNull { return "" }
            return "\(item)"
        }
    }
}
