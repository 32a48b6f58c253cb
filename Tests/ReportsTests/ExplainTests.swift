import Foundation
import Pipeline
import Reports
import Store
import Testing

/// The repository's seeds/ ingested by the real pipeline into a fresh database.
enum SeedsDatabase {
    static let seeds: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("seeds").path
    }()

    /// Ingests seeds/ into `path` through `IngestRun`, as `ingest` does.
    @discardableResult
    static func ingest(into path: String) throws -> IngestSummary {
        try IngestRun(options: IngestOptions(databasePath: path)).run(paths: [seeds])
    }

    /// One ingest of the seeds per test run (the extractor's knowledge takes seconds to load),
    /// copied for each test that writes.
    private static let master: Result<String, any Error> = Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reports-seeds-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("seeds.db").path
        try ingest(into: path)
        return path
    }

    /// A private copy of the seeds database in `folder`.
    static func copy(into folder: TemporaryDirectory, name: String = "seeds.db") throws -> String {
        let path = folder.path(name)
        try FileManager.default.copyItem(atPath: try master.get(), toPath: path)
        return path
    }
}

@Suite struct ExplainTests {
    /// The fixture plus one article whose event carries a cue and the extractor's explanation.
    static func explainedFixture(_ folder: TemporaryDirectory) throws -> (Database, Int64) {
        let path = try Fixture.make(folder)
        let database = try EventDatabase.openForWriting(path: path)
        let writer = try ArticleWriter(database: database)
        let text = "Media Suriah, Senin (23/11), memberitakan bahwa tentara Suriah telah merebut kembali Maheen dari tangan ISIS."
        try database.inTransaction {
            // f.txt tells of a.txt's recapture of Mahin: one event with two reports.
            try writer.write(Fixture.article("f.txt", outlet: "Suara.com", text: "Tentara Suriah merebut Maheen."), events: [
                EventRecord(type: "Government regains territory", date: Fixture.day("2015-11-23"), location: .ref("gn:1"),
                            factions: [(.actor, "syrian_government"), (.target, "islamic_state"), (.controller, "syrian_government")],
                            sentenceIndex: 0, evidence: "Tentara Suriah merebut Maheen"),
            ], controls: [])
            try writer.write(Fixture.article("e.txt", outlet: "VOV World", published: Fixture.day("2015-11-24"), text: text), events: [
                EventRecord(type: "Government regains territory", date: Fixture.day("2015-11-16"), location: .ref("gn:1"),
                            factions: [(.actor, "syrian_government"), (.target, "islamic_state"), (.controller, "syrian_government")],
                            sentenceIndex: 0, evidence: text, cue: "merebut kembali", agency: "SANA",
                            explanation: #"["cue: 'merebut kembali' → Government regains territory","date: Senin (23/11) — weekday Monday fixes the year 2015","place: 'Maheen' matched gn:1 Mahin (Homs), 1 candidate","actor: 'tentara Suriah' → syrian_government"]"#),
            ], controls: [])
        }
        let id = try #require(try database.scalarInt(sql: "SELECT event_id FROM reports WHERE evidence = ?", text))
        return (database, id)
    }

    @Test func anEventIsExplainedBySentenceCueStepsAndMatchedAliases() throws {
        let folder = try TemporaryDirectory()
        let (database, id) = try Self.explainedFixture(folder)
        let explanation = try Reports(database: database).explain(eventID: id)
        #expect(explanation.text == """
            Event \(id): Government regains territory (Battles)
              date:        2015-11-16 (day)
              place:       Mahin [gn:1], town, governorate Homs at 34.26, 37.05
              actor:       Syrian government forces [syrian_government]
              target:      Islamic State [islamic_state]
              controller:  Syrian government forces [syrian_government]
              fatalities:  not given

            Report 1 of 1: e.txt, sentence 0 (VOV World, published 2015-11-24, citing SANA)
              sentence:    Media Suriah, Senin (23/11), memberitakan bahwa tentara Suriah telah merebut kembali Maheen dari tangan ISIS.
              cue:         merebut kembali
              how:
                - cue: 'merebut kembali' → Government regains territory
                - date: Senin (23/11) — weekday Monday fixes the year 2015
                - place: 'Maheen' matched gn:1 Mahin (Homs), 1 candidate
                - actor: 'tentara Suriah' → syrian_government
              aliases in the sentence: 'tentara Suriah' → syrian_government; 'ISIS' → islamic_state

            """)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(explanation.json.utf8)) as? [String: Any])
        #expect(json["id"] as? Int == Int(id))
        let reports = try #require(json["reports"] as? [[String: Any]])
        #expect((reports.first?["explanation"] as? [String])?.count == 4)
        #expect(reports.first?["cue"] as? String == "merebut kembali")
        #expect((json["place"] as? [String: Any])?["ref"] as? String == "gn:1")
    }

    @Test func anEventToldByTwoArticlesListsBothReportsAndItsCorrections() throws {
        let folder = try TemporaryDirectory()
        let (database, _) = try Self.explainedFixture(folder)
        let id = try #require(try database.scalarInt(sql: "SELECT event_id FROM reports GROUP BY event_id HAVING count(*) = 2 LIMIT 1"))
        try Corrections.record(database, eventID: id, change: .fatalities(4), note: "SOHR figure")
        let explanation = try Reports(database: database).explain(eventID: id)
        #expect(explanation.reports.map(\.article) == ["a.txt", "f.txt"])
        #expect(explanation.reports[0].steps == [])
        #expect(explanation.text.contains("  how:         no explanation recorded\n"))
        #expect(explanation.fatalities == 4)
        #expect(explanation.corrections.map(\.note) == ["SOHR figure"])
        #expect(explanation.text.hasSuffix("set fatalities 4 (\(explanation.corrections[0].createdAt)): SOHR figure\n"))
    }

    @Test func anUnknownEventIdIsAnUnknownNameError() throws {
        let fixture = try FixtureReports()
        #expect(throws: ReportsError.self) { try fixture.reports.explain(eventID: 999) }
        do { _ = try fixture.reports.explain(eventID: 999) } catch let error as ReportsError {
            #expect(error.kind == .unknownName)
            let last = try fixture.database.scalarInt(sql: "SELECT max(id) FROM events") ?? 0
            #expect(error.message == "no event with id 999 (ids run from 1 to \(last); `query events` lists them)")
        }
    }

    @Test func everyEventOfTheSeedsIsExplainedByTheExtractorsOwnSteps() throws {
        let folder = try TemporaryDirectory()
        let database = try EventDatabase.openForReading(path: try SeedsDatabase.copy(into: folder))
        let reports = Reports(database: database)
        let ids = try database.query(sql: "SELECT id FROM events ORDER BY id") { $0.int64(0) }
        #expect(ids.count > 10)
        for id in ids {
            let explanation = try reports.explain(eventID: id)
            #expect(!explanation.reports.isEmpty)
            for report in explanation.reports {
                #expect(report.cue != nil)
                #expect(report.steps.first?.hasPrefix("cue: '") == true, "event \(id): \(report.steps)")
            }
        }
    }
}
