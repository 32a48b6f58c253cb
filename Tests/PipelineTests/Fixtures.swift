import Foundation
@testable import Pipeline
import Extraction
import Store

/// A fresh folder under the system's temporary directory, removed when the value is released.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-tests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = self.path(name)
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }
}

/// The repository's seed articles (seeds/ at the package root).
enum Seeds {
    static let folder: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("seeds").path
    }()

    static var paths: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".txt") }.sorted().map { folder + "/" + $0 }
    }

    static func text(_ index: Int) throws -> String {
        try String(contentsOfFile: paths[index], encoding: .utf8)
    }
}

/// A small, predictable extractor for pipeline tests: one "Armed clash" per paragraph that names
/// an alias of the test faction `hawks_brigade` from the knowledge it was given (so that imported
/// aliases count), at the first user-added place named in the paragraph.
struct AliasSpotter: ArticleExtracting {
    static let faction = "hawks_brigade"
    let aliases: [(alias: String, faction: String)]
    let places: [(name: String, ref: String)]

    init(knowledge: Knowledge) {
        aliases = knowledge.aliases.filter { $0.faction == Self.faction }.map { ($0.alias.lowercased(), $0.faction) }
        places = knowledge.places.filter { $0.ref.hasPrefix("user:") }.map { ($0.name.lowercased(), $0.ref) }
    }

    func extract(_ input: ArticleInput) -> ArticleExtraction {
        var events: [ExtractedEvent] = []
        let paragraphs = input.text.components(separatedBy: "\n").filter { !$0.isEmpty }
        for (index, paragraph) in paragraphs.enumerated() {
            let lower = paragraph.lowercased()
            guard let hit = aliases.first(where: { lower.contains($0.alias) }) else { continue }
            let place = places.first { lower.contains($0.name) }
            events.append(ExtractedEvent(type: "Armed clash", date: PartialDate(year: 2015, month: 11, day: 23),
                                         place: place.map { .known(ref: $0.ref) } ?? .unlisted(name: "Somewhere \(index)", country: "SY", admin1: nil, parentRef: nil),
                                         actor: hit.faction, sentenceIndex: index, evidence: paragraph, cue: hit.alias,
                                         explanation: ["alias \(hit.alias) → \(hit.faction)"]))
        }
        return ArticleExtraction(title: input.title, outlet: input.outlet, language: "id", supported: true,
                                 published: PartialDate(year: 2015, month: 11, day: 24), cleanText: input.text, events: events)
    }
}

/// Collects what a run reports.
final class Recorder: IngestObserver {
    var skipped: [PipelineError] = []
    var ignored: [String] = []
    var stored: [(String, ArticleOutcome)] = []
    func skipped(_ error: PipelineError) { skipped.append(error) }
    func ignored(path: String, reason: String) { ignored.append(path) }
    func stored(input: String, outcome: ArticleOutcome, events: Int) { stored.append((input, outcome)) }
}

extension IngestRun {
    /// A run with the alias spotter on `database`, returning its summary.
    static func spotting(_ paths: [String], database: String, imports: [ReferenceImport.Source] = [], observer: Recorder? = nil,
                         stdin: [UInt8]? = nil, configure: (inout IngestOptions) -> Void = { _ in }) throws -> IngestSummary {
        var options = IngestOptions(databasePath: database)
        options.imports = imports
        options.batchSize = 3
        configure(&options)
        return try IngestRun(options: options, observer: observer, makeExtractor: { AliasSpotter(knowledge: $0) })
            .run(paths: paths, standardInput: { stdin })
    }
}

func count(_ database: String, _ table: String) throws -> Int {
    let connection = try Database(path: database, mode: .readOnly)
    return Int(try connection.scalarInt(sql: "SELECT count(*) FROM " + table) ?? -1)
}
