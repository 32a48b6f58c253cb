import Foundation
import Pipeline

/// Everything `ingest` prints while it runs, all on standard error: skipped files always, a
/// progress line redrawn in place when standard error is a terminal, article lines with --verbose.
final class Console: IngestObserver {
    let quiet: Bool
    let verbose: Bool
    let isTerminal = isatty(STDERR_FILENO) != 0
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(quiet: Bool, verbose: Bool) {
        self.quiet = quiet
        self.verbose = verbose
    }

    func line(_ text: String) {
        clearProgress()
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    func skipped(_ error: PipelineError) {
        line("ingest: \(error)")
    }

    func ignored(path: String, reason: String) {
        if verbose { line("ingest: \(path): left out (\(reason))") }
    }

    func stored(input: String, outcome: ArticleOutcome, events: Int) {
        guard verbose else { return }
        line("ingest: \(input): \(outcome.rawValue)" + (outcome == .unchanged || outcome == .duplicate ? "" : ", \(events) events"))
    }

    func progress(_ progress: IngestProgress) {
        guard isTerminal, !quiet else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.2 else { return }
        lastDraw = now
        let rate = progress.seconds > 0 ? Double(progress.articles) / progress.seconds : 0
        var text = "\(progress.phase): \(progress.files)"
        if let total = progress.filesTotal { text += "/\(total)" }
        text += " files, \(progress.articles) articles (\(Int(rate.rounded()))/s), \(progress.events) events, \(progress.skipped) skipped"
        if let total = progress.filesTotal, progress.files > 0, progress.files < total, progress.seconds > 1 {
            let remaining = progress.seconds / Double(progress.files) * Double(total - progress.files)
            text += ", ETA \(SummaryText.duration(remaining))"
        }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
        drawn = true
    }

    func finishProgress() { clearProgress() }

    private func clearProgress() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }
}

/// The end-of-run summary.
enum SummaryText {
    static func render(_ summary: IngestSummary) -> String {
        var parts = ["\(summary.inserted) new", "\(summary.updated) updated", "\(summary.unchanged) unchanged"]
        if summary.duplicates > 0 { parts.append("\(summary.duplicates) duplicate texts") }
        parts.append("\(summary.skipped.count) skipped")
        var lines = ["ingest: \(summary.files) files, \(summary.articles) articles: " + parts.joined(separator: ", ")]
        if summary.reextracted > 0 { lines.append("  \(summary.reextracted) stored articles read again (reference data changed)") }
        if summary.imported > 0 { lines.append("  \(summary.imported) reference rows imported") }
        let languages = summary.languages.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        lines.append("  \(summary.events) events at \(summary.places) places" + (languages.isEmpty ? "" : "; languages: \(languages)"))
        let rate = summary.seconds > 0 ? Double(summary.inserted + summary.updated + summary.reextracted) / summary.seconds : 0
        lines.append("  \(duration(summary.seconds)) (\(Int(rate.rounded())) articles/s written; \(duration(summary.writeSeconds)) in database writes, \(duration(summary.writeCPUSeconds)) of CPU)")
        return lines.joined(separator: "\n")
    }

    static func duration(_ seconds: Double) -> String {
        if seconds < 60 { return String(format: "%.1f s", seconds) }
        let total = Int(seconds.rounded())
        return total < 3600 ? "\(total / 60) min \(total % 60) s" : "\(total / 3600) h \(total / 60 % 60) min"
    }
}
