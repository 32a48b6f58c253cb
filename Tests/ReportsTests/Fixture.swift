import Foundation
import Reports
import Store

/// A fresh folder under the system's temporary directory, removed when the value is released.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("reports-tests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// A small event database with exactly known rows, written through the Store as ingest would:
/// four governorates, a few places with their spellings, four factions with aliases, and the
/// events of three articles (a recapture, a conflicting claim, a stated holding, a strike).
enum Fixture {
    static func make(_ folder: TemporaryDirectory, name: String = "events.db") throws -> String {
        let path = folder.path(name)
        let database = try Database(path: path, mode: .create)
        try Migrator.embedded.migrate(database)
        try database.inTransaction {
            try reference(database)
            try articles(database)
        }
        return path
    }

    static func reference(_ database: Database) throws {
        let loader = ReferenceLoader(database: database, origin: "builtin")
        try loader.upsertCountry(code: "SY", name: "Syria", latitude: 35, longitude: 38)
        try loader.upsertCountry(code: "IQ", name: "Iraq", latitude: 33, longitude: 44)
        try loader.upsertAdmin1(country: "SY", code: "SY.11", name: "Homs", aliases: ["Hims", "Ḥimṣ", "Homs province"])
        try loader.upsertAdmin1(country: "SY", code: "SY.08", name: "Rif Dimashq", aliases: ["Rural Damascus", "Damaskus pedesaan", "Reef Damascus"])
        try loader.upsertAdmin1(country: "SY", code: "SY.02", name: "Latakia", aliases: ["Lattakia"])
        try loader.upsertAdmin1(country: "SY", code: "SY.13", name: "Damascus", aliases: ["Damaskus"])
        try loader.upsertAdmin1(country: "IQ", code: "IQ.01", name: "Anbar", aliases: ["Al Anbar"])
        try loader.upsertPlace(PlaceRow(ref: "gn:1", name: "Mahin", names: ["Maheen"], feature: "P.PPL", country: "SY",
                                        admin1: "Homs", latitude: 34.26, longitude: 37.05, population: 5000))
        try loader.upsertPlace(PlaceRow(ref: "gn:2", name: "Hawarin", names: ["Hawareen"], feature: "P.PPL", country: "SY",
                                        admin1: "Homs", latitude: 34.28, longitude: 37.1, population: 900))
        try loader.upsertPlace(PlaceRow(ref: "gn:3", name: "Al-Qaryatayn", names: ["Qaryatain", "Al-Qaryatain"], feature: "P.PPL",
                                        country: "SY", admin1: "Homs", latitude: 34.23, longitude: 37.24, population: 14000))
        try loader.upsertPlace(PlaceRow(ref: "gn:4", name: "Latakia", names: ["Lattakia"], feature: "P.PPLA", country: "SY",
                                        admin1: "Latakia", latitude: 35.52, longitude: 35.79, population: 400000))
        try loader.upsertPlace(PlaceRow(ref: "gn:5", name: "Yarmouk", names: ["Yarmuk"], feature: "P.PPLX", country: "SY",
                                        admin1: "Damascus", latitude: 33.47, longitude: 36.3))
        try loader.upsertPlace(PlaceRow(ref: "gn:6", name: "Mahin", feature: "P.PPL", country: "SY",
                                        admin1: "Rif Dimashq", latitude: 33.6, longitude: 36.5, population: 300))
        for (key, name, kind, aliases) in [
            ("syrian_government", "Syrian government forces", "state", ["tentara Suriah", "SAA"]),
            ("islamic_state", "Islamic State", "rebel", ["ISIS", "Daesh", "Negara Islam"]),
            ("syrian_opposition", "Syrian opposition / rebels", "rebel", ["oposisi", "FSA"]),
            ("russia", "Russian forces", "state", ["Rusia"]),
            ("civilians", "Civilians", "civilians", ["warga sipil"]),
        ] {
            try loader.upsertFaction(key: key, name: name, kind: kind, side: nil, note: nil)
            for alias in aliases {
                try loader.addFactionAlias(faction: key, alias: alias, language: "*", validFrom: nil, validTo: nil, note: nil)
            }
        }
    }

    static func day(_ text: String) -> StoredDate { StoredDate(text: text, precision: .day, start: text, end: text) }

    static func article(_ name: String, outlet: String?, published: StoredDate? = nil, text: String) -> ArticleRecord {
        ArticleRecord(input: "/corpus/" + name, fileName: name, contentHash: name + "-hash", title: "Title of " + name,
                      outlet: outlet, published: published, language: "id", supported: true, rawText: text, cleanText: text,
                      agencies: ["SOHR"])
    }

