import CSQLite
import Foundation

/// One connection to an SQLite file. Not thread-safe: use one connection per thread.
///
/// Every connection runs with `foreign_keys=ON`, a busy timeout and extended result codes;
/// read-write connections also use WAL with `synchronous=NORMAL`, so readers never block the writer.
public final class Database {
    public enum Mode: Sendable {
        /// Opens an existing file for reading only; the connection refuses any write.
        case readOnly
        /// Opens an existing file for reading and writing.
        case readWrite
        /// Opens the file for reading and writing, creating it when it does not exist.
        case create
    }

    public let path: String
    public let mode: Mode
    let handle: OpaquePointer
    private var statementCache: [String: Statement] = [:]

    /// - Parameter busyTimeout: how long a statement waits for another connection's lock, in ms.
    public init(path: String, mode: Mode = .create, busyTimeout: Int32 = 10_000) throws {
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        switch mode {
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        case .readWrite: flags |= SQLITE_OPEN_READWRITE
        case .create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        }
        var handle: OpaquePointer?
        let code = sqlite3_open_v2(path, &handle, flags, nil)
        guard code == SQLITE_OK, let handle else {
            let error = StoreError(connection: handle, code: code)
            sqlite3_close_v2(handle)
            throw StoreError(code: error.primaryCode, extendedCode: error.extendedRawCode,
                             message: "cannot open \(path): \(error.message)")
        }
        self.path = path
        self.mode = mode
        self.handle = handle
        do {
            try setUp(busyTimeout: busyTimeout)
        } catch {
            statementCache.removeAll()
            sqlite3_close_v2(handle)
            throw error
        }
    }


    deinit {
        statementCache.removeAll()
        sqlite3_close_v2(handle)
    }

