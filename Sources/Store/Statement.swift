import CSQLite

/// A prepared statement. Prepared once, reset and rebound for each use; finalized with its owner.
///
/// Values reach SQL only through bound parameters (`?`, `?NNN`, `:name`, `@name`, `$name`).
public final class Statement {
    public let sql: String
    let handle: OpaquePointer
    private unowned let database: Database

    init(database: Database, sql: String) throws {
        var handle: OpaquePointer?
        var tail: UnsafePointer<CChar>?
        let code = sql.withCString { text in
            sqlite3_prepare_v3(database.handle, text, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &handle, &tail)
        }
        guard code == SQLITE_OK, let handle else {
            throw StoreError(connection: database.handle, code: code, sql: sql)
        }
        if let tail, tail.pointee != 0, !String(cString: tail).allSatisfy({ $0.isWhitespace || $0 == ";" }) {
            sqlite3_finalize(handle)
            throw StoreError.misuse("one statement at a time: the SQL holds more than one statement", sql: sql)
        }
        self.database = database
        self.sql = sql
        self.handle = handle
    }

    deinit { sqlite3_finalize(handle) }

    /// True when the statement cannot change the database (SELECT, most PRAGMA reads, EXPLAIN).
    public var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    /// How many parameters the statement takes, and their names (`:province`), `nil` for `?`.
    public var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }
    public var parameterNames: [String?] {
        (1...max(parameterCount, 1)).prefix(parameterCount).map { index in
            sqlite3_bind_parameter_name(handle, Int32(index)).map { String(cString: $0) }
        }
    }

    public var columnCount: Int { Int(sqlite3_column_count(handle)) }
    public var columnNames: [String] {
        (0..<columnCount).map { String(cString: sqlite3_column_name(handle, Int32($0))) }
    }

    /// Resets the statement and binds values by position (1-based in SQL, 0-based here).
    public func bind(_ values: [SQLiteBindable]) throws {
        try reset()
        guard values.count == parameterCount else {
            throw StoreError.misuse("the statement takes \(parameterCount) parameters, \(values.count) were given", sql: sql)
        }
        for (index, value) in values.enumerated() {
            try bind(value.sqliteValue, at: Int32(index + 1))
        }
    }

    /// Resets the statement and binds values by name; the names may be given with or without
    /// their prefix (`province` binds `:province`, `@province` or `$province`).
    public func bind(named values: [String: SQLiteBindable]) throws {
        try reset()
        var unused = Set(values.keys)
        for (offset, name) in parameterNames.enumerated() {
            guard let name else {
                throw StoreError.misuse("positional parameter ?\(offset + 1) cannot be bound by name", sql: sql)
            }
            let bare = String(name.dropFirst())
            guard let value = values[bare] ?? values[name] else {
                throw StoreError.misuse("no value for parameter \(name)", sql: sql)
            }
            unused.remove(bare)
            unused.remove(name)
            try bind(value.sqliteValue, at: Int32(offset + 1))
        }
        if let extra = unused.sorted().first {
            throw StoreError.misuse("the statement has no parameter named \(extra)", sql: sql)
        }
    }

    private func bind(_ value: SQLiteValue, at index: Int32) throws {
        let code: Int32
        switch value {
        case .null:
            code = sqlite3_bind_null(handle, index)
        case .integer(let number):
            code = sqlite3_bind_int64(handle, index, number)
        case .real(let number):
            code = sqlite3_bind_double(handle, index, number)
        case .text(let string):
            code = sqlite3_bind_text(handle, index, string, -1, csqlite_transient())
        case .blob(let bytes):
            code = bytes.withUnsafeBytes { raw in
                sqlite3_bind_blob64(handle, index, raw.baseAddress ?? UnsafeRawPointer(bitPattern: 1), UInt64(raw.count), csqlite_transient())
            }
        }
        guard code == SQLITE_OK else { throw StoreError(connection: database.handle, code: code, sql: sql) }
    }

    public func reset() throws {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Advances to the next row; false when the statement is done.
    @discardableResult
    public func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = StoreError(connection: database.handle, code: code, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Runs the statement to completion with these values.
    public func execute(_ values: [SQLiteBindable] = []) throws {
        try bind(values)
        while try step() {}
        sqlite3_reset(handle)
    }

    /// Runs the statement and maps every row.
    public func rows<T>(_ values: [SQLiteBindable] = [], _ transform: (Row) throws -> T) throws -> [T] {
        try bind(values)
        defer { sqlite3_reset(handle) }
        var result: [T] = []
        let row = Row(statement: self)
        while try step() { result.append(try transform(row)) }
        return result
    }

    /// Runs the statement and maps every row, with named parameters.
    public func rows<T>(named values: [String: SQLiteBindable], _ transform: (Row) throws -> T) throws -> [T] {
        try bind(named: values)
        defer { sqlite3_reset(handle) }
        var result: [T] = []
        let row = Row(statement: self)
        while try step() { result.append(try transform(row)) }
        return result
    }
}

/// The current row of a statement being stepped; valid only until the next step.
public struct Row {
    let statement: Statement

    public var count: Int { statement.columnCount }
    public var columnNames: [String] { statement.columnNames }

    public func isNull(_ index: Int) -> Bool {
        sqlite3_column_type(statement.handle, Int32(index)) == SQLITE_NULL
    }

    public func int64(_ index: Int) -> Int64 { sqlite3_column_int64(statement.handle, Int32(index)) }
    public func int(_ index: Int) -> Int { Int(int64(index)) }
    public func double(_ index: Int) -> Double { sqlite3_column_double(statement.handle, Int32(index)) }

    public func string(_ index: Int) -> String {
        guard let text = sqlite3_column_text(statement.handle, Int32(index)) else { return "" }
        let length = Int(sqlite3_column_bytes(statement.handle, Int32(index)))
        return String(decoding: UnsafeBufferPointer(start: text, count: length), as: UTF8.self)
    }

    public func blob(_ index: Int) -> [UInt8] {
        let length = Int(sqlite3_column_bytes(statement.handle, Int32(index)))
        guard length > 0, let bytes = sqlite3_column_blob(statement.handle, Int32(index)) else { return [] }
        return Array(UnsafeRawBufferPointer(start: bytes, count: length))
    }

    public func optionalInt64(_ index: Int) -> Int64? { isNull(index) ? nil : int64(index) }
    public func optionalInt(_ index: Int) -> Int? { isNull(index) ? nil : int(index) }
    public func optionalDouble(_ index: Int) -> Double? { isNull(index) ? nil : double(index) }
    public func optionalString(_ index: Int) -> String? { isNull(index) ? nil : string(index) }

    /// The value with the type SQLite stored it with.
    public func value(_ index: Int) -> SQLiteValue {
        switch sqlite3_column_type(statement.handle, Int32(index)) {
        case SQLITE_INTEGER: return .integer(int64(index))
        case SQLITE_FLOAT: return .real(double(index))
        case SQLITE_TEXT: return .text(string(index))
        case SQLITE_BLOB: return .blob(blob(index))
        default: return .null
        }
    }

    public var values: [SQLiteValue] { (0..<count).map(value) }
}
