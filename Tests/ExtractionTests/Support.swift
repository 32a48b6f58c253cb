import Embedded
import Foundation
@testable import Extraction
import Pipeline
import Store

func Embedded_lexiconNames() -> [String] { Embedded.lexicons.map(\.name) }
func Embedded_lexiconText(_ name: String) -> String? { try? Embedded.lexicon(named: name)?.text() }

/// The repository's folder (for seeds/).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func seed(_ name: String) throws -> ArticleInput {
    let url = repositoryRoot.appendingPathComponent("seeds").appendingPathComponent(name)
    return ArticleInput(text: try String(contentsOf: url, encoding: .utf8), fileName: name)
}

/// The full knowledge, as ingest reads it from a new database holding the embedded Data/.
enum FullKnowledge {
    static let extractor: Extractor? = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("extraction-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        guard let database = try? EventDatabase.openForWriting(path: folder.appendingPathComponent("knowledge.db").path),
              let knowledge = try? KnowledgeLoader.load(from: database) else { return nil }
        return try? Extractor(knowledge: knowledge)
    }()
}

/// A small knowledge with real gazetteer rows (refs and names from the shared gazetteer).
enum SmallKnowledge {
    static func place(_ ref: String, _ name: String, _ names: [String], _ feature: String, _ admin1: String, country: String = "SY",
                      population: Int = 0, lat: Double? = nil, lon: Double? = nil) -> Knowledge.Place {
        Knowledge.Place(ref: ref, name: name, names: [name] + names, feature: feature, kind: "place", country: country, admin1: admin1,
                        admin2: nil, latitude: lat, longitude: lon, population: population)
    }

    static let knowledge = Knowledge(
        places: [
            place("gn:169575", "Homs", ["Hims"], "A.ADM1", "Homs", population: 1803000),
            place("gn:169577", "Homs", ["Hims"], "P.PPLA", "Homs", population: 775404),
            place("gn:167488", "Mahin", ["Maheen", "Mheen"], "P.PPLA3", "Homs"),
            place("gn:169762", "Hawarini", ["Huwwarin", "Hawarin"], "P.PPL", "Homs"),
            place("gn:173361", "Al Qaryatayn", ["Al-Qaryatain"], "P.PPLA3", "Homs", population: 31748),
            place("gn:170593", "Douma", [], "P.PPL", "As-Suwayda"),
            place("gn:170654", "Damascus", ["Damaskus", "Dimashq"], "P.PPLC", "Damascus", population: 1569394),
            place("gn:167541", "Damascus", ["Damaskus"], "A.ADM1", "Damascus", population: 1552161),
            place("gn:170592", "Duma", ["Douma"], "P.PPLA2", "Rif Dimashq", population: 111864),
            place("gn:170591", "Duma", ["Douma"], "P.PPL", "Hama"),
            place("gn:170652", "Rif Dimashq", ["Rural Damascus", "Damaskus pedesaan"], "A.ADM1", "Rif Dimashq", population: 2273074),
        ],
        factions: [
            .init(key: "syrian_government", name: "Syrian government forces", kind: "state", parent: nil, side: nil),
            .init(key: "islamic_state", name: "Islamic State", kind: "rebel", parent: nil, side: nil),
            .init(key: "syrian_opposition", name: "Syrian opposition", kind: "rebel", parent: nil, side: nil),
            .init(key: "free_syrian_army", name: "Free Syrian Army", kind: "rebel", parent: "syrian_opposition", side: nil),
            .init(key: "russia", name: "Russian forces", kind: "state", parent: nil, side: nil),
            .init(key: "civilians", name: "Civilians", kind: "civilians", parent: nil, side: nil),
        ],
        aliases: [
            .init(faction: "syrian_government", alias: "tentara Suriah", language: "id", validFrom: nil, validTo: nil),
            .init(faction: "syrian_government", alias: "pasukan pemerintah", language: "id", validFrom: nil, validTo: "2024-12-07"),
            .init(faction: "islamic_state", alias: "IS", language: "*", validFrom: nil, validTo: nil, caseSensitive: true),
            .init(faction: "islamic_state", alias: "Negara Islam", language: "id", validFrom: nil, validTo: nil),
            .init(faction: "syrian_opposition", alias: "pemberontak", language: "id", validFrom: nil, validTo: nil),
            .init(faction: "free_syrian_army", alias: "FSA", language: "*", validFrom: nil, validTo: nil),
            .init(faction: "russia", alias: "Rusia", language: "id", validFrom: nil, validTo: nil),
            .init(faction: "civilians", alias: "warga sipil", language: "id", validFrom: nil, validTo: nil),
        ])

    static let extractor: Extractor = try! Extractor(knowledge: knowledge)
}
