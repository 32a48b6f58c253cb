import Foundation
import Reports
import Store
import Testing

@Suite struct AdHocSQLTests {
    private func checksum(_ path: String) throws -> Data {
        // The whole file and its WAL: any write would change one of them.
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        if let wal = try? Data(contentsOf: URL(fileURLWithPath: path + "-wal")) { data.append(wal) }
        return data
    }

    @Test func readsWithNamedParameters() throws {
        let fixture = try FixtureReports()
        let table = try AdHocSQL.run("SELECT location, controller FROM control_current WHERE admin1 = :province AND location = $place",
                                     parameters: ["province": "Homs", "place": "Mahin"], on: fixture.database)
        #expect(table.lines == ["Mahin|syrian_government"])
        #expect(try AdHocSQL.run("SELECT 1 AS x", on: fixture.database).lines == ["1"])
    }

    @Test func missingExtraAndPositionalParametersAreErrors() throws {
        let fixture = try FixtureReports()
        let missing = #expect(throws: ReportsError.self) { try AdHocSQL.run("SELECT :a", on: fixture.database) }
        #expect(missing?.message == "the SQL has a parameter :a; give it with --param a=VALUE")
        #expect(throws: ReportsError.self) { try AdHocSQL.run("SELECT 1", parameters: ["b": "2"], on: fixture.database) }
        #expect(throws: ReportsError.self) { try AdHocSQL.run("SELECT ?", on: fixture.database) }
    }

    @Test(arguments: [
        "DELETE FROM events",
        "UPDATE events SET fatalities = 1",
        "INSERT INTO meta (key, value) VALUES ('x', 'y')",
        "DROP TABLE events",
        "DROP VIEW control_current",
        "CREATE TABLE t (x)",
        "CREATE TEMP TABLE t (x)",
        "CREATE TEMP VIEW v AS SELECT 1",
        "ALTER TABLE events ADD COLUMN x",
        "ATTACH DATABASE '/tmp/other.db' AS other",
        "SELECT load_extension('/usr/lib/x86_64-linux-gnu/libsqlite3.so')",
        "PRAGMA user_version = 99",
        "PRAGMA journal_mode = DELETE",
        "VACUUM",
        "VACUUM INTO '/tmp/reports-tests-copy.db'",
        "REINDEX",
        "ANALYZE",
        "WITH x AS (SELECT 1) DELETE FROM events",
        "SELECT 1; DELETE FROM events",
    ])
    func anythingButReadingIsRefusedAndTheFileIsUnchanged(sql: String) throws {
        let fixture = try FixtureReports()
        let before = try checksum(fixture.path)
        #expect(throws: ReportsError.self) { try AdHocSQL.run(sql, on: fixture.database) }
        #expect(try checksum(fixture.path) == before)
        #expect(try fixture.database.scalarInt(sql: "SELECT count(*) FROM events") == 8)
        #expect(try Migrator.version(of: fixture.database) == Migrator.embedded.latestVersion)
        #expect(!FileManager.default.fileExists(atPath: "/tmp/reports-tests-copy.db"))
    }

    @Test func writesAreReportedAsRefusals() throws {
        let fixture = try FixtureReports()
        let error = #expect(throws: ReportsError.self) { try AdHocSQL.run("DELETE FROM events", on: fixture.database) }
        #expect(error?.kind == .writeRefused)
        #expect(error?.message.hasPrefix("query sql only reads") == true)
    }

    @Test func aReadWriteConnectionIsNeverUsedForAdHocSQL() throws {
        let folder = try TemporaryDirectory()
        let database = try Database(path: try Fixture.make(folder), mode: .readWrite)
        let error = #expect(throws: ReportsError.self) { try AdHocSQL.run("SELECT 1", on: database) }
        #expect(error?.kind == .writeRefused)
    }
}
