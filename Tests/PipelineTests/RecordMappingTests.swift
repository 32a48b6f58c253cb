import Foundation
@testable import Pipeline
import Testing

@Suite struct RecordMappingTests {
    @Test func explanationsBecomeJSONArraysThatDecodeToTheSameStrings() throws {
        let items = ["plain words", "a \"quoted\" cue", "back\\slash", "two\nlines\tand\r\u{01}\u{1F}", "Ḥomṣ — Ṭartūs ✓", ""]
        let json = RecordMapping.jsonArray(items)
        #expect(json == #"["plain words","a \"quoted\" cue","back\\slash","two\nlines\tand\r\u0001\u001f","Ḥomṣ — Ṭartūs ✓",""]"#)
        #expect(try JSONDecoder().decode([String].self, from: Data(json.utf8)) == items)
        #expect(RecordMapping.jsonArray([]) == "[]")
    }
}
