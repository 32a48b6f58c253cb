import Foundation
@testable import Pipeline
import Testing

@Suite struct InputWalkerTests {
    private func entries(_ paths: [String], maxFileSize: Int = 1 << 20) -> [String] {
        Array(InputWalker(paths: paths, maxFileSize: maxFileSize)).map { entry in
            switch entry {
            case .file(let path, let format): return "file \((path as NSString).lastPathComponent) \(format.rawValue)"
            case .standardInput: return "stdin"
            case .problem(let error): return "problem \((error.path as NSString).lastPathComponent) \(error.reason.rawValue)"
            case .ignored(let path, _): return "ignored \((path as NSString).lastPathComponent)"
            }
        }
    }

    @Test func directoriesAreReadRecursivelyInNameOrderKeepingArticleFilesOnly() throws {
        let folder = try TemporaryFolder()
        try folder.write("corpus/b.txt", "b")
        try folder.write("corpus/a/z.html", "<p>z</p>")
        try folder.write("corpus/a/feed.jsonl", "{}")
        try folder.write("corpus/C.txt", "c")
        try folder.write("corpus/a.gold.json", "{}")
        try folder.write("corpus/INDEX.md", "# index")
        try folder.write("corpus/.hidden.txt", "h")
        try folder.write("corpus/README", "no extension")
        #expect(entries([folder.path("corpus")]) == [
            "ignored .hidden.txt", "file C.txt text", "ignored INDEX.md", "file README sniffed",
            "file feed.jsonl jsonl", "file z.html html", "ignored a.gold.json", "file b.txt text",
        ])
    }

    @Test func aFileNamedExplicitlyIsReadWhateverItsExtension() throws {
        let folder = try TemporaryFolder()
        let notes = try folder.write("notes.md", "text")
        #expect(entries([notes, "-"]) == ["file notes.md sniffed", "stdin"])
    }

    @Test func brokenLinksLoopsEmptyAndOversizedFilesAreProblemsWithReasons() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/big.txt", String(repeating: "x", count: 2000))
        try folder.write("in/empty.txt", "")
        try FileManager.default.createSymbolicLink(atPath: folder.path("in/broken.txt"), withDestinationPath: folder.path("missing.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder.path("in/self.txt"), withDestinationPath: folder.path("in/self.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder.path("in/up"), withDestinationPath: folder.path("in"))
        #expect(entries([folder.path("in"), folder.path("nothing-here")], maxFileSize: 1000) == [
            "problem big.txt tooLarge", "problem broken.txt brokenSymlink", "problem empty.txt empty",
            "problem self.txt symlinkLoop", "problem up symlinkLoop", "problem nothing-here notFound",
        ])
    }

    @Test func anUnreadableDirectoryIsAProblem() throws {
        guard getuid() != 0 else { return }   // root reads everything
        let folder = try TemporaryFolder()
        try folder.write("locked/a.txt", "a")
        chmod(folder.path("locked"), 0)
        defer { chmod(folder.path("locked"), 0o755) }
        #expect(entries([folder.path("locked")]) == ["problem locked unreadable"])
    }
}
