import Foundation
import Store
import Testing

/// `ArticleWriter.writeBatch`: the same rows and outcomes as `write` article by article, and a
/// failed article costs only itself.
@Suite struct ArticleWriterBatchTests {
    private func makeDatabase(_ folder: TemporaryDirectory) throws -> Database {
        let database = try Database(path: folder.path("events.db"))
        try Migrator.embedded.migrate(database)
        let loader = ReferenceLoader(database: database, origin: "builtin")
        try loader.upsertPlace(PlaceRow(ref: "gn:163345", name: "Homs", feature: "A.ADM1", country: "SY", admin1: "Homs", latitude: 34.5, longitude: 37.9))
        try loader.upsertPlace(PlaceRow(ref: "gn:167488", name: "Mahin", names: ["Maheen"], feature: "P.PPLA3", country: "SY",
                                        admin1: "Homs", admin2: "Homs", latitude: 34.26, longitude: 37.05))
        for key in ["syrian_government", "islamic_state"] {
            try loader.upsertFaction(key: key, name: key, kind: "state", side: nil, note: nil)
        }
        return database
    }

    private func item(_ name: String, text: String, events: [EventRecord], agencies: [String] = []) -> ArticleWriter.BatchItem {
        .init(article: ArticleRecord(input: "/corpus/" + name, fileName: name, contentHash: "hash-" + text, outlet: "VOV World",
                                     language: "id", supported: true, rawText: text, cleanText: text + " bersih", agencies: agencies),
              events: events, controls: [])
    }

    private func recapture(day: String, place: LocationKey = .ref("gn:167488"), sentence: Int = 0) -> EventRecord {
        EventRecord(type: "Government regains territory", date: StoredDate(text: day, precision: .day, start: day, end: day),
                    location: place, factions: [(.actor, "syrian_government"), (.target, "islamic_state"), (.controller, "syrian_government")],
                    sentenceIndex: sentence, evidence: "tentara Suriah merebut kembali Maheen", cue: "merebut kembali")
    }

    private func dump(_ database: Database) throws -> [String] {
        try database.query(sql: """
            SELECT 'article ' || a.file_name || ' ' || a.content_hash FROM articles a
            UNION ALL SELECT 'event ' || e.id || ' ' || e.date || ' ' || l.ref || ' ' || (SELECT count(*) FROM reports r WHERE r.event_id = e.id)
            FROM events e JOIN locations l ON l.id = e.location_id
            UNION ALL SELECT 'agency ' || s.name || ' ' || s.id FROM sources s WHERE s.kind = 'agency'
            UNION ALL SELECT 'search ' || rowid FROM articles_fts WHERE articles_fts MATCH 'bersih'
            ORDER BY 1
            """) { $0.string(0) }
    }

