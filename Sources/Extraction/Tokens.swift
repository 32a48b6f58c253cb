import Foundation

/// One word, number or punctuation mark of a sentence, with the matching form every lexicon and
/// index uses: lower case ASCII, diacritics and apostrophes gone, a reduplicated word ("jet-jet")
/// as its base.
struct Token: Sendable {
    enum Kind: Sendable { case word, number, punct }
    var kind: Kind
    /// UTF-8 offsets of the token as written in the text it was cut from (`text(in:)` cuts it
    /// where it is read: a token holds no reference to its text, so copies retain nothing of it).
    var start: Int32
    var end: Int32
    /// The matching form ("jumat" for "Jum'at", "," for a comma).
    var fold: String { didSet { (hash, plain) = Self.hash(fold) } }
    /// The first letter is upper case.
    var upper: Bool
    /// Every letter is upper case (and there are at least two): "IS", "SDF".
    var allUpper: Bool
    /// Joined to the word before by a hyphen ("al-Nusra", "rebel-held").
    var hyphenBefore: Bool
    /// The value of a number written in digits ("9.022" → 9022).
    var value: Int?
    /// `PhraseHash.word` of the fold, made once: every lexicon and index is probed by it.
    private(set) var hash: UInt64
    /// The fold is ASCII (hashed probes answer for it; other folds are looked up by String).
    private(set) var plain: Bool
    var isWord: Bool { kind == .word }

    /// A token written as `text`, a slice of the text it was cut from.
    init(kind: Kind, text: Substring, fold: String, upper: Bool, allUpper: Bool, hyphenBefore: Bool, value: Int?) {
        let base = text.base.utf8
        self.kind = kind
        start = Int32(base.distance(from: base.startIndex, to: text.startIndex))
        end = Int32(base.distance(from: base.startIndex, to: text.endIndex))
        self.fold = fold; self.upper = upper; self.allUpper = allUpper
        self.hyphenBefore = hyphenBefore; self.value = value
        (hash, plain) = Self.hash(fold)
    }

    /// A token whose fold hash the tokenizer made while folding.
    init(kind: Kind, start: Int, end: Int, fold: String, hash: UInt64, plain: Bool, upper: Bool, allUpper: Bool, hyphenBefore: Bool, value: Int?) {
        self.kind = kind; self.start = Int32(truncatingIfNeeded: start); self.end = Int32(truncatingIfNeeded: end)
        self.fold = fold; self.upper = upper; self.allUpper = allUpper
        self.hyphenBefore = hyphenBefore; self.value = value
        self.hash = hash
        self.plain = plain
    }

    /// Tokens `range` as written in `text` (the text they were cut from), joined by single spaces.
    /// When single spaces are all that separates them there, that is one slice of the text.
    static func written(_ tokens: [Token], _ range: Range<Int>, in text: String) -> String {
        guard let first = range.first else { return "" }
        let utf8 = text.utf8
        var k = first
        while k + 1 < range.upperBound {
            let gap = Int(tokens[k].end)
            guard Int(tokens[k + 1].start) == gap + 1, utf8[utf8.index(utf8.startIndex, offsetBy: gap)] == 0x20 else {
                return tokens[range].map { $0.text(in: text) }.joined(separator: " ")
            }
            k += 1
        }
        let start = utf8.index(utf8.startIndex, offsetBy: Int(tokens[first].start))
        let end = utf8.index(utf8.startIndex, offsetBy: Int(tokens[range.upperBound - 1].end))
        return String(text[start..<end])
    }

    /// The token as written in `text`, the text it was cut from.
    func text(in text: String) -> Substring {
        let utf8 = text.utf8
        return text[utf8.index(utf8.startIndex, offsetBy: Int(start))..<utf8.index(utf8.startIndex, offsetBy: Int(end))]
    }

    @inline(__always) private static func hash(_ fold: String) -> (UInt64, Bool) {
        var hash = PhraseHash.offset
        var plain = true
        for byte in fold.utf8 {
            if byte >= 0x80 { plain = false }
            hash = PhraseHash.add(byte, to: hash)
        }
        return (hash, plain)
    }
}

