import Embedded

/// Applies the numbered migrations compiled into the binary (`Migrations/NNNN_name.sql`).
///
/// Each migration runs in one transaction together with `PRAGMA user_version = NNNN`, so a
/// database is always at a whole version. Migrations are never edited once shipped: a change
/// to the schema is a new file.
public struct Migrator: Sendable {
    public struct Migration: Sendable {
        public let version: Int
        public let name: String
        public let sql: String
    }

    public let migrations: [Migration]

    /// The migrations compiled into this binary.
    public static let embedded = Migrator(files: Embedded.migrations)

    public init(files: [EmbeddedFile]) {
        migrations = files.compactMap { file in
            guard let version = Int(file.name.prefix { $0.isNumber }) else { return nil }
            return Migration(version: version, name: file.name, sql: String(decoding: file.bytes, as: UTF8.self))
        }.sorted { $0.version < $1.version }
    }

    /// The schema version this binary writes.
    public var latestVersion: Int { migrations.last?.version ?? 0 }

    public static func version(of database: Database) throws -> Int {
        Int(try database.scalarInt(sql: "PRAGMA user_version") ?? 0)
    }

    /// The names of the database's tables.
    private static func tables(of database: Database) throws -> Set<String> {
        Set(try database.query(sql: "SELECT name FROM sqlite_schema WHERE type = 'table'") { $0.string(0) })
    }

    /// Refuses a database written by a newer binary; reads only.
    public func checkCompatible(_ database: Database) throws {
        let version = try Self.version(of: database)
        if version > latestVersion {
            throw StoreError.misuse("""
                \(database.path) has schema version \(version), newer than this program knows \
                (\(latestVersion)); it was left untouched. Use a newer build of the tools.
                """)
        }
    }

    /// Brings the database to the latest version; returns the versions it applied.
    ///
    /// Each migration runs in a transaction of its own with foreign keys off, as SQLite's
    /// procedure for changing a table's definition requires (a migration may rebuild a table:
    /// dropping the old one must not cascade), and commits only if `foreign_key_check` finds
    /// nothing. A migration that changed no row and dropped no table (new indexes, views,
    /// triggers) cannot have broken a reference, and is not checked: on a database of 10^6
    /// events the check reads every row of every table that has a foreign key.
    @discardableResult
    public func migrate(_ database: Database) throws -> [Int] {
        try checkCompatible(database)
        var applied: [Int] = []
        guard latestVersion > (try Self.version(of: database)) else { return applied }
        let enforced = try database.scalarInt(sql: "PRAGMA foreign_keys") == 1
        // The pragma does nothing inside a transaction, so it is set around them.
        if enforced { try database.execute(sql: "PRAGMA foreign_keys = OFF") }
        defer { if enforced { try? database.execute(sql: "PRAGMA foreign_keys = ON") } }
        for migration in migrations where migration.version > (try Self.version(of: database)) {
            try database.inTransaction(.immediate) {
                // Another process may have migrated while we waited for the lock.
                guard try Self.version(of: database) < migration.version else { return }
                do {
                    let tablesBefore = try Self.tables(of: database)
                    let changesBefore = database.totalChanges
                    try database.executeScript(trustedSQL: migration.sql)
                    let tablesAfter = try Self.tables(of: database)
                    let mayBreakReferences = database.totalChanges != changesBefore || !tablesBefore.isSubset(of: tablesAfter)
                    if mayBreakReferences,
                       let broken = try database.query(sql: "PRAGMA foreign_key_check", map: { $0.string(0) }).first {
                        throw StoreError.misuse("rows of \(broken) refer to rows that do not exist")
                    }
                } catch let error as StoreError {
                    throw StoreError(code: error.primaryCode, extendedCode: error.extendedRawCode,
                                     message: "migration \(migration.name) failed: \(error.message)")
                }
                try database.executeScript(trustedSQL: "PRAGMA user_version = \(migration.version)")
                applied.append(migration.version)
            }
        }
        return applied
    }
}
