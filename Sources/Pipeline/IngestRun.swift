import Embedded
import Extraction
import Foundation
import Store

/// One ingest: paths in, database rows out.
///
/// The producer walks the paths lazily and cuts the work into batches of `batchSize` articles;
/// each batch is decoded and hashed on all cores, articles already stored with the same text are
/// left alone, the rest are extracted on all cores, and the batch is written by this thread in
/// one transaction. Memory holds one batch whatever the corpus size. A batch that finds the
/// database locked by another writer waits (busy timeout) and is retried.
///
/// When the reference data (places, names, factions, aliases) or the extractor changed since
/// the stored articles were extracted (a fingerprint in `meta`), every stored article is first
/// extracted again from its stored text, so that a newly imported alias counts everywhere.
public final class IngestRun {
    public typealias ExtractorFactory = @Sendable (Knowledge) throws -> any ArticleExtracting

    public let options: IngestOptions
    private weak var observer: IngestObserver?
    private let makeExtractor: ExtractorFactory
    private var summary = IngestSummary()
    private var progress = IngestProgress()
    private var places = Set<LocationKey>()
    private var started = Date()
    /// After the database is open and the knowledge loaded: the start of the articles/s figure.
    private var ingestStarted = Date()
    private var database: Database!
    private var writer: ArticleWriter!
    private var extractor: (any ArticleExtracting)!
    /// `fingerprint()` as the run found it, taken while the extractor was built.
    private var referenceFingerprint = ""
    /// An extracted batch waiting to be written while the next one is extracted.
    private var pending: (prepared: [PreparedArticle], replacing: Bool, filesDone: Int)?
    /// The next batch, decoded while the one before it was extracted.
    private var decodedAhead: [Result<DecodedArticle, PipelineError>]?

    public init(options: IngestOptions, observer: IngestObserver? = nil, makeExtractor: @escaping ExtractorFactory = IngestRun.defaultExtractor) {
        self.options = options
        self.observer = observer
        self.makeExtractor = makeExtractor
    }

    public static let defaultExtractor: ExtractorFactory = { knowledge in try Extractor(knowledge: knowledge) }

