import Foundation
import Store

/// The bench's only contact with the ingest pipeline and the reports: kept in one file so that
/// a change of their API touches nothing else here.
enum Adapters {
    struct IngestCount { let articles: Int; let events: Int }

    /// Runs the ingest pipeline in this process on `paths` into the database at `database`.
    static func ingestInProcess(paths: [String], database: String) throws -> IngestCount {
        throw BenchError("the Pipeline module has no in-process ingest API yet")
    }

    /// The reports timed by `bench queries`, as the `query` CLI's arguments and an in-process call.
    struct Report {
        let name: String
        let arguments: [String]
        /// Runs the report in-process on an open read-only connection; returns its row count.
        let run: ((Database) throws -> Int)?
        /// The SQL (and bound values) the report runs, for EXPLAIN QUERY PLAN.
        let sql: [(String, [SQLiteBindable])]
    }

    static func reports(province: String, since: String, location: String, term: String) -> [Report] {
        [
            Report(name: "control --province \(province)", arguments: ["control", "--province", province],
                   run: nil, sql: [("SELECT * FROM control_current WHERE admin1 = ?", [province])]),
            Report(name: "events --province \(province) --since \(since)",
                   arguments: ["events", "--province", province, "--since", since],
                   run: nil, sql: [("SELECT * FROM event_details WHERE admin1 = ? AND date_start >= ? ORDER BY date_start", [province, since])]),
            Report(name: "timeline --location \(location)", arguments: ["timeline", "--location", location],
                   run: nil, sql: []),
            Report(name: "search \(term)", arguments: ["search", term],
                   run: nil, sql: [("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT 50", [term])]),
        ]
    }
}
