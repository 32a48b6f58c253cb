import ArgumentParser
import Foundation
import Store

/// `bench ingest`: corpora of 10^3, 10^4, 10^5 articles through the pipeline in-process and
/// through the real `ingest` binary, with the storage floor and the database size of each.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Ingest throughput, peak memory and the storage floor by corpus size.")

    @OptionGroup var common: CommonOptions
    @Option(parsing: .upToNextOption, help: "Corpus sizes (default 1000 10000 100000; 1000 with --quick).")
    var sizes: [Int] = []
    @Option(help: "Articles per transaction in the floor and store-only runs (default: the pipeline's batch size).") var batch: Int = pipelineBatchSize
    @Flag(help: "Skip the in-process pipeline run.") var skipInProcess = false
    @Flag(help: "Skip the `ingest` process run.") var skipProcess = false

    func run() throws {
        try common.prepare()
        let sizes = self.sizes.isEmpty ? (common.quick ? [1000] : [1000, 10_000, 100_000]) : self.sizes
        print(try IngestBench(common: common, batch: batch, inProcess: !skipInProcess, process: !skipProcess).run(sizes: sizes))
    }
}

/// `bench floor`: the storage floor alone.
struct Floor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "floor", abstract: "Time to store the same texts in a plain table with an FTS5 index, and nothing else.")

    @OptionGroup var common: CommonOptions
    @Option(parsing: .upToNextOption, help: "Corpus sizes.") var sizes: [Int] = []
    @Option(help: "Articles per transaction (default: the pipeline's batch size).") var batch: Int = pipelineBatchSize
    @Option(help: "SQL to run on the floor's connection first, to try a setting (e.g. \"PRAGMA cache_size = -65536\").")
    var setup: [String] = []
    @Flag(help: "Fill the search index with one INSERT … SELECT per transaction, as ingest does, instead of a trigger per row.")
    var indexPerBatch = false

    func run() throws {
        try common.prepare()
        let sizes = self.sizes.isEmpty ? (common.quick ? [1000] : [1000, 10_000, 100_000]) : self.sizes
        var rows: [[String]] = []
        for size in sizes {
            let corpus = try common.corpus(size)
            let result = try StorageFloor.run(corpus: corpus.path, database: common.workURL.appendingPathComponent("floor-\(size).db").path, batch: batch,
                                              searchIndex: indexPerBatch ? .perBatch : .perRow, setup: setup)
            rows.append([String(size), mb(result.bytes), fmt(result.seconds, 2), fmt(Double(result.articles) / result.seconds, 0),
                         fmt(Double(result.bytes) / 1_048_576 / result.seconds, 1), mb(result.databaseBytes)])
        }
        print("## Storage floor (plain table + FTS5 \(indexPerBatch ? "filled once per transaction" : "kept by a trigger per row"), \(batch) articles per transaction)\n")
        print(table(["articles", "MB", "seconds", "articles/s", "MB/s", "DB MB"], rows))
    }
}

/// The child process of an in-process run: ingests through the Pipeline API and prints one JSON
/// line of figures; the parent reads the child's own peak memory from wait4.
struct IngestOnce: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ingest-once", abstract: "(internal) One in-process ingest.",
                                                    shouldDisplay: false)
    @Option var corpus: String
    @Option var db: String
    @Option(help: "pipeline: the Pipeline API; writer: the generator's own events through ArticleWriter, no extraction.")
    var mode: String = "pipeline"
    @Option var seed: UInt64 = 0
    @Option var reference: String = ""
    @Option var batch: Int = pipelineBatchSize
    @Option var setup: [String] = []

    func run() throws {
        let (count, seconds) = try timed {
            mode == "writer"
                ? try WriterOnly.run(corpus: corpus, database: db, reference: reference, seed: seed, batch: batch, setup: setup)
                : try Adapters.ingestInProcess(paths: [corpus], database: db)
        }
        print("{\"seconds\": \(seconds), \"articles\": \(count.articles), \"events\": \(count.events)}")
    }
}

struct IngestBench {
    let common: CommonOptions
    let batch: Int
    let inProcess: Bool
    let process: Bool
    var writer = true

