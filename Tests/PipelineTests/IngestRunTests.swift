import Foundation
@testable import Pipeline
import Store
import Testing

@Suite struct IngestRunTests {
    /// The test faction, its first alias and a user place, as CSV files in `folder`.
    private func referenceFiles(_ folder: TemporaryFolder) throws -> [ReferenceImport.Source] {
        [
            .init(kind: .places, path: try folder.write("ref/places.csv", "name,country,admin1,latitude,longitude,names\nKafr Testa,SY,Homs,34.5,37.0,Kafr Testah|Kfar Testa\n")),
            .init(kind: .factions, path: try folder.write("ref/factions.csv", "key,name,kind,side\nhawks_brigade,Hawks Brigade,militia,government\n")),
            .init(kind: .factionAliases, path: try folder.write("ref/aliases.csv", "faction,alias,language\nhawks_brigade,Brigade Elang,id\n")),
        ]
    }

    @Test func seedsAreIngestedOnceAndReingestingThemChangesNothing() throws {
        let folder = try TemporaryFolder()
        let database = folder.path("events.db")
        let first = try IngestRun.spotting([Seeds.folder], database: database)
        #expect(first.files == 5 && first.inserted == 5 && first.skipped.isEmpty && !first.hadFailures)
        let second = try IngestRun.spotting([Seeds.folder, Seeds.paths[0]], database: database)
        #expect(second.inserted == 0 && second.updated == 0 && second.unchanged == 6)
        #expect(try count(database, "articles") == 5)
        let stored = try Database(path: database, mode: .readOnly)
        let row = try stored.query(sql: "SELECT file_name, format, content_hash, raw_text FROM articles ORDER BY id LIMIT 1") {
            [$0.string(0), $0.string(1), $0.string(2), $0.string(3)]
        }.first
        #expect(row?[0] == "000_f395e50d7679456a.txt" && row?[1] == "text")
        let seed = try Seeds.text(0)
        #expect(row?[2] == SHA256.hex(seed) && row?[3] == seed)
    }

    @Test func aChangedTextUpdatesItsArticleAndReplacesItsEvents() throws {
        let folder = try TemporaryFolder()
        let database = folder.path("events.db")
        let imports = try referenceFiles(folder)
        let article = try folder.write("in/a.txt", "Judul\n\nPasukan Brigade Elang menyerang Kafr Testa kemarin.\n")
        #expect(try IngestRun.spotting([article], database: database, imports: imports).events == 1)
        try folder.write("in/a.txt", "Judul\n\nPasukan Brigade Elang menyerang Kafr Testa kemarin.\n\nLalu Brigade Elang mundur dari Kafr Testa lagi.\n")
        let updated = try IngestRun.spotting([article], database: database)
        #expect(updated.updated == 1 && updated.events == 2)
        #expect(try count(database, "articles") == 1 && count(database, "reports") == 2)
        try folder.write("in/a.txt", "Judul\n\nTidak ada apa-apa.\n")
        #expect(try IngestRun.spotting([article], database: database).updated == 1)
        #expect(try count(database, "reports") == 0 && count(database, "events") == 0)
    }

    @Test func anImportedAliasIsPickedUpByArticlesStoredBeforeIt() throws {
        let folder = try TemporaryFolder()
        let database = folder.path("events.db")
        var imports = try referenceFiles(folder)
        let aliases = imports.removeLast()
        try folder.write("in/a.txt", "Judul\n\nPasukan Elang Gurun menyerang Kafr Testa.\n")
        try folder.write("in/b.txt", "Judul lain\n\nBrigade Elang menyerang Kafr Testa.\n")
        let first = try IngestRun.spotting([folder.path("in")], database: database, imports: imports + [aliases])
        #expect(first.inserted == 2 && first.events == 1)
        let newAlias = ReferenceImport.Source(kind: .factionAliases, path: try folder.write("ref/more.csv", "faction,alias\nhawks_brigade,Elang Gurun\n"))
        let second = try IngestRun.spotting([], database: database, imports: [newAlias])
        #expect(second.imported == 1 && second.reextracted == 2 && second.events == 2)
        #expect(try count(database, "reports") == 2)
        let third = try IngestRun.spotting([folder.path("in")], database: database)
        #expect(third.unchanged == 2 && third.reextracted == 0)
    }

