import Foundation
import Testing
@testable import Extraction

/// The tokenizer as it was before the byte-level rewrite (scalar array, `String.Index` per
/// scalar): the one-pass tokenizer must give exactly its tokens.
enum ReferenceTokenizer {
    private static func isApostrophe(_ v: UInt32) -> Bool {
        v == 0x27 || v == 0x2019 || v == 0x2018 || v == 0x60 || v == 0x2BF || v == 0x2BE || v == 0x2BC
    }
    private static func isHyphen(_ v: UInt32) -> Bool { v == 0x2D || v == 0x2010 || v == 0x2011 }

    /// Splits a sentence into tokens. Letters, digits and apostrophes inside a word make a word;
    /// a hyphen between two words splits them (marking the second), unless the word repeats
    /// ("serangan-serangan" is one token "serangan"). "9.022" and "1,200" are one number.
    static func tokens(of text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var indices: [String.Index] = []
        indices.reserveCapacity(scalars.count + 1)
        var index = text.unicodeScalars.startIndex
        for _ in scalars { indices.append(index); index = text.unicodeScalars.index(after: index) }
        indices.append(text.endIndex)

        func isLetter(_ i: Int) -> Bool {
            guard i >= 0, i < scalars.count else { return false }
            return scalars[i].isLetterOrDigit
        }
        var tokens: [Token] = []
        var i = 0
        var hyphenPending = false
        while i < scalars.count {
            let v = scalars[i].value
            if scalars[i].isSpace { hyphenPending = false; i += 1; continue }
            if v >= 0x30 && v <= 0x39 {
                // number, with thousands groups
                var j = i
                var digits = ""
                while j < scalars.count {
                    let w = scalars[j].value
                    if w >= 0x30 && w <= 0x39 { digits.unicodeScalars.append(scalars[j]); j += 1; continue }
                    if (w == 0x2E || w == 0x2C), j + 3 < scalars.count + 1,
                       (1...3).allSatisfy({ j + $0 < scalars.count && (0x30...0x39).contains(scalars[j + $0].value) }),
                       !(j + 4 < scalars.count && (0x30...0x39).contains(scalars[j + 4].value)) {
                        j += 1; continue
                    }
                    break
                }
                // a number glued to letters ("128GB") stays a word
                if isLetter(j) && !(0x30...0x39).contains(scalars[j].value) {
                    var k = j
                    while isLetter(k) { k += 1 }
                    let raw = text[indices[i]..<indices[k]]
                    tokens.append(Token(kind: .word, text: raw, fold: Fold.word(raw), upper: false, allUpper: false,
                                        hyphenBefore: hyphenPending, value: nil))
                    hyphenPending = false
                    i = k; continue
                }
                let raw = text[indices[i]..<indices[j]]
                tokens.append(Token(kind: .number, text: raw, fold: digits, upper: false, allUpper: false,
                                    hyphenBefore: hyphenPending, value: Int(digits.prefix(12))))
                hyphenPending = false
                i = j; continue
            }
            if scalars[i].isLetter {
                var j = i
                while j < scalars.count {
                    if isLetter(j) { j += 1; continue }
                    if isApostrophe(scalars[j].value) && isLetter(j + 1) && j > i { j += 1; continue }
                    break
                }
                let raw = text[indices[i]..<indices[j]]
                // reduplication: "jet-jet", "serangan-serangan"
                if j < scalars.count, isHyphen(scalars[j].value), isLetter(j + 1) {
                    var k = j + 1
                    while k < scalars.count && (isLetter(k) || (isApostrophe(scalars[k].value) && isLetter(k + 1))) { k += 1 }
                    let second = text[indices[j + 1]..<indices[k]]
                    let firstFold = Fold.word(raw)
                    if Fold.word(second) == firstFold {
                        tokens.append(makeWord(text[indices[i]..<indices[k]], fold: firstFold, hyphen: hyphenPending))
                        hyphenPending = false
                        i = k; continue
                    }
                }
                tokens.append(makeWord(raw, fold: Fold.word(raw), hyphen: hyphenPending))
                hyphenPending = false
                if j < scalars.count, isHyphen(scalars[j].value), isLetter(j + 1) {
                    hyphenPending = true
                    i = j + 1; continue
                }
                i = j; continue
            }
            if isApostrophe(v) || isHyphen(v) && !(i + 1 < scalars.count && scalars[i + 1].isSpace == false && isLetter(i + 1)) {
                // a lone apostrophe or a dash used as punctuation
                if isHyphen(v) {
                    tokens.append(Token(kind: .punct, text: text[indices[i]..<indices[i + 1]], fold: "-", upper: false,
                                        allUpper: false, hyphenBefore: false, value: nil))
                }
                i += 1; continue
            }
            // "U.S.-backed": a hyphen glued to the word after it
            if isHyphen(v) { hyphenPending = i > 0 && !scalars[i - 1].properties.isWhitespace; i += 1; continue }
            let raw = text[indices[i]..<indices[i + 1]]
            let fold: String
            switch v {
            case 0x2013, 0x2014: fold = "-"
            case 0x201C, 0x201D, 0x22, 0xAB, 0xBB: fold = "\""
            default: fold = String(scalars[i])
            }
            tokens.append(Token(kind: .punct, text: raw, fold: fold, upper: false, allUpper: false, hyphenBefore: false, value: nil))
            hyphenPending = false
            i += 1
        }
        return tokens
    }

