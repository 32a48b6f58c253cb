import Foundation

/// Opens the event database the way the tools need it: writers create and migrate it and load
/// the reference data; readers never create, migrate or write.
public enum EventDatabase {
    /// `./events.db` unless `--db` or `EVENTS_DB` says otherwise (spec/CLI.md).
    public static func defaultPath(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let option, !option.isEmpty { return option }
        if let path = environment["EVENTS_DB"], !path.isEmpty { return path }
        return "events.db"
    }

    /// Opens (creating when needed) and migrates the database, then loads the reference data
    /// this build ships when the database has an older copy. A database newer than this
    /// binary is refused before anything is written to it.
    public static func openForWriting(path: String, busyTimeout: Int32 = 60_000) throws -> Database {
        if FileManager.default.fileExists(atPath: path) {
            let probe = try Database(path: path, mode: .readOnly)
            try Migrator.embedded.checkCompatible(probe)
        }
        let database = try Database(path: path, mode: .create, busyTimeout: busyTimeout)
        try Migrator.embedded.migrate(database)
        try ReferenceData.embedded.seedIfNeeded(database)
        return database
    }

    /// Settings for a connection that writes articles in bulk (`ingest`), applied after
    /// `openForWriting`. SQLite's defaults (a 2 MB page cache, a checkpoint every 1,000 WAL
    /// pages) made every batch re-read and re-write the same index pages, and copy them back
    /// into the database several times over: 1.2 GB written for a 130 MB database.
    /// - A 64 MB page cache keeps the hot pages of the indexes and the FTS index in memory.
    /// - Checkpoints every 16,384 WAL pages (64 MB): a page changed by many batches is copied
    ///   into the database once per checkpoint instead of once per 4 MB of WAL. The WAL file is
    ///   truncated back to that size after a checkpoint (`journal_size_limit`), and the last
    ///   connection to close checkpoints and removes it, as before.
    /// - Statement journals stay in memory (`temp_store = MEMORY`). Every insert that fires a
    ///   trigger keeps one; past 64 KB SQLite moves it to a temporary file, and the file stays
    ///   for the rest of the transaction, so every later insert of the batch wrote its journal
    ///   there: at 10^5 articles, 154k `pwrite` calls and 1.1 GB per 3,000 articles. The largest
    ///   journal of a batch is a few megabytes, freed when its statement ends. (Raising the spill
    ///   threshold instead broke statements past 128 KB of journal: see LargeStatementTests.)
    /// Crash safety is unchanged: WAL with `synchronous=NORMAL`, each batch one transaction.
    public static func tuneForIngest(_ database: Database) throws {
        try database.execute(sql: "PRAGMA cache_size = -65536")
        try database.execute(sql: "PRAGMA wal_autocheckpoint = 16384")
        try database.execute(sql: "PRAGMA journal_size_limit = 67108864")
        try database.execute(sql: "PRAGMA temp_store = MEMORY")
    }

    /// Opens an existing database read-only. A missing file is an error that tells the user
    /// to run `ingest` first; an older schema is read as it is, a newer one refused.
    public static func openForReading(path: String) throws -> Database {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError.misuse("no database at \(path): run `ingest --db \(path) ARTICLES...` first, or name another file with --db or EVENTS_DB")
        }
        let database = try Database(path: path, mode: .readOnly)
        try Migrator.embedded.checkCompatible(database)
        if try Migrator.version(of: database) == 0 {
            throw StoreError.misuse("\(path) is not an event database (no schema); run `ingest --db \(path) ARTICLES...` to create one")
        }
        return database
    }
}
