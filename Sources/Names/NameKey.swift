import Foundation

/// Matching keys for names of places, factions and sources, shared by the database (indexed
/// `normalized` columns) and the extractor, so that both sides agree on what "the same name" is.
public enum NameKey {
    /// Arabic articles as transliterations write them; dropped wherever they stand as a word,
    /// so "Deir ez-Zor", "Deir al-Zor" and "Deir Zor" share a key.
    public static let articles: Set<Substring> = ["al", "el", "ar", "as", "ash", "ad", "at", "az", "an", "ez", "es", "ed", "et", "ul"]

    /// Lower case, diacritics folded, apostrophes and ʿayn/hamza marks removed, every other
    /// non-alphanumeric character a separator, Arabic articles dropped, words joined by one space.
    ///
    ///     NameKey.normalize("Deir ez-Zor") == "deir zor"
    ///     NameKey.normalize("Ma'arrat an-Nu'man") == "maarrat numan"
    public static func normalize(_ name: String) -> String {
        // ASCII (almost every name): one pass into a buffer on the stack, and a key of up to
        // 15 bytes is a small string, so no allocation at all
        let ascii = name.utf8.withContiguousStorageIfAvailable { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { buffer -> String? in
                asciiNormalize(bytes, into: buffer).map { String(decoding: UnsafeBufferPointer(rebasing: buffer[..<$0]), as: UTF8.self) }
            }
        }
        if let key = ascii ?? nil { return key }
        return String(decoding: normalizedBytes(name), as: UTF8.self)
    }

    /// `normalize` of ASCII bytes, written into `output` (at least as long as `bytes`): the
    /// length of the key, or nil at the first non-ASCII byte. Folding and dropping articles in
    /// one pass: a word that turns out to be an article is cut back off, with its space.
    private static func asciiNormalize(_ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        var count = 0
        var wordStart = 0  // where the current word's letters start in `output`
        var cut = 0        // where `output` ends if the current word is an article
        var inWord = false
        for byte in bytes {
            var folded = byte
            switch byte {
            case 0x30...0x39, 0x61...0x7A, 0x41...0x5A:
                if byte <= 0x5A && byte >= 0x41 { folded = byte + 32 }
                if !inWord {
                    cut = count
                    if count > 0 { output[count] = 0x20; count += 1 }
                    wordStart = count
                    inWord = true
                }
                output[count] = folded
                count += 1
            case 0x27, 0x60: continue  // ' ` join the letters around them
            case 0x80...: return nil
            default:
                if inWord && isArticle(output[wordStart..<count]) { count = cut }
                inWord = false
            }
        }
        if inWord && isArticle(output[wordStart..<count]) { count = cut }
        return count
    }