    private static func makeWord(_ raw: Substring, fold: String, hyphen: Bool) -> Token {
        let utf8 = raw.utf8
        if !utf8.contains(where: { $0 >= 0x80 }) {
            // ASCII: one byte per Character, so the counts and suffixes below are byte checks
            var letters = 0
            var uppers = 0
            var last: UInt8 = 0
            var beforeLast: UInt8 = 0
            for byte in utf8 {
                if byte >= 0x41 && byte <= 0x5A { letters += 1; uppers += 1 } else if byte >= 0x61 && byte <= 0x7A { letters += 1 }
                beforeLast = last
                last = byte
            }
            let first = utf8.first ?? 0
            var fold = fold
            if utf8.count > 3, beforeLast == 0x27, last == 0x73, fold.utf8.last == 0x73 { fold.removeLast() }
            return Token(kind: .word, text: raw, fold: fold, upper: first >= 0x41 && first <= 0x5A,
                         allUpper: letters >= 2 && uppers == letters, hyphenBefore: hyphen, value: nil)
        }
        var upper = false
        var letters = 0
        var uppers = 0
        for (n, s) in raw.unicodeScalars.enumerated() where s.isLetter {
            letters += 1
            if s.isUpper { uppers += 1; if n == 0 { upper = true } }
        }
        if let first = raw.unicodeScalars.first, first.isUpper { upper = true }
        var fold = fold
        // English possessive: "Tuesday's", "Al-Qaeda's"
        if raw.count > 3, raw.hasSuffix("'s") || raw.hasSuffix("’s"), fold.hasSuffix("s") { fold.removeLast() }
        return Token(kind: .word, text: raw, fold: fold, upper: upper, allUpper: letters >= 2 && uppers == letters,
                     hyphenBefore: hyphen, value: nil)
    }
}


