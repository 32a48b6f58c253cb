import Foundation
import Reports
import Store
import Testing

@Suite struct EventsReportTests {
    @Test func theJSONKeysAreThoseOfTheCLISpec() throws {
        let fixture = try FixtureReports()
        let table = try fixture.reports.events()
        #expect(table.columnNames == ["id", "type", "family", "date", "location", "admin1", "country", "latitude", "longitude",
                                      "actor", "target", "controller", "fatalities", "articles", "evidence"])
        let json = OutputFormat.json.renderer().render(table)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(objects.count == 8)
        let strike = try #require(objects.first { $0["type"] as? String == "Air/drone strike" })
        #expect(strike["articles"] as? [String] == ["a.txt"])
        #expect(strike["fatalities"] as? Int == 12)
        #expect(strike["target"] is NSNull)
        #expect(strike["latitude"] as? Double == 35.52)
    }

    @Test func eventsComeInDateOrderWithDatesAsPreciseAsStored() throws {
        let fixture = try FixtureReports()
        let dates = try fixture.reports.events().values("date").map { $0.text ?? "" }
        #expect(dates == ["2015-11-01", "2015-11", "2015-11-23", "2015-11-23", "2015-11-23", "2015-11-23", "2015-11-26", "2024-12"])
    }

    @Test func provinceAndSinceFilterOverlappingEvents() throws {
        let fixture = try FixtureReports()
        let table = try fixture.reports.events(EventFilter(province: "Hims", since: "2015-11-15", until: "2015-12"))
        // The abduction dated "2015-11" overlaps the period; the 1 November capture does not.
        #expect(table.values("id") == [4, 2, 3, 6].map { .integer($0) })
    }

    @Test func aFactionMatchesAnyRoleByKeyNameOrAlias() throws {
        let fixture = try FixtureReports()
        for name in ["islamic_state", "Islamic State", "ISIS", "daesh", "Negara Islam"] {
            #expect(try fixture.reports.events(EventFilter(faction: name)).values("id") == [1, 4, 2, 3].map { .integer($0) }, "\(name)")
        }
        let error = #expect(throws: ReportsError.self) { try fixture.reports.events(EventFilter(faction: "Islamic Stat")) }
        #expect(error?.suggestions == ["islamic_state"])
    }

    @Test func locationTypeFamilyAndArticleFilters() throws {
        let fixture = try FixtureReports()
        #expect(try fixture.reports.events(EventFilter(location: "Maheen")).values("id") == [1, 4, 2].map { .integer($0) })
        // Another Mahin lies in Rif Dimashq: --province narrows the name to one governorate.
        #expect(try fixture.reports.events(EventFilter(province: "Rif Dimashq", location: "Mahin")).isEmpty)
        #expect(try fixture.reports.events(EventFilter(type: "air/drone strike")).values("id") == [5, 7].map { .integer($0) })
        #expect(try fixture.reports.events(EventFilter(family: "Battles", article: "c.txt")).values("id") == [.integer(6)])
        #expect(try fixture.reports.events(EventFilter(article: "/corpus/d.txt")).values("id") == [.integer(8)])
        #expect(try fixture.reports.events(EventFilter(limit: 2)).rows.count == 2)
        let error = #expect(throws: ReportsError.self) { try fixture.reports.events(EventFilter(type: "Airstrike")) }
        #expect(error?.kind == .unknownName)
    }

    @Test func timelineOfAPlaceTellsItsStory() throws {
        let fixture = try FixtureReports()
        let table = try fixture.reports.timeline(EventFilter(location: "maheen"))
        #expect(table.columnNames == ["date", "type", "location", "admin1", "actor", "target", "controller", "fatalities", "evidence", "articles"])
        #expect(table.lines == [
            "2015-11-01|Non-state actor overtakes territory|Mahin|Homs|islamic_state|syrian_government|islamic_state||ISIS menguasai Maheen pada 1 November|[\"a.txt\"]",
            "2015-11|Abduction/forced disappearance|Mahin|Homs|islamic_state|civilians|||ISIS menculik warga sipil di Maheen|[\"a.txt\"]",
            "2015-11-23|Government regains territory|Mahin|Homs|syrian_government|islamic_state|syrian_government||Tentara Suriah merebut kembali Maheen|[\"a.txt\"]",
        ])
        #expect(throws: ReportsError.self) { try fixture.reports.timeline(EventFilter()) }
    }

    @Test func anUnknownPlaceListsNearSpellings() throws {
        let fixture = try FixtureReports()
        let error = #expect(throws: ReportsError.self) { try fixture.reports.events(EventFilter(location: "Mahen")) }
        #expect(error?.suggestions == ["Mahin (Homs)", "Mahin (Rif Dimashq)"])
    }

    @Test func articlesGiveOutletDateLanguageAndEventCount() throws {
        let fixture = try FixtureReports()
        let table = try fixture.reports.articles()
        #expect(table.columnNames == ["article", "outlet", "published", "language", "events"])
        #expect(table.lines == ["a.txt|VOV World||id|5", "c.txt|Arrahmahnews.com|2015-11-24|id|2", "d.txt|Suara.com|2024-12-09|id|1"])
    }
}
