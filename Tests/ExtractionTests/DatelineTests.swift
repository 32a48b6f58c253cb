import Testing
@testable import Extraction

/// A paragraph's dateline is cut by one pass over its bytes, answering as the Character-level test.
@Suite struct DatelineTests {
    let cleaner: Cleaner
    let body = "pasukan pemerintah merebut kembali kota itu pada hari Senin"

    init() throws { cleaner = Cleaner(lexicons: try .embedded) }

    @Test func aPlaceInCapitalsIsCutWithoutATag() {
        let split = cleaner.splitDateline("BEIRUT — \(body)")
        #expect(split?.tag == nil)
        #expect(split?.rest == body)
    }

    @Test func aDomainAfterThePlaceOrInParenthesesIsTheTag() {
        #expect(cleaner.splitDateline("DAMASKUS, Arrahmahnews.com – \(body)")?.tag == "Arrahmahnews.com")
        #expect(cleaner.splitDateline("(VOVworld) - \(body)")?.tag == "VOVworld")
        #expect(cleaner.splitDateline("Suara.com -- \(body)")?.tag == "Suara.com")
        #expect(cleaner.splitDateline("Suara.com -- \(body)")?.rest == body)
        // empty parentheses have the dateline's shape but name no outlet
        let empty = cleaner.splitDateline("( ) - \(body)")
        #expect(empty != nil && empty?.tag == nil)
    }

    @Test func theFirstSeparatorWithinSixtyCharactersCuts() {
        #expect(cleaner.splitDateline("ALEPPO - HOMS — \(body)")?.rest == "HOMS — \(body)")
        #expect(cleaner.splitDateline("HAMA — x - \(body)")?.rest == "x - \(body)")
        let far = String(repeating: "A", count: 61)
        #expect(cleaner.splitDateline("\(far) - \(body)") == nil)
        #expect(cleaner.splitDateline("\(far.dropLast()) - \(body)")?.rest == body)
    }

    @Test func aClauseBeforeADashOrAShortRestIsNoDateline() {
        #expect(cleaner.splitDateline("Pasukan pemerintah kota - \(body)") == nil)
        #expect(cleaner.splitDateline("BEIRUT - tiga kata saja") == nil)
        #expect(cleaner.splitDateline("a b c d e f G - \(body)") == nil)
        #expect(cleaner.splitDateline("al-Nusra rebel-held \(body)") == nil)
        #expect(cleaner.splitDateline("  - \(body)") == nil)
    }

    @Test func nonASCIIPrefixesAreReadByTheirScalars() {
        #expect(cleaner.splitDateline("ḤALAB — \(body)")?.rest == body)
        #expect(cleaner.splitDateline("Ḥalab — \(body)")?.rest == body)  // one word starting with a capital
        #expect(cleaner.splitDateline("Ḥalab Šam — \(body)") == nil)      // two words, mostly lowercase
        #expect(cleaner.splitDateline("\u{A0}DÉIR EZ-ZÓR,\u{A0}Sana.sy\u{A0} — \(body)")?.tag == "Sana.sy")
        // a combining mark or another script is read by Characters
        #expect(Cleaner.datelineSeparator(in: "KAFE\u{301} — \(body)") == .otherText)
        #expect(cleaner.splitDateline("KAFE\u{301} — \(body)")?.rest == body)
        #expect(Cleaner.datelineSeparator(in: "حلب - \(body)") == .otherText)
        #expect(Cleaner.datelineSeparator(in: "HOMS\r\n - \(body)") == .otherText)
    }

    @Test func theBytePassAnswersAsTheCharacterTest() {
        let prefixes = ["BEIRUT", "DAMASKUS, Arrahmahnews.com", "(VOVworld)", "Suara.com", "( )", "x", "ALEPPO (SANA) ,x.y",
                        "Idlib, Syria", "a.b c", "ḤALAB", "Ḥalab", "ǅemal", "Ⓐ", "1234", "DAMASKUS,   ", "(a", "a)(b)", "", " ",
                        "\u{A0}DÉIR EZ-ZÓR,\u{A0}Sana.sy\u{A0}", "A\tB", "MANBIJ, al-Monitor.com (AFP)", "kafe\u{301}"]
        for prefix in prefixes {
            for separator in Cleaner.datelineSeparators + [" ‒ ", "-", " –x "] {
                let line = prefix + separator + body
                let expected = cleaner.splitDatelineByCharacters(line)
                let split = cleaner.splitDateline(line)
                #expect(split?.tag == expected?.tag && split?.rest == expected?.rest, "\(line)")
                #expect((split == nil) == (expected == nil), "\(line)")
            }
        }
    }
}
