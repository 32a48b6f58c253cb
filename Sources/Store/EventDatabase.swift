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
