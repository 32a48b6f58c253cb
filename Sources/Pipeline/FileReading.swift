#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads files with plain system calls: whole files up to a limit, and JSON Lines files one
/// line at a time so that a file of any size is streamed.
enum FileReading {
    /// The file's bytes; fails with a reason when it cannot be opened or is larger than `limit`.
    static func read(path: String, limit: Int) throws(PipelineError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw PipelineError(path: path, reason: .unreadable, detail: "cannot read: \(InputWalker.errorText(errno))")
        }
        defer { close(descriptor) }
        return try readAll(descriptor, path: path, limit: limit)
    }

    static func readAll(_ descriptor: Int32, path: String, limit: Int) throws(PipelineError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw PipelineError(path: path, reason: .unreadable, detail: "cannot read: \(InputWalker.errorText(errno))")
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit {
                throw PipelineError(path: path, reason: .tooLarge, detail: "skipped: over the limit of \(limit) bytes (--max-file-size)")
            }
        }
    }
}

/// Lines of a file, read in 64 KiB chunks. A line longer than `limit` comes back as `.tooLong`
/// (its bytes dropped) so that one enormous line cannot exhaust memory.
final class LineReader {
    enum Line { case text([UInt8]), tooLong(Int) }

    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false
    private var discarding = false
    private var discarded = 0
    let limit: Int
    let path: String

    init(path: String, limit: Int) throws(PipelineError) {
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw PipelineError(path: path, reason: .unreadable, detail: "cannot read: \(InputWalker.errorText(errno))")
        }
        self.limit = limit
        self.path = path
    }

    deinit { close(descriptor) }

    func next() throws(PipelineError) -> Line? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                let length = newline - start
                defer { start = newline + 1 }
                if discarding || length > limit {
                    let size = discarded + length
                    discarding = false; discarded = 0
                    return .tooLong(size)
                }
                return .text(Array(buffer[start..<newline]))
            }
            if buffer.count - start > limit {
                discarding = true
                discarded += buffer.count - start
                buffer.removeAll(keepingCapacity: true); start = 0
            }
            if finished {
                guard start < buffer.count || discarding else { return nil }
                let line = Array(buffer[start...])
                buffer.removeAll(); start = 0
                if discarding || line.count > limit { discarding = false; return .tooLong(discarded + line.count) }
                return .text(line)
            }
            if start > 0 { buffer.removeFirst(start); start = 0 }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw PipelineError(path: path, reason: .unreadable, detail: "cannot read: \(InputWalker.errorText(errno))")
            }
            if count == 0 { finished = true } else { buffer.append(contentsOf: chunk[0..<count]) }
        }
    }
}

private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(descriptor, buffer, count)
    #else
    return Darwin.read(descriptor, buffer, count)
    #endif
}
