/// One token as the scanner finds it: where it is written (UTF-8 offsets) and what every lexicon
/// and index matches it by; its fold is handed to the sink beside it, as bytes.
struct ScannedToken {
    var kind: Token.Kind
    /// UTF-8 offsets of the token as written.
    var start: Int
    var end: Int
    /// `PhraseHash.word` of the fold, and whether the fold is ASCII.
    var hash: UInt64
    var plain: Bool
    var upper: Bool
    var allUpper: Bool
    var hyphenBefore: Bool
    var value: Int?
}

/// Takes the tokens of a text in order. Callers that need only folds (a phrase key, stopword
/// counts) read them from the scanner's buffer; no String and no `Token` is made for them.
protocol TokenSink {
    mutating func take(_ token: ScannedToken, fold: UnsafeBufferPointer<UInt8>)
}

/// The tokenizer's single pass over a text's UTF-8 bytes: ASCII is classified and folded byte by
/// byte, a non-ASCII scalar is decoded where it stands and asked its Unicode properties.
/// The rules are `Tokenizer.tokens(of:)`'s (its tests compare both with the scalar tokenizer).
struct TokenScanner {
    private static func isApostrophe(_ v: UInt32) -> Bool {
        v == 0x27 || v == 0x2019 || v == 0x2018 || v == 0x60 || v == 0x2BF || v == 0x2BE || v == 0x2BC
    }
    private static func isHyphen(_ v: UInt32) -> Bool { v == 0x2D || v == 0x2010 || v == 0x2011 }

    /// Scans `text` and hands its first `limit` tokens to `sink`.
    static func scan<Sink: TokenSink>(_ text: String, limit: Int = .max, into sink: inout Sink) {
        var contiguous = text
        contiguous.withUTF8 { bytes in
            var scanner = TokenScanner(text: text, bytes: bytes, fold: .allocate(capacity: bytes.count + 16))
            scanner.run(limit: limit, into: &sink)
            scanner.fold.deallocate()
        }
    }

    private let text: String
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Scratch for folds: an ASCII fold is never longer than the bytes it comes from, so a
    /// token's fold (or a reduplication's two) fits in the text's byte count.
    private var fold: UnsafeMutableBufferPointer<UInt8>
    /// Tokens handed to the sink so far.
    private var taken = 0

    private init(text: String, bytes: UnsafeBufferPointer<UInt8>, fold: UnsafeMutableBufferPointer<UInt8>) {
        self.text = text; self.bytes = bytes; self.fold = fold
    }

    // MARK: - Scalars in place

    /// The scalar value starting at byte `k` (a lead byte of valid UTF-8).
    @inline(__always) private func value(at k: Int) -> UInt32 { UTF8Scalars(bytes: bytes).scalar(at: k).value }
    /// The offset of the scalar after the one at `k`.
    @inline(__always) private func next(_ k: Int) -> Int {
        let b = bytes[k]
        return k + (b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2)
    }
    @inline(__always) private func isLetterOrDigit(_ k: Int) -> Bool {
        guard k < bytes.count else { return false }
        let b = bytes[k]
        if b < 0x80 { return (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) }
        return Unicode.Scalar(value(at: k)).unsafelyUnwrapped.properties.isAlphabetic
    }
    @inline(__always) private func isSpace(_ k: Int) -> Bool {
        let b = bytes[k]
        if b < 0x80 { return b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        return Unicode.Scalar(value(at: k)).unsafelyUnwrapped.properties.isWhitespace
    }
    @inline(__always) private func isDigit(_ k: Int) -> Bool { k < bytes.count && bytes[k] >= 0x30 && bytes[k] <= 0x39 }
    private func ascii(_ a: Int, _ b: Int) -> Bool {
        var k = a
        while k < b { if bytes[k] >= 0x80 { return false }; k += 1 }
        return true
    }
    private func slice(_ a: Int, _ b: Int) -> Substring {
        let utf8 = text.utf8
        return text[utf8.index(utf8.startIndex, offsetBy: a)..<utf8.index(utf8.startIndex, offsetBy: b)]
    }

    // MARK: - Folds

    /// Writes `Fold.word` of bytes a..<b at `fold[at...]`; returns its length.
    private mutating func fold(_ a: Int, _ b: Int, at: Int) -> Int {
        guard ascii(a, b) else {
            // Fold.word's output (ASCII) may be longer than the bytes it folds (a ligature)
            let folded = Fold.word(slice(a, b))
            reserve(at + folded.utf8.count)
            var n = at
            for byte in folded.utf8 { fold[n] = byte; n += 1 }
            return n - at
        }
        var n = at
        for k in a..<b {
            let byte = bytes[k]
            switch byte {
            case 0x30...0x39, 0x61...0x7A: fold[n] = byte; n += 1
            case 0x41...0x5A: fold[n] = byte + 32; n += 1
            default: continue
            }
        }
        return n - at
    }

    /// Room for `count` bytes of folds (a fold longer than its bytes is rare: copied over).
    private mutating func reserve(_ count: Int) {
        guard count > fold.count else { return }
        let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: count * 2)
        _ = larger.initialize(from: fold)
        fold.deallocate()
        fold = larger
    }

