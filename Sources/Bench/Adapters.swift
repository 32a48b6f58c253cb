import Foundation
import Pipeline
import Reports
import Store

/// The bench's only contact with the ingest pipeline and the reports: kept in one file so that
/// a change of their API touches nothing else here.
enum Adapters {
    struct IngestCount { let articles: Int; let events: Int }

    /// Runs the ingest pipeline in this process on `paths` into the database at `database`.
    static func ingestInProcess(paths: [String], database: String, batchSize: Int? = nil) throws -> IngestCount {
        var options = IngestOptions(databasePath: database)
        if let batchSize { options.batchSize = batchSize }
        let summary = try IngestRun(options: options).run(paths: paths)
        if let first = summary.skipped.first {
            note("\(summary.skipped.count) inputs skipped, e.g. \(first)")
        }
        return IngestCount(articles: summary.inserted + summary.updated, events: summary.events)
    }

    /// The reports timed by `bench queries`, as the `query` CLI's arguments and in-process calls.
    struct Report {
        let name: String
        let arguments: [String]
        /// Runs the report in-process on an open read-only connection; returns its row count.
        let run: ((Database) throws -> Int)?
        /// The SQL the report runs, with its named values, for EXPLAIN QUERY PLAN.
        let plan: ((Database) throws -> (sql: String, values: [String: SQLiteValue]))?
    }

    static func reports(province: String, since: String, location: String, term: String) -> [Report] {
        let events = EventFilter(province: province, since: since)
        let timeline = EventFilter(location: location)
        return [
            Report(name: "control --province \(province)", arguments: ["control", "--province", province],
                   run: { try Reports(database: $0).control(province: province).rows.count },
                   plan: { plan(try Reports(database: $0).controlQuery(province: province, asOf: nil)) }),
            Report(name: "events --province \(province) --since \(since)",
                   arguments: ["events", "--province", province, "--since", since],
                   run: { try Reports(database: $0).events(events).rows.count },
                   plan: { plan(try Reports(database: $0).eventsQuery(events)) }),
            Report(name: "timeline --location \(location)", arguments: ["timeline", "--location", location],
                   run: { try Reports(database: $0).timeline(timeline).rows.count },
                   plan: { plan(try Reports(database: $0).timelineQuery(timeline)) }),
            Report(name: "search \(term)", arguments: ["search", term],
                   run: { try Reports(database: $0).search(term).rows.count },
                   plan: { plan(try Reports(database: $0).searchQuery(term)) }),
        ]
    }

    private static func plan(_ query: ReportQuery) -> (sql: String, values: [String: SQLiteValue]) {
        (query.sql, query.values)
    }
}

/// The pipeline's articles per transaction, so that the floor and the store-only run commit as often.
let pipelineBatchSize = IngestOptions(databasePath: "").batchSize
