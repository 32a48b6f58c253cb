import Foundation
@testable import Reports
import Store
import Testing

/// `control_days` (Migrations/0005) is kept by triggers; `query control` reads it. These tests
/// hold the table to a recomputation from the facts after every kind of write (ingest, re-ingest
/// of a changed text, corrections and their undo, merges, deleted articles, renamed files), and
/// the report to the plain definition of ControlEquivalenceTests.
@Suite struct ControlDaysTests {
    /// control_days as the facts define it, computed here in Swift from plain SELECTs: one row per
    /// place, day and claimant; the earliest date text; the first reported evidence by article
    /// and sentence; the reporting articles' names (nil when no article tells of the claim).
    static func recomputed(_ database: Database) throws -> [String] {
        let territorial = "(SELECT type FROM event_types WHERE territorial = 1)"
        let facts = try database.query(sql: """
            SELECT e.location_id, e.date_start, ef.faction_id, e.date FROM events e
            JOIN event_factions ef ON ef.event_id = e.id AND ef.role = 'controller'
            WHERE e.type IN \(territorial) AND e.location_id IS NOT NULL AND e.date_start IS NOT NULL
            UNION ALL
            SELECT location_id, as_of, faction_id, as_of FROM control_observations
            """) { ("\($0.int64(0))|\($0.string(1))|\($0.int64(2))", $0.string(3)) }
        let claims = try database.query(sql: """
            SELECT e.location_id, e.date_start, ef.faction_id, rp.evidence, a.file_name, rp.sentence_index FROM events e
            JOIN event_factions ef ON ef.event_id = e.id AND ef.role = 'controller'
            JOIN reports rp ON rp.event_id = e.id JOIN articles a ON a.id = rp.article_id
            WHERE e.type IN \(territorial) AND e.location_id IS NOT NULL AND e.date_start IS NOT NULL
            UNION ALL
            SELECT o.location_id, o.as_of, o.faction_id, o.evidence, a.file_name, o.sentence_index
            FROM control_observations o JOIN articles a ON a.id = o.article_id
            """) { ("\($0.int64(0))|\($0.string(1))|\($0.int64(2))", (evidence: $0.string(3), article: $0.string(4), sentence: $0.int(5))) }
        let since = Dictionary(facts, uniquingKeysWith: min)
        let told = Dictionary(grouping: claims, by: \.0).mapValues { $0.map(\.1) }
        return since.keys.sorted(by: Self.keyOrder).map { key in
            guard let claims = told[key] else { return key + "|" + since[key]! + "||" }
            let first = claims.min { ($0.article, $0.sentence) < ($1.article, $1.sentence) }!
            let articles = "[" + Set(claims.map(\.article)).sorted().map { "\"\($0)\"" }.joined(separator: ",") + "]"
            return [key, since[key]!, first.evidence, articles].joined(separator: "|")
        }
    }

    /// The primary key's order: place id as a number, then day, then faction id.
    static func keyOrder(_ a: String, _ b: String) -> Bool {
        let x = a.split(separator: "|"), y = b.split(separator: "|")
        return (Int(x[0])!, x[1], Int(x[2])!) < (Int(y[0])!, y[1], Int(y[2])!)
    }

    static func stored(_ database: Database) throws -> [String] {
        try database.query(sql: "SELECT location_id, day, faction_id, since, evidence, articles FROM control_days ORDER BY 1, 2, 3") {
            $0.values.map { $0.text ?? "" }.joined(separator: "|")
        }
    }

    /// The table equals its recomputation, and the report what the SQL before 0005 (which reads
    /// the events themselves) answers on these days, for every place and for Homs.
    static func expectConsistent(_ database: Database, _ step: String, days: [String],
                                 sourceLocation: SourceLocation = #_sourceLocation) throws {
        let stored = try stored(database), expected = try recomputed(database)
        #expect(stored == expected, "\(step): control_days differs from the facts", sourceLocation: sourceLocation)
        let reports = Reports(database: database)
        let all = try database.prepare(sql: ControlSQL.currentFromEvents(scoped: false))
        let homs = try database.prepare(sql: ControlSQL.currentFromEvents(scoped: true))
        for day in days {
            let rows = try all.rows(named: ["as_of": day]) { $0.values }
            #expect(try reports.control(asOf: day).rows == rows, "\(step): as of \(day)", sourceLocation: sourceLocation)
            let homsRows = try homs.rows(named: ["as_of": day, "admin1": "Homs"]) { $0.values }
            #expect(try reports.control(province: "Homs", asOf: day).rows == homsRows, "\(step): Homs as of \(day)", sourceLocation: sourceLocation)
        }
    }

    static let days = ["2015-12-31", "2016-01-15", "2016-02-14", "2016-03-31", "2016-12-31"]

