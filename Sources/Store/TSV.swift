import Embedded

/// The tab-separated files of Data/: a header line, then one row per line, `|` joining lists.
public enum TSV {
    public struct Row {
        let columns: [Substring: Int]
        let fields: [Substring]

        /// The field of that column, "" when the column or the field is absent.
        public subscript(_ column: Substring) -> String {
            guard let index = columns[column], index < fields.count else { return "" }
            return String(fields[index])
        }

        public func optional(_ column: Substring) -> String? {
            let value = self[column]
            return value.isEmpty ? nil : value
        }

        public func double(_ column: Substring) -> Double? { optional(column).flatMap(Double.init) }

        public func list(_ column: Substring) -> [String] {
            self[column].split(separator: "|").map(String.init)
        }
    }

    public static func rows(_ file: EmbeddedFile) throws -> [Row] {
        try rows(text: try file.text(), name: file.name)
    }

    /// Parses TSV text; lines starting with `#` and blank lines are skipped.
    public static func rows(text: String, name: String) throws -> [Row] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).makeIterator()
        var header: [Substring: Int]?
        var result: [Row] = []
        var number = 0
        while let raw = lines.next() {
            number += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard let columns = header else {
                header = Dictionary(uniqueKeysWithValues: fields.enumerated().map { ($1, $0) })
                continue
            }
            if fields.count > columns.count {
                throw StoreError.misuse("\(name), line \(number): \(fields.count) fields, the header names \(columns.count)")
            }
            result.append(Row(columns: columns, fields: fields))
        }
        return result
    }
}
