import Store

/// `query check`: is the file sound, which schema version is it, how many rows it holds.
public enum DatabaseCheck {
    public struct Result: Sendable {
        public let table: ResultTable
        /// False when integrity_check or foreign_key_check found a problem.
        public let healthy: Bool
    }

    static let countedTables = [
        "articles", "events", "reports", "event_factions", "control_observations", "locations", "location_names",
        "factions", "faction_aliases", "sources", "article_agencies", "corrections", "saved_queries",
    ]

    public static func run(_ database: Database) throws -> Result {
        var rows: [[SQLiteValue]] = []
        func add(_ check: String, _ value: String) { rows.append([.text(check), .text(value)]) }
        func add(_ check: String, _ value: Int64) { rows.append([.text(check), .integer(value)]) }
        var healthy = true
        do {
            let integrity = try database.prepare(sql: "PRAGMA integrity_check").rows { $0.string(0) }
            healthy = integrity == ["ok"]
            add("integrity_check", integrity.prefix(20).joined(separator: "; "))
            let foreignKeys = try database.prepare(sql: "PRAGMA foreign_key_check").rows { "\($0.string(0)) row \($0.optionalInt64(1).map(String.init) ?? "?") → \($0.string(2))" }
            if !foreignKeys.isEmpty { healthy = false }
            add("foreign_key_check", foreignKeys.isEmpty ? "ok" : "\(foreignKeys.count) violations: " + foreignKeys.prefix(10).joined(separator: "; "))
            let version = try Migrator.version(of: database)
            let latest = Migrator.embedded.latestVersion
            add("schema_version", version == latest ? "\(version)" : "\(version) (this build writes \(latest); `ingest` migrates it)")
            add("sqlite_version", Database.sqliteVersion)
            if let reference = try? database.scalarString(sql: "SELECT value FROM meta WHERE key = 'reference_version'") {
                add("reference_version", reference)
            }
            for table in countedTables {
                // Table names come from the constant list above, never from input.
                let count = try database.scalarInt(sql: "SELECT count(*) FROM \"\(table)\"") ?? 0
                add("rows in " + table, count)
            }
        } catch let error as StoreError {
            throw ReportsError(.damaged, "\(database.path) could not be checked: \(error.description)")
        }
        return Result(table: ResultTable(columns: [Column("check"), Column("result")], rows: rows), healthy: healthy)
    }
}
