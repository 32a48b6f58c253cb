import CSQLite

/// Every failure of the Store: the SQLite result code, its extended code, SQLite's message and
/// the SQL that failed (never the bound values: an article body is large and may be private).
public struct StoreError: Error, CustomStringConvertible, Sendable {
    /// Primary result code (`.constraint`, `.busy`, …), or `.misuse` for a mistake of the caller's.
    public var code: ResultCode { ResultCode(rawValue: primaryCode) }
    /// Extended result code (`.constraintForeignKey`, …).
    public var extendedCode: ResultCode { ResultCode(rawValue: extendedRawCode) }
    let primaryCode: Int32
    let extendedRawCode: Int32
    public let message: String
    public let sql: String?

    public init(code: Int32, extendedCode: Int32? = nil, message: String, sql: String? = nil) {
        self.primaryCode = code & 0xFF
        self.extendedRawCode = extendedCode ?? code
        self.message = message
        self.sql = sql
    }

    /// Reads the error state of a connection after a failed call.
    init(connection: OpaquePointer?, code: Int32, sql: String? = nil) {
        let extended = connection.map { sqlite3_extended_errcode($0) } ?? code
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(code))
        self.init(code: code, extendedCode: extended, message: message, sql: sql)
    }

    /// An error of ours (not SQLite's), such as a database newer than this binary.
    public static func misuse(_ message: String, sql: String? = nil) -> StoreError {
        StoreError(code: SQLITE_MISUSE, message: message, sql: sql)
    }

    public var isConstraintViolation: Bool { code == .constraint }
    public var isBusy: Bool { code == .busy || code == .locked }
    public var isReadOnly: Bool { code == .readOnly }

    public var description: String {
        var text = message
        if extendedRawCode != SQLITE_MISUSE {
            text += " (SQLite error \(extendedCode))"
        }
        if let sql { text += "\n  in: \(sql.count > 300 ? String(sql.prefix(300)) + "…" : sql)" }
        return text
    }
}