    private func hash(_ length: Int) -> (UInt64, Bool) {
        var hash = PhraseHash.offset
        var plain = true
        for n in 0..<length {
            if fold[n] >= 0x80 { plain = false }
            hash = PhraseHash.add(fold[n], to: hash)
        }
        return (hash, plain)
    }

    private mutating func emit<Sink: TokenSink>(_ kind: Token.Kind, _ a: Int, _ b: Int, foldLength: Int, upper: Bool = false,
                                       allUpper: Bool = false, hyphen: Bool = false, value: Int? = nil, into sink: inout Sink) {
        let (hash, plain) = hash(foldLength)
        taken += 1
        sink.take(ScannedToken(kind: kind, start: a, end: b, hash: hash, plain: plain, upper: upper, allUpper: allUpper,
                               hyphenBefore: hyphen, value: value),
                  fold: UnsafeBufferPointer(rebasing: fold[0..<foldLength]))
    }

    /// A word of bytes a..<b whose fold (of the bytes up to its first part's end) is at `fold[0..<foldLength]`.
    private mutating func word<Sink: TokenSink>(_ a: Int, _ b: Int, foldLength: Int, hyphen: Bool, into sink: inout Sink) {
        guard ascii(a, b) else {
            let given = String(decoding: UnsafeBufferPointer(rebasing: fold[0..<foldLength]), as: UTF8.self)
            let shape = Tokenizer.wordShape(slice(a, b), fold: given)
            reserve(shape.fold.utf8.count)
            var length = 0
            for byte in shape.fold.utf8 { fold[length] = byte; length += 1 }
            emit(.word, a, b, foldLength: length, upper: shape.upper, allUpper: shape.allUpper, hyphen: hyphen, into: &sink)
            return
        }
        var letters = 0
        var uppers = 0
        for k in a..<b {
            let x = bytes[k]
            if x >= 0x41 && x <= 0x5A { letters += 1; uppers += 1 } else if x >= 0x61 && x <= 0x7A { letters += 1 }
        }
        var length = foldLength
        // English possessive: "Tuesday's", "Al-Qaeda's"
        if b - a > 3, bytes[b - 2] == 0x27, bytes[b - 1] == 0x73, length > 0, fold[length - 1] == 0x73 { length -= 1 }
        let first = bytes[a]
        emit(.word, a, b, foldLength: length, upper: first >= 0x41 && first <= 0x5A, allUpper: letters >= 2 && uppers == letters,
             hyphen: hyphen, into: &sink)
    }

    // MARK: - The pass

