/// Page furniture, header lines and datelines removed; what is left is the article's prose,
/// in paragraphs. Lines are classified by their shape and by `furniture.tsv`, never by site.
struct CleanArticle: Sendable {
    struct Paragraph: Sendable {
        var text: String
        /// A short line without a sentence in it (a section heading, a caption): kept, not read for events.
        var heading: Bool
    }
    var title: String?
    var outlet: String?
    /// Lines before the prose (masthead, date, title): where the publication date is looked for.
    var headerLines: [String]
    var paragraphs: [Paragraph]
    var cleanText: String { paragraphs.map(\.text).joined(separator: "\n\n") }
}

/// A furniture entry with its matching forms, made once: `prefix` is the key and a space (a line
/// that starts with the key), `inner` the key between spaces (a line that contains it).
struct FurnitureKey: Sendable {
    let kind: Lexicons.FurnitureKind
    let key: String
    let text: String
    let prefix: String
    let inner: String
    /// `inner` and `text` are single-scalar Characters (a byte search finds them) and not empty.
    let bytewise: Bool
    /// The key's first byte when it is ASCII: a fold that starts with another ASCII byte neither
    /// equals the key nor starts with it (an ASCII starter stays first in any canonical form).
    let asciiLead: UInt8?
}

struct Cleaner: Sendable {
    let lexicons: Lexicons
    /// Furniture entries of each kind the line tests use (in their lexicon order).
    private let blocks: [FurnitureKey]
    private let lineKeys: [FurnitureKey]
    private let containing: [FurnitureKey]
    /// Tokens of a line enough to compare it with every key for equality and as a prefix.
    private let keyPrefixTokens: Int
    /// The inline inserts' openings in lower-case ASCII bytes (nil when one is not ASCII).
    private let insertNeedles: [[UInt8]]?
    /// For each lower-cased byte, the needles that open with it.
    private let insertsByFirstByte: [[Int]]
    /// Per byte: some insert opens with it (ignoring case), so most bytes cost one table read.
    private let opensInsert: [Bool]

    init(lexicons: Lexicons) {
        self.lexicons = lexicons
        let entries = lexicons.furniture.map { entry in
            let key = Fold.phrase(entry.text)
            let inner = " " + key + " "
            let bytewise = !entry.text.isEmpty && Self.oneScalarPerCharacter(inner) && Self.oneScalarPerCharacter(entry.text)
            return FurnitureKey(kind: entry.kind, key: key, text: entry.text, prefix: key + " ", inner: inner, bytewise: bytewise,
                                asciiLead: key.utf8.first.flatMap { $0 < 0x80 ? $0 : nil })
        }
        blocks = entries.filter { $0.kind == .block }
        lineKeys = entries.filter { $0.kind == .line }
        containing = entries.filter { $0.kind == .contains }
        keyPrefixTokens = (entries.map { $0.key.split(separator: " ", omittingEmptySubsequences: false).count }.max() ?? 0) + 2
        var needles: [[UInt8]]? = []
        for entry in lexicons.furniture where entry.kind == .inline {
            let needle = entry.text.utf8.map(Self.lowerASCII)
            if needle.isEmpty || needle.contains(where: { $0 >= 0x80 }) { needles = nil; break }
            needles?.append(needle)
        }
        insertNeedles = needles
        var byFirst = Array(repeating: [Int](), count: 256)
        for (n, needle) in (needles ?? []).enumerated() { byFirst[Int(needle[0])].append(n) }
        insertsByFirstByte = byFirst
        opensInsert = (0..<256).map { !byFirst[Int(Self.lowerASCII(UInt8($0)))].isEmpty }
    }

