@testable import Pipeline
import Testing

@Suite struct JSONLinesTests {
    @Test func aRecordGivesTextAndMetadata() throws {
        let line = #"{"text": "Baris satu\r\nBaris dua", "url": "https://x.example/a", "outlet": "Antara", "published": "2016-01-16", "title": "Judul", "extra": [1, {"a": null}]}"#
        let record = try JSONLineArticle.parse(Array(line.utf8))
        #expect(record == JSONLineArticle(text: "Baris satu\nBaris dua", title: "Judul", outlet: "Antara", published: "2016-01-16", url: "https://x.example/a"))
    }

    @Test func alternativeFieldNamesAreAccepted() throws {
        let record = try JSONLineArticle.parse(Array(#"{"body": "Isi", "source": "Kompas", "date": "2017-10-17"}"#.utf8))
        #expect(record.text == "Isi" && record.outlet == "Kompas" && record.published == "2017-10-17")
    }

    @Test func brokenLinesSayWhatIsWrong() {
        #expect(throws: JSONLineArticle.Failure.notJSON) { try JSONLineArticle.parse(Array(#"{"text": "unterminated"#.utf8)) }
        #expect(throws: JSONLineArticle.Failure.notAnObject) { try JSONLineArticle.parse(Array(#"["text"]"#.utf8)) }
        #expect(throws: JSONLineArticle.Failure.noText) { try JSONLineArticle.parse(Array(#"{"title": "no body", "text": "  "}"#.utf8)) }
    }
}