    static func articles(_ database: Database) throws {
        let writer = try ArticleWriter(database: database)
        try writer.write(article("a.txt", outlet: "VOV World", text: "Tentara Suriah merebut kembali Maheen dan Hawareen dari ISIS."), events: [
            EventRecord(type: "Non-state actor overtakes territory", date: day("2015-11-01"), location: .ref("gn:1"),
                        factions: [(.actor, "islamic_state"), (.target, "syrian_government"), (.controller, "islamic_state")],
                        sentenceIndex: 2, evidence: "ISIS menguasai Maheen pada 1 November"),
            EventRecord(type: "Government regains territory", date: day("2015-11-23"), location: .ref("gn:1"),
                        factions: [(.actor, "syrian_government"), (.target, "islamic_state"), (.controller, "syrian_government")],
                        sentenceIndex: 0, evidence: "Tentara Suriah merebut kembali Maheen"),
            EventRecord(type: "Government regains territory", date: day("2015-11-23"), location: .ref("gn:2"),
                        factions: [(.actor, "syrian_government"), (.target, "islamic_state"), (.controller, "syrian_government")],
                        sentenceIndex: 0, evidence: "Tentara Suriah merebut kembali Hawareen"),
            EventRecord(type: "Abduction/forced disappearance", date: StoredDate(text: "2015-11", precision: .month, start: "2015-11-01", end: "2015-11-30"),
                        location: .ref("gn:1"), factions: [(.actor, "islamic_state"), (.target, "civilians")],
                        sentenceIndex: 3, evidence: "ISIS menculik warga sipil di Maheen"),
            EventRecord(type: "Air/drone strike", date: day("2015-11-23"), location: .ref("gn:4"), fatalities: 12,
                        factions: [(.actor, "russia")], sentenceIndex: 4, evidence: "Jet tempur Rusia menyerang Latakia, 12 tewas"),
        ], controls: [
            ControlRecord(location: .ref("gn:3"), faction: "islamic_state", asOf: "2015-11-23", sentenceIndex: 5,
                          evidence: "tentara Suriah sedang menuju ke Al-Qaryantain untuk membebaskan daerah ini"),
        ])
        try writer.write(article("c.txt", outlet: "Arrahmahnews.com", published: day("2015-11-24"), text: "Oposisi merebut Hawareen."), events: [
            EventRecord(type: "Non-state actor overtakes territory", date: day("2015-11-23"), location: .ref("gn:2"),
                        factions: [(.actor, "syrian_opposition"), (.target, "syrian_government"), (.controller, "syrian_opposition")],
                        sentenceIndex: 0, evidence: "Oposisi merebut Hawareen"),
            EventRecord(type: "Air/drone strike", date: day("2015-11-26"), location: .ref("gn:4"), fatalities: 3,
                        factions: [(.actor, "russia")], sentenceIndex: 1, evidence: "Rusia kembali menyerang Latakia"),
        ], controls: [])
        try writer.write(article("d.txt", outlet: "Suara.com", published: day("2024-12-09"), text: "Oposisi menguasai Provinsi Homs."), events: [
            EventRecord(type: "Non-state actor overtakes territory", date: StoredDate(text: "2024-12", precision: .month, start: "2024-12-01", end: "2024-12-31"),
                        location: .ref("adm1:SY.11"),
                        factions: [(.actor, "syrian_opposition"), (.target, "syrian_government"), (.controller, "syrian_opposition")],
                        sentenceIndex: 0, evidence: "Oposisi menguasai Provinsi Homs"),
        ], controls: [
            ControlRecord(location: .ref("gn:5"), faction: "islamic_state", asOf: "2017-02-04", sentenceIndex: 1,
                          evidence: "Pejuang mereka juga mengontrol sebagian besar distrik Yarmouk"),
        ])
    }
}

extension ResultTable {
    /// Each row as "a|b|c" (NULL empty): exact comparisons that read well in a test.
    var lines: [String] { rows.map { $0.map { $0.text ?? "" }.joined(separator: "|") } }
}

/// The fixture database opened as `query` opens it.
struct FixtureReports {
    let folder: TemporaryDirectory
    let path: String
    let database: Database
    let reports: Reports

    init() throws {
        folder = try TemporaryDirectory()
        path = try Fixture.make(folder)
        database = try EventDatabase.openForReading(path: path)
        reports = Reports(database: database)
    }
}