    /// The `ingest` binary next to this one; `swift run bench` builds only bench, so say so and go on.
    private var ingestExecutable: String? {
        do { return try sibling("ingest") } catch {
            note("\(error) — skipping the process runs")
            return nil
        }
    }

    private struct Run { let seconds: Double; let peakRSS: Int; let cpu: Double }

    func run(sizes: [Int]) throws -> String {
        let setup = try common.referenceLoadSeconds()
        let fixed = try fixedCost()
        var throughput: [[String]] = []
        var floorRows: [[String]] = []
        var sizeRows: [[String]] = []
        for size in sizes {
            let corpus = try common.corpus(size)
            let megabytes = Double(corpus.bytes) / 1_048_576
            var runs: [(String, Run)] = []
            var lastDatabase: String?
            if inProcess {
                let path = common.workURL.appendingPathComponent("ingest-inprocess-\(size).db").path
                try common.freshDatabase(path)
                note("in-process ingest of \(size) articles…")
                let child = try runChild(try sibling("bench"),
                                         ["ingest-once", "--corpus", corpus.path, "--db", path])
                if child.status == 0, let figures = parseFigures(child.stdout) {
                    runs.append(("in-process", Run(seconds: figures, peakRSS: child.peakRSS, cpu: child.cpuSeconds)))
                    lastDatabase = path
                } else {
                    note("in-process ingest failed (status \(child.status)): \(tail(child.stderr))")
                }
            }
            if writer {
                let path = common.workURL.appendingPathComponent("ingest-writer-\(size).db").path
                try common.freshDatabase(path)
                note("store-only ingest (no extraction) of \(size) articles…")
                let child = try runChild(try sibling("bench"), ["ingest-once", "--mode", "writer", "--corpus", corpus.path, "--db", path,
                                                                "--seed", String(common.seed), "--reference", try common.referenceDatabase(),
                                                                "--batch", String(batch)])
                if child.status == 0, let figures = parseFigures(child.stdout) {
                    runs.append(("store only", Run(seconds: figures, peakRSS: child.peakRSS, cpu: child.cpuSeconds)))
                } else {
                    note("store-only ingest failed (status \(child.status)): \(tail(child.stderr))")
                }
            }
            if process, let ingest = ingestExecutable {
                let path = common.workURL.appendingPathComponent("ingest-process-\(size).db").path
                try common.freshDatabase(path)
                note("`ingest` process on \(size) articles…")
                let child = try runChild(ingest, ["--db", path, corpus.path], captureOutput: false)
                if child.status == 0 || fileSize(path) > 0 {
                    if child.status != 0 { note("ingest exited with status \(child.status): \(tail(child.stderr))") }
                    runs.append(("process", Run(seconds: child.seconds, peakRSS: child.peakRSS, cpu: child.cpuSeconds)))
                    lastDatabase = lastDatabase ?? path
                } else {
                    note("ingest failed (status \(child.status)): \(tail(child.stderr))")
                }
            }
            let counts = try lastDatabase.map(countRows) ?? (articles: 0, events: 0, reports: 0, bytes: 0)
            let perArticle = counts.articles > 0 ? fmt(Double(counts.events) / Double(counts.articles), 2) : "–"
            for (mode, run) in runs {
                let overhead = fixed[mode] ?? 0
                throughput.append([String(size), fmt(megabytes, 1), mode, fmt(run.seconds, 2),
                                   fmt(Double(size) / run.seconds, 0), fmt(megabytes / run.seconds, 2),
                                   fmt(Double(size) / max(run.seconds - overhead, 1e-6), 0),
                                   fmt(run.cpu * 1000 / Double(size), 2), mb(run.peakRSS),
                                   mode == "store only" ? "(generator's)" : perArticle])
            }
            note("storage floor on \(size) articles…")
            let floor = try StorageFloor.run(corpus: corpus.path, database: common.workURL.appendingPathComponent("floor-\(size).db").path, batch: batch)
            let batchFloor = try StorageFloor.run(corpus: corpus.path, database: common.workURL.appendingPathComponent("floor-batch-\(size).db").path,
                                                  batch: batch, searchIndex: .perBatch)
            for (index, run) in [(StorageFloor.SearchIndex.perRow, floor), (.perBatch, batchFloor)] {
                var row = [String(size), index.rawValue, fmt(run.seconds, 2), fmt(Double(run.articles) / run.seconds, 0)]
                for mode in ["in-process", "process", "store only"] {
                    row.append(runs.first { $0.0 == mode }.map { fmt($0.1.seconds / run.seconds, 2) + "×" } ?? "–")
                }
                floorRows.append(row)
            }
            if counts.articles > 0 {
                sizeRows.append([String(size), mb(counts.bytes), String(counts.articles), String(counts.events), String(counts.reports),
                                 fmt(Double(counts.bytes) / Double(counts.articles), 0),
                                 counts.events > 0 ? fmt(Double(counts.bytes) / Double(counts.events), 0) : "–",
                                 fmt(Double(floor.databaseBytes) / Double(floor.articles), 0)])
            }
        }
        return """
            ## Ingest (\(ProcessInfo.processInfo.activeProcessorCount) cores, load average before: \(loadAverage()))

            Each run starts from a new database holding the reference data (loading it into an empty file takes \(fmt(setup, 2)) s, not counted). \
            Fixed cost of a run on an empty folder (open, load the gazetteer into the extractor, …): \
            \(fixed.sorted { $0.key < $1.key }.map { "\($0.key) \(fmt($0.value, 2)) s" }.joined(separator: ", ")); \
            "net articles/s" leaves it out.

            \(table(["articles", "MB", "run", "seconds", "articles/s", "MB/s", "net articles/s", "CPU ms/article", "peak RSS MB", "events/article"], throughput))

            ## Storage floor (same files, plain table + FTS5 through Store, \(batch) articles per transaction)

            The search index kept by a trigger per row (the plain way), or filled by one INSERT … SELECT per transaction as ingest does since migration 0006.

            \(table(["articles", "search index", "floor s", "floor articles/s", "in-process ÷ floor", "process ÷ floor", "store only ÷ floor"], floorRows))

            ## Database size

            \(table(["articles", "DB MB", "articles stored", "events", "reports", "bytes/article", "bytes/event", "floor bytes/article"], sizeRows))

            """
    }

