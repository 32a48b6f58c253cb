import Foundation

/// One unit of work the producer hands to the extraction workers.
enum WorkItem: Sendable {
    /// A text or HTML file, read by the worker.
    case file(path: String, input: String, fileName: String, format: InputFormat)
    /// A document already in memory (standard input).
    case document(bytes: [UInt8], path: String, fileName: String)
    /// One line of a JSON Lines file.
    case record(line: [UInt8], path: String, lineNumber: Int, input: String, fileName: String)
    case problem(PipelineError)
    case ignored(path: String, reason: String)
}

/// Paths in, work items out, lazily: one directory listing and one JSON Lines file open at a time.
final class WorkStream {
    private var walker: InputWalker
    private var lines: (reader: LineReader, path: String, input: String, fileName: String, number: Int)?
    private var queued: [WorkItem] = []
    private let maxFileSize: Int
    private let standardInput: () -> [UInt8]?
    /// Files (and standard input) met so far.
    private(set) var files = 0

    init(paths: [String], maxFileSize: Int, standardInput: @escaping () -> [UInt8]?) {
        walker = InputWalker(paths: paths, maxFileSize: maxFileSize)
        self.maxFileSize = maxFileSize
        self.standardInput = standardInput
    }

    func next() -> WorkItem? {
        if !queued.isEmpty { return queued.removeFirst() }
        if let item = nextLine() { return item }
        guard let entry = walker.next() else { return nil }
        switch entry {
        case .problem(let error):
            files += 1
            return .problem(error)
        case .ignored(let path, let reason):
            return .ignored(path: path, reason: reason)
        case .standardInput:
            files += 1
            return readStandardInput()
        case .file(let path, let format):
            files += 1
            let input = Self.absolute(path)
            let fileName = (path as NSString).lastPathComponent
            if format == .jsonl || (format == .sniffed && startsLikeJSONLines(path)) {
                do {
                    lines = (try LineReader(path: path, limit: maxFileSize), path, input, fileName, 0)
                } catch {
                    return .problem(error)
                }
                return next()
            }
            return .file(path: path, input: input, fileName: fileName, format: format)
        }
    }

    private func nextLine() -> WorkItem? {
        guard var current = lines else { return nil }
        while true {
            let line: LineReader.Line?
            do {
                line = try current.reader.next()
            } catch {
                lines = nil
                return .problem(error)
            }
            guard let line else { lines = nil; return next() }
            current.number += 1
            lines = current
            switch line {
            case .tooLong(let size):
                return .problem(PipelineError(path: "\(current.path):\(current.number)", reason: .tooLarge,
                                              detail: "skipped line \(current.number): \(size) bytes, over the limit of \(maxFileSize) (--max-file-size)"))
            case .text(var bytes):
                if bytes.last == 0x0D { bytes.removeLast() }
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                return .record(line: bytes, path: current.path, lineNumber: current.number,
                               input: "\(current.input)#\(current.number)", fileName: "\(current.fileName)#\(current.number)")
            }
        }
    }

    private func readStandardInput() -> WorkItem? {
        guard let bytes = standardInput() else {
            return .problem(PipelineError(path: "-", reason: .unreadable, detail: "cannot read standard input"))
        }
        if bytes.isEmpty { return .problem(PipelineError(path: "-", reason: .empty, detail: "skipped: standard input is empty")) }
        if bytes.count > maxFileSize && !ArticleDecoding.looksLikeJSONLines(bytes[...]) {
            return .problem(PipelineError(path: "-", reason: .tooLarge, detail: "skipped: standard input is over the limit of \(maxFileSize) bytes (--max-file-size)"))
        }
        guard ArticleDecoding.looksLikeJSONLines(bytes[...]) else {
            return .document(bytes: bytes, path: "-", fileName: "stdin")
        }
        for (offset, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            var line = Array(line)
            if line.last == 0x0D { line.removeLast() }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            let number = offset + 1
            queued.append(.record(line: line, path: "-", lineNumber: number, input: "", fileName: "stdin#\(number)"))
        }
        return next()
    }

    /// A file without a known extension whose first bytes open a JSON object.
    private func startsLikeJSONLines(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 512)) ?? Data()
        return ArticleDecoding.looksLikeJSONLines([UInt8](head)[...])
    }

    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
