import Foundation

/// One word, number or punctuation mark of a sentence, with the matching form every lexicon and
/// index uses: lower case ASCII, diacritics and apostrophes gone, a reduplicated word ("jet-jet")
/// as its base.
struct Token: Sendable {
    enum Kind: Sendable { case word, number, punct }
    var kind: Kind
    /// The token as written.
    var text: Substring
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

    init(kind: Kind, text: Substring, fold: String, upper: Bool, allUpper: Bool, hyphenBefore: Bool, value: Int?) {
        self.kind = kind; self.text = text; self.fold = fold; self.upper = upper; self.allUpper = allUpper
        self.hyphenBefore = hyphenBefore; self.value = value
        (hash, plain) = Self.hash(fold)
    }

    /// A token whose fold is ASCII and whose fold hash the tokenizer made while folding.
    init(kind: Kind, text: Substring, fold: String, asciiHash: UInt64, upper: Bool, allUpper: Bool, hyphenBefore: Bool, value: Int?) {
        self.kind = kind; self.text = text; self.fold = fold; self.upper = upper; self.allUpper = allUpper
        self.hyphenBefore = hyphenBefore; self.value = value
        hash = asciiHash
        plain = true
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
        let tokens = Tokenizer.tokens(of: text, limit: maxTokens, withText: false)
        var length = tokens.count
        for n in tokens.indices { length += tokens[n].fold.utf8.count }
        var key = ""
        key.reserveCapacity(length)
        for n in tokens.indices {
            if n > 0 { key += " " }
            key += tokens[n].fold
        }
        return key
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
    private static func isApostrophe(_ v: UInt32) -> Bool {
        v == 0x27 || v == 0x2019 || v == 0x2018 || v == 0x60 || v == 0x2BF || v == 0x2BE || v == 0x2BC
    }
    private static func isHyphen(_ v: UInt32) -> Bool { v == 0x2D || v == 0x2010 || v == 0x2011 }

    /// Splits a sentence into tokens. Letters, digits and apostrophes inside a word make a word;
    /// a hyphen between two words splits them (marking the second), unless the word repeats
    /// ("serangan-serangan" is one token "serangan"). "9.022" and "1,200" are one number.
    ///
    /// One pass over the scalar values with their UTF-8 offsets: ASCII is classified by value
    /// and folded byte by byte; only non-ASCII scalars ask Unicode properties.
    /// `limit`: stop after that many tokens (the first tokens are the same as the whole text's).
    /// `withText: false` leaves ASCII tokens' `text` empty, for callers that read folds only.
    static func tokens(of text: String, limit: Int = .max, withText: Bool = true) -> [Token] {
        if !withText, limit < 256, let prefix = prefix(of: text, bytes: limit * 16) {
            // no token spans an ASCII space and no test looks past one, so the tokens of the text
            // before a space are the first tokens of the whole text
            let tokens = tokens(of: prefix, limit: limit, withText: false)
            if tokens.count >= limit { return tokens }
        }
        // decode the (valid) UTF-8 once into scalar values and their offsets
        var text = text
        let byteCount = text.utf8.count
        var values = [UInt32](repeating: 0, count: byteCount)
        var offsets = [Int](repeating: 0, count: byteCount + 1)
        var count = 0
        text.withUTF8 { bytes in
            values.withUnsafeMutableBufferPointer { v in
                offsets.withUnsafeMutableBufferPointer { o in
                    var k = 0
                    while k < bytes.count {
                        let b = bytes[k]
                        o[count] = k
                        if b < 0x80 {
                            v[count] = UInt32(b)
                            k += 1
                        } else {
                            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                            var value = UInt32(b & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F))
                            for m in 1..<length { value = (value << 6) | UInt32(bytes[k + m] & 0x3F) }
                            v[count] = value
                            k += length
                        }
                        count += 1
                    }
                    o[count] = k
                }
            }
        }
        return values.withUnsafeBufferPointer { v in
            offsets.withUnsafeBufferPointer { o in
                scan(text, UnsafeBufferPointer(rebasing: v[..<count]), UnsafeBufferPointer(rebasing: o[...count]), limit: limit, withText: withText)
            }
        }
    }

