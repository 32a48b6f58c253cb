import Foundation
import Reports
import Store
import Testing

@Suite struct SummaryReportTests {
    @Test func factionsCountEventsByRoleAndPlacesGainedAndLost() throws {
        let fixture = try FixtureReports()
        let table = try fixture.reports.factions()
        #expect(table.columnNames == ["faction", "name", "kind", "events", "as_actor", "as_target", "as_controller", "as_associate",
                                      "places_gained", "places_lost"])
        #expect(table.lines == [
            "syrian_government|Syrian government forces|state|5|2|3|2|0|2|3",
            "islamic_state|Islamic State|rebel|4|2|2|1|0|1|2",
            "russia|Russian forces|state|2|2|0|0|0|0|0",
            "syrian_opposition|Syrian opposition / rebels|rebel|2|2|0|2|0|2|0",
            "civilians|Civilians|civilians|1|0|1|0|0|0|0",
        ])
        #expect(try fixture.reports.factions(EventFilter(until: "2015")).lines.contains("syrian_government|Syrian government forces|state|4|2|2|2|0|2|2"))
    }

    @Test func casualtiesSumFatalitiesByMonthGovernorateAndFaction() throws {
        let fixture = try FixtureReports()
        #expect(try fixture.reports.casualties().lines == ["2015-11|Latakia|russia|2|15"])
        #expect(try fixture.reports.casualties(EventFilter(since: "2015-11-25")).lines == ["2015-11|Latakia|russia|1|3"])
        #expect(try fixture.reports.casualties(EventFilter(province: "Homs")).isEmpty)
    }

    @Test func sourcesCountArticlesAndEventsPerOutletAndAgency() throws {
        let fixture = try FixtureReports()
        #expect(try fixture.reports.sources().lines == [
            "Arrahmahnews.com|outlet|1|2|2015-11-24|2015-11-24|SOHR|",
            "Suara.com|outlet|1|1|2024-12-09|2024-12-09|SOHR|",
            "VOV World|outlet|1|5|||SOHR|",
            "SOHR|agency|3|0|2015-11-24|2024-12-09||Arrahmahnews.com, Suara.com, VOV World",
        ])
        #expect(try fixture.reports.sources(kind: "agency").rows.count == 1)
        #expect(throws: ReportsError.self) { try fixture.reports.sources(kind: "blog") }
    }

    @Test func articleDetailsAddTitleAgenciesAndTheSpanOfEvents() throws {
        let fixture = try FixtureReports()
        let table = try fixture.reports.articlesQuery(detail: true).run(on: fixture.database)
        #expect(table.lines == [
            "a.txt|VOV World||id|5|Title of a.txt|SOHR|2015-11-01|2015-11-30",
            "c.txt|Arrahmahnews.com|2015-11-24|id|2|Title of c.txt|SOHR|2015-11-23|2015-11-26",
            "d.txt|Suara.com|2024-12-09|id|1|Title of d.txt|SOHR|2024-12-01|2024-12-31",
        ])
    }

    @Test func summariesWithoutFiltersEqualTheirViews() throws {
        let fixture = try FixtureReports()
        func view(_ name: String) throws -> [[SQLiteValue]] {
            try fixture.database.prepare(sql: "SELECT * FROM \(name)").rows { $0.values }
        }
        #expect(try fixture.reports.factions().rows == view("faction_summary"))
        #expect(try fixture.reports.casualties().rows == view("casualties_by_month"))
        #expect(try fixture.reports.sources().rows == view("source_summary"))
    }

    @Test func locationsFilterByProvinceKindAndNamePrefix() throws {
        let fixture = try FixtureReports()
        let homs = try fixture.reports.locations(.init(province: "Hims"))
        #expect(homs.values("name") == ["Al-Qaryatayn", "Hawarin", "Homs", "Mahin"].map { .text($0) })
        #expect(homs.values("events") == [0, 2, 1, 3].map { .integer($0) })
        #expect(try fixture.reports.locations(.init(name: "qaryat")).values("ref") == [.text("gn:3")])
        #expect(try fixture.reports.locations(.init(name: "Mahin")).values("admin1") == ["Homs", "Rif Dimashq"].map { .text($0) })
        #expect(try fixture.reports.locations(.init(kind: "governorate", country: "Iraq")).values("name") == [.text("Anbar")])
        #expect(try fixture.reports.locations(.init(needsReview: true)).isEmpty)
        let error = #expect(throws: ReportsError.self) { try fixture.reports.locations(.init(kind: "metropolis")) }
        #expect(error?.kind == .unknownName)
    }

    @Test func searchFindsWordsWithSnippetsAndAcceptsAnyText() throws {
        let fixture = try FixtureReports()
        let table = try fixture.reports.search("hawareen")
        #expect(table.columnNames == ["article", "title", "published", "outlet", "snippet"])
        #expect(Set(table.values("article")) == [.text("a.txt"), .text("c.txt")])
        #expect(table.values("snippet").contains(.text("Oposisi merebut [Hawareen].")))
        // Quotes, operators and stray syntax are searched as words, not parsed.
        #expect(try fixture.reports.search("\"Maheen\" AND (").isEmpty)
        #expect(try fixture.reports.search("Hawareen OR Maheen", raw: true).rows.count == 2)
        #expect(try fixture.reports.search("Maheen Hawareen").values("article") == [.text("a.txt")])
    }
}
