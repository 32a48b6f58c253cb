import Foundation
import Testing
@testable import Extraction

@Suite struct LexiconTests {
    @Test func embeddedLexiconsLoadAndCoverBothLanguages() throws {
        let lexicons = try Lexicons.embedded
        #expect(lexicons.languages == ["id", "en"])
        #expect(lexicons.cues.contains("merebut kembali"))
        #expect(lexicons.cues.contains("recaptured"))
    }

    @Test func everyFileOfTheLexiconsFolderIsCompiledIn() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Lexicons")
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tsv") }.sorted()
        let embedded = Embedded_lexiconNames().sorted()
        #expect(onDisk == embedded)
    }

    @Test func aMalformedLexiconNamesItsFileAndLine() throws {
        var files: [String: String] = [:]
        for name in Embedded_lexiconNames() { files[name] = Embedded_lexiconText(name) }
        files["cues.tsv"] = "lang\tphrase\tkind\tvoice\nid\tmerebut\tNo such type\tactive\n"
        #expect(throws: ExtractionError.self) { try Lexicons(files: files) }
        do { _ = try Lexicons(files: files) } catch { #expect("\(error)" == "Lexicons/cues.tsv:2: unknown event type 'No such type'") }
    }
}