    /// Seconds each kind of run takes on an empty folder.
    private func fixedCost() throws -> [String: Double] {
        let empty = common.workURL.appendingPathComponent("corpus-empty").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        var result: [String: Double] = [:]
        let path = common.workURL.appendingPathComponent("ingest-empty.db").path
        if inProcess {
            try common.freshDatabase(path)
            let child = try runChild(try sibling("bench"), ["ingest-once", "--corpus", empty, "--db", path])
            if child.status == 0, let seconds = parseFigures(child.stdout) { result["in-process"] = seconds }
        }
        if process, let ingest = ingestExecutable {
            try common.freshDatabase(path)
            let child = try runChild(ingest, ["--db", path, empty], captureOutput: false)
            result["process"] = child.seconds
        }
        if writer {
            try common.freshDatabase(path)
            let child = try runChild(try sibling("bench"), ["ingest-once", "--mode", "writer", "--corpus", empty, "--db", path,
                                                            "--seed", String(common.seed), "--reference", try common.referenceDatabase()])
            if child.status == 0, let seconds = parseFigures(child.stdout) { result["store only"] = seconds }
        }
        return result
    }

    private func parseFigures(_ output: String) -> Double? {
        guard let line = output.split(separator: "\n").last,
              let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
        return (object["seconds"] as? NSNumber)?.doubleValue
    }

    private func countRows(_ path: String) throws -> (articles: Int, events: Int, reports: Int, bytes: Int) {
        let database = try Database(path: path, mode: .readOnly)
        let articles = Int(try database.scalarInt(sql: "SELECT count(*) FROM articles") ?? 0)
        let events = Int(try database.scalarInt(sql: "SELECT count(*) FROM events") ?? 0)
        let reports = Int(try database.scalarInt(sql: "SELECT count(*) FROM reports") ?? 0)
        // The reference data is part of every database: count only what ingest added.
        let reference = fileSize(try common.referenceDatabase())
        return (articles, events, reports, fileSize(path) + fileSize(path + "-wal") - reference)
    }
}

func tail(_ text: String, lines: Int = 5) -> String {
    text.split(separator: "\n").suffix(lines).joined(separator: "\n")
}
