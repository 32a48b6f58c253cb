#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Wall-clock time from a monotonic clock, in seconds.
func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = now()
    let result = try body()
    return (result, now() - start)
}

/// Peak resident memory of this process so far, in bytes (getrusage RUSAGE_SELF).
func peakRSSSelf() -> Int {
    var usage = rusage()
    #if canImport(Glibc)
    getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    return maxRSSBytes(usage)
}

/// CPU time (user + system) this process has used so far, in seconds.
func cpuSelf() -> Double {
    var usage = rusage()
    #if canImport(Glibc)
    getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

private func maxRSSBytes(_ usage: rusage) -> Int {
    #if canImport(Darwin)
    return Int(usage.ru_maxrss)          // bytes on macOS
    #else
    return Int(usage.ru_maxrss) * 1024   // kilobytes on Linux
    #endif
}

/// Median and 95th percentile of timings (nearest rank).
struct Summary {
    let median: Double
    let p95: Double
    let min: Double
    let count: Int

    init(_ samples: [Double]) {
        let sorted = samples.sorted()
        count = sorted.count
        guard !sorted.isEmpty else { median = .nan; p95 = .nan; min = .nan; return }
        median = sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        p95 = sorted[Swift.min(sorted.count - 1, Int((0.95 * Double(sorted.count)).rounded(.up)) - 1)]
        min = sorted[0]
    }
}

/// One run of another program: its exit status, wall time, and its own peak memory (wait4 gives
/// the child's rusage, so runs of different sizes do not mix as RUSAGE_CHILDREN would).
struct ChildRun {
    let status: Int32
    let seconds: Double
    let peakRSS: Int
    /// User plus system CPU time of the child: steadier than wall time on a busy machine.
    let cpuSeconds: Double
    let stdout: String
    let stderr: String
}

func runChild(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
              captureOutput: Bool = true) throws -> ChildRun {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("bench-child-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    let outPath = captureOutput ? scratch.path + ".out" : "/dev/null"
    let errPath = scratch.path + ".err"
    defer {
        if captureOutput { unlink(outPath) }
        unlink(errPath)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

    var merged = ProcessInfo.processInfo.environment
    for (key, value) in environment { merged[key] = value }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
        argv.forEach { free($0) }
        envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let start = now()
    let code = posix_spawn(&pid, executable, &actions, nil, argv, envp)
    guard code == 0 else { throw BenchError("cannot run \(executable): \(String(cString: strerror(code)))") }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let seconds = now() - start
    let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
    let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    return ChildRun(status: exit, seconds: seconds, peakRSS: maxRSSBytes(usage), cpuSeconds: cpu,
                    stdout: captureOutput ? read(outPath) : "", stderr: read(errPath))
}

/// The directory of the running executable, where `swift build` also put `ingest` and `query`.
func executableDirectory() -> URL {
    if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
        return URL(fileURLWithPath: path).deletingLastPathComponent()
    }
    return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.deletingLastPathComponent()
}

func sibling(_ name: String) throws -> String {
    let path = executableDirectory().appendingPathComponent(name).path
    guard FileManager.default.isExecutableFile(atPath: path) else {
        throw BenchError("no \(name) executable next to bench (\(path)): build the whole package (swift build -c release)")
    }
    return path
}

func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? NSNumber)?.intValue ?? 0
}

/// Removes a database and its WAL and shared-memory files.
func removeDatabase(_ path: String) {
    for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
}

// MARK: Formatting

func fmt(_ value: Double, _ decimals: Int = 1) -> String { String(format: "%.\(decimals)f", value) }
func ms(_ seconds: Double) -> String { String(format: "%.2f", seconds * 1000) }
func mb(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1_048_576) }

/// Progress and notes go to stderr; the figures go to stdout.
func note(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// A Markdown table, so that the output pastes into BENCHMARKS.md as it is.
func table(_ header: [String], _ rows: [[String]]) -> String {
    var lines = ["| " + header.joined(separator: " | ") + " |",
                 "|" + header.map { _ in "---" }.joined(separator: "|") + "|"]
    for row in rows { lines.append("| " + row.joined(separator: " | ") + " |") }
    return lines.joined(separator: "\n")
}

/// The 1, 5 and 15 minute load averages: other work on a shared machine skews the figures.
func loadAverage() -> String {
    ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?").split(separator: " ").prefix(3).joined(separator: " ")
}