    static func territorialEvents(_ database: Database) throws -> [Int64] {
        try database.query(sql: """
            SELECT e.id FROM events e WHERE e.type IN (\(ControlSQL.territorialTypes))
              AND EXISTS (SELECT 1 FROM event_factions ef WHERE ef.event_id = e.id AND ef.role = 'controller') ORDER BY e.id
            """) { $0.int64(0) }
    }

    @Test(arguments: [4, 5] as [UInt64])
    func theTableFollowsEveryKindOfWrite(seed: UInt64) throws {
        let folder = try TemporaryDirectory()
        let path = try ControlEquivalenceTests.randomHistory(folder, seed: seed)
        let database = try EventDatabase.openForWriting(path: path)
        try Self.expectConsistent(database, "ingest", days: Self.days)
        #expect(try database.scalarInt(sql: "SELECT count(*) FROM control_days")! > 20)

        var events = try Self.territorialEvents(database)
        let before = try Self.stored(database)
        var corrections: [Int64] = []
        corrections.append(try Corrections.record(database, eventID: events[0], change: .delete))
        try Self.expectConsistent(database, "delete", days: Self.days)
        corrections.append(try Corrections.record(database, eventID: events[1], change: .faction(role: .controller, key: "russia")))
        try Self.expectConsistent(database, "set controller", days: Self.days)
        corrections.append(try Corrections.record(database, eventID: events[2], change: .location(ref: "gn:6")))
        try Self.expectConsistent(database, "set location", days: Self.days)
        corrections.append(try Corrections.record(database, eventID: events[3], change: .date(Corrections.storedDate("2016-02")!)))
        try Self.expectConsistent(database, "set date", days: Self.days)
        corrections.append(try Corrections.record(database, eventID: events[4], change: .type("Armed clash")))
        try Self.expectConsistent(database, "set type", days: Self.days)
        corrections.append(try Corrections.recordMerge(database, from: "syrian_opposition", into: "islamic_state"))
        try Self.expectConsistent(database, "merge", days: Self.days)
        for id in corrections.reversed() {
            try Corrections.undo(database, id: id)
            try Self.expectConsistent(database, "undo \(id)", days: Self.days)
        }
        #expect(try Self.stored(database) == before, "every correction undone")

        // Re-ingest of a changed text: the article's events, reports and holdings are replaced.
        events = try Self.territorialEvents(database)
        let (input, articleID) = try #require(try database.query(sql: """
            SELECT a.input, a.id FROM articles a JOIN reports rp ON rp.article_id = a.id WHERE rp.event_id = ?
            """, events[0]) { ($0.string(0), $0.int64(1)) }.first)
        let writer = try ArticleWriter(database: database)
        let name = String(input.split(separator: "/").last!)
        let changed = ArticleRecord(input: input, fileName: name, contentHash: "changed-\(seed)", title: "changed", outlet: "Outlet",
                                    published: nil, language: "id", supported: true, rawText: "changed", cleanText: "changed", agencies: [])
        try database.inTransaction {
            let outcome = try writer.write(changed, events: [
                EventRecord(type: "Government regains territory", date: Fixture.day("2016-02-14"), location: .ref("gn:1"),
                            factions: [(.actor, "syrian_government"), (.controller, "syrian_government")],
                            sentenceIndex: 0, evidence: "rewritten"),
            ], controls: [
                ControlRecord(location: .ref("gn:2"), faction: "russia", asOf: "2016-01-15", sentenceIndex: 1, evidence: "rewritten holding"),
            ])
            #expect(outcome == .updated(articleID: articleID))
        }
        try Self.expectConsistent(database, "re-ingest", days: Self.days)

        try database.execute(sql: "UPDATE articles SET file_name = 'renamed.txt' WHERE id = ?", articleID)
        try Self.expectConsistent(database, "renamed file", days: Self.days)
        try database.execute(sql: "DELETE FROM articles WHERE id = (SELECT min(id) FROM articles)")
        try Self.expectConsistent(database, "deleted article", days: Self.days)
    }

    /// Seeds, ingested by the real pipeline: who holds the Homs places today, then after an
    /// analyst gives the Mahin recapture another controller, deletes it, and every article is
    /// read again.
    @Test func seedsAnswerExactlyAfterCorrectionsAndReingest() throws {
        let folder = try TemporaryDirectory()
        let path = try SeedsDatabase.copy(into: folder)
        func homs() throws -> [String] {
            let database = try EventDatabase.openForReading(path: path)
            let table = try Reports(database: database).control(province: "Homs")
            let columns = ["location", "controller", "since", "previous", "articles"]
            return try table.selecting(columns).lines
        }
        let first = "[\"000_f395e50d7679456a.txt\"]", last = "[\"004_8fef93ecb10f66b0.txt\"]"
        #expect(try homs() == [
            "Al Qaryatayn|islamic_state|2015-11-23||\(first)",
            "Hawarini|syrian_government|2015-11-23||\(first)",
            "Homs|syrian_opposition|2024-12-05||\(last)",
            "Mahin|syrian_government|2015-11-23|islamic_state|\(first)",
        ])

        var database = try EventDatabase.openForWriting(path: path)
        let recapture = try #require(try CorrectionsTests.events(database, ref: CorrectionsTests.mahin, type: CorrectionsTests.regains).first)
        try Corrections.record(database, eventID: recapture.id, change: .faction(role: .controller, key: "syrian_opposition"))
        let reassigned = "Mahin|syrian_opposition|2015-11-23|islamic_state|\(first)"
        #expect(try homs()[3] == reassigned)
        try Self.expectConsistent(database, "seeds, controller set", days: ["2015-11-22", "2016-01-01", "2025-01-01"])

        try Corrections.record(database, eventID: recapture.id, change: .delete)
        let afterDelete = try homs()
        #expect(afterDelete[3] == "Mahin|islamic_state|2015-11-01||\(first)")
        try Self.expectConsistent(database, "seeds, recapture deleted", days: ["2015-11-22", "2016-01-01", "2025-01-01"])

        database = try Database(path: ":memory:")  // close the writer before ingest opens its own
        try CorrectionsTests.forceReextraction(path)
        #expect(try SeedsDatabase.ingest(into: path).reextracted == 5)
        #expect(try homs() == afterDelete)
        database = try EventDatabase.openForReading(path: path)
        try Self.expectConsistent(database, "seeds, re-extracted", days: ["2015-11-22", "2016-01-01", "2025-01-01"])
    }

    /// `query` reads an older database as it is: before 0005 the report is computed from the
    /// events, with the same rows; migrating fills control_days from the stored facts.
    @Test func aDatabaseBefore0005AnswersTheSameAndIsBackfilled() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("old.db")
        do {
            let database = try Database(path: path, mode: .create)
            try database.inTransaction {
                for migration in Migrator.embedded.migrations where migration.version < ControlSQL.controlDaysVersion {
                    try database.executeScript(trustedSQL: migration.sql)
                }
                try database.executeScript(trustedSQL: "PRAGMA user_version = 4")
                try Fixture.reference(database)
                try Fixture.articles(database)
            }
        }
        let days = ["2015-11-22", "2015-11-23", "2017-02-04", "2024-12-31"]
        func answers() throws -> [[String]] {
            let reports = Reports(database: try EventDatabase.openForReading(path: path))
            return try days.map { try reports.control(asOf: $0).lines } + days.map { try reports.control(province: "Homs", asOf: $0).lines }
        }
        let old = try answers()
        #expect(try Reports(database: try EventDatabase.openForReading(path: path)).controlQuery(province: "Homs", asOf: nil).sql
            == ControlSQL.currentFromEvents(scoped: true))
        let database = try Database(path: path, mode: .readWrite)
        try Migrator.embedded.migrate(database)
        #expect(try Migrator.version(of: database) == Migrator.embedded.latestVersion)
        #expect(try Self.stored(database) == Self.recomputed(database))
        #expect(try answers() == old)
        #expect(old[1] == [
            "Al-Qaryatayn|Homs|Syria|islamic_state|2015-11-23||tentara Suriah sedang menuju ke Al-Qaryantain untuk membebaskan daerah ini|[\"a.txt\"]",
            "Hawarin|Homs|Syria|syrian_government|2015-11-23||Tentara Suriah merebut kembali Hawareen|[\"a.txt\"]",
            "Hawarin|Homs|Syria|syrian_opposition|2015-11-23||Oposisi merebut Hawareen|[\"c.txt\"]",
            "Mahin|Homs|Syria|syrian_government|2015-11-23|islamic_state|Tentara Suriah merebut kembali Maheen|[\"a.txt\"]",
        ])
    }

    /// Every step of the province report is a seek: places by governorate, then control_days by
    /// its primary key; no scan of events or of the table.
    @Test func theProvinceReportSeeksControlDays() throws {
        let fixture = try FixtureReports()
        let query = try fixture.reports.controlQuery(province: "Homs", asOf: "2016-01-01")
        let plan = try fixture.database.prepare(sql: "EXPLAIN QUERY PLAN " + query.sql).rows(named: query.values) { $0.string(3) }
        #expect(plan.contains { $0.contains("USING COVERING INDEX locations_by_admin1") })
        #expect(plan.filter { $0.contains("USING PRIMARY KEY (location_id=?") }.count >= 5)
        #expect(!plan.contains { $0.hasPrefix("SCAN") && !$0.hasPrefix("SCAN t") && !$0.hasPrefix("SCAN c") }, "\(plan)")
        #expect(!plan.contains { $0.contains("events") || $0.contains("reports") })
    }
}