    /// `normalize` as bytes: the folded words with the articles dropped, joined by one space.
    static func normalizedBytes(_ name: String) -> [UInt8] {
        let bytes = foldBytes(name)
        // non-ASCII letters (other scripts): Character-wise, as a mark may join the space before it
        if bytes.contains(where: { $0 >= 0x80 }) {
            let text = String(decoding: bytes, as: UTF8.self)
            return Array(text.split(separator: " ").filter { !articles.contains($0) }.joined(separator: " ").utf8)
        }
        // folded to ASCII (accents gone): the one-pass key of the folded bytes
        return bytes.withUnsafeBufferPointer { folded in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(folded.count, 1)) { buffer in
                Array(buffer[..<(asciiNormalize(folded, into: buffer) ?? 0)])
            }
        }
    }

    /// The word is one of `articles` (all two or three ASCII letters).
    private static func isArticle(_ word: some Collection<UInt8>) -> Bool {
        var bytes = word.makeIterator()
        guard let a = bytes.next(), let b = bytes.next() else { return false }
        guard let c = bytes.next() else { return isTwoLetterArticle(a, b) }
        return a == 0x61 && b == 0x73 && c == 0x68 && bytes.next() == nil  // ash
    }

    private static func isTwoLetterArticle(_ a: UInt8, _ b: UInt8) -> Bool {
        switch (a, b) {
        case (0x61, 0x6C), (0x65, 0x6C), (0x61, 0x72), (0x61, 0x73), (0x61, 0x64), (0x61, 0x74), (0x61, 0x7A), (0x61, 0x6E),
             (0x65, 0x7A), (0x65, 0x73), (0x65, 0x64), (0x65, 0x74), (0x75, 0x6C):
            return true  // al el ar as ad at az an ez es ed et ul
        default: return false
        }
    }

    /// The words of the normalized key.
    public static func words(_ name: String) -> [Substring] {
        let folded = fold(name)
        return folded.split(separator: " ").filter { !articles.contains($0) }
    }

    /// A looser key for transliteration variants: doubled letters single, "ee"/"ii" → "i",
    /// "oo"/"ou"/"uu" → "u", "aa" → "a", and "dh"/"th"/"kh"/"gh"/"sh" kept as written.
    /// "Hawareen", "Hawarin" and "Huwwarin" differ; "Maheen" and "Mahin" share "mahin".
    public static func skeleton(_ name: String) -> String {
        skeleton(normalized: normalize(name))
    }

    /// `skeleton` of an already normalized key (a byte scan, no string searching).
    public static func skeleton(normalized key: String) -> String {
        // a key of up to 15 bytes is a small string: copied to the stack, no allocation
        let ascii = key.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { buffer in
                _ = buffer.initialize(from: bytes)
                let count = asciiSkeleton(UnsafeMutableBufferPointer(rebasing: buffer[..<bytes.count]))
                return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
            }
        }
        return (ascii ?? nil) ?? skeleton(Array(key.utf8))
    }

    private static func skeleton(_ key: [UInt8]) -> String {
        if key.contains(where: { $0 >= 0x80 }) { return characterSkeleton(String(decoding: key, as: UTF8.self)) }
        var bytes = key
        let count = bytes.withUnsafeMutableBufferPointer { asciiSkeleton($0) }
        return String(decoding: bytes[..<count], as: UTF8.self)
    }

    /// The skeleton of an ASCII key, in place; returns its length. "ee" → "i", then "ou" → "u",
    /// then "oo" → "u", each left to right without overlap, then doubled letters single: every
    /// pass writes behind where it reads.
    private static func asciiSkeleton(_ buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        func replace(_ n: Int, _ a: UInt8, _ b: UInt8, with c: UInt8) -> Int {
            var out = 0
            var i = 0
            while i < n {
                if buffer[i] == a && i + 1 < n && buffer[i + 1] == b { buffer[out] = c; out += 1; i += 2; continue }
                buffer[out] = buffer[i]
                out += 1
                i += 1
            }
            return out
        }
        let n = replace(replace(replace(buffer.count, 0x65, 0x65, with: 0x69), 0x6F, 0x75, with: 0x75), 0x6F, 0x6F, with: 0x75)
        var out = 0
        var previous: UInt8 = 0x20
        for i in 0..<n {
            let byte = buffer[i]
            if byte == previous && byte != 0x20 { continue }
            buffer[out] = byte
            out += 1
            previous = byte
        }
        return out
    }

    /// The skeleton of a key with letters of other scripts: Foundation's replacing compares
    /// composed characters, so these keep the original (slow) path.
    private static func characterSkeleton(_ key: String) -> String {
        var result = ""
        var previous: Character = " "
        for character in key
            .replacingOccurrences(of: "ee", with: "i")
            .replacingOccurrences(of: "ou", with: "u")
            .replacingOccurrences(of: "oo", with: "u") {
            if character == previous && character != " " { continue }
            result.append(character)
            previous = character
        }
        return result
    }

    /// Lower case ASCII letters and digits separated by single spaces. ASCII input (most of
    /// it) is folded byte by byte; other scalars go through `asciiFold`.
    static func fold(_ text: String) -> String {
        String(decoding: foldBytes(text), as: UTF8.self)
    }

    static func foldBytes(_ text: String) -> [UInt8] {
        // one pass over the contiguous bytes (the UTF8View's iterator costs more per byte)
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains { $0 >= 0x80 } }
            ?? !text.utf8.contains(where: { $0 >= 0x80 })
        if ascii { return asciiFoldBytes(text) }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        func emit(_ byte: UInt8) {
            if pendingSpace && !output.isEmpty { output.append(0x20) }
            pendingSpace = false
            output.append(byte)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                switch byte {
                case 0x30...0x39, 0x61...0x7A: emit(byte)
                case 0x41...0x5A: emit(byte + 32)
                case 0x27, 0x60: continue  // ' `
                default: pendingSpace = true
                }
            } else if let mapped = tabledAsciiFold(scalar) {
                for byte in mapped.utf8 { emit(byte) }
            } else {
                pendingSpace = true
            }
        }
        return output
    }

    /// `foldBytes` of ASCII text, byte by byte.
    private static func asciiFoldBytes(_ text: String) -> [UInt8] {
        text.utf8.withContiguousStorageIfAvailable(asciiFoldBytes) ?? asciiFoldBytes(text.utf8)
    }

    private static func asciiFoldBytes(_ bytes: some Collection<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            switch byte {
            case 0x30...0x39, 0x61...0x7A, 0x41...0x5A:
                if pendingSpace && !output.isEmpty { output.append(0x20) }
                pendingSpace = false
                output.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
            case 0x27, 0x60: continue  // ' `
            default: pendingSpace = true
            }
        }
        return output
    }

    /// The lowercase ASCII spelling of a non-ASCII scalar, "" for marks to drop, nil for a separator.
    private static func asciiFold(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0xB4, 0x2BB, 0x2BC, 0x2BE, 0x2BF, 0x2018, 0x2019, 0x2032: return ""  // ´ ʻ ʼ ʾ ʿ ‘ ’ ′
        case 0x300...0x36F: return ""  // combining marks
        default:
            if let base = latinBase[scalar.value] { return base }
            // Decompose and keep the base letter (é → e, ṣ → s, ḥ → h).
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping
            if let first = decomposed.unicodeScalars.first, first.value < 0x80, first != scalar {
                let value = first.value
                if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) { return String(first) }
                if (0x41...0x5A).contains(value) { return String(Unicode.Scalar(value + 32)!) }
                return nil
            }
            return scalar.properties.isAlphabetic ? String(scalar).lowercased() : nil
        }
    }

    /// `asciiFold`, read from a table for the blocks names use most (decomposing a scalar
    /// through Foundation costs microseconds).
    private static func tabledAsciiFold(_ scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        if value >= 0xC0 && value < 0x250 { return latinFolds[Int(value - 0xC0)] }
        if value >= 0x1E00 && value < 0x1F00 { return latinExtendedAdditionalFolds[Int(value - 0x1E00)] }
        if value >= 0x2000 && value < 0x2070 { return punctuationFolds[Int(value - 0x2000)] }
        return asciiFold(scalar)
    }

    /// `asciiFold` of U+00C0…U+024F (accented Latin letters, the most common non-ASCII in names), computed once.
    private static let latinFolds = asciiFolds(0xC0..<0x250)
    /// … of U+1E00…U+1EFF: the dotted and lined letters of transliterations (ḥ ṣ ṭ ẓ ḏ).
    private static let latinExtendedAdditionalFolds = asciiFolds(0x1E00..<0x1F00)
    /// … of U+2000…U+206F: spaces, dashes and quotation marks.
    private static let punctuationFolds = asciiFolds(0x2000..<0x2070)

    private static func asciiFolds(_ values: Range<UInt32>) -> [String?] {
        values.map { value in Unicode.Scalar(value).flatMap(asciiFold) }
    }

    /// Letters that do not decompose into a Latin base.
    private static let latinBase: [UInt32: String] = [
        0xDF: "ss", 0xE6: "ae", 0xC6: "ae", 0xF8: "o", 0xD8: "o", 0x131: "i", 0x130: "i",
        0x142: "l", 0x141: "l", 0x111: "d", 0x110: "d", 0xF0: "d", 0xD0: "d", 0xFE: "th", 0xDE: "th",
        0x153: "oe", 0x152: "oe", 0x259: "e", 0x18F: "e",
    ]
}
