import ArgumentParser
import Foundation
import Store

/// `bench queries`: report latency on a database of 10^6 events, in-process and as whole
/// `query` processes, with the query plans of the reports' SQL.
struct Queries: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Report latency (median, p95) on a large event database.")

    @OptionGroup var common: CommonOptions
    @Option(help: "Events in the database (default 1000000; 100000 with --quick).") var events: Int?
    @Option(help: "In-process runs per report.") var runs: Int = 50
    @Option(help: "Whole-process runs per report.") var processRuns: Int = 20
    @Option(help: "Province for control and events.") var province: String = "Homs"
    @Option(help: "Start day for events --since.") var since: String = "2020-01-01"
    @Option(help: "Place for timeline (default: the place with most events in the province).") var location: String?
    @Option(help: "Search term (default: the timeline place).") var term: String?
    @Option(help: "Time only the reports whose name starts with this (control, events, timeline, search); repeatable.")
    var only: [String] = []

    func run() throws {
        try common.prepare()
        print(try QueryBench(options: self).run())
    }
}

struct QueryBench {
    let options: Queries

    func run() throws -> String {
        let common = options.common
        let target = options.events ?? (common.quick ? 100_000 : 1_000_000)
        let path = try database(events: target)
        let database = try EventDatabase.openForReading(path: path)
        let counts = try database.query(sql: "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), (SELECT count(*) FROM reports)") {
            ($0.int(0), $0.int(1), $0.int(2))
        }.first ?? (0, 0, 0)
        let location = try options.location ?? database.scalarString(sql: """
            SELECT l.name FROM events e JOIN locations l ON l.id = e.location_id
            WHERE l.admin1 = ? AND l.kind <> 'governorate' GROUP BY l.id ORDER BY count(*) DESC LIMIT 1
            """, options.province) ?? options.province
        let term = options.term ?? location
        let reports = Adapters.reports(province: options.province, since: options.since, location: location, term: term)
            .filter { report in options.only.isEmpty || options.only.contains { report.name.hasPrefix($0) } }

        var rows: [[String]] = []
        var plans: [String] = []
        let query = try? sibling("query")
        for report in reports {
            var row = [report.name]
            if let run = report.run {
                var samples: [Double] = []
                var cpu: [Double] = []
                var rowCount = 0
                for _ in 0..<options.runs {
                    let cpuBefore = cpuSelf()
                    let (count, seconds) = try timed { try run(database) }
                    cpu.append(cpuSelf() - cpuBefore)
                    rowCount = count
                    samples.append(seconds)
                }
                let summary = Summary(samples)
                row += [String(rowCount), ms(summary.median), ms(summary.p95), ms(Summary(cpu).median)]
            } else {
                row += ["–", "–", "–", "–"]
            }
            if let query {
                var samples: [Double] = []
                var status: Int32 = 0
                var failure = ""
                for _ in 0..<options.processRuns {
                    let child = try runChild(query, report.arguments + ["--db", path, "--format", "json"], captureOutput: false)
                    status = child.status
                    if status != 0 { failure = tail(child.stderr, lines: 2); break }
                    samples.append(child.seconds)
                }
                let summary = Summary(samples)
                row += status == 0 ? [ms(summary.median), ms(summary.p95)] : ["failed (\(status))", failure.replacingOccurrences(of: "\n", with: " ")]
            } else {
                row += ["no `query` binary", "–"]
            }
            rows.append(row)
            if let planned = try report.plan?(database) {
                let plan = try explain(database, sql: planned.sql, values: planned.values)
                plans.append("### \(report.name)\n\n```sql\n\(planned.sql)\n```\n\n```\n\(plan)\n```\n")
            }
        }
        return """
            ## Queries (\(counts.1) events, \(counts.0) articles, \(counts.2) reports; database \(mb(fileSize(path))) MB; load average before: \(loadAverage()))

            In-process: \(options.runs) runs on one open connection (the report built and run, not rendered). Process: \(options.processRuns) runs of `query … --format json`, output discarded.

            \(table(["report", "rows", "in-process median ms", "in-process p95 ms", "in-process CPU median ms", "process median ms", "process p95 ms"], rows))

            ## Query plans

            \(plans.joined(separator: "\n"))
            """
    }

    /// The event database of `events` events, built once and reused.
    private func database(events: Int) throws -> String {
        let common = options.common
        let path = common.workURL.appendingPathComponent("events-\(events).db").path
        let ready = path + ".ready"
        let stamp = "\(CorpusWriter.generatorVersion) seed=\(common.seed) \(common.databaseStamp)"
        if (try? String(contentsOfFile: ready, encoding: .utf8)) == stamp, FileManager.default.fileExists(atPath: path) {
            return path
        }
        note("building a database of \(events) events (once; reused by later runs)…")
        let built = try EventCorpus.build(database: path, events: events, seed: common.seed, world: try common.world())
        note("  \(built.articles) articles, \(built.events) events in \(fmt(built.seconds, 1)) s "
             + "(\(fmt(Double(built.events) / built.seconds, 0)) events/s through ArticleWriter)")
        try stamp.write(toFile: ready, atomically: true, encoding: .utf8)
        return path
    }

    private func explain(_ database: Database, sql: String, values: [String: SQLiteValue]) throws -> String {
        let statement = try database.prepare(sql: "EXPLAIN QUERY PLAN " + sql)
        var depth: [Int: Int] = [:]
        let lines = try statement.rows(named: values.mapValues { $0 as SQLiteBindable }) { row -> String in
            let id = row.int(0), parent = row.int(1)
            let level = (depth[parent] ?? -1) + 1
            depth[id] = level
            return String(repeating: "  ", count: level) + row.string(3)
        }
        return lines.joined(separator: "\n")
    }
}

struct All: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Ingest, floor and queries, one after the other.")

    @OptionGroup var common: CommonOptions

    func run() throws {
        try common.prepare()
        print("# Benchmark, \(ISO8601DateFormatter().string(from: Date())), \(ProcessInfo.processInfo.activeProcessorCount) cores, SQLite \(Database.sqliteVersion)\n")
        let sizes = common.quick ? [1000] : [1000, 10_000, 100_000]
        print(try IngestBench(common: common, batch: pipelineBatchSize, inProcess: true, process: true).run(sizes: sizes))
        var queries = try Queries.parse(["--work", common.work, "--seed", String(common.seed)] + (common.quick ? ["--quick"] : []))
        if common.quick { queries.runs = 20; queries.processRuns = 10 }
        print(try QueryBench(options: queries).run())
    }
}
