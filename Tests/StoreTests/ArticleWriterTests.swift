import Foundation
import Store
import Testing

@Suite struct ArticleWriterTests {
    /// A migrated database with two places and three factions, without the full gazetteer.
    private func makeDatabase(_ folder: TemporaryDirectory) throws -> Database {
        let database = try Database(path: folder.path("events.db"))
        try Migrator.embedded.migrate(database)
        let loader = ReferenceLoader(database: database, origin: "builtin")
        try loader.upsertPlace(PlaceRow(ref: "gn:163345", name: "Homs", feature: "A.ADM1", country: "SY", admin1: "Homs", latitude: 34.5, longitude: 37.9))
        try loader.upsertPlace(PlaceRow(ref: "gn:167488", name: "Mahin", names: ["Maheen"], feature: "P.PPLA3", country: "SY",
                                        admin1: "Homs", admin2: "Homs", latitude: 34.26, longitude: 37.05))
        for (key, kind) in [("syrian_government", "state"), ("islamic_state", "rebel"), ("syrian_opposition", "rebel")] {
            try loader.upsertFaction(key: key, name: key, kind: kind, side: nil, note: nil)
        }
        return database
    }

    private func article(_ name: String, text: String) -> ArticleRecord {
        ArticleRecord(input: "/corpus/" + name, fileName: name, contentHash: String(text.hashValue, radix: 16),
                      outlet: "VOV World", language: "id", supported: true, rawText: text, cleanText: text, agencies: ["SOHR"])
    }

    private func recapture(day: String, sentence: Int = 0, controller: String = "syrian_government") -> EventRecord {
        EventRecord(type: "Government regains territory",
                    date: StoredDate(text: day, precision: .day, start: day, end: day), location: .ref("gn:167488"),
                    factions: [(.actor, "syrian_government"), (.target, "islamic_state"), (.controller, controller)],
                    sentenceIndex: sentence, evidence: "tentara Suriah telah merebut kembali kota madya Maheen", cue: "merebut kembali")
    }

    @Test func theSameEventFromTwoArticlesIsOneEventWithTwoReports() throws {
        let folder = try TemporaryDirectory()
        let database = try makeDatabase(folder)
        let writer = try ArticleWriter(database: database)
        try writer.write(article("a.txt", text: "first"), events: [recapture(day: "2015-11-23")], controls: [])
        try writer.write(article("b.txt", text: "second"), events: [recapture(day: "2015-11-24", sentence: 3)], controls: [])
        #expect(try database.scalarInt(sql: "SELECT count(*) FROM events") == 1)
        #expect(try database.scalarInt(sql: "SELECT count(*) FROM reports") == 2)
        #expect(try database.scalarString(sql: "SELECT articles FROM event_details") == #"["a.txt","b.txt"]"#)
    }

    @Test func conflictingControllersStaySeparateClaims() throws {
        let folder = try TemporaryDirectory()
        let database = try makeDatabase(folder)
        let writer = try ArticleWriter(database: database)
        try writer.write(article("a.txt", text: "first"), events: [recapture(day: "2015-11-23")], controls: [])
        try writer.write(article("b.txt", text: "second"), events: [recapture(day: "2015-11-23", controller: "syrian_opposition")], controls: [])
        #expect(try database.scalarInt(sql: "SELECT count(*) FROM events") == 2)
        let claims = try database.query(sql: "SELECT controller FROM control_current ORDER BY controller") { $0.string(0) }
        #expect(claims == ["syrian_government", "syrian_opposition"])
    }

    @Test func rewritingAnArticleIsIdempotentAndAChangedTextReplacesItsEvents() throws {
        let folder = try TemporaryDirectory()
        let database = try makeDatabase(folder)
        let writer = try ArticleWriter(database: database)
        let first = try writer.write(article("a.txt", text: "v1"), events: [recapture(day: "2015-11-23")], controls: [])
        guard case .inserted(let id) = first else { Issue.record("expected an insert, got \(first)"); return }
        #expect(try writer.write(article("a.txt", text: "v1"), events: [recapture(day: "2015-11-23")], controls: []) == .unchanged(articleID: id))
        #expect(try writer.write(article("copy.txt", text: "v1"), events: [], controls: []) == .duplicate(of: "/corpus/a.txt"))
        let changed = try writer.write(article("a.txt", text: "v2"), events: [recapture(day: "2015-12-01")], controls: [])
        #expect(changed == .updated(articleID: id))
        #expect(try database.query(sql: "SELECT date FROM events") { $0.string(0) } == ["2015-12-01"])
        #expect(try database.scalarInt(sql: "SELECT count(*) FROM articles") == 1)
        #expect(try database.scalarString(sql: "PRAGMA foreign_key_check") == nil)
    }

    @Test func anUnlistedPlaceBecomesALocationFlaggedForReview() throws {
        let folder = try TemporaryDirectory()
        let database = try makeDatabase(folder)
        let writer = try ArticleWriter(database: database)
        var event = recapture(day: "2015-11-23")
        event.location = .new(name: "Bundaran Sabaa Bahrat", country: "SY", admin1: "Homs", parentRef: "gn:163345")
        try writer.write(article("a.txt", text: "one"), events: [event], controls: [])
        try writer.write(article("b.txt", text: "two"), events: [event], controls: [])
        let rows = try database.query(sql: "SELECT l.name, l.needs_review, p.ref FROM locations l JOIN locations p ON p.id = l.parent_id WHERE l.origin = 'extracted'") {
            "\($0.string(0))|\($0.int(1))|\($0.string(2))"
        }
        #expect(rows == ["Bundaran Sabaa Bahrat|1|gn:163345"])
    }

    @Test func aFailedArticleLeavesNothingBehind() throws {
        let folder = try TemporaryDirectory()
        let database = try makeDatabase(folder)
        let writer = try ArticleWriter(database: database)
        var bad = recapture(day: "2015-11-23")
        bad.factions.append((.associate, "no_such_faction"))
        #expect(throws: StoreError.self) {
            try writer.write(article("a.txt", text: "bad"), events: [bad], controls: [])
        }
        #expect(try database.scalarInt(sql: "SELECT count(*) FROM articles") == 0)
        #expect(try database.scalarInt(sql: "SELECT count(*) FROM events") == 0)
    }
}
