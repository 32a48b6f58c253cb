import Testing
@testable import Extraction

@Suite struct LexiconTests {
    @Test func embeddedLexiconsLoad() throws {
        let lexicons = try Lexicons.embedded
        #expect(lexicons.languages.contains("id"))
        #expect(lexicons.languages.contains("en"))
    }
}