    @Test func placesMetInArticlesDoNotCountAsAReferenceChange() throws {
        let folder = try TemporaryFolder()
        let database = folder.path("events.db")
        let imports = Array(try referenceFiles(folder).dropFirst())   // no user place: the event's place is unlisted
        try folder.write("in/a.txt", "Judul\n\nBrigade Elang menyerang desa itu.\n")
        let first = try IngestRun.spotting([folder.path("in")], database: database, imports: imports)
        #expect(first.inserted == 1 && first.events == 1)
        #expect(try count(database, "locations WHERE origin = 'extracted'") == 1)
        let second = try IngestRun.spotting([folder.path("in")], database: database)
        #expect(second.unchanged == 1 && second.reextracted == 0)
    }

    @Test func userRowsSurviveANewerBuildOfTheReferenceData() throws {
        let folder = try TemporaryFolder()
        let database = folder.path("events.db")
        _ = try IngestRun.spotting([], database: database, imports: try referenceFiles(folder))
        do {
            let connection = try Database(path: database)
            try connection.execute(sql: "UPDATE meta SET value = 'an older build' WHERE key = 'reference_version'")
        }
        let reloaded = try IngestRun.spotting([Seeds.paths[0]], database: database)
        #expect(reloaded.inserted == 1)
        let connection = try Database(path: database, mode: .readOnly)
        #expect(try connection.scalarString(sql: "SELECT value FROM meta WHERE key = 'reference_version'") != "an older build")
        #expect(try connection.scalarInt(sql: "SELECT count(*) FROM faction_aliases WHERE origin = 'user' AND alias = 'Brigade Elang'") == 1)
        #expect(try connection.scalarInt(sql: "SELECT count(*) FROM location_names n JOIN locations l ON l.id = n.location_id WHERE l.ref = 'user:sy/kafr testa'") == 3)
    }

