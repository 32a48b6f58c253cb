/// Turns the bytes of an article file into text: UTF-8 with or without BOM, UTF-16 with BOM
/// (or without one, when the NUL pattern gives it away), and Windows-1252/Latin-1 for bytes
/// that are not UTF-8, so that "Ã©" never replaces an "é". Line ends become "\n".
public enum TextDecoding {
    public enum Failure: Error, Equatable, Sendable {
        case empty
        case binary(String)
    }

    /// Decodes `bytes`, refusing empty and binary content.
    public static func decode(_ bytes: [UInt8]) throws(Failure) -> String {
        let text: String
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            text = utf8OrWindows1252(bytes[3...])
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            text = utf16(bytes[2...], littleEndian: true)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            text = utf16(bytes[2...], littleEndian: false)
        } else if let endian = utf16WithoutBOM(bytes) {
            text = utf16(bytes[...], littleEndian: endian)
        } else {
            if let kind = binaryKind(bytes) { throw .binary(kind) }
            text = utf8OrWindows1252(bytes[...])
        }
        let normalized = normalizeLineEnds(text)
        if normalized.allSatisfy(\.isWhitespace) { throw .empty }
        if let kind = binaryKind(decoded: normalized) { throw .binary(kind) }
        return normalized
    }

    /// "\r\n" and lone "\r" become "\n"; NUL characters are dropped.
    public static func normalizeLineEnds(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x0D || $0 == 0 }) else { return text }
        var scalars = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r": scalars.append("\n"); previousCR = true; continue
            case "\n": if !previousCR { scalars.append("\n") }
            case "\0": break
            default: scalars.append(scalar)
            }
            previousCR = false
        }
        return String(scalars)
    }

    // MARK: Binary content

    private static let signatures: [(bytes: [UInt8], name: String)] = [
        ([0x25, 0x50, 0x44, 0x46, 0x2D], "a PDF document"), ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"), ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or an office document)"), ([0x1F, 0x8B], "gzip-compressed data"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable (ELF)"), ([0x53, 0x51, 0x4C, 0x69, 0x74, 0x65, 0x20, 0x66], "an SQLite database"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old office document"), ([0x42, 0x5A, 0x68], "bzip2-compressed data"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A], "xz-compressed data"), ([0xCA, 0xFE, 0xBA, 0xBE], "a compiled binary"),
    ]

    /// What kind of binary file this is, or nil for text: a known signature, NUL bytes, or many
    /// control characters in the first 8 KiB.
    static func binaryKind(_ bytes: [UInt8]) -> String? {
        for signature in signatures where bytes.starts(with: signature.bytes) { return signature.name }
        let head = bytes.prefix(8192)
        if head.contains(0) { return "NUL bytes" }
        let controls = head.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C && $0 != 0x1B }.count
        return controls * 20 > head.count ? "control characters" : nil
    }

    /// Decoded text that is still mostly control characters (UTF-16 noise) is not an article:
    /// among its first 8,192 scalars, C0 controls other than line feed, tab and form feed, and
    /// the private-use and specials scalars U+E000–U+F8FF and U+FFF0–U+FFFF. Read from the
    /// UTF-8 bytes: those scalars take three bytes, the controls one.
    private static func binaryKind(decoded text: String) -> String? {
        var text = text
        let (total, controls) = text.withUTF8 { bytes -> (Int, Int) in
            var total = 0, controls = 0, index = 0
            while index < bytes.count && total < 8192 {
                let lead = bytes[index]
                total += 1
                switch lead {
                case ..<0x80:
                    if lead < 0x20 && lead != 0x0A && lead != 0x09 && lead != 0x0C { controls += 1 }
                    index += 1
                case 0xE0..<0xF0:
                    let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    if (0xE000...0xF8FF).contains(value) || (0xFFF0...0xFFFF).contains(value) { controls += 1 }
                    index += 3
                case 0xF0...:
                    index += 4
                default:
                    index += 2
                }
            }
            return (total, controls)
        }
        return controls * 20 > total ? "not text in any known encoding" : nil
    }

    // MARK: Encodings

    /// UTF-8 where the bytes are valid UTF-8; each byte of an invalid sequence read as Windows-1252.
    static func utf8OrWindows1252(_ bytes: ArraySlice<UInt8>) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            if lead < 0x80 {
                scalars.append(Unicode.Scalar(lead)); index += 1; continue
            }
            if let (scalar, length) = utf8Sequence(bytes, at: index) {
                scalars.append(scalar); index += length; continue
            }
            scalars.append(windows1252(lead)); index += 1
        }
        return String(scalars)
    }

    /// One well-formed multi-byte UTF-8 sequence at `index`, or nil.
    private static func utf8Sequence(_ bytes: ArraySlice<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        let length: Int, initial: UInt32, minimum: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; initial = UInt32(lead & 0x1F); minimum = 0x80
        case 0xE0...0xEF: length = 3; initial = UInt32(lead & 0x0F); minimum = 0x800
        case 0xF0...0xF4: length = 4; initial = UInt32(lead & 0x07); minimum = 0x10000
        default: return nil
        }
        guard index + length <= bytes.endIndex else { return nil }
        var value = initial
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, dashes, €, …).
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        if (0x80...0x9F).contains(byte) { return Unicode.Scalar(windows1252High[Int(byte - 0x80)]) ?? "\u{FFFD}" }
        return Unicode.Scalar(byte)
    }

    static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// UTF-16 without a BOM: Latin text puts a NUL in every other byte, on the same side.
    private static func utf16WithoutBOM(_ bytes: [UInt8]) -> Bool? {
        let head = bytes.prefix(4096)
        guard head.count >= 8, head.count % 2 == 0 else { return nil }
        var evenZeros = 0, oddZeros = 0
        for (offset, byte) in head.enumerated() where byte == 0 {
            if offset % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let pairs = head.count / 2
        if oddZeros * 10 >= pairs * 7 && evenZeros * 20 <= pairs { return true }
        if evenZeros * 10 >= pairs * 7 && oddZeros * 20 <= pairs { return false }
        return nil
    }
}