enum Fold {
    /// Lower case ASCII letters and digits of one word; other letters folded to their Latin base.
    static func word<S: StringProtocol>(_ text: S) -> String {
        let utf8 = text.utf8
        if !utf8.contains(where: { $0 >= 0x80 }) {
            return String(unsafeUninitializedCapacity: utf8.count) { buffer in
                var n = 0
                for byte in utf8 {
                    switch byte {
                    case 0x30...0x39, 0x61...0x7A: buffer[n] = byte; n += 1
                    case 0x41...0x5A: buffer[n] = byte + 32; n += 1
                    default: continue
                    }
                }
                return n
            }
        }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x30...0x39, 0x61...0x7A: output.unicodeScalars.append(scalar)
                case 0x41...0x5A: output.unicodeScalars.append(Unicode.Scalar(value + 32)!)
                default: continue
                }
            } else if let special = specials[value] {
                output += special
            } else if scalar.properties.isAlphabetic {
                let folded = String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                for f in folded.unicodeScalars where f.value < 0x80 && f.properties.isAlphabetic {
                    output.unicodeScalars.append(Unicode.Scalar(f.value | 0x20)!)
                }
            }
        }
        return output
    }

    /// The matching form of a phrase: its tokens' folds joined by single spaces.
    /// `maxTokens`: only the first tokens (the key's prefix), for comparisons that need no more.
    static func phrase(_ text: String, maxTokens: Int = .max) -> String {
        var key = PhraseKey()
        key.bytes.reserveCapacity(text.utf8.count + 8)
        TokenScanner.scan(text, limit: maxTokens, into: &key)
        return String(decoding: key.bytes, as: UTF8.self)
    }

    private static let specials: [UInt32: String] = [
        0xDF: "ss", 0xE6: "ae", 0xC6: "ae", 0xF8: "o", 0xD8: "o", 0x131: "i", 0x130: "i",
        0x142: "l", 0x141: "l", 0x111: "d", 0x110: "d", 0x153: "oe", 0x152: "oe", 0x259: "e", 0x18F: "e",
    ]
}

/// Character classes with an ASCII fast path (Unicode property lookups are slow per scalar).
extension Unicode.Scalar {
    var isLetterOrDigit: Bool {
        let v = value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) }
        return properties.isAlphabetic
    }
    var isLetter: Bool {
        let v = value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) }
        return properties.isAlphabetic
    }
    var isUpper: Bool {
        let v = value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return properties.isUppercase
    }
    var isSpace: Bool {
        let v = value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return properties.isWhitespace
    }
}

enum Tokenizer {
    /// Splits a sentence into tokens. Letters, digits and apostrophes inside a word make a word;
    /// a hyphen between two words splits them (marking the second), unless the word repeats
    /// ("serangan-serangan" is one token "serangan"). "9.022" and "1,200" are one number.
    ///
    /// `limit`: stop after that many tokens (the first tokens are the same as the whole text's).
    /// A token's written form is `token.text(in: text)`.
    static func tokens(of text: String, limit: Int = .max) -> [Token] {
        var list = TokenList()
        list.tokens.reserveCapacity(min(text.utf8.count / 5 + 4, limit))
        TokenScanner.scan(text, limit: limit, into: &list)
        return list.tokens
    }

    /// The fold (possessive dropped), first-letter case and all-capitals flag of a word with a
    /// non-ASCII scalar, asked of Unicode properties and Characters.
    static func wordShape(_ raw: Substring, fold: String) -> (fold: String, upper: Bool, allUpper: Bool) {
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
        return (fold, upper, letters >= 2 && uppers == letters)
    }
}

/// The tokens of a text as `Token`s (their written forms are cut out of it where they are read).
private struct TokenList: TokenSink {
    var tokens: [Token] = []

    mutating func take(_ t: ScannedToken, fold: UnsafeBufferPointer<UInt8>) {
        tokens.append(Token(kind: t.kind, start: t.start, end: t.end, fold: String(decoding: fold, as: UTF8.self), hash: t.hash, plain: t.plain,
                            upper: t.upper, allUpper: t.allUpper, hyphenBefore: t.hyphenBefore, value: t.value))
    }
}

/// A phrase's folds joined by single spaces, as bytes (a fold may be empty: "دمشق" folds to "").
private struct PhraseKey: TokenSink {
    var bytes: [UInt8] = []
    var tokens = 0

    mutating func take(_ t: ScannedToken, fold: UnsafeBufferPointer<UInt8>) {
        if tokens > 0 { bytes.append(0x20) }
        tokens += 1
        bytes.append(contentsOf: fold)
    }
}
