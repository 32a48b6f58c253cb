import Testing
@testable import Extraction

/// The hashed n-gram lookup of `PhraseTable` finds exactly what a lookup by the joined key finds.
@Suite struct PhraseTableTests {
    private func table(_ phrases: [String]) -> PhraseTable<String> {
        var table = PhraseTable<String>()
        for phrase in phrases { table.add(phrase, phrase) }
        return table
    }

    @Test func theLongestPhraseAtAPositionWins() {
        let table = table(["di", "di dekat", "pos perbatasan", "serangan udara", "Jum'at"])
        let tokens = Tokenizer.tokens(of: "Serangan-serangan udara di dekat Pos Perbatasan pada Jumat")
        #expect(table.match(tokens, at: 0)?.values == ["serangan udara"])
        #expect(table.match(tokens, at: 0)?.length == 2)
        #expect(table.match(tokens, at: 2)?.values == ["di dekat"])
        #expect(table.match(tokens, at: 2)?.length == 2)
        #expect(table.match(tokens, at: 3) == nil)
        #expect(table.match(tokens, at: 4)?.values == ["pos perbatasan"])
        #expect(table.match(tokens, at: 7)?.values == ["Jum'at"])
        #expect(table.match(tokens, at: 8) == nil)
    }

    @Test func valuesOfTheSamePhraseAccumulate() {
        var table = PhraseTable<Int>()
        table.add("merebut kembali", 1)
        table.add("Merebut  Kembali", 2)
        let tokens = Tokenizer.tokens(of: "pasukan merebut kembali kota")
        #expect(table.match(tokens, at: 1)?.values == [1, 2])
        #expect(table.match(tokens, at: 1)?.length == 2)
    }

    @Test func punctuationAndNonASCIITokensMatchAsTheirJoinedKeys() {
        let table = table(["( baca", "anh 1", "a • b"])
        let tokens = Tokenizer.tokens(of: "x (Baca juga: a • b) Anh 1")
        #expect(table.match(tokens, at: 1)?.values == ["( baca"])
        #expect(table.match(tokens, at: 5)?.values == ["a • b"])
        #expect(table.match(tokens, at: 9)?.values == ["anh 1"])
    }

    @Test func everyPositionOfTheSeedsMatchesLikeAJoinedKeyLookup() throws {
        let lexicons = try Lexicons.embedded
        for name in ["000_f395e50d7679456a.txt", "001_cf46687c815a73d4.txt"] {
            let tokens = Tokenizer.tokens(of: try seed(name).text)
            for start in tokens.indices {
                var key = ""
                var expected: (values: [Lexicons.Word], length: Int)?
                for n in 0..<min(lexicons.words.maxLength, tokens.count - start) {
                    if n > 0 { key += " " }
                    key += tokens[start + n].fold
                    if let values = lexicons.words.entries[key] { expected = (values, n + 1) }
                }
                let found = lexicons.words.match(tokens, at: start)
                #expect(found?.length == expected?.length)
                #expect(found?.values.map(\.role) == expected?.values.map(\.role))
            }
        }
    }

    @Test func oneWordValuesAtEveryPositionOfTheSeedsAreTheEntriesOfTheFold() throws {
        let lexicons = try Lexicons.embedded
        for name in ["000_f395e50d7679456a.txt", "001_cf46687c815a73d4.txt"] {
            let tokens = Tokenizer.tokens(of: try seed(name).text)
            var found = 0
            for i in tokens.indices {
                let values = lexicons.words.values(of: tokens, at: i)
                #expect(values?.map(\.role) == lexicons.words.entries[tokens[i].fold]?.map(\.role))
                if values != nil { found += 1 }
            }
            #expect(found > 0)
        }
    }
}
