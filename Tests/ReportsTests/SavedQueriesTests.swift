import Foundation
import Reports
import Store
import Testing

@Suite struct SavedQueriesTests {
    let strikes = "SELECT date, location, fatalities FROM event_details WHERE type = 'Air/drone strike' AND admin1 = :province ORDER BY date"

    @Test func aSavedReportRunsByNameWithParameters() throws {
        let folder = try TemporaryDirectory()
        let path = try Fixture.make(folder)
        try SavedQueries.save(name: "strikes_in", sql: strikes, description: "Air strikes in a province", replace: false, path: path)
        let database = try EventDatabase.openForReading(path: path)
        #expect(try SavedQueries.run(named: "strikes_in", parameters: ["province": "Latakia"], on: database).lines
                == ["2015-11-23|Latakia|12", "2015-11-26|Latakia|3"])
        let catalog = try SavedQueries.catalog(database)
        #expect(catalog.columnNames == ["name", "kind", "description", "parameters", "sql"])
        #expect(catalog.lines.last == "strikes_in|saved|Air strikes in a province|:province|" + strikes)
        #expect(catalog.values("kind").filter { $0 == .text("built-in") }.count == CannedReport.all.count)
    }

    @Test func aReportThatWouldWriteIsNotSaved() throws {
        let folder = try TemporaryDirectory()
        let path = try Fixture.make(folder)
        let error = #expect(throws: ReportsError.self) {
            try SavedQueries.save(name: "wipe", sql: "DELETE FROM events", description: nil, replace: false, path: path)
        }
        #expect(error?.kind == .writeRefused)
        let database = try EventDatabase.openForReading(path: path)
        #expect(try SavedQueries.list(database).isEmpty)
    }

    @Test func aNameIsReplacedOnlyWhenAsked() throws {
        let folder = try TemporaryDirectory()
        let path = try Fixture.make(folder)
        try SavedQueries.save(name: "n", sql: "SELECT 1", description: nil, replace: false, path: path)
        #expect(throws: ReportsError.self) { try SavedQueries.save(name: "n", sql: "SELECT 2", description: nil, replace: false, path: path) }
        try SavedQueries.save(name: "n", sql: "SELECT 2", description: "two", replace: true, path: path)
        let database = try EventDatabase.openForReading(path: path)
        #expect(try SavedQueries.run(named: "n", parameters: [:], on: database).lines == ["2"])
    }

    @Test func badNamesAndBuiltInNamesAreRefused() throws {
        let folder = try TemporaryDirectory()
        let path = try Fixture.make(folder)
        for name in ["1st", "with space", "control", "sql", "semi;colon", ""] {
            #expect(throws: ReportsError.self, "\(name)") { try SavedQueries.save(name: name, sql: "SELECT 1", description: nil, replace: false, path: path) }
        }
    }

    @Test func anUnknownSavedReportSuggestsCloseOnes() throws {
        let folder = try TemporaryDirectory()
        let path = try Fixture.make(folder)
        try SavedQueries.save(name: "strikes_in", sql: strikes, description: nil, replace: false, path: path)
        let database = try EventDatabase.openForReading(path: path)
        let error = #expect(throws: ReportsError.self) { try SavedQueries.run(named: "strike_in", parameters: [:], on: database) }
        #expect(error?.suggestions == ["strikes_in"])
    }
}

@Suite struct DatabaseCheckTests {
    @Test func aSoundDatabaseReportsOkVersionAndCounts() throws {
        let fixture = try FixtureReports()
        let result = try DatabaseCheck.run(fixture.database)
        #expect(result.healthy)
        let lines = result.table.lines
        #expect(lines.prefix(3) == ["integrity_check|ok", "foreign_key_check|ok", "schema_version|\(Migrator.embedded.latestVersion)"])
        #expect(lines.contains("rows in events|8"))
        #expect(lines.contains("rows in articles|3"))
    }

    @Test func aForeignKeyViolationMakesItUnhealthy() throws {
        let folder = try TemporaryDirectory()
        let path = try Fixture.make(folder)
        let writer = try Database(path: path, mode: .readWrite)
        try writer.execute(sql: "PRAGMA foreign_keys = OFF")
        try writer.execute(sql: "INSERT INTO event_factions (event_id, role, faction_id) VALUES (999, 'actor', 1)")
        let result = try DatabaseCheck.run(try EventDatabase.openForReading(path: path))
        #expect(!result.healthy)
        #expect(result.table.lines[1].hasPrefix("foreign_key_check|1 violations: event_factions"))
    }
}
