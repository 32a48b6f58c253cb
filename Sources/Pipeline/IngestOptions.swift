import Foundation
import Store

/// How an ingest run behaves. Defaults suit the command line.
public struct IngestOptions: Sendable {
    public var databasePath: String
    /// Files (and JSON Lines lines) larger than this are skipped.
    public var maxFileSize: Int = 16 * 1_048_576
    /// Articles written per transaction: a crash loses at most one batch, which the next run redoes.
    /// Each commit rewrites every index and FTS page its articles touched, so larger batches write
    /// far less (10^4 synthetic articles: 1.7M 512-byte blocks at 100, 0.9M at 500); two batches
    /// (the one written and the one extracted) are in memory at a time.
    public var batchSize: Int = 500
    /// Extraction threads.
    public var workers: Int = ProcessInfo.processInfo.activeProcessorCount
    /// How long to wait for another writer's lock, in milliseconds, before retrying a batch.
    public var busyTimeout: Int32 = 30_000
    /// How many times a batch is retried when the database stays locked.
    public var busyRetries: Int = 8
    /// Walk the paths once before ingesting to know the total for progress and ETA.
    public var countFilesFirst = false
    /// Reference CSV files to import before ingesting (see `ReferenceImport`).
    public var imports: [ReferenceImport.Source] = []

    public init(databasePath: String) { self.databasePath = databasePath }
}

/// What one stored (or not stored) article came to.
public enum ArticleOutcome: String, Sendable {
    case inserted, updated, unchanged, duplicate, reextracted
}

/// Figures of a run so far, for a progress line.
public struct IngestProgress: Sendable {
    public var files = 0
    /// Files to read, when counted first.
    public var filesTotal: Int?
    public var articles = 0
    public var events = 0
    public var skipped = 0
    public var seconds = 0.0
    /// "re-extracting" while stored articles are read again after a reference data change.
    public var phase = "ingesting"
}

/// The result of a run.
public struct IngestSummary: Sendable {
    public var files = 0
    public var inserted = 0
    public var updated = 0
    public var unchanged = 0
    /// Texts already stored from another input.
    public var duplicates = 0
    /// Stored articles extracted again because the reference data or extractor changed.
    public var reextracted = 0
    /// Files, lines and articles that could not be ingested, each with its reason.
    public var skipped: [PipelineError] = []
    /// Events the written articles reported (an event told by two articles counts twice).
    public var events = 0
    /// Distinct places those events happened at.
    public var places = 0
    /// Written articles by language code.
    public var languages: [String: Int] = [:]
    /// Rows imported from reference CSV files.
    public var imported = 0
    public var seconds = 0.0
    /// Of which spent writing the database (the rest overlaps extraction or decodes).
    public var writeSeconds = 0.0
    /// CPU time of the writing thread in those writes: unlike `writeSeconds`, it does not grow
    /// when other processes or the extraction threads take the cores.
    public var writeCPUSeconds = 0.0

    public var articles: Int { inserted + updated + unchanged + duplicates }
    /// True when some input could not be ingested: the command exits non-zero.
    public var hadFailures: Bool { !skipped.isEmpty }
}

/// Hears about a run as it goes; called on the thread that called `run`.
public protocol IngestObserver: AnyObject {
    func skipped(_ error: PipelineError)
    func ignored(path: String, reason: String)
    func stored(input: String, outcome: ArticleOutcome, events: Int)
    func progress(_ progress: IngestProgress)
}

extension IngestObserver {
    public func ignored(path: String, reason: String) {}
    public func stored(input: String, outcome: ArticleOutcome, events: Int) {}
    public func progress(_ progress: IngestProgress) {}
}