    private func setUp(busyTimeout: Int32) throws {
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, busyTimeout)
        var ignored: Int32 = 0
        _ = csqlite_db_config_int(handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &ignored)
        _ = csqlite_db_config_int(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, &ignored)
        try execute(sql: "PRAGMA foreign_keys = ON")
        if mode == .readOnly {
            try execute(sql: "PRAGMA query_only = ON")
            // Reports read many scattered pages of a large file: map it rather than copy each page
            // through read(2), and keep what was read for the next report of the same connection.
            // The whole file, up to the library's own limit (2 GB in Debian's build): a database
            // of 10^6 events is 1 GB, and pages past a smaller map went through read(2).
            try execute(sql: "PRAGMA mmap_size = 17179869184")
            try execute(sql: "PRAGMA cache_size = -32768")
        } else {
            // journal_mode answers with a row; read it so that a failure to switch is seen.
            let journal = try scalarString(sql: "PRAGMA journal_mode = WAL")
            if journal?.lowercased() != "wal" && path != ":memory:" && !path.isEmpty {
                throw StoreError.misuse("cannot switch \(path) to WAL journal mode (got \(journal ?? "nothing"))")
            }
            try execute(sql: "PRAGMA synchronous = NORMAL")
        }
    }

    // MARK: Statements

    /// Prepares one statement. Several statements in one string are refused.
    public func prepare(sql: String) throws -> Statement {
        try Statement(database: self, sql: sql)
    }

    /// A prepared statement kept for the connection's life, for SQL run many times.
    public func cachedStatement(sql: String) throws -> Statement {
        if let statement = statementCache[sql] { return statement }
        let statement = try prepare(sql: sql)
        statementCache[sql] = statement
        return statement
    }

    /// Runs one statement with positional values, through the statement cache.
    public func execute(sql: String, _ values: SQLiteBindable...) throws {
        try cachedStatement(sql: sql).execute(values)
    }

    /// Runs one statement with an array of positional values.
    public func execute(sql: String, values: [SQLiteBindable]) throws {
        try cachedStatement(sql: sql).execute(values)
    }

    /// Runs a script of several statements with no parameters. Only for SQL that ships with the
    /// program (migrations): never pass text that came from a user or an article.
    public func executeScript(trustedSQL sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        if code != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_free(message)
            throw StoreError(code: code, extendedCode: sqlite3_extended_errcode(handle), message: text,
                             sql: String(sql.prefix(200)))
        }
    }

    /// Maps every row of a query.
    public func query<T>(sql: String, _ values: SQLiteBindable..., map: (Row) throws -> T) throws -> [T] {
        try cachedStatement(sql: sql).rows(values, map)
    }

    /// The first column of the first row, or nil when there is no row or it is NULL.
    public func scalarInt(sql: String, _ values: SQLiteBindable...) throws -> Int64? {
        try cachedStatement(sql: sql).rows(values) { $0.optionalInt64(0) }.first ?? nil
    }

    public func scalarString(sql: String, _ values: SQLiteBindable...) throws -> String? {
        try cachedStatement(sql: sql).rows(values) { $0.optionalString(0) }.first ?? nil
    }

    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    public var changes: Int { Int(sqlite3_changes64(handle)) }
    /// Rows inserted, updated or deleted since the connection opened (triggers' included; not
    /// rows gone with a dropped table).
    public var totalChanges: Int { Int(sqlite3_total_changes64(handle)) }
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    // MARK: Transactions

    public enum TransactionKind: String, Sendable {
        case deferred = "DEFERRED"
        /// Takes the write lock at once: the right kind for writers, so that two writers queue
        /// on the busy timeout instead of failing with SQLITE_BUSY halfway through.
        case immediate = "IMMEDIATE"
        case exclusive = "EXCLUSIVE"
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    public func inTransaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        try executeScript(trustedSQL: "BEGIN \(kind.rawValue)")
        do {
            let result = try body()
            try executeScript(trustedSQL: "COMMIT")
            return result
        } catch {
            if isInTransaction { try? executeScript(trustedSQL: "ROLLBACK") }
            throw error
        }
    }

    /// Runs `body` in a savepoint, so that a failure undoes only its own work inside a larger transaction.
    public func inSavepoint<T>(_ body: () throws -> T) throws -> T {
        try executeScript(trustedSQL: "SAVEPOINT store_savepoint")
        do {
            let result = try body()
            try executeScript(trustedSQL: "RELEASE store_savepoint")
            return result
        } catch {
            try? executeScript(trustedSQL: "ROLLBACK TO store_savepoint")
            try? executeScript(trustedSQL: "RELEASE store_savepoint")
            throw error
        }
    }

    // MARK: Safety for ad-hoc SQL

    /// Forbids ATTACH, DETACH and every write on this connection, whatever SQL comes later.
    /// Meant for user-typed SQL on a read-only connection: extension loading is already off.
    public func restrictToReading() {
        sqlite3_set_authorizer(handle, { _, action, _, _, _, _ in
            switch action {
            case SQLITE_ATTACH, SQLITE_DETACH,
                 SQLITE_INSERT, SQLITE_UPDATE, SQLITE_DELETE,
                 SQLITE_CREATE_INDEX, SQLITE_CREATE_TABLE, SQLITE_CREATE_TEMP_INDEX, SQLITE_CREATE_TEMP_TABLE,
                 SQLITE_CREATE_TEMP_TRIGGER, SQLITE_CREATE_TEMP_VIEW, SQLITE_CREATE_TRIGGER, SQLITE_CREATE_VIEW,
                 SQLITE_CREATE_VTABLE, SQLITE_DROP_INDEX, SQLITE_DROP_TABLE, SQLITE_DROP_TEMP_INDEX,
                 SQLITE_DROP_TEMP_TABLE, SQLITE_DROP_TEMP_TRIGGER, SQLITE_DROP_TEMP_VIEW, SQLITE_DROP_TRIGGER,
                 SQLITE_DROP_VIEW, SQLITE_DROP_VTABLE, SQLITE_ALTER_TABLE, SQLITE_REINDEX, SQLITE_ANALYZE:
                return SQLITE_DENY
            default:
                return SQLITE_OK
            }
        }, nil)
    }

    /// Interrupts a long statement from another thread (Ctrl-C on a slow ad-hoc query).
    public func interrupt() { sqlite3_interrupt(handle) }

    /// The SQLite library version linked in, e.g. "3.40.1".
    public static var sqliteVersion: String { String(cString: sqlite3_libversion()) }
}