@Suite struct TokenizerTests {
    private func same(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let new = Tokenizer.tokens(of: text)
        let old = ReferenceTokenizer.tokens(of: text)
        #expect(new.count == old.count, sourceLocation: sourceLocation)
        for (a, b) in zip(new, old) {
            #expect(a.kind == b.kind && a.start == b.start && a.end == b.end && a.fold == b.fold && a.upper == b.upper && a.allUpper == b.allUpper
                    && a.hyphenBefore == b.hyphenBefore && a.value == b.value && a.hash == b.hash && a.plain == b.plain, "\(a.text(in: text)) vs \(b.text(in: text))", sourceLocation: sourceLocation)
        }
    }

    @Test func tricksOfWordsNumbersAndPunctuationTokenizeAsBefore() {
        for text in [
            "Serangan-serangan udara di dekat Pos Perbatasan pada Jum'at (23/11) menewaskan 9.022 orang, 1,200 luka.",
            "U.S.-backed SDF, Tuesday's raid; Al-Qaeda's 128GB jet-jet rebel-held 12.34.567 1,2345 3.000.000.000.000.000",
            "Ma’arrat an-Nu‘man — Şanlıurfa – «kata» “IS” 'quoted' ' - -x x- -- a‐b a‑b ʿAyn kafe\u{301} Ǆemal ÀÉÎ’s",
            "دمشق ١٢٣ 北京 \u{85}x\u{A0}y\ta\r\nb\u{2028}c", "", "-", "'", "9", "a", "Ab-ab AB-ab ab-AB-ab x'y'z 5-6",
            "IS's SOHR’s ISIS TENTARA Suriah-Suriah 7th 2015-11-23 20.000-an", "x\u{1C}-y", "ŞAM's O'Neil's 1'000",
        ] { same(text) }
    }

    @Test func aTokenIsCutFromItsTextByItsUTF8Offsets() {
        let text = "Jum’at (23/11): 9.022 tewas di Ma’arrat al-Nu‘man, jet-jet SOHR’s"
        #expect(Tokenizer.tokens(of: text).map { String($0.text(in: text)) }
                == ["Jum’at", "(", "23", "/", "11", ")", ":", "9.022", "tewas", "di", "Ma’arrat", "al", "Nu‘man", ",", "jet-jet", "SOHR’s"])
    }

    @Test func tokensAreWrittenAsTheirTextsJoinedBySingleSpaces() {
        let text = "Tentara  Suriah di\tal-Nusra, Jabhat Fateh al-Sham (JFS) U.S.-backed kafe\u{301} Ma’arrat an-Nu‘man"
        let tokens = Tokenizer.tokens(of: text)
        for a in 0...tokens.count {
            for b in a...tokens.count {
                let joined = tokens[a..<b].map { $0.text(in: text) }.joined(separator: " ")
                #expect(Token.written(tokens, a..<b, in: text) == joined, "\(a)..<\(b)")
            }
        }
        #expect(Token.written(tokens, 0..<3, in: text) == "Tentara Suriah di")
        #expect(Token.written(tokens, 4..<7, in: text) == "Nusra , Jabhat")
    }

    /// A limited call tokenizes only a prefix of a long text (cut at an ASCII space): its tokens
    /// must be the whole text's first tokens.
    @Test func firstTokensOfALongTextAreTheWholeTextsFirst() throws {
        let folder = repositoryRoot.appendingPathComponent("seeds")
        var texts = [String(repeating: "Jum'at 9.022 jet-jet al-Nusra\t1,200\r\nx- -y ", count: 40),
                     String(repeating: "ab-ab ", count: 300) + String(repeating: "ab-", count: 500) + "ab"]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            texts.append(text)
            texts += text.split(separator: "\n").map(String.init)
        }
        for text in texts {
            let all = Tokenizer.tokens(of: text)
            for limit in [1, 2, 5, 8, 25, 100] {
                let first = Tokenizer.tokens(of: text, limit: limit)
                #expect(first.count == min(limit, all.count))
                for (a, b) in zip(first, all) {
                    #expect(a.kind == b.kind && a.start == b.start && a.end == b.end && a.fold == b.fold && a.upper == b.upper && a.allUpper == b.allUpper
                            && a.hyphenBefore == b.hyphenBefore && a.value == b.value && a.hash == b.hash && a.plain == b.plain)
                }
            }
        }
    }

    /// Random texts of the characters the tokenizer's rules turn on (apostrophes, hyphens and
    /// dashes, digit groups, ligatures and other folds longer than their bytes, combining marks,
    /// non-ASCII spaces and letters) tokenize as the scalar tokenizer does, and their phrase key
    /// is its folds joined by spaces.
    @Test func randomTrickyTextsTokenizeAsTheScalarTokenizer() {
        let pieces = ["a", "Z", "s", "S", "é", "É", "ß", "ẞ", "ﬃ", "Œ", "İ", "ı", "1", "9", "000", ".", ",", "'", "’", "ʼ", "`",
                      "-", "‐", "‑", "—", "–", " ", "  ", "\t", "\n", "\r\n", "\u{A0}", "\u{2028}", "\u{301}", "«", "»", "“",
                      "½", "°", "دمشق", "١٢", "北京", "Ǆ", "ǅ", "x\u{1C}", "\u{FEFF}", "🙂", "al", "Jet", "jet"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func random(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<(1 + random(24)) { text += pieces[random(pieces.count)] }
            same(text)
            #expect(Fold.phrase(text) == ReferenceTokenizer.tokens(of: text).map(\.fold).joined(separator: " "), "\(text)")
        }
    }

    @Test func everySeedTokenizesAsBefore() throws {
        let folder = repositoryRoot.appendingPathComponent("seeds")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            same(text)
            for line in text.split(separator: "\n") { same(String(line)) }
        }
    }
}
