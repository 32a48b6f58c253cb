import Foundation
import Reports
import Store
import Testing

@Suite struct ControlReportTests {
    @Test func smoke() throws {
        let folder = try TemporaryDirectory()
        let path = try Fixture.make(folder)
        let database = try EventDatabase.openForReading(path: path)
        let reports = Reports(database: database)
        print(OutputFormat.table.renderer().render(try reports.control(province: "hims", asOf: "2015-11-23")))
        print(OutputFormat.json.renderer().render(try reports.control(province: "Homs", asOf: "2015-11-23")))
        print(OutputFormat.table.renderer().render(try reports.control(history: true)))
        print(OutputFormat.table.renderer().render(try reports.events()))
        print(OutputFormat.table.renderer().render(try reports.articles()))
        print(folder.path("events.db"))
        try FileManager.default.copyItem(atPath: path, toPath: "/tmp/reports-fixture.db")
    }
}
