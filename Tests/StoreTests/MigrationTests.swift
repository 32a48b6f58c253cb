import CSQLite
import Embedded
import Foundation
import Store
import Testing

@Suite struct MigrationTests {
    @Test func migratesAnEmptyFileToTheLatestVersion() throws {
        let folder = try TemporaryDirectory()
        let database = try Database(path: folder.path("events.db"))
        let applied = try Migrator.embedded.migrate(database)
        #expect(applied == Migrator.embedded.migrations.map(\.version))
        #expect(try Migrator.version(of: database) == Migrator.embedded.latestVersion)
        let tables = try database.query(sql: "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name") { $0.string(0) }
        for table in ["articles", "articles_fts", "control_observations", "countries", "event_factions", "event_types",
                      "events", "faction_aliases", "factions", "location_names", "locations", "reports", "sources"] {
            #expect(tables.contains(table), "missing table \(table)")
        }
        #expect(try Migrator.embedded.migrate(database).isEmpty, "a second run applies nothing")
        #expect(try database.scalarString(sql: "PRAGMA integrity_check") == "ok")
    }

    @Test func everyMigrationFileIsCompiledInInOrder() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Migrations").standardized
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".sql") }.sorted()
        #expect(Embedded.migrations.map(\.name) == files)
        for (index, migration) in Migrator.embedded.migrations.enumerated() {
            #expect(migration.version == index + 1, "migrations are numbered 1, 2, 3 … without gaps")
            let onDisk = try String(contentsOf: folder.appendingPathComponent(migration.name), encoding: .utf8)
            #expect(migration.sql == onDisk, "\(migration.name) compiled in differs from the file: rebuild")
        }
    }

    @Test func refusesADatabaseNewerThanTheBinaryAndLeavesItUntouched() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("future.db")
        do {
            let database = try Database(path: path)
            try database.executeScript(trustedSQL: "CREATE TABLE t (x); PRAGMA user_version = 999")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect {
            _ = try EventDatabase.openForWriting(path: path)
        } throws: { error in
            "\(error)".contains("newer than this program knows")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func readersNeverCreateADatabase() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("missing.db")
        #expect {
            _ = try EventDatabase.openForReading(path: path)
        } throws: { error in
            "\(error)".contains("run `ingest")
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