    func clean(_ text: String) -> CleanArticle {
        let rawLines = Self.lines(of: text).map { String($0).trimmingSpaces() }
        // a kept line's word count is counted once (the header and paragraph steps ask again)
        var kept: [(text: String, blankBefore: Bool, words: Int)] = []
        var inBlock = false
        var blank = true
        for line in rawLines {
            if line.isEmpty { blank = true; continue }
            let cut = removeInlines(line)
            if cut.isEmpty { continue }
            let words = wordCount(cut)
            // past 20 words only equality and prefixes of furniture keys are tested, and a key's
            // words plus two tokens decide those
            let folded = Fold.phrase(cut, maxTokens: words > 20 ? keyPrefixTokens : .max)
            if isBlockHeader(folded, raw: cut, words: words) { inBlock = true; continue }
            if inBlock {
                if isProse(cut, words: words) { inBlock = false } else { continue }
            }
            if isFurnitureLine(folded, raw: cut, words: words) { continue }
            kept.append((cut, blank, words))
            blank = false
        }

        // Header: the lines before the first line of prose.
        var headerEnd = kept.count
        for (n, line) in kept.enumerated() where isProse(line.text, words: line.words) || startsWithDateline(line.text) {
            headerEnd = n; break
        }
        let header = Array(kept[..<headerEnd].map(\.text))
        let headerWords = kept[..<headerEnd].map(\.words)
        var title: String?
        var outlet: String?
        var paragraphs: [CleanArticle.Paragraph] = []
        for (n, line) in header.enumerated() {
            let words = headerWords[n]
            if n == 0, header.count > 1, let masthead = masthead(line) { outlet = masthead; continue }
            if looksLikeDateLine(line) { continue }
            if title == nil, words >= 4, !line.contains(" | ") { title = line; continue }
            if words >= 8 || (words >= 4 && endsSentence(line)) { paragraphs.append(.init(text: line, heading: false)) }
        }
        for line in kept[headerEnd...] {
            var text = line.text
            var words = line.words
            if let (tag, rest) = splitDateline(text) {
                if outlet == nil, let tag { outlet = tag }
                text = rest
                words = wordCount(text)
            }
            let heading = words < 8 && !endsSentence(text)
            paragraphs.append(.init(text: text, heading: heading))
        }
        return CleanArticle(title: title, outlet: outlet, headerLines: Array(kept[..<min(kept.count, headerEnd + 1)].map(\.text)) + rawLines.prefix(12).filter { looksLikeDateLine($0) },
                            paragraphs: paragraphs)
    }

    // MARK: - Line shapes

    /// Words with a letter or a digit in them, between spaces and tabs. Text whose every scalar
    /// is its own Character (ASCII, Latin letters, general punctuation) is counted scalar by scalar.
    func wordCount(_ text: String) -> Int {
        // over UTF-8: ASCII by value, other scalars decoded and asked their properties; text
        // whose Characters are not single scalars ("\r\n", combining marks) counts Characters
        var text = text
        let counted: Int? = text.withUTF8 { bytes in
            var count = 0
            var inWord = false
            var plain = true
            let scalars = UTF8Scalars(bytes: bytes)
            var k = 0
            while k < bytes.count {
                let b = bytes[k]
                if b < 0x80 {
                    k += 1
                    if b == 0x0D { return nil }
                    if b == 0x20 || b == 0x09 { inWord = false; continue }
                    if inWord { continue }
                    if (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) { inWord = true; count += 1 }
                    continue
                }
                plain = false
                let (v, length) = scalars.scalar(at: k)
                k += length
                if inWord { continue }
                let scalar = Unicode.Scalar(v)!
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { inWord = true; count += 1 }
            }
            return plain ? count : -1 - count
        }
        guard let counted else { return characterWordCount(text) }
        if counted >= 0 { return counted }
        return Self.oneScalarPerCharacter(text) ? -1 - counted : characterWordCount(text)
    }

