import Foundation

/// A paragraph's dateline ("BEIRUT — …", "DAMASKUS, Arrahmahnews.com – …", "(VOVworld) – …"):
/// a short prefix before a dash separator, cut from the paragraph and kept as the outlet's tag.
extension Cleaner {
    /// The line's dateline tag (nil when the prefix is a place) and the text after the separator,
    /// or nil when the line starts with no dateline.
    ///
    /// Every paragraph is asked, so a line whose scalars are all Characters of their own is read
    /// in one pass over its UTF-8 bytes (separator and prefix alike); other lines go the Character
    /// way (`splitDatelineByCharacters`), whose answers the byte pass reproduces.
    func splitDateline(_ line: String) -> (tag: String?, rest: String)? {
        // a byte scan first: no other character equals a space or these dashes
        guard Self.hasDashSeparator(line) else { return nil }
        switch Self.datelineSeparator(in: line) {
        case .none: return nil
        case .otherText: return splitDatelineByCharacters(line)
        case let .at(start, end):
            let utf8 = line.utf8
            let lower = utf8.index(utf8.startIndex, offsetBy: start)
            let upper = utf8.index(lower, offsetBy: end - start)
            let prefix = String(line[..<lower]).trimmingSpaces()
            let rest = String(line[upper...]).trimmingSpaces()
            guard !prefix.isEmpty, wordCount(rest) >= 6 else { return nil }
            return Self.datelineTag(ofPrefix: prefix)
                .map { (tag: $0.flatMap { $0.isEmpty ? nil : $0 }, rest: rest) }
        }
    }

    /// Where the first dateline separator of a line is, as byte offsets.
    enum DatelineSeparator: Equatable {
        /// No separator within the first 60 Characters.
        case none
        /// The first separator's bytes.
        case at(start: Int, end: Int)
        /// A scalar that may join its neighbours into one Character: bytes do not tell.
        case otherText
    }

    /// The first of " – ", " — ", " - ", " -- " in the line if it starts within 60 Characters,
    /// found in one pass over the bytes that also checks every scalar is a Character of its own
    /// (`isOwnCharacter`; then a scalar count is a Character count and a byte match a match).
    static func datelineSeparator(in line: String) -> DatelineSeparator {
        var line = line
        return line.withUTF8 { bytes in
            let count = bytes.count
            var found: (start: Int, end: Int, characters: Int)?
            var characters = 0
            let scalars = UTF8Scalars(bytes: bytes)
            var k = 0
            while k < count {
                let byte = bytes[k]
                if byte < 0x80 {
                    if byte == 0x0D { return .otherText }
                    if byte == 0x20, found == nil, let length = separatorLength(in: bytes, at: k) {
                        found = (k, k + length, characters)
                    }
                    k += 1
                } else {
                    let (value, length) = scalars.scalar(at: k)
                    if !isOwnCharacter(value) { return .otherText }
                    k += length
                }
                characters += 1
            }
            guard let found, found.characters <= 60 else { return .none }
            return .at(start: found.start, end: found.end)
        }
    }

    /// The length of the dateline separator starting with the space at `k`, if one does.
    private static func separatorLength(in bytes: UnsafeBufferPointer<UInt8>, at k: Int) -> Int? {
        func byte(_ offset: Int) -> UInt8? { k + offset < bytes.count ? bytes[k + offset] : nil }
        guard let second = byte(1) else { return nil }
        if second == 0x2D {  // " - " or " -- "
            if byte(2) == 0x20 { return 3 }
            if byte(2) == 0x2D, byte(3) == 0x20 { return 4 }
            return nil
        }
        // " – " (E2 80 93) or " — " (E2 80 94)
        if second == 0xE2, byte(2) == 0x80, byte(3) == 0x93 || byte(3) == 0x94, byte(4) == 0x20 { return 5 }
        return nil
    }

