import Foundation
import Reports
import Store
import Testing

@Suite struct ControlReportTests {
    let homsOn23November = [
        "Al-Qaryatayn|Homs|Syria|islamic_state|2015-11-23||tentara Suriah sedang menuju ke Al-Qaryantain untuk membebaskan daerah ini|[\"a.txt\"]",
        "Hawarin|Homs|Syria|syrian_government|2015-11-23||Tentara Suriah merebut kembali Hawareen|[\"a.txt\"]",
        "Hawarin|Homs|Syria|syrian_opposition|2015-11-23||Oposisi merebut Hawareen|[\"c.txt\"]",
        "Mahin|Homs|Syria|syrian_government|2015-11-23|islamic_state|Tentara Suriah merebut kembali Maheen|[\"a.txt\"]",
    ]

    @Test func eachPlaceShowsItsHolderSincePreviousEvidenceAndArticles() throws {
        let fixture = try FixtureReports()
        let table = try fixture.reports.control(province: "Homs", asOf: "2015-11-23")
        #expect(table.columnNames == ["location", "admin1", "country", "controller", "since", "previous", "evidence", "articles"])
        #expect(table.lines == homsOn23November)
    }

    @Test func provinceSpellingsGiveTheSameRows() throws {
        let fixture = try FixtureReports()
        for spelling in ["homs", "HOMS", "Hims", "Ḥimṣ", "Provinsi Homs", "Homs province", "  homs governorate "] {
            #expect(try fixture.reports.control(province: spelling, asOf: "2015-11-23").lines == homsOn23November, "\(spelling)")
        }
    }

    @Test func ruralDamascusSpellingsNameRifDimashq() throws {
        let fixture = try FixtureReports()
        for spelling in ["Rural Damascus", "Rif Dimashq", "rif dimashq", "Damaskus pedesaan", "Reef Damascus"] {
            #expect(try fixture.reports.names.province(spelling) == "Rif Dimashq", "\(spelling)")
        }
        #expect(try fixture.reports.names.province("Damaskus") == "Damascus")
    }

    @Test func anUnknownProvinceListsTheNearMatches() throws {
        let fixture = try FixtureReports()
        let error = #expect(throws: ReportsError.self) { try fixture.reports.control(province: "Hom") }
        #expect(error?.kind == .unknownName)
        #expect(error?.suggestions == ["Homs"])
        #expect(error?.description == "no province named 'Hom'; did you mean 'Homs'?")
    }

    @Test func aHostileProvinceIsAValueNeverSQL() throws {
        let fixture = try FixtureReports()
        #expect(throws: ReportsError.self) { try fixture.reports.control(province: "Homs'; DROP TABLE events; --") }
        #expect(throws: ReportsError.self) { try fixture.reports.events(EventFilter(location: "x' OR 1=1 --")) }
        #expect(try fixture.database.scalarInt(sql: "SELECT count(*) FROM events") == 8)
    }

    @Test func theLatestFactBeforeTheDateWins() throws {
        let fixture = try FixtureReports()
        // Before the recapture, Maheen is held by IS since the 1st; nothing else is known yet.
        #expect(try fixture.reports.control(province: "Homs", asOf: "2015-11-22").lines == [
            "Mahin|Homs|Syria|islamic_state|2015-11-01||ISIS menguasai Maheen pada 1 November|[\"a.txt\"]",
        ])
        #expect(try fixture.reports.control(province: "Homs", asOf: "2015-10-31").isEmpty)
    }

    @Test func aGovernorateNamedAsAWholeIsARowOfItsOwn() throws {
        let fixture = try FixtureReports()
        let rows = try fixture.reports.control(province: "Homs", asOf: "2024-12-31").lines
        #expect(rows.contains("Homs|Homs|Syria|syrian_opposition|2024-12||Oposisi menguasai Provinsi Homs|[\"d.txt\"]"))
        #expect(rows.count == 5)
    }

    @Test func withoutAProvinceEveryPlaceIsListed() throws {
        let fixture = try FixtureReports()
        let table = try fixture.reports.control(asOf: "2017-12-31")
        #expect(table.values("location") == ["Yarmouk", "Al-Qaryatayn", "Hawarin", "Hawarin", "Mahin"].map { .text($0) })
        #expect(table.values("admin1") == ["Damascus", "Homs", "Homs", "Homs", "Homs"].map { .text($0) })
    }

    @Test func historyListsEveryFactInDateOrder() throws {
        let fixture = try FixtureReports()
        let table = try fixture.reports.control(province: "homs", asOf: "2020-01-01", history: true)
        #expect(table.columnNames == ["location", "admin1", "country", "date", "controller", "previous", "basis", "evidence", "articles"])
        #expect(table.lines == [
            "Al-Qaryatayn|Homs|Syria|2015-11-23|islamic_state||stated|tentara Suriah sedang menuju ke Al-Qaryantain untuk membebaskan daerah ini|[\"a.txt\"]",
            "Hawarin|Homs|Syria|2015-11-23|syrian_government||change|Tentara Suriah merebut kembali Hawareen|[\"a.txt\"]",
            "Hawarin|Homs|Syria|2015-11-23|syrian_opposition||change|Oposisi merebut Hawareen|[\"c.txt\"]",
            "Mahin|Homs|Syria|2015-11-01|islamic_state||change|ISIS menguasai Maheen pada 1 November|[\"a.txt\"]",
            "Mahin|Homs|Syria|2015-11-23|syrian_government|islamic_state|change|Tentara Suriah merebut kembali Maheen|[\"a.txt\"]",
        ])
    }

    @Test func theDefaultDateIsTodayAndMatchesTheViewControlCurrent() throws {
        let fixture = try FixtureReports()
        let report = try fixture.reports.control(province: "Homs")
        let view = try fixture.database.prepare(sql: "SELECT * FROM control_current WHERE admin1 = 'Homs'").rows { $0.values }
        #expect(report.rows == view)
        #expect(report.rows.count == 5)
        let all = try fixture.database.prepare(sql: "SELECT * FROM control_current").rows { $0.values }
        #expect(try fixture.reports.control().rows == all)
    }

    @Test func aLaterHoldingBySameFactionKeepsTheEarlierSince() throws {
        let folder = try TemporaryDirectory()
        let path = try Fixture.make(folder)
        let writer = try Database(path: path, mode: .readWrite)
        try ArticleWriter(database: writer).write(
            Fixture.article("e.txt", outlet: "VOV World", text: "Maheen masih dikuasai tentara Suriah."), events: [],
            controls: [ControlRecord(location: .ref("gn:1"), faction: "syrian_government", asOf: "2016-03-01", sentenceIndex: 0,
                                     evidence: "Maheen masih dikuasai tentara Suriah")])
        let reports = Reports(database: try EventDatabase.openForReading(path: path))
        let mahin = try reports.control(province: "Homs", asOf: "2016-06-01").lines.filter { $0.hasPrefix("Mahin") }
        #expect(mahin == ["Mahin|Homs|Syria|syrian_government|2015-11-23|islamic_state|Maheen masih dikuasai tentara Suriah|[\"e.txt\"]"])
    }

    @Test func aMalformedDateIsRefused() throws {
        let fixture = try FixtureReports()
        for bad in ["2015-13-01", "2015-02-30", "23/11/2015", "2015-1", "next week"] {
            let error = #expect(throws: ReportsError.self) { try fixture.reports.control(asOf: bad) }
            #expect(error?.kind == .invalidArgument, "\(bad)")
        }
        // A month or a year means its last day.
        #expect(try fixture.reports.control(province: "Homs", asOf: "2015-11").lines == homsOn23November)
    }
}