    /// Every scalar is a Character of its own: no combining marks, joiners or scripts with
    /// clusters (below U+0300, or general punctuation and currency signs).
    static func oneScalarPerCharacter(_ text: String) -> Bool {
        // ASCII: every scalar is a Character but CR LF; one pass over the contiguous bytes
        if let ascii = text.utf8.withContiguousStorageIfAvailable({ bytes -> Bool? in
            var cr = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte == 0x0D { cr = true }
            }
            return !cr
        }) {
            if let ascii { return ascii }
        } else if !text.utf8.contains(where: { $0 >= 0x80 }) { return !text.utf8.contains(0x0D) }
        for scalar in text.unicodeScalars where !isOwnCharacter(scalar.value) { return false }
        return true
    }

    /// A scalar that is a Character on its own in text of such scalars: below U+0300 (but CR, which
    /// joins LF), general punctuation or a currency sign.
    @inline(__always) static func isOwnCharacter(_ v: UInt32) -> Bool {
        if v == 0x0D { return false }
        return v < 0x300 || (v >= 0x2010 && v <= 0x2027) || (v >= 0x2030 && v <= 0x205E) || (v >= 0x20A0 && v <= 0x20C0)
    }

    private func characterWordCount(_ text: String) -> Int {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }.count
    }

    private func endsSentence(_ text: String) -> Bool {
        guard let last = text.last(where: { !$0.isWhitespace && $0 != "\"" && $0 != "”" && $0 != "’" }) else { return false }
        return last == "." || last == "!" || last == "?"
    }

    /// A paragraph of running text.
    /// Prose is mostly lower-case words; a headline ("Polisi Gelar Perkara Khusus: …?") is Title Case.
    private func isProse(_ text: String, words: Int) -> Bool {
        guard words >= 20 || (words >= 10 && endsSentence(text)) else { return false }
        if let (lettered, capitalized) = Self.wordInitials(text) { return capitalized * 10 < lettered * 7 }
        let tokens = text.split(separator: " ").filter { $0.first?.isLetter == true }
        let capitalized = tokens.filter { $0.first?.isUppercase == true }.count
        return capitalized * 10 < tokens.count * 7
    }

    /// The words between spaces that start with a letter, and those of them that start with a
    /// capital, as `split(separator: " ")` and Character properties count them; nil for text
    /// with a scalar that is not a Character of its own (`isOwnCharacter`). Over the UTF-8 bytes:
    /// a word starts at a byte after a space, ASCII is tested by value, another scalar is decoded
    /// there and asked as the Character it is.
    static func wordInitials(_ text: String) -> (lettered: Int, capitalized: Int)? {
        var text = text
        return text.withUTF8 { bytes -> (Int, Int)? in
            var lettered = 0
            var capitalized = 0
            var atStart = true
            let scalars = UTF8Scalars(bytes: bytes)
            var k = 0
            while k < bytes.count {
                let b = bytes[k]
                if b < 0x80 {
                    k += 1
                    if b == 0x0D { return nil }
                    if b == 0x20 { atStart = true; continue }
                    guard atStart else { continue }
                    atStart = false
                    if b >= 0x41 && b <= 0x5A { lettered += 1; capitalized += 1 } else if b >= 0x61 && b <= 0x7A { lettered += 1 }
                    continue
                }
                let (v, length) = scalars.scalar(at: k)
                k += length
                guard isOwnCharacter(v) else { return nil }
                guard atStart else { continue }
                atStart = false
                let initial = Character(Unicode.Scalar(v).unsafelyUnwrapped)
                if initial.isLetter { lettered += 1; if initial.isUppercase { capitalized += 1 } }
            }
            return (lettered, capitalized)
        }
    }

    private func isBlockHeader(_ folded: String, raw: String, words: Int) -> Bool {
        // entries read in place: a copy of a FurnitureKey retains its four Strings
        let lead = folded.utf8.first.flatMap { $0 < 0x80 ? $0 : nil }
        for n in blocks.indices {
            if let lead, let other = blocks[n].asciiLead, other != lead { continue }
            let key = blocks[n].key
            guard folded == key || folded.hasPrefix(blocks[n].prefix) else { continue }
            if folded == key { return true }
            // "Baca juga: …", "More from BNS"
            if let colon = raw.firstIndex(of: ":"), Fold.phrase(String(raw[..<colon])) == key { return true }
            if words <= 4 && !endsSentence(raw) { return true }
        }
        return false
    }

    private func isFurnitureLine(_ folded: String, raw: String, words: Int) -> Bool {
        // any one entry makes the line furniture, so lines and contained phrases are tried apart
        let lead = folded.utf8.first.flatMap { $0 < 0x80 ? $0 : nil }
        for n in lineKeys.indices {
            if let lead, let other = lineKeys[n].asciiLead, other != lead { continue }
            let key = lineKeys[n].key
            guard folded == key || folded.hasPrefix(lineKeys[n].prefix) else { continue }
            if folded == key || words <= 12 { return true }
            if let colon = raw.firstIndex(of: ":"), Fold.phrase(String(raw[..<colon])) == key { return true }
        }
        if words <= 20 {
            var spaced = " " + folded + " "
            var raw = raw
            // each line is checked once for being searchable by bytes, not once per entry
            if Self.oneScalarPerCharacter(spaced) && Self.oneScalarPerCharacter(raw) {
                let found = spaced.withUTF8 { s in
                    raw.withUTF8 { r in
                        containing.indices.contains { n in
                            containing[n].bytewise ? Self.bytes(of: s, contain: containing[n].inner) || Self.bytes(of: r, contain: containing[n].text)
                                : Self.contains(String(decoding: s, as: UTF8.self), containing[n].inner) || Self.contains(String(decoding: r, as: UTF8.self), containing[n].text)
                        }
                    }
                }
                if found { return true }
            } else {
                for entry in containing {
                    if Self.contains(spaced, entry.inner) { return true }
                    if Self.contains(raw, entry.text) { return true }
                }
            }
        }
        // a bullet or a lone dash
        let bullet = raw.first.map { "-•»*·".contains($0) } ?? false
        if bullet && words <= 20 && !endsSentence(raw) { return true }
        return false
    }

    /// Cuts "(Baca juga: …)" inserts, brackets nested inside them included.
    private func removeInlines(_ line: String) -> String {
        // every insert opens with "(", which no other character equals, even ignoring case
        guard mayHoldInsert(line) else { return line.trimmingSpaces() }
        var result = line
        for entry in lexicons.furniture where entry.kind == .inline {
            while let start = result.range(of: entry.text, options: [.caseInsensitive]) {
                var depth = 0
                var end = result.endIndex
                var index = start.lowerBound
                while index < result.endIndex {
                    if result[index] == "(" { depth += 1 }
                    if result[index] == ")" { depth -= 1; if depth == 0 { end = result.index(after: index); break } }
                    index = result.index(after: index)
                }
                result.removeSubrange(start.lowerBound..<end)
            }
        }
        return result.trimmingSpaces()
    }

    /// False when no insert can start in the line. Foundation's case-insensitive search is needed
    /// only when one may: in ASCII and plain punctuation no other character equals an ASCII one.
    private func mayHoldInsert(_ line: String) -> Bool {
        guard let needles = insertNeedles else { return true }
        var line = line
        // one pass over the contiguous bytes: only a byte that opens some needle (by the table) is
        // compared further, and a non-ASCII byte is noted for the check below
        var nonASCII = false
        let found = line.withUTF8 { bytes in
            for start in bytes.indices {
                if bytes[start] >= 0x80 { nonASCII = true }
                guard opensInsert[Int(bytes[start])] else { continue }
                for n in insertsByFirstByte[Int(Self.lowerASCII(bytes[start]))] {
                    let needle = needles[n]
                    guard needle.count <= bytes.count - start else { continue }
                    var same = true
                    for k in 1..<needle.count where Self.lowerASCII(bytes[start + k]) != needle[k] { same = false; break }
                    if same { return true }
                }
            }
            return false
        }
        if found || !nonASCII { return found }
        // a needle's bytes not found: only a scalar beyond plain punctuation may still equal one
        return !line.unicodeScalars.allSatisfy { s in
            let v = s.value
            return v < 0x80 || (v >= 0xA0 && v <= 0xBF) || (v >= 0x2010 && v <= 0x2027) || (v >= 0x2030 && v <= 0x205E)
        }
    }

    private static func lowerASCII(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }

    static let mastheadSeparators = [" | ", " – ", " — ", " - ", " › "]

    /// A publisher's name on the first line: a few words, no digits, no sentence ("The Levant Dispatch",
    /// "Harian Cakrawala | Internasional", "KabarTimurTengah.com").
    private func masthead(_ line: String) -> String? {
        var name = line
        for separator in Self.mastheadSeparators {
            if let range = Self.firstRange(of: separator, in: name) { name = String(name[..<range.lowerBound]) }
        }
        name = name.trimmingSpaces()
        let words = wordCount(name)
        guard words >= 1, words <= 4, !name.contains(where: \.isNumber) || name.contains("."), !endsSentence(name),
              !looksLikeDateLine(name), name.first?.isUppercase == true || name.contains(".") else { return nil }
        if name.contains(where: { $0.isNumber }) && !name.contains(where: \.isLetter) { return nil }
        return name
    }

    func looksLikeDateLine(_ line: String) -> Bool {
        // a year is a number token of 1900 or more: four ASCII digits at least, which most lines
        // lack (their bytes are counted before any token is made)
        guard Self.hasFourDigits(line) else { return false }
        let tokens = Tokenizer.tokens(of: line, limit: 25)
        guard tokens.count <= 24 else { return false }
        var hasYear = false
        var hasMonth = false
        for (n, token) in tokens.enumerated() {
            if token.kind == .number, let v = token.value, v >= 1900, v <= 2100 { hasYear = true }
            if token.isWord, lexicons.dates.match(tokens, at: n)?.values.contains(where: { $0.kind == .month }) == true { hasMonth = true }
            if token.fold == "/" { hasMonth = true }
        }
        return hasYear && hasMonth
    }

    /// The text has four ASCII digits or more (anywhere: a number token's value is made of
    /// ASCII digits only, "2.015" and "2,015" included).
    static func hasFourDigits(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var digits = 0
            for byte in bytes where byte >= 0x30 && byte <= 0x39 {
                digits += 1
                if digits == 4 { return true }
            }
            return false
        }
    }

    /// "DAMASKUS, Arrahmahnews.com – …", "(VOVworld) – …", "Suara.com - …", "BEIRUT — …".
    private func startsWithDateline(_ line: String) -> Bool { splitDateline(line) != nil }
}