    /// For a dateline's trimmed prefix (every scalar a Character of its own): `.some(tag)` when it
    /// has a dateline's shape — a place in capitals, a (tag), or a domain, not a clause — where the
    /// tag is the text in parentheses, a domain after the last comma, or the prefix as one domain;
    /// nil when it has not. The tag may be empty ("() – …"); the caller drops it then.
    static func datelineTag(ofPrefix prefix: String) -> String?? {
        var prefix = prefix
        return prefix.withUTF8 { bytes -> String?? in
            let shape = DatelinePrefixShape(bytes)
            guard shape.words <= 6 else { return nil }
            func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self).trimmingSpaces() }
            var tag: String?
            if let open = shape.firstOpen, let close = shape.firstClose {
                tag = text(open + 1..<close)
            } else if let comma = shape.lastComma {
                let after = text(comma + 1..<bytes.count)
                if after.utf8.contains(0x2E) { tag = after }
            } else if shape.firstDot != nil, shape.words == 1 {
                tag = String(decoding: bytes, as: UTF8.self)
            }
            let capitalsShape = shape.letters > 0 && shape.capitals * 2 >= shape.letters
            guard tag != nil || capitalsShape || shape.words == 1 && shape.startsUppercase else { return nil }
            return .some(tag)
        }
    }
}

/// What the dateline test asks of a prefix, counted in one pass over its bytes (every scalar a
/// Character of its own, so a scalar's properties are its Character's).
struct DatelinePrefixShape {
    /// Runs of bytes between spaces (`split(separator: " ")`).
    var words = 0
    var letters = 0
    /// Letters that are uppercase.
    var capitals = 0
    var startsUppercase = false
    var firstOpen: Int?
    /// The first ")" after the first "(".
    var firstClose: Int?
    var lastComma: Int?
    var firstDot: Int?

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var inWord = false
        let scalars = UTF8Scalars(bytes: bytes)
        var k = 0
        while k < bytes.count {
            let byte = bytes[k]
            let start = k
            var isLetter = false, isUpper = false
            if byte < 0x80 {
                k += 1
                switch byte {
                case 0x20: inWord = false
                case 0x28: if firstOpen == nil { firstOpen = start }
                case 0x29: if firstOpen != nil, firstClose == nil { firstClose = start }
                case 0x2C: lastComma = start
                case 0x2E: if firstDot == nil { firstDot = start }
                default: break
                }
                isUpper = byte >= 0x41 && byte <= 0x5A
                isLetter = isUpper || (byte >= 0x61 && byte <= 0x7A)
            } else {
                let (value, length) = scalars.scalar(at: k)
                k += length
                let character = Character(Unicode.Scalar(value)!)
                isLetter = character.isLetter
                isUpper = character.isUppercase
            }
            if byte != 0x20, !inWord { inWord = true; words += 1 }
            if start == 0 { startsUppercase = isUpper }
            if isLetter { letters += 1; if isUpper { capitals += 1 } }
        }
    }
}

extension Cleaner {
    /// The dateline test by Characters and Foundation's search, for lines with scalars that may
    /// join into one Character (combining marks, other scripts, CR LF).
    func splitDatelineByCharacters(_ line: String) -> (tag: String?, rest: String)? {
        var best: Range<String.Index>?
        for separator in Self.datelineSeparators {
            if let range = Self.firstRange(of: separator, in: line), line.distance(from: line.startIndex, to: range.lowerBound) <= 60,
               best == nil || range.lowerBound < best!.lowerBound {
                best = range
            }
        }
        guard let range = best else { return nil }
        let prefix = String(line[..<range.lowerBound]).trimmingSpaces()
        let rest = String(line[range.upperBound...]).trimmingSpaces()
        guard !prefix.isEmpty, wordCount(rest) >= 6 else { return nil }
        let words = prefix.split(separator: " ")
        guard words.count <= 6 else { return nil }
        var tag: String?
        if let open = prefix.firstIndex(of: "("), let close = prefix[open...].firstIndex(of: ")") {
            tag = String(prefix[prefix.index(after: open)..<close]).trimmingSpaces()
        } else if let comma = prefix.lastIndex(of: ",") {
            let after = String(prefix[prefix.index(after: comma)...]).trimmingSpaces()
            if after.contains(".") { tag = after }
        } else if prefix.contains("."), words.count == 1 {
            tag = prefix
        }
        let letters = prefix.filter(\.isLetter)
        let capitals = letters.filter(\.isUppercase).count
        let shapeOK = tag != nil || (letters.count > 0 && capitals * 2 >= letters.count) || words.count == 1 && prefix.first?.isUppercase == true
        guard shapeOK else { return nil }
        if let t = tag, t.isEmpty { tag = nil }
        return (tag, rest)
    }
}