    private mutating func run<Sink: TokenSink>(limit: Int, into sink: inout Sink) {
        let count = bytes.count
        var i = 0
        var hyphenPending = false
        while i < count && taken < limit {
            let lead = bytes[i]
            if isSpace(i) { hyphenPending = false; i = next(i); continue }
            if lead >= 0x30 && lead <= 0x39 {
                // number, with thousands groups
                var j = i
                var digits = 0
                var value = 0
                while j < count {
                    let w = bytes[j]
                    if w >= 0x30 && w <= 0x39 {
                        if digits < 12 { value = value * 10 + Int(w - 0x30) }
                        digits += 1; j += 1; continue
                    }
                    if w == 0x2E || w == 0x2C, isDigit(j + 1), isDigit(j + 2), isDigit(j + 3), !isDigit(j + 4) { j += 1; continue }
                    break
                }
                // a number glued to letters ("128GB") stays a word
                if isLetterOrDigit(j) && !isDigit(j) {
                    var k = j
                    while isLetterOrDigit(k) { k = next(k) }
                    emit(.word, i, k, foldLength: fold(i, k, at: 0), hyphen: hyphenPending, into: &sink)
                    hyphenPending = false
                    i = k; continue
                }
                var n = 0
                for k in i..<j where bytes[k] >= 0x30 && bytes[k] <= 0x39 { fold[n] = bytes[k]; n += 1 }
                emit(.number, i, j, foldLength: n, hyphen: hyphenPending, value: value, into: &sink)
                hyphenPending = false
                i = j; continue
            }
            if let end = asciiWord(from: i, hyphen: hyphenPending, into: &sink) {
                hyphenPending = false
                i = end; continue
            }
            let c = value(at: i)
            if Unicode.Scalar(c).unsafelyUnwrapped.isLetter {
                var j = i
                while j < count {
                    if isLetterOrDigit(j) { j = next(j); continue }
                    if j > i, Self.isApostrophe(value(at: j)), isLetterOrDigit(next(j)) { j = next(j); continue }
                    break
                }
                // reduplication: "jet-jet", "serangan-serangan"
                if j < count, Self.isHyphen(value(at: j)), isLetterOrDigit(next(j)) {
                    var k = next(j)
                    while k < count && (isLetterOrDigit(k) || (Self.isApostrophe(value(at: k)) && isLetterOrDigit(next(k)))) { k = next(k) }
                    let firstLength = fold(i, j, at: 0)
                    let secondLength = fold(next(j), k, at: firstLength)
                    var same = firstLength == secondLength
                    if same { for n in 0..<firstLength where fold[n] != fold[firstLength + n] { same = false; break } }
                    if same {
                        word(i, k, foldLength: firstLength, hyphen: hyphenPending, into: &sink)
                        hyphenPending = false
                        i = k; continue
                    }
                    word(i, j, foldLength: firstLength, hyphen: hyphenPending, into: &sink)
                } else {
                    word(i, j, foldLength: fold(i, j, at: 0), hyphen: hyphenPending, into: &sink)
                }
                hyphenPending = false
                if j < count, Self.isHyphen(value(at: j)), isLetterOrDigit(next(j)) {
                    hyphenPending = true
                    i = next(j); continue
                }
                i = j; continue
            }
            if Self.isApostrophe(c) || Self.isHyphen(c) && !isLetterOrDigit(next(i)) {
                // a lone apostrophe or a dash used as punctuation
                if Self.isHyphen(c) {
                    fold[0] = 0x2D
                    emit(.punct, i, next(i), foldLength: 1, into: &sink)
                }
                i = next(i); continue
            }
            // "U.S.-backed": a hyphen glued to the word after it
            if Self.isHyphen(c) {
                hyphenPending = i > 0 && !isSpace(previous(i))
                i = next(i); continue
            }
            let length: Int
            switch c {
            case 0x2013, 0x2014: fold[0] = 0x2D; length = 1
            case 0x201C, 0x201D, 0x22, 0xAB, 0xBB: fold[0] = 0x22; length = 1
            default:
                // the scalar as written (its own UTF-8)
                length = next(i) - i
                for m in 0..<length { fold[m] = bytes[i + m] }
            }
            emit(.punct, i, next(i), foldLength: length, into: &sink)
            hyphenPending = false
            i = next(i)
        }
    }

    /// The common word, in one pass: ASCII letters and digits (and ASCII apostrophes inside)
    /// from an ASCII letter at `a` to an ASCII byte that ends it, folded, hashed and counted as
    /// it goes. Returns the word's end, or nil (nothing taken) when the word reaches a non-ASCII
    /// scalar or a hyphen before a letter (a reduplication or a hyphenated word): the general
    /// steps read those.
    private mutating func asciiWord<Sink: TokenSink>(from a: Int, hyphen: Bool, into sink: inout Sink) -> Int? {
        let first = bytes[a]
        guard (first >= 0x61 && first <= 0x7A) || (first >= 0x41 && first <= 0x5A) else { return nil }
        let count = bytes.count
        var j = a
        var n = 0
        var hash = PhraseHash.offset
        var letters = 0
        var uppers = 0
        while j < count {
            let b = bytes[j]
            if b >= 0x61 && b <= 0x7A {
                letters += 1
            } else if b >= 0x41 && b <= 0x5A {
                letters += 1; uppers += 1
                fold[n] = b + 32; n += 1
                hash = PhraseHash.add(b + 32, to: hash)
                j += 1; continue
            } else if b >= 0x30 && b <= 0x39 {
            } else if b >= 0x80 {
                return nil
            } else if (b == 0x27 || b == 0x60) && j + 1 < count && bytes[j + 1] >= 0x80 {
                return nil
            } else if (b == 0x27 || b == 0x60) && isLetterOrDigit(j + 1) {
                j += 1; continue
            } else {
                break
            }
            fold[n] = b; n += 1
            hash = PhraseHash.add(b, to: hash)
            j += 1
        }
        if j < count, bytes[j] == 0x2D, isLetterOrDigit(j + 1) { return nil }
        // English possessive: "Tuesday's", "Al-Qaeda's"
        if j - a > 3, bytes[j - 2] == 0x27, bytes[j - 1] == 0x73, fold[n - 1] == 0x73 {
            n -= 1
            hash = self.hash(n).0
        }
        taken += 1
        sink.take(ScannedToken(kind: .word, start: a, end: j, hash: hash, plain: true, upper: first <= 0x5A,
                               allUpper: letters >= 2 && uppers == letters, hyphenBefore: hyphen, value: nil),
                  fold: UnsafeBufferPointer(rebasing: fold[0..<n]))
        return j
    }

    /// The offset of the scalar before the one at `k` (k > 0).
    private func previous(_ k: Int) -> Int {
        var p = k - 1
        while p > 0 && bytes[p] & 0xC0 == 0x80 { p -= 1 }
        return p
    }
}