    /// The text before the first ASCII space at or after byte `bytes`, or nil when there is none.
    private static func prefix(of text: String, bytes: Int) -> String? {
        let utf8 = text.utf8
        guard utf8.count > bytes + 64 else { return nil }
        var index = utf8.index(utf8.startIndex, offsetBy: bytes)
        while index != utf8.endIndex {
            let b = utf8[index]
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return String(decoding: utf8[..<index], as: UTF8.self) }
            index = utf8.index(after: index)
        }
        return nil
    }

    private static func scan(_ text: String, _ v: UnsafeBufferPointer<UInt32>, _ o: UnsafeBufferPointer<Int>, limit: Int, withText: Bool) -> [Token] {
        let count = v.count
        let utf8 = text.utf8
        let base = utf8.startIndex
        /// A token's text, or nothing when the caller only needs folds.
        @inline(__always) func written(_ a: Int, _ b: Int) -> Substring { withText ? slice(a, b) : Substring() }
        @inline(__always) func slice(_ a: Int, _ b: Int) -> Substring {
            text[utf8.index(base, offsetBy: o[a])..<utf8.index(base, offsetBy: o[b])]
        }
        @inline(__always) func isDigit(_ x: UInt32) -> Bool { x >= 0x30 && x <= 0x39 }
        @inline(__always) func isLetter(_ i: Int) -> Bool {
            guard i >= 0, i < count else { return false }
            return Unicode.Scalar(v[i])!.isLetterOrDigit
        }
        @inline(__always) func isSpace(_ i: Int) -> Bool { Unicode.Scalar(v[i])!.isSpace }
        func ascii(_ a: Int, _ b: Int) -> Bool {
            var k = a
            while k < b { if v[k] >= 0x80 { return false }; k += 1 }
            return true
        }
        /// `Fold.word` of the scalars a..<b.
        func fold(_ a: Int, _ b: Int) -> String {
            guard ascii(a, b) else { return Fold.word(slice(a, b)) }
            return String(unsafeUninitializedCapacity: b - a) { buffer in
                var n = 0
                for k in a..<b {
                    let byte = UInt8(truncatingIfNeeded: v[k])
                    switch byte {
                    case 0x30...0x39, 0x61...0x7A: buffer[n] = byte; n += 1
                    case 0x41...0x5A: buffer[n] = byte + 32; n += 1
                    default: continue
                    }
                }
                return n
            }
        }
        /// `makeWord` of the scalars a..<b, by value when they are ASCII.
        /// `given` is the fold of the scalars a..<foldEnd (all of them, or the first of a reduplication).
        func word(_ a: Int, _ b: Int, fold given: String, foldEnd: Int, hyphen: Bool) -> Token {
            guard ascii(a, b) else { return makeWord(slice(a, b), fold: given, hyphen: hyphen) }
            var letters = 0
            var uppers = 0
            var hash = PhraseHash.offset
            for k in a..<b {
                let x = v[k]
                if x >= 0x41 && x <= 0x5A {
                    letters += 1; uppers += 1
                    if k < foldEnd { hash = PhraseHash.add(UInt8(truncatingIfNeeded: x + 32), to: hash) }
                } else if x >= 0x61 && x <= 0x7A || x >= 0x30 && x <= 0x39 {
                    if x >= 0x61 { letters += 1 }
                    if k < foldEnd { hash = PhraseHash.add(UInt8(truncatingIfNeeded: x), to: hash) }
                }
            }
            let first = v[a]
            var fold = given
            // English possessive: "Tuesday's", "Al-Qaeda's"
            if b - a > 3, v[b - 2] == 0x27, v[b - 1] == 0x73, fold.utf8.last == 0x73 {
                fold.removeLast()
                return Token(kind: .word, text: written(a, b), fold: fold, upper: first >= 0x41 && first <= 0x5A,
                             allUpper: letters >= 2 && uppers == letters, hyphenBefore: hyphen, value: nil)
            }
            return Token(kind: .word, text: written(a, b), fold: fold, asciiHash: hash, upper: first >= 0x41 && first <= 0x5A,
                         allUpper: letters >= 2 && uppers == letters, hyphenBefore: hyphen, value: nil)
        }

        var tokens: [Token] = []
        tokens.reserveCapacity(min(count / 5 + 4, limit))
        var i = 0
        var hyphenPending = false
        while i < count && tokens.count < limit {
            let c = v[i]
            if isSpace(i) { hyphenPending = false; i += 1; continue }
            if isDigit(c) {
                // number, with thousands groups
                var j = i
                var digits = 0
                var value = 0
                while j < count {
                    let w = v[j]
                    if isDigit(w) {
                        if digits < 12 { value = value * 10 + Int(w - 0x30) }
                        digits += 1; j += 1; continue
                    }
                    if (w == 0x2E || w == 0x2C), j + 3 < count + 1,
                       j + 3 < count, isDigit(v[j + 1]), isDigit(v[j + 2]), isDigit(v[j + 3]),
                       !(j + 4 < count && isDigit(v[j + 4])) {
                        j += 1; continue
                    }
                    break
                }
                // a number glued to letters ("128GB") stays a word
                if isLetter(j) && !isDigit(v[j]) {
                    var k = j
                    while isLetter(k) { k += 1 }
                    tokens.append(Token(kind: .word, text: written(i, k), fold: fold(i, k), upper: false, allUpper: false,
                                        hyphenBefore: hyphenPending, value: nil))
                    hyphenPending = false
                    i = k; continue
                }
                let folded = String(unsafeUninitializedCapacity: digits) { buffer in
                    var n = 0
                    for k in i..<j where isDigit(v[k]) { buffer[n] = UInt8(truncatingIfNeeded: v[k]); n += 1 }
                    return n
                }
                tokens.append(Token(kind: .number, text: written(i, j), fold: folded, upper: false, allUpper: false,
                                    hyphenBefore: hyphenPending, value: value))
                hyphenPending = false
                i = j; continue
            }
            if Unicode.Scalar(c)!.isLetter {
                var j = i
                while j < count {
                    if isLetter(j) { j += 1; continue }
                    if isApostrophe(v[j]) && isLetter(j + 1) && j > i { j += 1; continue }
                    break
                }
                // reduplication: "jet-jet", "serangan-serangan"
                if j < count, isHyphen(v[j]), isLetter(j + 1) {
                    var k = j + 1
                    while k < count && (isLetter(k) || (isApostrophe(v[k]) && isLetter(k + 1))) { k += 1 }
                    let firstFold = fold(i, j)
                    if fold(j + 1, k) == firstFold {
                        tokens.append(word(i, k, fold: firstFold, foldEnd: j, hyphen: hyphenPending))
                        hyphenPending = false
                        i = k; continue
                    }
                    tokens.append(word(i, j, fold: firstFold, foldEnd: j, hyphen: hyphenPending))
                } else {
                    tokens.append(word(i, j, fold: fold(i, j), foldEnd: j, hyphen: hyphenPending))
                }
                hyphenPending = false
                if j < count, isHyphen(v[j]), isLetter(j + 1) {
                    hyphenPending = true
                    i = j + 1; continue
                }
                i = j; continue
            }
            if isApostrophe(c) || isHyphen(c) && !(i + 1 < count && isSpace(i + 1) == false && isLetter(i + 1)) {
                // a lone apostrophe or a dash used as punctuation
                if isHyphen(c) {
                    tokens.append(Token(kind: .punct, text: written(i, i + 1), fold: "-", upper: false,
                                        allUpper: false, hyphenBefore: false, value: nil))
                }
                i += 1; continue
            }
            // "U.S.-backed": a hyphen glued to the word after it
            if isHyphen(c) { hyphenPending = i > 0 && !isSpace(i - 1); i += 1; continue }
            let folded: String
            switch c {
            case 0x2013, 0x2014: folded = "-"
            case 0x201C, 0x201D, 0x22, 0xAB, 0xBB: folded = "\""
            default: folded = c < 0x80 ? asciiPunct[Int(c)] : String(Unicode.Scalar(c)!)
            }
            tokens.append(Token(kind: .punct, text: written(i, i + 1), fold: folded, upper: false, allUpper: false, hyphenBefore: false, value: nil))
            hyphenPending = false
            i += 1
        }
        return tokens
    }

    /// One-character strings of the ASCII scalars, made once.
    private static let asciiPunct: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

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
