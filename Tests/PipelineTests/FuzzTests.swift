@testable import Pipeline
import Testing

/// Random and mutated inputs through every decoder: nothing may crash or hang, whatever the bytes.
@Suite struct FuzzTests {
    /// SplitMix64: the same sequence on every run, so a failure can be replayed.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
        mutating func bytes(_ count: Int) -> [UInt8] { (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) } }
    }

    /// Flips, inserts, deletes and duplicates bytes, and splices in markup and numbers.
    static func mutate(_ input: [UInt8], _ random: inout Random) -> [UInt8] {
        var bytes = input
        let pieces: [[UInt8]] = ["<div>", "</p>", "<!--", "<script>", "&#x", "&#99999999999999999999;", "\"", "{", "}", "[", "\\u",
                                 "\r", "\n", "\u{FEFF}", "99999999999999999999999", "\u{00}", "<title>", "<meta property=\"og:site_name\" content=\""]
            .map { Array($0.utf8) }
        for _ in 0..<(1 + random.below(8)) {
            let position = bytes.isEmpty ? 0 : random.below(bytes.count)
            switch random.below(5) {
            case 0 where !bytes.isEmpty: bytes[position] = UInt8(truncatingIfNeeded: random.next())
            case 1: bytes.insert(contentsOf: pieces[random.below(pieces.count)], at: position)
            case 2 where !bytes.isEmpty: bytes.removeSubrange(position..<min(bytes.count, position + random.below(16) + 1))
            case 3 where !bytes.isEmpty:
                let end = min(bytes.count, position + random.below(64) + 1)
                bytes.insert(contentsOf: bytes[position..<end], at: position)
            default: bytes.insert(contentsOf: random.bytes(random.below(8)), at: position)
            }
        }
        return bytes
    }

    static func exercise(_ bytes: [UInt8]) {
        if let text = try? TextDecoding.decode(bytes) {
            let page = HTMLPage.parse(text)
            _ = page.text.count
            _ = try? CSV.parse(text)
        }
        _ = HTMLPage.parse(String(decoding: bytes, as: UTF8.self))
        _ = try? JSONLineArticle.parse(bytes)
        _ = ArticleDecoding.looksLikeHTML(TextDecoding.utf8OrWindows1252(bytes[...]))
    }

    @Test func randomBytesNeverCrashTheDecoders() {
        var random = Random(state: 1)
        for _ in 0..<400 { Self.exercise(random.bytes(random.below(2048))) }
    }

    @Test func mutatedSeedsHTMLAndJSONNeverCrashTheDecoders() throws {
        var random = Random(state: 2)
        let seed = Array(try Seeds.text(0).utf8)
        let html = Array("<html><head><title>T</title><meta property=\"og:site_name\" content=\"S\"></head><body><article><p>A &amp; B</p></article></body></html>".utf8)
        let json = Array(#"{"text": "Isi \"berita\" \u00e9", "url": "https://x", "published": 2015, "title": null}"#.utf8)
        for round in 0..<300 {
            let base = [seed, html, json][round % 3]
            var bytes = base
            for _ in 0..<(1 + random.below(4)) { bytes = Self.mutate(bytes, &random) }
            Self.exercise(bytes)
        }
    }

    @Test func pathologicalShapesAreReadInBoundedWork() throws {
        let longLine = Array(String(repeating: "sangat panjang ", count: 200_000).utf8)
        #expect(try TextDecoding.decode(longLine).count == longLine.count)
        let nestedJSON = Array((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)
        #expect(throws: (any Error).self) { try JSONLineArticle.parse(nestedJSON) }
        let nestedObject = Array(("{\"text\": \"a\", \"x\": " + String(repeating: "{\"y\":", count: 50_000) + "1" + String(repeating: "}", count: 50_000) + "}").utf8)
        _ = try? JSONLineArticle.parse(nestedObject)
        let numbers = Array(("{\"text\": \"" + String(repeating: "9", count: 100_000) + "\", \"published\": 1e999999}").utf8)
        _ = try? JSONLineArticle.parse(numbers)
        let entities = String(repeating: "&#9999999999999999999999999;&", count: 20_000)
        #expect(HTMLPage.parse(entities).text.unicodeScalars.count == 40_000)
        let attributes = "<p " + String(repeating: "a=\"", count: 50_000) + ">x"
        _ = HTMLPage.parse(attributes)
    }
}
