import Foundation

/// Byte-level scans of lines for the cleaner: line ends, contained phrases, dateline separators,
/// trimming. Each answers as the Character or Foundation code it replaces (ByteScanTests compare them).
extension Cleaner {
    /// The lines of a text, split at "\n", "\r\n" and "\r" (each its own Character) by a scan
    /// of the contiguous bytes.
    static func lines(of text: String) -> [Substring] {
        var contiguous = text
        var bounds: [(start: Int, end: Int)] = []
        contiguous.withUTF8 { bytes in
            var start = 0
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte == 0x0A || byte == 0x0D {
                    bounds.append((start, i))
                    var next = i + 1
                    if byte == 0x0D, next < bytes.count, bytes[next] == 0x0A { next += 1 }
                    start = next
                    i = next
                    continue
                }
                i += 1
            }
            bounds.append((start, bytes.count))
        }
        let utf8 = text.utf8
        return bounds.map { text[utf8.index(utf8.startIndex, offsetBy: $0.start)..<utf8.index(utf8.startIndex, offsetBy: $0.end)] }
    }

    /// `haystack.contains(needle)` as Foundation answers it (comparing composed characters), by a
    /// byte search when both are made of scalars that are Characters of their own.
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        guard oneScalarPerCharacter(haystack), oneScalarPerCharacter(needle) else { return haystack.contains(needle) }
        if needle.isEmpty { return haystack.contains(needle) }
        var haystack = haystack
        return haystack.withUTF8 { bytes(of: $0, contain: needle) }
    }

    /// `needle`'s UTF-8 occurs in `h` (callers have checked both are single-scalar Characters).
    static func bytes(of h: UnsafeBufferPointer<UInt8>, contain needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { n in
            if n.count > h.count { return false }
            for start in 0...(h.count - n.count) where h[start] == n[0] {
                var same = true
                for k in 1..<n.count where h[start + k] != n[k] { same = false; break }
                if same { return true }
            }
            return false
        }
    }

    static let datelineSeparators = [" – ", " — ", " - ", " -- "]

    /// `haystack.range(of: needle)` as Foundation answers it, by a byte search when both are made
    /// of scalars that are Characters of their own (then a byte match is a Character match).
    static func firstRange(of needle: String, in haystack: String) -> Range<String.Index>? {
        guard oneScalarPerCharacter(haystack), oneScalarPerCharacter(needle), !needle.isEmpty else { return haystack.range(of: needle) }
        var haystack = haystack
        let found: Int? = haystack.withUTF8 { h in
            let n = Array(needle.utf8)
            guard n.count <= h.count else { return nil }
            for start in 0...(h.count - n.count) where h[start] == n[0] {
                var same = true
                for k in 1..<n.count where h[start + k] != n[k] { same = false; break }
                if same { return start }
            }
            return nil
        }
        guard let start = found else { return nil }
        let utf8 = haystack.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// " - ", " -- ", " – " or " — " somewhere in the line's bytes.
    static func hasDashSeparator(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            var k = 1
            while k < bytes.count {
                if bytes[k - 1] == 0x20 {
                    let byte = bytes[k]
                    if byte == 0x2D { return true }  // " -" starts " - " and " -- "
                    if byte == 0xE2, k + 2 < bytes.count, bytes[k + 1] == 0x80, bytes[k + 2] == 0x93 || bytes[k + 2] == 0x94 { return true }  // " –", " —"
                }
                k += 1
            }
            return false
        }
    }
}

extension String {
    /// Leading whitespace (and byte-order marks) and trailing whitespace Characters removed.
    func trimmingSpaces() -> String {
        // an ASCII non-space byte at each end starts the first Character and ends the last one,
        // neither of which is then whitespace: nothing to trim, nothing to copy
        let utf8 = self.utf8
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
           !(first == 0x20 || (first >= 0x09 && first <= 0x0D)), !(last == 0x20 || (last >= 0x09 && last <= 0x0D)) {
            return self
        }
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace || first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
