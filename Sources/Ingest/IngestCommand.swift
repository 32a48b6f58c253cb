import ArgumentParser
import Foundation
import Pipeline
import Store

@main
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read news articles about the Syrian war into the event database.",
        discussion: """
        Each PATH is a file or a directory, read recursively in name order; `-` reads standard \
        input. Text files (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252/Latin-1; any \
        line ends), HTML pages (.html/.htm: the article text, with <title>, og:site_name and \
        article:published_time as title, outlet and date) and JSON Lines files (.jsonl/.ndjson: one \
        {"text", "url", "outlet", "published", "title"} object per line) are read. In directories, \
        hidden files and other extensions (.json answer keys, .md, images) are left out; a file named \
        on the command line is always read and its format guessed from its first bytes.

        The database is ./events.db unless --db or the EVENTS_DB environment variable names \
        another; it is created when missing. Re-ingesting the same files changes nothing: an article \
        is identified by the SHA-256 of its text, and an input whose text changed is updated in place \
        (its events replaced). Articles are written in transactions of --batch-size articles, so a \
        run that is killed loses at most one batch and the next run completes it. Another `ingest` \
        or `query` may use the database at the same time.

        Binary, empty, unreadable and oversized files, broken symbolic links and link loops are \
        skipped with one line on standard error each; the others are still ingested and the exit \
        status is 1. Exit status 2 means the database could not be opened or written.

        Your own places, place spellings, factions and faction aliases are imported from CSV files \
        (header row required) and kept as 'user' rows that shipped data never overwrites:
          --import-places       name,country + admin1,admin2,latitude,longitude,feature,
                                population,names (|-separated),ref,note
          --import-place-names  ref,name
          --import-factions     key,name,kind + side,parent,note
          --import-aliases      faction,alias + language,valid_from,valid_to,note
        When the reference data changed since the stored articles were read (an import, or a newer \
        build of the tools), every stored article is read again from its stored text first, so a new \
        alias counts in old articles too.

        Examples:
          ingest corpus/                           # a folder of articles into ./events.db
          ingest --db war.db a.txt b.html feed.jsonl
          curl -s https://example.org/article | ingest --db war.db -
          ingest --import-aliases my_aliases.csv   # add aliases, re-read stored articles
          EVENTS_DB=war.db ingest --quiet corpus/ || echo "some files were skipped"
        """)

    @Option(name: .long, help: ArgumentHelp("The event database (default: $EVENTS_DB or ./events.db).", valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("Skip files (and JSON Lines lines) larger than this: bytes, or with K, M or G.", valueName: "size"))
    var maxFileSize: ByteCount = ByteCount(bytes: 16 * 1_048_576)

    @Option(name: .long, help: "Articles written per transaction.")
    var batchSize: Int = IngestOptions(databasePath: "").batchSize

    @Option(name: [.customShort("j"), .long], help: "Extraction threads (default: one per core).")
    var jobs: Int?

    @Option(name: .long, help: ArgumentHelp("Import places from a CSV file (repeatable).", valueName: "file.csv"))
    var importPlaces: [String] = []

    @Option(name: .long, help: ArgumentHelp("Import other spellings of known places from a CSV file (repeatable).", valueName: "file.csv"))
    var importPlaceNames: [String] = []

    @Option(name: .long, help: ArgumentHelp("Import factions from a CSV file (repeatable).", valueName: "file.csv"))
    var importFactions: [String] = []

    @Option(name: .long, help: ArgumentHelp("Import faction aliases from a CSV file (repeatable).", valueName: "file.csv"))
    var importAliases: [String] = []

    @Flag(name: [.short, .long], help: "Print only errors and skipped files: no progress, no summary.")
    var quiet = false

    @Flag(name: [.short, .long], help: "Also print one line per article and per file left out.")
    var verbose = false

    @Argument(help: ArgumentHelp("Files or directories of articles; - for standard input.", valueName: "path"))
    var paths: [String] = []

    func validate() throws {
        if paths.isEmpty && importPlaces.isEmpty && importPlaceNames.isEmpty && importFactions.isEmpty && importAliases.isEmpty {
            throw ValidationError("Name at least one file or directory to ingest (or - for standard input).")
        }
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together.") }
        if batchSize < 1 { throw ValidationError("--batch-size must be at least 1.") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() throws {
        var options = IngestOptions(databasePath: EventDatabase.defaultPath(option: db))
        options.maxFileSize = maxFileSize.bytes
        options.batchSize = batchSize
        if let jobs { options.workers = jobs }
        options.imports = importPlaces.map { .init(kind: .places, path: $0) } + importPlaceNames.map { .init(kind: .placeNames, path: $0) }
            + importFactions.map { .init(kind: .factions, path: $0) } + importAliases.map { .init(kind: .factionAliases, path: $0) }
        let console = Console(quiet: quiet, verbose: verbose)
        options.countFilesFirst = console.isTerminal && !quiet
        let ingest = IngestRun(options: options, observer: console)
        let summary: IngestSummary
        do {
            summary = try ingest.run(paths: paths)
        } catch {
            console.finishProgress()
            console.line("ingest: \(error)")
            throw ExitCode(2)
        }
        console.finishProgress()
        if !quiet { console.line(SummaryText.render(summary)) }
        // The database is closed; what is left is the extractor's tables (the gazetteer under
        // every spelling), whose freeing one by one costs about 0.1G instructions, a quarter of
        // a small run's own work. The process ends here without freeing them.
        withExtendedLifetime(ingest) { Foundation.exit(summary.hadFailures ? 1 : 0) }
    }
}

/// A size in bytes given as 1048576, 512K, 16M or 1G.
struct ByteCount: ExpressibleByArgument {
    let bytes: Int
    init(bytes: Int) { self.bytes = bytes }
    init?(argument: String) {
        let text = argument.uppercased().replacingOccurrences(of: "B", with: "")
        let multipliers: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        if let last = text.last, let multiplier = multipliers[last] {
            guard let value = Double(text.dropLast()), value > 0 else { return nil }
            bytes = Int(value * Double(multiplier))
        } else {
            guard let value = Int(text), value > 0 else { return nil }
            bytes = value
        }
    }
    var defaultValueDescription: String { "\(bytes / 1_048_576)M" }
}
