import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How an article file is laid out.
public enum InputFormat: String, Sendable {
    case text, html, jsonl
    /// Not known from the name: decided from the first bytes.
    case sniffed

    /// By file extension; nil for an extension that is not an article's (`.json`, `.md`, `.csv`, …).
    static func of(fileName: String) -> InputFormat? {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return .sniffed }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "txt", "text": return .text
        case "htm", "html", "xhtml", "shtml": return .html
        case "jsonl", "ndjson": return .jsonl
        default: return nil
        }
    }
}

/// One thing found under the paths given to `ingest`.
enum InputEntry: Sendable {
    case file(path: String, format: InputFormat)
    case standardInput
    /// Could not be read at all (missing, broken symlink, loop, too large, not a file).
    case problem(PipelineError)
    /// Left out on purpose (hidden file, not an article extension); reported with --verbose.
    case ignored(path: String, reason: String)
}

/// Walks the paths in the order given, directories recursively in byte order of their names,
/// lazily, so that a corpus of any size costs one directory listing at a time.
///
/// In directories, hidden entries and files whose extension is not an article's (`.gold.json`,
/// `.md`, images) are left out; a file named on the command line is always read. Symbolic
/// links are followed; a link that leads back into a directory being read is a loop.
struct InputWalker: IteratorProtocol, Sequence {
    private enum Pending {
        case root(String)
        case child(path: String, ancestors: [DirectoryID])
    }

    private struct DirectoryID: Hashable { let device: UInt64; let inode: UInt64 }

    private var pending: [Pending]
    private var ancestorsOfNext: [DirectoryID] = []
    let maxFileSize: Int

    init(paths: [String], maxFileSize: Int) {
        pending = paths.reversed().map(Pending.root)
        self.maxFileSize = maxFileSize
    }

    mutating func next() -> InputEntry? {
        while let item = pending.popLast() {
            switch item {
            case .root(let path):
                if path == "-" { return .standardInput }
                if let entry = visit(path, explicit: true, ancestors: []) { return entry }
            case .child(let path, let ancestors):
                if let entry = visit(path, explicit: false, ancestors: ancestors) { return entry }
            }
        }
        return nil
    }

    private mutating func visit(_ path: String, explicit: Bool, ancestors: [DirectoryID]) -> InputEntry? {
        var link = stat()
        guard lstat(path, &link) == 0 else {
            return .problem(PipelineError(path: path, reason: .notFound, detail: "cannot read: \(Self.errorText(errno))"))
        }
        let isLink = (link.st_mode & S_IFMT) == S_IFLNK
        var info = stat()
        if stat(path, &info) != 0 {
            let code = errno
            if code == ELOOP { return .problem(PipelineError(path: path, reason: .symlinkLoop, detail: "skipped: symbolic link loop")) }
            if isLink { return .problem(PipelineError(path: path, reason: .brokenSymlink, detail: "skipped: broken symbolic link (its target does not exist)")) }
            return .problem(PipelineError(path: path, reason: .unreadable, detail: "cannot read: \(Self.errorText(code))"))
        }
        let name = (path as NSString).lastPathComponent
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            let id = DirectoryID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
            if ancestors.contains(id) {
                return .problem(PipelineError(path: path, reason: .symlinkLoop, detail: "skipped: symbolic link loop (leads back to a directory being read)"))
            }
            if !explicit && name.hasPrefix(".") { return .ignored(path: path, reason: "hidden directory") }
            guard let handle = opendir(path) else {
                return .problem(PipelineError(path: path, reason: .unreadable, detail: "cannot read the directory: \(Self.errorText(errno))"))
            }
            closedir(handle)
            let children = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            let sorted = children.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            let base = path.hasSuffix("/") ? path : path + "/"
            for child in sorted.reversed() { pending.append(.child(path: base + child, ancestors: ancestors + [id])) }
            return nil
        case S_IFREG:
            let format: InputFormat
            if explicit {
                format = InputFormat.of(fileName: name) ?? .sniffed
            } else {
                if name.hasPrefix(".") { return .ignored(path: path, reason: "hidden file") }
                guard let known = InputFormat.of(fileName: name) else { return .ignored(path: path, reason: "not an article file extension") }
                format = known
            }
            if info.st_size == 0 { return .problem(PipelineError(path: path, reason: .empty, detail: "skipped: empty file")) }
            if format != .jsonl && Int(info.st_size) > maxFileSize {
                return .problem(PipelineError(path: path, reason: .tooLarge,
                                              detail: "skipped: \(info.st_size) bytes, over the limit of \(maxFileSize) (--max-file-size)"))
            }
            return .file(path: path, format: format)
        default:
            return .problem(PipelineError(path: path, reason: .unreadable, detail: "skipped: not a regular file or directory"))
        }
    }

    static func errorText(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or directory"
        case EACCES: return "permission denied"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}
