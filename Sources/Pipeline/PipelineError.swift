/// Why an input was skipped or a run failed; every message names the file and the reason.
public struct PipelineError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Reason: String, Sendable {
        case unreadable, notFound, brokenSymlink, symlinkLoop, empty, tooLarge, binary, malformed, database, importFailed
    }

    public let path: String
    public let reason: Reason
    public let detail: String

    public init(path: String, reason: Reason, detail: String) {
        self.path = path; self.reason = reason; self.detail = detail
    }

    public var description: String { "\(path): \(detail)" }
}
