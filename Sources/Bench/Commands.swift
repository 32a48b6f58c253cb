import ArgumentParser
import Foundation
import Store

/// `bench`: a synthetic corpus, ingest throughput against the storage floor, query latency.
/// Prints figures (Markdown tables on stdout, progress on stderr); asserts nothing.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmarks of ingest and query on a deterministic synthetic corpus.",
        discussion: "Run a release build: swift run -c release bench all (or Scripts/bench.sh). --quick finishes in about a minute.",
        subcommands: [All.self, Generate.self, Ingest.self, Floor.self, Queries.self, IngestOnce.self],
        defaultSubcommand: All.self)
}

struct CommonOptions: ParsableArguments {
    @Option(help: "Folder for corpora and databases (reused between runs).")
    var work: String = ".build-bench-work"

    @Option(help: "Seed of the corpus generator.")
    var seed: UInt64 = 20_110_315

    @Flag(help: "A small run: 10^3 articles, 10^5 events.")
    var quick = false

    var workURL: URL { URL(fileURLWithPath: work).standardizedFileURL }

    func prepare() throws {
        try FileManager.default.createDirectory(at: workURL, withIntermediateDirectories: true)
    }

    /// A database with the reference data only, made once; copied as the start of each run so
    /// that the one-off cost of loading the gazetteer is measured apart from ingest.
    func referenceDatabase() throws -> String {
        let path = workURL.appendingPathComponent("reference.db").path
        // Rebuilt when this build's schema or reference data differ from the cached copy's.
        let stamp = databaseStamp
        let ready = (try? String(contentsOfFile: path + ".ready", encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
        if ready.first != stamp || !FileManager.default.fileExists(atPath: path) {
            removeDatabase(path)
            let (database, seconds) = try timed { try EventDatabase.openForWriting(path: path) }
            try database.executeScript(trustedSQL: "PRAGMA wal_checkpoint(TRUNCATE)")
            note("reference data loaded into a new database in \(fmt(seconds, 2)) s")
            try (stamp + "\n" + fmt(seconds, 3)).write(toFile: path + ".ready", atomically: true, encoding: .utf8)
        }
        return path
    }

    /// What a cached database depends on: the migrations' text (a migration may be edited in
    /// place before release) and the reference data.
    var databaseStamp: String {
        var hash: UInt64 = 0xcbf29ce484222325
        for migration in Migrator.embedded.migrations {
            for byte in migration.sql.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        }
        return "schema=\(Migrator.embedded.latestVersion)/\(String(hash, radix: 16)) reference=\(ReferenceData.embedded.version)"
    }

    /// Seconds it took to load the reference data into an empty database.
    func referenceLoadSeconds() throws -> Double {
        let text = (try? String(contentsOfFile: try referenceDatabase() + ".ready", encoding: .utf8)) ?? ""
        return Double(text.split(separator: "\n").last ?? "") ?? .nan
    }

    /// A fresh database holding only the reference data, at `path`.
    func freshDatabase(_ path: String) throws {
        removeDatabase(path)
        try FileManager.default.copyItem(atPath: try referenceDatabase(), toPath: path)
    }

    func world() throws -> World {
        let database = try Database(path: try referenceDatabase(), mode: .readOnly)
        return try World(database: database)
    }

    /// The corpus of `count` articles, generated unless already on disk.
    func corpus(_ count: Int) throws -> (path: String, bytes: Int) {
        let path = workURL.appendingPathComponent("corpus-\(count)").path
        let writer = CorpusWriter(generator: CorpusGenerator(world: try world(), seed: seed))
        let written = try writer.writeFiles(count: count, to: path, stamp: "reference=\(ReferenceData.embedded.version)")
        if !written.reused {
            note("generated \(count) articles (\(mb(written.bytes)) MB) in \(fmt(written.seconds, 1)) s")
        }
        return (path, written.bytes)
    }
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a synthetic corpus as files (and JSON Lines).")

    @Option(help: "Number of articles.") var count: Int = 1000
    @Option(help: "Seed.") var seed: UInt64 = 20_110_315
    @Option(help: "Folder to write the article files to (replaced).") var out: String
    @Option(help: "Also write the corpus as JSON Lines to this file.") var jsonl: String?
    @Option(help: "Event database to read the gazetteer and factions from (default: a temporary one).") var db: String?

    func run() throws {
        let reference = db ?? FileManager.default.temporaryDirectory.appendingPathComponent("bench-reference-\(getpid()).db").path
        defer { if db == nil { removeDatabase(reference) } }
        let world = try CorpusWriter.world(referenceDatabase: reference)
        let writer = CorpusWriter(generator: CorpusGenerator(world: world, seed: seed))
        try? FileManager.default.removeItem(atPath: out + "/.manifest")
        let written = try writer.writeFiles(count: count, to: out, jsonLines: jsonl)
        print("wrote \(written.count) articles, \(written.bytes) bytes, to \(out)\(jsonl.map { " and \($0)" } ?? "") in \(fmt(written.seconds, 2)) s")
    }
}
