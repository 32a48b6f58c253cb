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

    /// SQLite builds a temporary b-tree for `x IN ('a', 'b', 'c')` at every run of a statement
    /// or trigger program, and for the rows of an INSERT … SELECT into a view with an INSTEAD OF
    /// trigger; ingest runs what is checked here for every event, role and report (0007).
    @Test func theWritePathBuildsNoTemporaryBTrees() throws {
        let folder = try TemporaryDirectory()
        let database = try Database(path: folder.path("events.db"))
        try Migrator.embedded.migrate(database)
        let written = try database.query(sql: """
            SELECT name, sql FROM sqlite_schema
            WHERE sql IS NOT NULL AND (type = 'trigger' OR tbl_name IN ('events', 'event_factions', 'reports', 'control_observations'))
            ORDER BY name
            """) { ($0.string(0), $0.string(1)) }
        #expect(written.count > 15)
        let inLists = written.filter { $0.1.range(of: #"IN \(\s*'"#, options: .regularExpression) != nil }.map(\.0)
        #expect(inLists == [])
        // Renaming an article's file refreshes several days at once (rare): the one exception.
        let selectsIntoTheView = written.filter { $0.1.range(of: #"INTO control_days_refresh\s+SELECT"#, options: .regularExpression) != nil }
        #expect(selectsIntoTheView.map(\.0) == ["articles_control_days_file_name"])
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

    /// Migrations of a parent table and a child that refers to it, for the reference checks.
    private func migrator(_ scripts: String...) -> Migrator {
        let schema = """
            CREATE TABLE parent (id INTEGER PRIMARY KEY);
            CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id));
            INSERT INTO parent VALUES (1), (2);
            INSERT INTO child VALUES (10, 1), (20, 2);
            """
        return Migrator(files: ([schema] + scripts).enumerated().map { index, sql in
            EmbeddedFile(name: String(format: "%04d_test.sql", index + 1), bytes: Array(sql.utf8))
        })
    }

    @Test func aMigrationThatLeavesRowsReferringToNothingIsRolledBack() throws {
        for script in ["DELETE FROM parent WHERE id = 2", "DROP TABLE parent"] {
            let folder = try TemporaryDirectory()
            let database = try Database(path: folder.path("events.db"))
            #expect(throws: StoreError.self) { try migrator(script).migrate(database) }
            #expect(try Migrator.version(of: database) == 1, "\(script)")
            #expect(try database.scalarInt(sql: "SELECT count(*) FROM parent") == 2, "\(script)")
        }
    }

    /// The check reads every row of every table with a foreign key (seconds at 10^6 events):
    /// a migration that changes no row and drops no table is not checked, so a reference broken
    /// before it (by hand, with foreign keys off) does not stop it.
    @Test func aMigrationThatOnlyAddsIndexesIsNotChecked() throws {
        let folder = try TemporaryDirectory()
        let database = try Database(path: folder.path("events.db"))
        try migrator().migrate(database)
        try database.execute(sql: "PRAGMA foreign_keys = OFF")
        try database.execute(sql: "DELETE FROM parent WHERE id = 2")
        try database.execute(sql: "PRAGMA foreign_keys = ON")
        #expect(try migrator("CREATE INDEX child_by_parent ON child(parent_id)").migrate(database) == [2])
        #expect(throws: StoreError.self) { try migrator("CREATE INDEX child_by_parent ON child(parent_id)", "UPDATE child SET id = id + 1").migrate(database) }
        #expect(try Migrator.version(of: database) == 2)
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
