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
    var fold: String
    /// The first letter is upper case.
    var upper: Bool
    /// Every letter is upper case (and there are at least two): "IS", "SDF".
    var allUpper: Bool
    /// Joined to the word before by a hyphen ("al-Nusra", "rebel-held").
    var hyphenBefore: Bool
    /// The value of a number written in digits ("9.022" → 9022).
    var value: Int?
    var isWord: Bool { kind == .word }
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
    static func phrase(_ text: String) -> String {
        Tokenizer.tokens(of: text).map(\.fold).joined(separator: " ")
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

/// Phrases (as token folds) mapped to values, matched longest first at a token position.
///
/// Matching hashes the tokens' folds as it extends the n-gram (FNV-1a over the bytes the joined
/// key would have) and verifies the few candidates word by word: no String is built per n-gram.
struct PhraseTable<Value: Sendable>: Sendable {
    private(set) var entries: [String: [Value]] = [:]
    private(set) var maxLength = 0
    /// FNV-1a of a key's UTF-8 → the keys with that hash (as their words) and their values.
    private var hashed: [UInt64: [(words: [String], values: [Value])]] = [:]
    /// Hashes of every key's first words (1, 2, … all of them): an n-gram whose hash is not here
    /// starts no key, so a match stops extending.
    private var prefixes = Set<UInt64>()
    /// A key with a non-ASCII byte: String equality (canonical equivalence) is not byte equality,
    /// so such tables match by building the key.
    private var nonASCIIKeys = false

    mutating func add(_ phrase: String, _ value: Value) {
        let key = Fold.phrase(phrase)
        guard !key.isEmpty else { return }
        entries[key, default: []].append(value)
        maxLength = max(maxLength, key.split(separator: " ").count)
        if key.utf8.contains(where: { $0 >= 0x80 }) { nonASCIIKeys = true }
        let hash = PhraseHash.of(key)
        let words = key.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var prefix = PhraseHash.offset
        for (n, word) in words.enumerated() {
            if n > 0 { prefix = PhraseHash.add(0x20, to: prefix) }
            for byte in word.utf8 { prefix = PhraseHash.add(byte, to: prefix) }
            prefixes.insert(prefix)
        }
        var bucket = hashed[hash] ?? []
        if let n = bucket.firstIndex(where: { $0.words == words }) { bucket[n].values.append(value) } else { bucket.append((words, [value])) }
        hashed[hash] = bucket
    }

    /// The longest phrase starting at `start`: its values and its length in tokens.
    func match(_ tokens: [Token], at start: Int) -> (values: [Value], length: Int)? {
        guard start < tokens.count else { return nil }
        if nonASCIIKeys { return matchByString(tokens, at: start) }
        var hash = PhraseHash.offset
        var best: (values: [Value], length: Int)?
        var n = 0
        while n < maxLength && start + n < tokens.count {
            if n > 0 { hash = PhraseHash.add(0x20, to: hash) }
            var ascii = true
            for byte in tokens[start + n].fold.utf8 {
                if byte >= 0x80 { ascii = false }
                hash = PhraseHash.add(byte, to: hash)
            }
            // a non-ASCII fold may still equal an ASCII key canonically (U+037E is ";")
            if !ascii { return matchByString(tokens, at: start) }
            if !prefixes.contains(hash) { break }
            n += 1
            if let bucket = hashed[hash] {
                for entry in bucket where entry.words.count == n {
                    var same = true
                    for k in 0..<n where entry.words[k] != tokens[start + k].fold { same = false; break }
                    if same { best = (entry.values, n); break }
                }
            }
        }
        return best
    }

    private func matchByString(_ tokens: [Token], at start: Int) -> (values: [Value], length: Int)? {
        var key = ""
        var best: (values: [Value], length: Int)?
        var n = 0
        while n < maxLength && start + n < tokens.count {
            if n > 0 { key += " " }
            key += tokens[start + n].fold
            n += 1
            if let values = entries[key] { best = (values, n) }
        }
        return best
    }

    func contains(_ phrase: String) -> Bool { entries[phrase] != nil }
}

/// FNV-1a, 64 bits: the hash of a phrase key, computable word by word.
enum PhraseHash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) static func add(_ byte: UInt8, to hash: UInt64) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    static func of(_ key: String) -> UInt64 {
        var hash = offset
        for byte in key.utf8 { hash = add(byte, to: hash) }
        return hash
    }
}
