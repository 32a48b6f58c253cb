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
        words(name).joined(separator: " ")
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
        var result = ""
        var previous: Character = " "
        for character in normalize(name)
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
            } else if let mapped = asciiFold(scalar) {
                for byte in mapped.utf8 { emit(byte) }
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: output, as: UTF8.self)
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

    /// Letters that do not decompose into a Latin base.
    private static let latinBase: [UInt32: String] = [
        0xDF: "ss", 0xE6: "ae", 0xC6: "ae", 0xF8: "o", 0xD8: "o", 0x131: "i", 0x130: "i",
        0x142: "l", 0x141: "l", 0x111: "d", 0x110: "d", 0xF0: "d", 0xD0: "d", 0xFE: "th", 0xDE: "th",
        0x153: "oe", 0x152: "oe", 0x259: "e", 0x18F: "e",
    ]
}
