import Foundation
import Pipeline
import Reports
import Store
import Testing

/// Corrections on databases built by the real pipeline from seeds/: recorded and applied at
/// once, kept when every article is extracted again, and undone.
@Suite struct CorrectionsTests {
    /// The event of a place (gazetteer ref) and type, with its date and controller.
    static func events(_ database: Database, ref: String, type: String) throws -> [(id: Int64, date: String?, controller: String?)] {
        try database.query(sql: """
            SELECT d.id, d.date, d.controller FROM event_details d WHERE d.location_ref = ? AND d.type = ? ORDER BY d.id
            """, ref, type) { ($0.int64(0), $0.optionalString(1), $0.optionalString(2)) }
    }

    /// Makes the next ingest read every stored article again, as a newer build or an import does.
    static func forceReextraction(_ path: String) throws {
        let database = try Database(path: path, mode: .readWrite)
        try database.execute(sql: "UPDATE meta SET value = 'stale' WHERE key = 'extraction_fingerprint'")
    }

    static let mahin = "gn:167488"
    static let regains = "Government regains territory"

    @Test func correctionsSurviveReextractionOfEveryArticle() throws {
        let folder = try TemporaryDirectory()
        let path = try SeedsDatabase.copy(into: folder)
        var database = try EventDatabase.openForWriting(path: path)
        let recapture = try #require(try Self.events(database, ref: Self.mahin, type: Self.regains).first)
        #expect(recapture.date == "2015-11-23")
        let abduction = try #require(try database.scalarInt(sql: "SELECT id FROM events WHERE type = 'Abduction/forced disappearance' ORDER BY id LIMIT 1"))
        let eventsBefore = try database.scalarInt(sql: "SELECT count(*) FROM events") ?? 0

        try Corrections.record(database, eventID: recapture.id, change: .date(Corrections.storedDate("2015-11")!), note: "month only")
        try Corrections.record(database, eventID: recapture.id, change: .fatalities(7))
        try Corrections.record(database, eventID: abduction, change: .delete, note: "not an abduction")
        try Corrections.recordMerge(database, from: "islamic_state", into: "al_qaeda")
        func check() throws {
            let corrected = try Self.events(database, ref: Self.mahin, type: Self.regains)
            #expect(corrected.map(\.date) == ["2015-11"])
            #expect(try database.scalarInt(sql: "SELECT fatalities FROM events WHERE id = ?", corrected[0].id) == 7)
            #expect(try database.scalarInt(sql: "SELECT date_precision = 'month' AND date_start = '2015-11-01' AND date_end = '2015-11-30' FROM events WHERE id = ?", corrected[0].id) == 1)
            #expect(try database.scalarInt(sql: """
                SELECT count(*) FROM events e JOIN reports rp ON rp.event_id = e.id JOIN articles a ON a.id = rp.article_id
                JOIN correction_targets t ON t.content_hash = a.content_hash AND t.sentence_index = rp.sentence_index
                JOIN corrections c ON c.id = t.correction_id AND c.action = 'delete' AND e.type = t.event_type
                """) == 0)
            #expect(try database.scalarInt(sql: "SELECT count(*) FROM events") == eventsBefore - 1)
            #expect(try database.scalarInt(sql: "SELECT count(*) FROM event_factions ef JOIN factions f ON f.id = ef.faction_id WHERE f.key = 'islamic_state'") == 0)
            #expect(try database.scalarInt(sql: "SELECT count(*) FROM control_observations o JOIN factions f ON f.id = o.faction_id WHERE f.key = 'islamic_state'") == 0)
            #expect(try database.scalarInt(sql: "SELECT count(*) FROM event_factions ef JOIN factions f ON f.id = ef.faction_id WHERE f.key = 'al_qaeda'")! > 0)
        }
        try check()
        let applied = try database.query(sql: "SELECT * FROM event_details ORDER BY id") { $0.values }

        database = try Database(path: ":memory:")  // close the writer before ingest opens its own
        try Self.forceReextraction(path)
        let summary = try SeedsDatabase.ingest(into: path)
        #expect(summary.reextracted == 5)
        database = try EventDatabase.openForWriting(path: path)
        try check()
        // Re-extraction gives the same corrected rows (event ids aside: events are written anew).
        let again = try database.query(sql: "SELECT * FROM event_details ORDER BY id") { Array($0.values.dropFirst()) }
        let before = Set(applied.map { "\(Array($0.dropFirst()))" }), after = Set(again.map { "\($0)" })
        #expect(before.subtracting(after).isEmpty && after.subtracting(before).isEmpty,
                "only before: \(before.subtracting(after).sorted())\nonly after: \(after.subtracting(before).sorted())")
    }

    @Test func undoPutsBackWhatEachCorrectionChanged() throws {
        let folder = try TemporaryDirectory()
        let path = try SeedsDatabase.copy(into: folder)
        let database = try EventDatabase.openForWriting(path: path)
        let snapshot = { try database.query(sql: "SELECT * FROM event_details ORDER BY id") { $0.values } }
        let observations = { try database.query(sql: "SELECT * FROM control_observations ORDER BY id") { $0.values } }
        let original = try snapshot(), originalObservations = try observations()
        let recapture = try #require(try Self.events(database, ref: Self.mahin, type: Self.regains).first)
        let other = try #require(try database.scalarInt(sql: "SELECT id FROM events WHERE id <> ? ORDER BY id LIMIT 1", recapture.id))

        let setDate = try Corrections.record(database, eventID: recapture.id, change: .date(Corrections.storedDate("2016")!))
        let setController = try Corrections.record(database, eventID: recapture.id, change: .faction(role: .controller, key: "russia"))
        let setType = try Corrections.record(database, eventID: other, change: .type("Other"))
        let deleted = try Corrections.record(database, eventID: other, change: .delete)
        let merge = try Corrections.recordMerge(database, from: "syrian_government", into: "syrian_opposition")
        #expect(try snapshot() != original)

        // Only the latest correction of an event can be undone.
        #expect(throws: StoreError.self) { try Corrections.undo(database, id: setDate) }
        #expect(throws: StoreError.self) { try Corrections.undo(database, id: setType) }
        for id in [merge, deleted, setType, setController, setDate] { try Corrections.undo(database, id: id) }
        #expect(try snapshot() == original)
        #expect(try observations() == originalObservations)
        #expect(try Corrections.list(database).isEmpty)
        #expect(try database.scalarInt(sql: "SELECT count(*) FROM correction_targets") == 0)
    }

    @Test func aCorrectionNamesTheEventByEveryArticleThatReportedIt() throws {
        let folder = try TemporaryDirectory()
        let (database, _) = try ExplainTests.explainedFixture(folder)
        let id = try #require(try database.scalarInt(sql: "SELECT event_id FROM reports GROUP BY event_id HAVING count(*) = 2 LIMIT 1"))
        let correction = try Corrections.record(database, eventID: id, change: .delete, note: "denied")
        let targets = try database.query(sql: "SELECT content_hash, sentence_index, event_type FROM correction_targets WHERE correction_id = ? ORDER BY content_hash", correction) {
            "\($0.string(0))|\($0.int(1))|\($0.string(2))"
        }
        #expect(targets == ["a.txt-hash|0|Government regains territory", "f.txt-hash|0|Government regains territory"])
        let listed = try #require(try Corrections.list(database).first)
        #expect(listed.action == "delete" && listed.targets == 2 && listed.events == [] && listed.note == "denied")
        #expect(listed.contentHash == "a.txt-hash" && listed.sentenceIndex == 0)
    }

    @Test func extractedRecordsGetTheStoredCorrectionsInOrder() throws {
        let folder = try TemporaryDirectory()
        let path = try Fixture.make(folder)
        let database = try EventDatabase.openForWriting(path: path)
        let mahin = try #require(try database.scalarInt(sql: """
            SELECT e.id FROM events e JOIN reports rp ON rp.event_id = e.id WHERE rp.sentence_index = 0 AND e.type = 'Government regains territory'
            AND e.location_id = (SELECT id FROM locations WHERE ref = 'gn:1')
            """))
        let strike = try #require(try database.scalarInt(sql: "SELECT event_id FROM reports WHERE sentence_index = 4"))
        try Corrections.record(database, eventID: mahin, change: .type("Non-violent transfer of territory"))
        try Corrections.record(database, eventID: mahin, change: .location(ref: "gn:3"))
        try Corrections.record(database, eventID: strike, change: .delete)
        try Corrections.recordMerge(database, from: "islamic_state", into: "syrian_opposition")

        let records = [
            EventRecord(type: "Government regains territory", date: Fixture.day("2015-11-23"), location: .ref("gn:1"),
                        factions: [(.actor, "syrian_government"), (.target, "islamic_state"), (.controller, "syrian_government")],
                        sentenceIndex: 0, evidence: "Tentara Suriah merebut kembali Maheen"),
            EventRecord(type: "Air/drone strike", date: Fixture.day("2015-11-23"), location: .ref("gn:4"), factions: [(.actor, "russia")],
                        sentenceIndex: 4, evidence: "Jet tempur Rusia menyerang Latakia, 12 tewas"),
            EventRecord(type: "Armed clash", date: nil, location: nil,
                        factions: [(.actor, "islamic_state"), (.target, "syrian_opposition")], sentenceIndex: 4, evidence: "other"),
        ]
        let controls = [ControlRecord(location: .ref("gn:3"), faction: "islamic_state", asOf: "2015-11-23", sentenceIndex: 5, evidence: "x")]
        let (events, corrected) = try Corrections.apply(to: records, controls: controls, contentHash: "a.txt-hash", in: database)
        #expect(events.map(\.type) == ["Non-violent transfer of territory", "Armed clash"])
        #expect(events[0].location == .ref("gn:3"))
        #expect(events[0].factions.map { "\($0.role.rawValue)=\($0.key)" } == ["actor=syrian_government", "target=syrian_opposition", "controller=syrian_government"])
        #expect(events[1].factions.map { "\($0.role.rawValue)=\($0.key)" } == ["actor=syrian_opposition", "target=syrian_opposition"])
        #expect(corrected.map(\.faction) == ["syrian_opposition"])
        // Another text gets the merge only.
        let other = try Corrections.apply(to: records, controls: [], contentHash: "c.txt-hash", in: database)
        #expect(other.events.map(\.type) == ["Government regains territory", "Air/drone strike", "Armed clash"])
    }

    @Test func aPlaceTheGazetteerLacksNamesItsEventAsTheWriterStoredIt() throws {
        let folder = try TemporaryDirectory()
        let database = try EventDatabase.openForWriting(path: try Fixture.make(folder))
        let records = ["Tal Sghir", "Tal Kbir"].map { name in
            EventRecord(type: "Armed clash", date: Fixture.day("2015-11-20"), location: .new(name: name, country: "SY", admin1: "Homs", parentRef: nil),
                        factions: [(.actor, "syrian_government")], sentenceIndex: 2, evidence: "Bentrokan di Tal Sghir dan Tal Kbir")
        }
        _ = try database.inTransaction {
            try ArticleWriter(database: database).write(Fixture.article("g.txt", outlet: nil, text: "Bentrokan di Tal Sghir dan Tal Kbir"),
                                                        events: records, controls: [])
        }
        let small = try #require(try database.scalarInt(sql: "SELECT e.id FROM events e JOIN locations l ON l.id = e.location_id WHERE l.name = 'Tal Sghir'"))
        try Corrections.record(database, eventID: small, change: .delete)
        let kept = try Corrections.apply(to: records, controls: [], contentHash: "g.txt-hash", in: database).events
        #expect(kept.map(\.location) == [.new(name: "Tal Kbir", country: "SY", admin1: "Homs", parentRef: nil)])
    }

    @Test func unknownValuesAreRefusedBeforeAnythingIsWritten() throws {
        let folder = try TemporaryDirectory()
        let database = try EventDatabase.openForWriting(path: try Fixture.make(folder))
        #expect(throws: StoreError.self) { try Corrections.record(database, eventID: 1, change: .location(ref: "gn:999")) }
        #expect(throws: StoreError.self) { try Corrections.record(database, eventID: 1, change: .faction(role: .actor, key: "nobody")) }
        #expect(throws: StoreError.self) { try Corrections.record(database, eventID: 999, change: .delete) }
        #expect(throws: StoreError.self) { try Corrections.recordMerge(database, from: "russia", into: "russia") }
        #expect(try database.scalarInt(sql: "SELECT count(*) FROM corrections") == 0)
        #expect(Corrections.storedDate("2016-02") == StoredDate(text: "2016-02", precision: .month, start: "2016-02-01", end: "2016-02-29"))
        #expect(Corrections.storedDate("2015-02-29") == nil)
        #expect(Corrections.storedDate("15-02") == nil)
    }

    @Test func theQueryCommandRecordsListsAndUndoesCorrections() throws {
        let folder = try TemporaryDirectory()
        let db = try Fixture.make(folder)
        let cli = QueryCommandTests()
        let strike = try #require(try EventDatabase.openForReading(path: db).scalarInt(sql: "SELECT event_id FROM reports WHERE sentence_index = 4"))
        let set = try cli.query(["correct", "set", String(strike), "--db", db, "--date", "2015-11-22", "--location", "Maheen",
                                 "--actor", "Negara Islam", "--fatalities", "unknown", "--note", "checked"])
        // Maheen is one place in Homs and one in Rif Dimashq; the strike is in Latakia: ambiguous.
        #expect(set.status == 64)
        #expect(set.stderr.contains("several places are named 'Maheen': gn:1 Mahin (Homs)"))
        let fixed = try cli.query(["correct", "set", String(strike), "--db", db, "--date", "2015-11-22", "--location", "gn:1",
                                   "--actor", "Negara Islam", "--fatalities", "unknown", "--note", "checked"])
        #expect(fixed.status == 0)
        #expect(fixed.stderr == "recorded corrections #1, #2, #3, #4; `query correct list` lists them, `query correct undo ID` takes one back\n")
        let events = try cli.query(["events", "--db", db, "--location", "Mahin", "--province", "Homs", "--type", "Air/drone strike",
                                    "--format", "csv", "--columns", "date,location,actor,fatalities"])
        #expect(events.stdout == "date,location,actor,fatalities\n2015-11-22,Mahin,islamic_state,\n")
        let list = try cli.query(["correct", "list", "--db", db, "--format", "csv", "--columns", "id,correction,events,sentence,type,reports,note"])
        #expect(list.stdout == """
            id,correction,events,sentence,type,reports,note
            1,set date 2015-11-22,\(strike),4,Air/drone strike,1,checked
            2,set location gn:1,\(strike),4,Air/drone strike,1,checked
            3,set actor islamic_state,\(strike),4,Air/drone strike,1,checked
            4,set fatalities none,\(strike),4,Air/drone strike,1,checked

            """)
        #expect(try cli.query(["correct", "undo", "1", "--db", db]).status == 1)
        for id in ["4", "3", "2", "1"] { #expect(try cli.query(["correct", "undo", id, "--db", db]).status == 0) }
        let restored = try cli.query(["events", "--db", db, "--type", "Air/drone strike", "--format", "csv", "--columns", "date,location,actor,fatalities"])
        #expect(restored.stdout == "date,location,actor,fatalities\n2015-11-23,Latakia,russia,12\n2015-11-26,Latakia,russia,3\n")
        let merge = try cli.query(["correct", "merge-factions", "Rusia", "syrian_government", "--db", db])
        #expect(merge.status == 0)
        let factions = try cli.query(["events", "--db", db, "--faction", "russia", "--format", "csv", "--columns", "id"])
        #expect(factions.stdout == "id\n")
    }
}
