import Foundation
import Store

/// Writes a generated corpus to disk as files (one article a file, folders of 1,000) and,
/// on request, as JSON Lines; a manifest lets later runs reuse a corpus already written.
struct CorpusWriter: Sendable {
    /// Bump when the generator's output changes, so that cached corpora are rebuilt.
    static let generatorVersion = "generator-1"

    struct Written {
        let count: Int
        let bytes: Int
        let seconds: Double
        let reused: Bool
    }

    let generator: CorpusGenerator

    /// Opens (creating if needed) a database holding only the reference data, to read the
    /// gazetteer and dictionary from.
    static func world(referenceDatabase path: String) throws -> World {
        let database = try EventDatabase.openForWriting(path: path)
        return try World(database: database)
    }

    /// - Parameter stamp: what else the corpus depends on (the reference data's version), for reuse.
    func writeFiles(count: Int, to directory: String, jsonLines: String? = nil, stamp: String = "") throws -> Written {
        let manifestPath = directory + "/.manifest"
        let manifest = "\(Self.generatorVersion) count=\(count) seed=\(generator.seed) \(stamp)"
        if jsonLines == nil, (try? String(contentsOfFile: manifestPath, encoding: .utf8)) == manifest,
           let bytes = Int((try? String(contentsOfFile: directory + "/.bytes", encoding: .utf8)) ?? "") {
            return Written(count: count, bytes: bytes, seconds: 0, reused: true)
        }
        let manager = FileManager.default
        try? manager.removeItem(atPath: directory)
        try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for folder in 0...(max(count - 1, 0) / 1000) {
            try manager.createDirectory(atPath: directory + "/" + pad(folder, 4), withIntermediateDirectories: true)
        }
        let start = now()
        // Articles are independent: generate and write them on every core.
        let chunks = max(1, ProcessInfo.processInfo.activeProcessorCount) * 4
        let totals = Totals(chunks: chunks)
        let lines = JSONLinesBuffer(enabled: jsonLines != nil, count: count)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var bytes = 0
            var index = chunk
            while index < count {
                let article = generator.article(index)
                let data = Data(article.text.utf8)
                bytes += data.count
                if !manager.createFile(atPath: directory + "/" + article.relativePath, contents: data) {
                    totals.fail("cannot write \(directory)/\(article.relativePath)")
                }
                lines.set(index, Self.jsonLine(article))
                index += chunks
            }
            totals.add(chunk: chunk, bytes: bytes)
        }
        if let failure = totals.failure { throw BenchError(failure) }
        if let jsonLines {
            guard manager.createFile(atPath: jsonLines, contents: nil), let handle = FileHandle(forWritingAtPath: jsonLines) else {
                throw BenchError("cannot write \(jsonLines)")
            }
            for line in lines.lines { handle.write(Data(line.utf8)) }
            try handle.close()
        }
        try manifest.write(toFile: manifestPath, atomically: true, encoding: .utf8)
        try String(totals.bytes).write(toFile: directory + "/.bytes", atomically: true, encoding: .utf8)
        return Written(count: count, bytes: totals.bytes, seconds: now() - start, reused: false)
    }

    /// One record of the JSON Lines form: the fields of the pipeline's ArticleInput.
    static func jsonLine(_ article: CorpusGenerator.Article) -> String {
        "{\"file_name\":\(json(article.fileName)),\"title\":\(json(article.title)),\"outlet\":\(json(article.outlet)),"
            + "\"published\":\(json(article.published.iso)),\"url\":\(json(article.url)),\"text\":\(json(article.text))}\n"
    }

    static func json(_ string: String) -> String {
        var out = "\""
        out.reserveCapacity(string.utf8.count + 16)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// Byte counts and the first failure, gathered from the writer threads.
private final class Totals: @unchecked Sendable {
    private let lock = NSLock()
    private var perChunk: [Int]
    private(set) var failure: String?

    init(chunks: Int) { perChunk = Array(repeating: 0, count: chunks) }
    func add(chunk: Int, bytes: Int) { lock.lock(); perChunk[chunk] = bytes; lock.unlock() }
    func fail(_ message: String) { lock.lock(); if failure == nil { failure = message }; lock.unlock() }
    var bytes: Int { perChunk.reduce(0, +) }
}

/// JSON lines in article order, filled from several threads.
private final class JSONLinesBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private let enabled: Bool
    private(set) var lines: [String]

    init(enabled: Bool, count: Int) {
        self.enabled = enabled
        lines = enabled ? Array(repeating: "", count: count) : []
    }

    func set(_ index: Int, _ line: @autoclosure () -> String) {
        guard enabled else { return }
        let value = line()
        lock.lock(); lines[index] = value; lock.unlock()
    }
}
