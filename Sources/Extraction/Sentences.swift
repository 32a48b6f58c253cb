/// Splits a paragraph into sentences at ". ", "? " and "! " before a capital, a quote or a digit,
/// except after an abbreviation or an initial ("U.S. Central Command", "Oct. 6", "Kol. Ryan").
struct SentenceSplitter: Sendable {
    let abbreviations: Set<String>

    func split(_ paragraph: String) -> [String] { splitBytes(paragraph) ?? splitCharacters(paragraph) }

    /// `split` by Characters, for paragraphs with scalars that may join into one Character.
    func splitCharacters(_ paragraph: String) -> [String] {
        var sentences: [String] = []
        let chars = Array(paragraph)
        var start = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "." || c == "?" || c == "!" {
                var j = i + 1
                while j < chars.count, "\"”’')".contains(chars[j]) { j += 1 }
                guard j < chars.count, chars[j] == " " else { i += 1; continue }
                var k = j
                while k < chars.count, chars[k] == " " { k += 1 }
                guard k < chars.count else { break }
                let next = chars[k]
                let opensSentence = next.isUppercase || "\"“‘(".contains(next) || next.isNumber
                if c == "." {
                    // the word before the period
                    var w = i - 1
                    while w >= start, chars[w].isLetter { w -= 1 }
                    let word = String(chars[(w + 1)..<i]).lowercased()
                    let initial = word.count == 1 && chars[i - 1].isUppercase
                    if initial || abbreviations.contains(Fold.word(word)) || !opensSentence { i += 1; continue }
                } else if !opensSentence { i += 1; continue }
                let sentence = String(chars[start..<j]).trimmingSpaces()
                if !sentence.isEmpty { sentences.append(sentence) }
                start = k
                i = k
                continue
            }
            i += 1
        }
        let rest = String(chars[min(start, chars.count)...]).trimmingSpaces()
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }
    /// `split` for a paragraph whose every scalar is a Character of its own (most of them), over
    /// its UTF-8 bytes in place: the same steps as by Characters, with a scalar decoded only where
    /// a step asks about it. Nil at the first scalar that may join its neighbours (CR, a combining
    /// mark, another script), for the Character way; checking this on the way is what makes the
    /// byte steps Character steps.
    private func splitBytes(_ paragraph: String) -> [String]? {
        var paragraph = paragraph
        return paragraph.withUTF8 { bytes -> [String]? in
            let scanner = UTF8Scalars(bytes: bytes)
            func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
            var sentences: [String] = []
            var start = 0
            var i = 0
            while i < bytes.count {
                let c = bytes[i]
                guard c == 0x2E || c == 0x3F || c == 0x21 else {  // . ? !
                    if c < 0x80 {
                        if c == 0x0D { return nil }
                        i += 1
                    } else {
                        let (value, length) = scanner.scalar(at: i)
                        if !Cleaner.isOwnCharacter(value) { return nil }
                        i += length
                    }
                    continue
                }
                let j = scanner.closingQuotesEnd(from: i + 1)
                guard j < bytes.count, bytes[j] == 0x20 else { i += 1; continue }
                var k = j
                while k < bytes.count, bytes[k] == 0x20 { k += 1 }
                guard k < bytes.count else { break }
                let next = scanner.scalar(at: k).value
                let opensSentence = Self.isUpper(next) || [0x22, 0x201C, 0x2018, 0x28].contains(next) || Self.isNumber(next)  // " “ ‘ (
                if c == 0x2E {
                    let (wordStart, letters) = scanner.lettersBefore(i, notBefore: start)
                    let initial = letters == 1 && Self.isUpper(scanner.scalar(at: wordStart).value)
                    if initial || !opensSentence || abbreviations.contains(Fold.word(string(wordStart..<i).lowercased())) { i += 1; continue }
                } else if !opensSentence { i += 1; continue }
                let sentence = string(start..<j).trimmingSpaces()
                if !sentence.isEmpty { sentences.append(sentence) }
                start = k
                i = k
            }
            let rest = string(min(start, bytes.count)..<bytes.count).trimmingSpaces()
            if !rest.isEmpty { sentences.append(rest) }
            return sentences
        }
    }

    static func isUpper(_ c: UInt32) -> Bool { c < 0x80 ? (c >= 0x41 && c <= 0x5A) : Character(Unicode.Scalar(c)!).isUppercase }
    static func isLetter(_ c: UInt32) -> Bool {
        c < 0x80 ? (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) : Character(Unicode.Scalar(c)!).isLetter
    }
    static func isNumber(_ c: UInt32) -> Bool { c < 0x80 ? (c >= 0x30 && c <= 0x39) : Character(Unicode.Scalar(c)!).isNumber }
}

/// What the sentence splitter reads of a paragraph's bytes besides single scalars: closing
/// quotes after a stop, and the word before it.
extension UTF8Scalars {
    /// Past the closing quotes and parentheses (" ” ’ ' )) starting at byte `k`.
    func closingQuotesEnd(from k: Int) -> Int {
        var k = k
        while k < bytes.count {
            let b = bytes[k]
            if b == 0x22 || b == 0x27 || b == 0x29 { k += 1; continue }
            // ’ E2 80 99, ” E2 80 9D
            if b == 0xE2, k + 2 < bytes.count, bytes[k + 1] == 0x80, bytes[k + 2] == 0x99 || bytes[k + 2] == 0x9D { k += 3; continue }
            return k
        }
        return k
    }

    /// The start of the run of letters ending at byte `end`, not reaching back before `floor`,
    /// and how many scalars it has.
    func lettersBefore(_ end: Int, notBefore floor: Int) -> (start: Int, letters: Int) {
        var start = end
        var letters = 0
        while start > floor {
            var q = start - 1
            while q > floor, bytes[q] & 0xC0 == 0x80 { q -= 1 }
            guard SentenceSplitter.isLetter(scalar(at: q).value) else { break }
            start = q
            letters += 1
        }
        return (start, letters)
    }
}