    @Test func aBadImportRowNamesItsLineAndKeepsNothingOfTheFile() throws {
        let folder = try TemporaryFolder()
        let bad = try folder.write("bad.csv", "faction,alias\nhawks_brigade,Elang\n")
        #expect(throws: PipelineError(path: bad, reason: .importFailed, detail: "line 2: no faction with key hawks_brigade for the alias Elang")) {
            _ = try IngestRun.spotting([], database: folder.path("events.db"), imports: [.init(kind: .factionAliases, path: bad)])
        }
    }

    @Test func everyInputKindIsReadAndBadFilesAreSkippedWithTheirReason() throws {
        let folder = try TemporaryFolder()
        let database = folder.path("events.db")
        let seed = try Seeds.text(1)
        try folder.write("in/01_bom.txt", [0xEF, 0xBB, 0xBF] + Array(seed.utf8))
        try folder.write("in/02_utf16.txt", [0xFF, 0xFE] + Array("Berita UTF-16\n\nIsi berita.".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        try folder.write("in/03_cp1252.txt", Array("Caf".utf8) + [0xE9, 0x20, 0x93] + Array("Aleppo".utf8) + [0x94, 0x0D, 0x0A, 0x0D, 0x0A] + Array("Isi.".utf8))
        try folder.write("in/04_cr.txt", "Baris satu\rBaris dua\r")
        try folder.write("in/05_page.html", """
            <html><head><title>Judul halaman</title><meta property="og:site_name" content="Kabar Test">
            <meta property="article:published_time" content="2016-01-16T10:00:00Z"></head>
            <body><nav>Menu</nav><p>Brigade Elang menyerang Kafr Testa.</p></body></html>
            """)
        try folder.write("in/06_feed.jsonl", """
            {"text": "Rekaman satu.", "title": "Satu", "outlet": "Antara", "published": "2017-10-17", "url": "https://a.example/1"}
            not json at all

            {"text": "Rekaman dua."}

            """)
        try folder.write("in/07_binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00])
        try folder.write("in/08_empty.txt", "")
        try folder.write("in/09_blank.txt", "\n \r\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path("in/10_broken.txt"), withDestinationPath: folder.path("gone.txt"))
        let recorder = Recorder()
        let summary = try IngestRun.spotting([folder.path("in"), "-"], database: database, observer: recorder,
                                             stdin: Array("Dari stdin\n\nIsi.".utf8))
        #expect(summary.inserted == 8 && summary.files == 11)
        #expect(summary.hadFailures)
        #expect(summary.skipped.map { "\(($0.path as NSString).lastPathComponent) \($0.reason.rawValue)" } == [
            "06_feed.jsonl:2 malformed", "07_binary.txt binary", "08_empty.txt empty", "09_blank.txt empty", "10_broken.txt brokenSymlink",
        ])
        #expect(summary.skipped[0].description.hasSuffix("06_feed.jsonl:2: skipped line 2: not valid JSON"))
        let stored = try Database(path: database, mode: .readOnly)
        let rows = try stored.query(sql: """
            SELECT a.file_name, a.format, coalesce(a.title, ''), coalesce(s.name, ''), coalesce(a.url, ''), a.raw_text
            FROM articles a LEFT JOIN sources s ON s.id = a.outlet_id ORDER BY a.id
            """) { row in (0..<6).map { row.string($0) } }
        #expect(rows.map { $0[0] } == ["01_bom.txt", "02_utf16.txt", "03_cp1252.txt", "04_cr.txt", "05_page.html",
                                      "06_feed.jsonl#1", "06_feed.jsonl#4", "stdin"])
        #expect(rows[0][5] == seed)
        #expect(rows[1][5] == "Berita UTF-16\n\nIsi berita.")
        #expect(rows[2][5] == "Café “Aleppo”\n\nIsi.")
        #expect(rows[3][5] == "Baris satu\nBaris dua\n")
        #expect(rows[4][1] == "html" && rows[4][2] == "Judul halaman" && rows[4][3] == "Kabar Test")
        #expect(rows[5] == ["06_feed.jsonl#1", "jsonl", "Satu", "Antara", "https://a.example/1", "Rekaman satu."])
        #expect(try stored.scalarString(sql: "SELECT clean_text FROM articles WHERE format = 'html'") == "Judul halaman\n\nBrigade Elang menyerang Kafr Testa.")
        #expect(try stored.scalarString(sql: "SELECT input FROM articles WHERE file_name = 'stdin'") == "stdin:" + SHA256.hex("Dari stdin\n\nIsi.").prefix(16))
    }

    @Test func aJSONLinesStreamOnStandardInputIsReadLineByLine() throws {
        let folder = try TemporaryFolder()
        let database = folder.path("events.db")
        let lines = "{\"text\": \"Satu.\"}\r\n{\"text\": \"Dua.\"}\n{\"text\": \"Satu.\"}\n"
        let summary = try IngestRun.spotting(["-"], database: database, stdin: Array(lines.utf8))
        #expect(summary.inserted == 2 && summary.unchanged == 1)
        #expect(try count(database, "articles") == 2)
    }

    @Test func anOversizedFileIsSkippedAndTheRestIngested() throws {
        let folder = try TemporaryFolder()
        let database = folder.path("events.db")
        try folder.write("in/big.txt", String(repeating: "kata ", count: 400))
        try folder.write("in/small.txt", "Kecil.")
        try folder.write("in/feed.jsonl", "{\"text\": \"\(String(repeating: "x", count: 3000))\"}\n{\"text\": \"ok\"}\n")
        let summary = try IngestRun.spotting([folder.path("in")], database: database) { $0.maxFileSize = 1000 }
        #expect(summary.inserted == 2)
        #expect(summary.skipped.map(\.reason) == [.tooLarge, .tooLarge])
    }
}
