import Foundation

/// RFC 4180 CSV: quoted fields with doubled quotes, commas and line breaks inside quotes,
/// CRLF or LF line ends, a header row naming the columns.
struct CSV {
    struct Row {
        /// 1-based line of the row's start in the file.
        let line: Int
        let fields: [String: String]

        /// The field, trimmed; nil when the column is missing or empty.
        subscript(_ column: String) -> String? {
            guard let value = fields[column]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
            return value
        }
    }

    let columns: [String]
    let rows: [Row]

    enum Failure: Error, Equatable { case empty, unterminatedQuote(line: Int) }

    static func parse(_ text: String) throws(Failure) -> CSV {
        var records: [(line: Int, fields: [String])] = []
        var field = "", fields: [String] = []
        var inQuotes = false, line = 1, recordLine = 1, quoteLine = 1
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        func endRecord() {
            fields.append(field); field = ""
            if !(fields.count == 1 && fields[0].isEmpty) { records.append((recordLine, fields)) }
            fields = []
        }
        while let scalar = pending {
            pending = iterator.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" { field.unicodeScalars.append("\""); pending = iterator.next() } else { inQuotes = false }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"": inQuotes = true; quoteLine = line
            case ",": fields.append(field); field = ""
            case "\r": if pending == "\n" { continue }; endRecord(); line += 1; recordLine = line
            case "\n": endRecord(); line += 1; recordLine = line
            default: field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes { throw .unterminatedQuote(line: quoteLine) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        guard let header = records.first else { throw .empty }
        let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "\u{FEFF}", with: "") }
        let rows = records.dropFirst().map { record in
            Row(line: record.line, fields: Dictionary(zip(columns, record.fields), uniquingKeysWith: { first, _ in first }))
        }
        return CSV(columns: columns, rows: rows)
    }
}