    @Test func aBatchWritesWhatWriteWritesArticleByArticle() throws {
        let folder = try TemporaryDirectory()
        let one = try makeDatabase(folder)
        let items = [
            item("a.txt", text: "satu", events: [recapture(day: "2015-11-23")], agencies: ["SOHR", "Reuters", "SOHR"]),
            item("b.txt", text: "dua", events: [recapture(day: "2015-11-24", sentence: 2)], agencies: ["Reuters"]),
            item("copy.txt", text: "satu", events: []),
            item("a.txt", text: "satu", events: [recapture(day: "2015-11-23")]),
        ]
        let writer = try ArticleWriter(database: one)
        var expected: [ArticleWriter.Outcome] = []
        try one.inTransaction {
            for item in items { expected.append(try writer.write(item.article, events: item.events, controls: item.controls)) }
        }
        let otherFolder = try TemporaryDirectory()
        let other = try makeDatabase(otherFolder)
        let outcomes = try ArticleWriter(database: other).writeBatch(items).map { try $0.get() }
        #expect(outcomes == expected)
        #expect(outcomes == [.inserted(articleID: 1), .inserted(articleID: 2), .duplicate(of: "/corpus/a.txt"), .unchanged(articleID: 1)])
        #expect(try dump(other) == dump(one))
        #expect(try dump(other) == [
            "agency Reuters 3", "agency SOHR 2", "article a.txt hash-satu", "article b.txt hash-dua",
            "event 1 2015-11-23 gn:167488 2", "search 1", "search 2",
        ])
    }

    @Test func aFailedArticleCostsOnlyItselfAndNewPlacesAreWrittenAgain() throws {
        let folder = try TemporaryDirectory()
        let database = try makeDatabase(folder)
        let writer = try ArticleWriter(database: database)
        let unlisted = LocationKey.new(name: "Tell Qarah", country: "SY", admin1: "Homs", parentRef: "gn:163345")
        var bad = recapture(day: "2015-11-23")
        bad.factions.append((.associate, "no_such_faction"))
        // The first article creates a place; the second fails, which rolls back the first try of
        // the batch, place included: the writer must not keep the id it cached for it.
        let results = try writer.writeBatch([
            item("a.txt", text: "satu", events: [recapture(day: "2015-11-23", place: unlisted)]),
            item("b.txt", text: "dua", events: [bad]),
            item("c.txt", text: "tiga", events: [recapture(day: "2015-12-01", place: unlisted)]),
        ])
        #expect(results.map { (try? $0.get()) } == [.inserted(articleID: 1), nil, .inserted(articleID: 2)])
        #expect(try dump(database) == [
            "article a.txt hash-satu", "article c.txt hash-tiga", "event 1 2015-11-23 new:SY/homs/tell qarah 1",
            "event 2 2015-12-01 new:SY/homs/tell qarah 1", "search 1", "search 2",
        ])
        #expect(try database.scalarString(sql: "PRAGMA foreign_key_check") == nil)
        #expect(!database.isInTransaction)
    }

    @Test func aPrepareStepRunsInTheTransactionAndItsErrorFailsOneArticle() throws {
        let folder = try TemporaryDirectory()
        let database = try makeDatabase(folder)
        let results = try ArticleWriter(database: database).writeBatch([
            item("a.txt", text: "satu", events: [recapture(day: "2015-11-23")]),
            item("b.txt", text: "dua", events: [recapture(day: "2015-11-24")]),
        ]) { item in
            #expect(database.isInTransaction)
            if item.article.fileName == "b.txt" { throw StoreError.misuse("refused") }
            var item = item
            item.events = []
            return item
        }
        #expect(results.map { (try? $0.get()) } == [.inserted(articleID: 1), nil])
        #expect(try dump(database) == ["article a.txt hash-satu", "search 1"])
    }

    /// The search index gets one segment per batch (a trigger per row wrote one per article), and
    /// articles written any other way are still indexed by the trigger.
    @Test func aBatchIsIndexedForSearchInOneSegmentAndHandInsertsByTheTrigger() throws {
        let folder = try TemporaryDirectory()
        let database = try makeDatabase(folder)
        let items = (1...5).map { n in item("\(n).txt", text: "teks \(n)", events: [recapture(day: "2015-11-2\(n)")]) }
        #expect(try ArticleWriter(database: database).writeBatch(items).allSatisfy { (try? $0.get()) != nil })
        #expect(try database.scalarInt(sql: "SELECT count(DISTINCT segid) FROM articles_fts_idx") == 1)
        #expect(try database.scalarInt(sql: "SELECT count(*) FROM meta WHERE key = 'articles_fts.deferred'") == 0)
        try database.execute(sql: """
            INSERT INTO articles (input, file_name, content_hash, language, supported, raw_text, clean_text)
            VALUES ('/by/hand', 'hand.txt', 'hash-hand', 'id', 1, 'enam', 'enam bersih')
            """)
        let search = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid"
        #expect(try database.query(sql: search, "bersih") { $0.int64(0) } == [1, 2, 3, 4, 5, 6])
        try database.execute(sql: "UPDATE articles SET clean_text = 'tujuh' WHERE id = 6")
        #expect(try database.query(sql: search, "enam") { $0.int64(0) } == [])
        #expect(try database.query(sql: search, "tujuh") { $0.int64(0) } == [6])
        try database.execute(sql: "INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
    }
}
