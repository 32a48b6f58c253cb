import Foundation
@testable import Pipeline
import Store
import Testing

/// The real `ingest` binary, killed mid-run and run twice at once on one database.
@Suite(.serialized) struct IngestProcessTests {
    /// The `ingest` executable built next to this test bundle.
    static var binary: String? {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for candidate in [directory, directory.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("ingest").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// `count` articles made from the seeds: each seed with a numbered dateline and a sentence
    /// of its own, so that every text (and content hash) differs.
    static func corpus(_ folder: TemporaryFolder, count: Int) throws -> String {
        let seeds = try Seeds.paths.indices.map(Seeds.text)
        for index in 0..<count {
            var text = seeds[index % seeds.count]
            text = text.replacingOccurrences(of: "Suriah", with: index % 2 == 0 ? "Suriah" : "Syria")
            text += "\n\nLaporan tambahan nomor \(index) dari koresponden \(index % 17).\n"
            try folder.write("corpus/\(index / 500)/article_\(String(format: "%05d", index)).txt", text)
        }
        return folder.path("corpus")
    }

    static func launch(_ arguments: [String], database: String) throws -> (Process, Pipe) {
        guard let binary else { throw PipelineError(path: "ingest", reason: .notFound, detail: "build the ingest product first") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--db", database, "--quiet"] + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return (process, errors)
    }

    static func finish(_ process: Process, _ errors: Pipe) -> (status: Int32, stderr: String) {
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    static func counts(_ database: String) throws -> [String: Int] {
        let connection = try Database(path: database, mode: .readOnly)
        var result: [String: Int] = [:]
        for (name, sql) in [("articles", "SELECT count(*) FROM articles"), ("events", "SELECT count(*) FROM events"),
                            ("reports", "SELECT count(*) FROM reports"), ("controls", "SELECT count(*) FROM control_observations"),
                            ("hashes", "SELECT count(DISTINCT content_hash) FROM articles"),
                            ("fts", "SELECT count(*) FROM articles_fts")] {
            result[name] = Int(try connection.scalarInt(sql: sql) ?? -1)
        }
        return result
    }

    static func checkIntegrity(_ database: String) throws {
        let connection = try Database(path: database, mode: .readOnly)
        #expect(try connection.scalarString(sql: "PRAGMA integrity_check") == "ok")
        #expect(try connection.query(sql: "PRAGMA foreign_key_check") { $0.string(0) }.isEmpty)
        #expect(try connection.query(sql: "SELECT input FROM articles GROUP BY content_hash HAVING count(*) > 1") { $0.string(0) }.isEmpty)
    }

    @Test func aRunKilledMidwayLeavesASoundDatabaseAndTheNextRunCompletesIt() throws {
        guard Self.binary != nil else { Issue.record("the ingest binary is not built next to the tests"); return }
        let folder = try TemporaryFolder()
        let corpus = try Self.corpus(folder, count: 2000)
        let reference = folder.path("reference.db")
        let (whole, wholeErrors) = try Self.launch([corpus], database: reference)
        #expect(Self.finish(whole, wholeErrors).status == 0)

        let killed = folder.path("killed.db")
        let (process, errors) = try Self.launch(["--batch-size", "25", "--jobs", "1", corpus], database: killed)
        // Wait until some batches are committed, then kill without warning.
        var stored = 0
        while process.isRunning && stored < 300 {
            usleep(20_000)
            stored = (try? Database(path: killed, mode: .readOnly)).flatMap { try? $0.scalarInt(sql: "SELECT count(*) FROM articles") }.map(Int.init) ?? 0
        }
        #expect(process.isRunning, "the run finished before it could be killed; make the corpus larger")
        kill(process.processIdentifier, SIGKILL)
        let interrupted = Self.finish(process, errors)
        #expect(interrupted.status == SIGKILL)
        try Self.checkIntegrity(killed)
        let partial = try Self.counts(killed)["articles"] ?? 0
        #expect(partial > 0 && partial < 2000)

        let (resumed, resumedErrors) = try Self.launch([corpus], database: killed)
        #expect(Self.finish(resumed, resumedErrors).status == 0)
        try Self.checkIntegrity(killed)
        #expect(try Self.counts(killed) == Self.counts(reference))
        #expect(try Self.counts(killed)["articles"] == 2000)
    }

    @Test func twoIngestsOnOneDatabaseBothFinishWhileAReaderQueriesIt() throws {
        guard Self.binary != nil else { Issue.record("the ingest binary is not built next to the tests"); return }
        let folder = try TemporaryFolder()
        let corpus = try Self.corpus(folder, count: 1600)
        let database = folder.path("shared.db")
        // Both start on a database that does not exist yet; they overlap on half their files.
        let first = try Self.launch(["--batch-size", "20", corpus + "/0", corpus + "/1", corpus + "/2"], database: database)
        let second = try Self.launch(["--batch-size", "20", corpus + "/3", corpus + "/2", corpus + "/1"], database: database)
        var reads = 0, readErrors: [String] = []
        while first.0.isRunning || second.0.isRunning {
            if FileManager.default.fileExists(atPath: database) {
                do {
                    let reader = try Database(path: database, mode: .readOnly)
                    _ = try reader.scalarInt(sql: "SELECT count(*) FROM article_summary")
                    reads += 1
                } catch let error as StoreError where error.message.contains("no such") {
                    // The schema is not there yet.
                } catch {
                    readErrors.append("\(error)")
                }
            }
            usleep(50_000)
        }
        let one = Self.finish(first.0, first.1), two = Self.finish(second.0, second.1)
        #expect(one.status == 0, "\(one.stderr)")
        #expect(two.status == 0, "\(two.stderr)")
        #expect(!(one.stderr + two.stderr).contains("locked"))
        #expect(readErrors.isEmpty)
        try Self.checkIntegrity(database)
        #expect(try Self.counts(database)["articles"] == 1600)
    }
}