    /// Ingests `paths` ("-" is standard input). Inputs that cannot be ingested are listed in the
    /// summary; only a database that cannot be opened or written throws.
    public func run(paths: [String], standardInput: @escaping () -> [UInt8]? = IngestRun.readStandardInput) throws(PipelineError) -> IngestSummary {
        started = Date()
        do {
            try prepare()
            ingestStarted = Date()
            if options.countFilesFirst { progress.filesTotal = Self.countFiles(paths, maxFileSize: options.maxFileSize) }
            try reextractIfReferenceChanged()
            try ingest(WorkStream(paths: paths, maxFileSize: options.maxFileSize, standardInput: standardInput))
        } catch let error as PipelineError {
            throw error
        } catch {
            throw PipelineError(path: options.databasePath, reason: .database, detail: "database error: \(error)")
        }
        // closed here, not when the run is freed: a caller about to exit need not free it
        writer = nil
        database = nil
        summary.places = places.count
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    public static func readStandardInput() -> [UInt8]? {
        try? FileHandle.standardInput.readToEnd().map { [UInt8]($0) } ?? []
    }

    // MARK: Setup

    private func prepare() throws {
        database = try Retry.onBusy(times: options.busyRetries) {
            try EventDatabase.openForWriting(path: options.databasePath, busyTimeout: options.busyTimeout)
        }
        try EventDatabase.tuneForIngest(database)
        if !options.imports.isEmpty {
            summary.imported = try ReferenceImport.run(options.imports, database: database)
        }
        writer = try ArticleWriter(database: database)
        // The extractor's indexes take most of a run's fixed cost and need no database: they are
        // built on another core while this thread reads the reference tables' fingerprint.
        let knowledge = try KnowledgeLoader.load(from: database)
        let makeExtractor = makeExtractor
        (extractor, referenceFingerprint) = try Parallel.both({ try makeExtractor(knowledge) }, fingerprint)
    }

    /// The reference tables' fingerprint with the extractor's revision and lexicons.
    private func fingerprint() throws -> String {
        try ReferenceReader(database: database).fingerprint() + "|" + Self.extractorRevision
    }

    static let extractorRevision: String = {
        var hash: UInt64 = 0xcbf29ce484222325
        for file in Embedded.lexicons {
            for byte in file.name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
            for byte in file.bytes { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        }
        return "pipeline-1/" + String(hash, radix: 16)
    }()

    // MARK: Re-extraction

    private func reextractIfReferenceChanged() throws {
        let current = referenceFingerprint
        let stored = try IngestBookkeeping.extractionFingerprint(in: database)
        if stored == current { return }
        if stored != nil, try IngestBookkeeping.articleCount(in: database) > 0 {
            progress.phase = "re-extracting"
            var lastID: Int64 = 0
            while true {
                let page = try IngestBookkeeping.storedArticles(after: lastID, limit: options.batchSize, in: database)
                guard let last = page.last else { break }
                lastID = last.id
                let decoded = Parallel.map(page, workers: options.workers) { $0.decoded() }
                try extractAndWrite(decoded, replacing: true)
            }
            try flush()
            progress.phase = "ingesting"
        }
        try IngestBookkeeping.setExtractionFingerprint(current, in: database)
    }

    // MARK: Ingest

    /// Batches are read one ahead of the batch processed, so that the next one is decoded while
    /// this one is extracted and the one before it written (`extractAndWrite`): the writer never
    /// waits for a batch to be read and hashed.
    private func ingest(_ stream: WorkStream) throws {
        var batch: [WorkItem] = []
        var waiting: (items: [WorkItem], filesDone: Int)?
        while let item = stream.next() {
            if case .ignored(let path, let reason) = item {
                observer?.ignored(path: path, reason: reason)
            } else {
                batch.append(item)   // problems too, so that they are reported in input order
            }
            summary.files = stream.files
            if batch.count >= options.batchSize {
                if let waiting { try process(waiting.items, filesDone: waiting.filesDone, next: batch) }
                waiting = (batch, stream.files)
                batch = []
            }
        }
        if let waiting { try process(waiting.items, filesDone: waiting.filesDone, next: batch.isEmpty ? nil : batch) }
        if !batch.isEmpty { try process(batch, filesDone: stream.files, next: nil) }
        try flush()
        progress.files = stream.files
        report()
    }

    /// - Parameters:
    ///   - filesDone: files met up to the end of this batch, shown once it is written.
    ///   - next: the batch after this one, decoded while this one is extracted.
    private func process(_ batch: [WorkItem], filesDone: Int, next: [WorkItem]?) throws {
        let limit = options.maxFileSize
        let decoded = decodedAhead ?? Parallel.map(batch, workers: options.workers) { item in Self.decode(item, limit: limit) }
        decodedAhead = nil
        var fresh: [DecodedArticle] = []
        for result in decoded {
            switch result {
            case .failure(let error): skip(error)
            case .success(let article):
                if let stored = try writer.existing(input: article.input), stored.hash == article.contentHash {
                    count(.unchanged, input: article.input, events: 0)
                } else {
                    fresh.append(article)
                }
            }
        }
        try extractAndWrite(fresh, replacing: false, filesDone: filesDone, decodingNext: next)
    }

    static func decode(_ item: WorkItem, limit: Int) -> Result<DecodedArticle, PipelineError> {
        do throws(PipelineError) {
            switch item {
            case .file(let path, let input, let fileName, let format):
                let bytes = try FileReading.read(path: path, limit: limit)
                return .success(try ArticleDecoding.document(bytes: bytes, path: path, input: input, fileName: fileName, format: format))
            case .document(let bytes, let path, let fileName):
                var article = try ArticleDecoding.document(bytes: bytes, path: path, input: "", fileName: fileName, format: .sniffed)
                article.input = "stdin:" + article.contentHash.prefix(16)
                return .success(article)
            case .record(let line, let path, let lineNumber, let input, let fileName):
                var article = try ArticleDecoding.record(line: line, path: path, lineNumber: lineNumber, input: input, fileName: fileName)
                if article.input.isEmpty { article.input = "stdin:" + article.contentHash.prefix(16) }
                return .success(article)
            case .problem(let error):
                return .failure(error)
            case .ignored(let path, let reason):
                return .failure(PipelineError(path: path, reason: .unreadable, detail: reason))
            }
        } catch {
            return .failure(error)
        }
    }

    /// Extracts `articles` on all cores while this thread writes the batch extracted before;
    /// the new batch is written on the next call (or by `flush`).
    private func extractAndWrite(_ articles: [DecodedArticle], replacing: Bool, filesDone: Int = 0, decodingNext next: [WorkItem]? = nil) throws {
        let extractor = self.extractor!, workers = options.workers, limit = options.maxFileSize
        let extracted = Handoff<[PreparedArticle]>()
        let decodedNext = Handoff<[Result<DecodedArticle, PipelineError>]>()
        let group = DispatchGroup()
        if !articles.isEmpty || next != nil {
            DispatchQueue.global().async(group: group) {
                extracted.value = Parallel.map(articles, workers: workers) { article in
                    let extraction = extractor.extract(article.extractionInput)
                    return PreparedArticle(article: RecordMapping.article(extraction, source: article),
                                           events: extraction.events.map(RecordMapping.event),
                                           controls: extraction.controls.map(RecordMapping.control))
                }
                if let next { decodedNext.value = Parallel.map(next, workers: workers) { item in Self.decode(item, limit: limit) } }
            }
        }
        let writing = Result { try flush() }
        group.wait()
        decodedAhead = decodedNext.value
        try writing.get()
        if let prepared = extracted.value, !prepared.isEmpty { pending = (prepared, replacing, filesDone) } else { progress.files = max(progress.files, filesDone) }
    }

    /// Writes the batch waiting to be written, if any.
    private func flush() throws {
        defer { report() }
        guard let (prepared, replacing, filesDone) = pending else { return }
        pending = nil
        progress.files = max(progress.files, filesDone)
        let writeStart = Date(), writeCPUStart = Self.threadCPUSeconds()
        let outcomes = try write(prepared, replacing: replacing)
        summary.writeSeconds += Date().timeIntervalSince(writeStart)
        summary.writeCPUSeconds += Self.threadCPUSeconds() - writeCPUStart
        for (item, outcome) in zip(prepared, outcomes) {
            switch outcome {
            case .success(let outcome):
                count(outcome, input: item.article.input, events: item.events.count)
                if outcome != .unchanged && outcome != .duplicate {
                    summary.languages[item.article.language, default: 0] += 1
                    for event in item.events { if let location = event.location { places.insert(location) } }
                }
            case .failure(let error):
                skip(error)
            }
        }
    }

    /// Writes the batch in one transaction; retried from scratch when another writer holds the lock.
    private func write(_ prepared: [PreparedArticle], replacing: Bool) throws -> [Result<ArticleOutcome, PipelineError>] {
        let items = prepared.map { ArticleWriter.BatchItem(article: $0.article, events: $0.events, controls: $0.controls, replacingUnchanged: replacing) }
        let database = self.database!
        return try Retry.onBusy(times: options.busyRetries) {
            do {
                let outcomes = try writer.writeBatch(items) { item in
                    var item = item
                    (item.events, item.controls) = try Corrections.apply(to: item.events, controls: item.controls,
                                                                         contentHash: item.article.contentHash, in: database)
                    return item
                }
                return zip(prepared, outcomes).map { item, outcome in
                    switch outcome {
                    case .success(.inserted): .success(.inserted)
                    case .success(.updated): .success(replacing ? .reextracted : .updated)
                    case .success(.unchanged): .success(.unchanged)
                    case .success(.duplicate): .success(.duplicate)
                    case .failure(let error): .failure(Self.notStored(item.article, error))
                    }
                }
            } catch {
                // A transaction rolled back: ids the writer cached inside it are gone too.
                writer = try ArticleWriter(database: database)
                throw error
            }
        }
    }

    private static func notStored(_ article: ArticleRecord, _ error: StoreError) -> PipelineError {
        PipelineError(path: article.input, reason: .database, detail: "could not be stored: \(error.message)")
    }

    // MARK: Accounting

    private func count(_ outcome: ArticleOutcome, input: String, events: Int) {
        switch outcome {
        case .inserted: summary.inserted += 1
        case .updated: summary.updated += 1
        case .unchanged: summary.unchanged += 1
        case .duplicate: summary.duplicates += 1
        case .reextracted: summary.reextracted += 1
        }
        if outcome != .unchanged && outcome != .duplicate { summary.events += events; progress.events += events }
        progress.articles += 1
        observer?.stored(input: input, outcome: outcome, events: events)
    }

    private func skip(_ error: PipelineError) {
        summary.skipped.append(error)
        progress.skipped += 1
        observer?.skipped(error)
    }

    private func report() {
        progress.seconds = Date().timeIntervalSince(ingestStarted)
        observer?.progress(progress)
    }

    /// CPU time of the calling thread (user + system).
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Files under `paths`, for an ETA.
    static func countFiles(_ paths: [String], maxFileSize: Int) -> Int {
        var walker = InputWalker(paths: paths, maxFileSize: maxFileSize)
        var count = 0
        while let entry = walker.next() {
            if case .ignored = entry { continue }
            count += 1
        }
        return count
    }
}

/// A value handed from a worker thread to the waiting caller (after `DispatchGroup.wait`).
private final class Handoff<Value>: @unchecked Sendable {
    var value: Value?
}

private struct PreparedArticle: Sendable {
    var article: ArticleRecord
    var events: [EventRecord]
    var controls: [ControlRecord]
}

/// A stored article decoded again, to be extracted again.
extension StoredArticle {
    func decoded() -> DecodedArticle {
        switch InputFormat(rawValue: format) ?? .text {
        case .html:
            let page = HTMLPage.parse(rawText)
            return DecodedArticle(input: input, fileName: fileName, format: .html, rawText: rawText, contentHash: contentHash,
                                  metadata: ArticleMetadata(title: page.title, outlet: page.siteName, published: page.published, url: page.url),
                                  text: page.text)
        case .jsonl:
            return DecodedArticle(input: input, fileName: fileName, format: .jsonl, rawText: rawText, contentHash: contentHash,
                                  metadata: ArticleMetadata(title: title, outlet: outlet, published: published, url: url), text: rawText)
        case .text, .sniffed:
            return DecodedArticle(input: input, fileName: fileName, format: .text, rawText: rawText, contentHash: contentHash,
                                  metadata: ArticleMetadata(), text: rawText)
        }
    }
}

/// Retries work that failed because another connection held the database lock.
enum Retry {
    static func onBusy<T>(times: Int, _ body: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try body()
            } catch let error as StoreError where error.isBusy && attempt < times {
                attempt += 1
                usleep(UInt32(min(2_000_000, 50_000 << min(attempt, 5))))
            }
        }
    }
}
