import Embedded

/// The tab-separated files of Data/: a header line, then one row per line, `|` joining lists.
/// Lines starting with `#` and blank lines are skipped; a line may end in "\r\n". No quoting:
/// a field is every byte between two tabs.
///
/// Parsed over the UTF-8 bytes: a field becomes a `String` only when a row asks for it.
public struct TSV {
    /// The file's name, for messages.
    public let name: String
    /// The columns the header names, in order.
    public let columns: [String]
    private let bytes: [UInt8]
    /// Where the line after the header starts, and its 1-based number.
    private let bodyStart: Int
    private let bodyLineNumber: Int

    /// Reads an embedded file, unpacking it first when its name ends in `.gz`.
    public init(_ file: EmbeddedFile) throws {
        try self.init(bytes: file.name.hasSuffix(".gz") ? Gzip.inflate(file.bytes) : file.bytes, name: file.name)
    }

    /// - Throws: when the file has no header, or the header names a column twice.
    public init(bytes: [UInt8], name: String) throws {
        var header: [String]?
        var start = 0
        var number = 0
        var fields: [Range<Int>] = []
        while header == nil, let end = Self.nextLine(bytes, from: start, fields: &fields) {
            number += 1
            defer { start = end + 1 }
            guard !fields.isEmpty else { continue }
            let names = fields.map { String(decoding: bytes[$0], as: UTF8.self) }
            if Set(names).count < names.count {
                throw StoreError.misuse("\(name), line \(number): the header names a column twice")
            }
            header = names
        }
        guard let header else { throw StoreError.misuse("\(name): no header line") }
        self.name = name
        self.columns = header
        self.bytes = bytes
        self.bodyStart = start
        self.bodyLineNumber = number + 1
    }

    /// Calls `body` with each row in file order. A row with more fields than the header names is an error.
    public func forEachRow(_ body: (Row) throws -> Void) throws {
        var fields: [Range<Int>] = []
        fields.reserveCapacity(columns.count)
        var start = bodyStart
        var number = bodyLineNumber
        while let end = Self.nextLine(bytes, from: start, fields: &fields) {
            defer { start = end + 1; number += 1 }
            if fields.isEmpty { continue }
            if fields.count > columns.count {
                throw StoreError.misuse("\(name), line \(number): \(fields.count) fields, the header names \(columns.count)")
            }
            try body(Row(columns: columns, bytes: bytes, fields: fields))
        }
    }

    /// One row; valid only while `forEachRow` runs its body.
    public struct Row {
        fileprivate let columns: [String]
        fileprivate let bytes: [UInt8]
        fileprivate let fields: [Range<Int>]

        /// The field of that column, "" when the header has no such column or the line ends before it.
        public subscript(_ column: String) -> String {
            guard let field = field(column) else { return "" }
            return String(decoding: bytes[field], as: UTF8.self)
        }

        /// The field of that column, nil when it is empty or absent.
        public func optional(_ column: String) -> String? {
            guard let field = field(column), !field.isEmpty else { return nil }
            return String(decoding: bytes[field], as: UTF8.self)
        }

        public func double(_ column: String) -> Double? { optional(column).flatMap(Double.init) }

        public func int(_ column: String) -> Int? { optional(column).flatMap { Int($0) } }

        /// The `|`-separated items of the field, empty items left out.
        public func list(_ column: String) -> [String] {
            guard let field = field(column) else { return [] }
            var items: [String] = []
            var start = field.lowerBound
            for index in field where bytes[index] == 0x7C {  // |
                if index > start { items.append(String(decoding: bytes[start..<index], as: UTF8.self)) }
                start = index + 1
            }
            if field.upperBound > start { items.append(String(decoding: bytes[start..<field.upperBound], as: UTF8.self)) }
            return items
        }

        /// A header has a dozen columns at most: a linear search beats hashing the name.
        private func field(_ column: String) -> Range<Int>? {
            guard let index = columns.firstIndex(of: column), index < fields.count else { return nil }
            return fields[index]
        }
    }

    /// Finds the line starting at `start` and the ranges of its tab-separated fields (none for a
    /// blank or `#` line). Returns the index of the line's "\n" (or `bytes.count` for a last line
    /// without one), nil when `start` is past the end.
    private static func nextLine(_ bytes: [UInt8], from start: Int, fields: inout [Range<Int>]) -> Int? {
        fields.removeAll(keepingCapacity: true)
        guard start < bytes.count else { return nil }
        var end = start
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        let contentEnd = end > start && bytes[end - 1] == 0x0D ? end - 1 : end
        guard contentEnd > start, bytes[start] != 0x23 else { return end }  // #
        var fieldStart = start
        for index in start..<contentEnd where bytes[index] == 0x09 {
            fields.append(fieldStart..<index)
            fieldStart = index + 1
        }
        fields.append(fieldStart..<contentEnd)
        return end
    }
}
