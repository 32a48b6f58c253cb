/// Splits a paragraph into sentences at ". ", "? " and "! " before a capital, a quote or a digit,
/// except after an abbreviation or an initial ("U.S. Central Command", "Oct. 6", "Kol. Ryan").
struct SentenceSplitter: Sendable {
    let abbreviations: Set<String>

    func split(_ paragraph: String) -> [String] {
        if Cleaner.oneScalarPerCharacter(paragraph) { return splitScalars(paragraph) }
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
    /// `split` for a paragraph whose every scalar is a Character of its own (most of them):
    /// the same steps over scalars, with ASCII tests done on the value.
    private func splitScalars(_ paragraph: String) -> [String] {
        var sentences: [String] = []
        // the scalars with the UTF-8 offset of each, to cut sentences out without re-encoding
        var chars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        chars.reserveCapacity(paragraph.utf8.count)
        offsets.reserveCapacity(paragraph.utf8.count + 1)
        var offset = 0
        for c in paragraph.unicodeScalars { chars.append(c); offsets.append(offset); offset += UTF8.width(c) }
        offsets.append(offset)
        let utf8 = paragraph.utf8
        func string(_ range: Range<Int>) -> String {
            String(paragraph[utf8.index(utf8.startIndex, offsetBy: offsets[range.lowerBound])..<utf8.index(utf8.startIndex, offsetBy: offsets[range.upperBound])])
        }
        func isUpper(_ c: Unicode.Scalar) -> Bool { c.value < 0x80 ? (c.value >= 0x41 && c.value <= 0x5A) : Character(c).isUppercase }
        func isLetter(_ c: Unicode.Scalar) -> Bool {
            c.value < 0x80 ? (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A) : Character(c).isLetter
        }
        func isNumber(_ c: Unicode.Scalar) -> Bool { c.value < 0x80 ? (c.value >= 0x30 && c.value <= 0x39) : Character(c).isNumber }
        var start = 0
        var i = 0
        while i < chars.count {
            let c = chars[i].value
            if c == 0x2E || c == 0x3F || c == 0x21 {  // . ? !
                var j = i + 1
                while j < chars.count, [0x22, 0x201D, 0x2019, 0x27, 0x29].contains(chars[j].value) { j += 1 }  // " ” ’ ' )
                guard j < chars.count, chars[j].value == 0x20 else { i += 1; continue }
                var k = j
                while k < chars.count, chars[k].value == 0x20 { k += 1 }
                guard k < chars.count else { break }
                let next = chars[k]
                let opensSentence = isUpper(next) || [0x22, 0x201C, 0x2018, 0x28].contains(next.value) || isNumber(next)  // " “ ‘ (
                if c == 0x2E {
                    var w = i - 1
                    while w >= start, isLetter(chars[w]) { w -= 1 }
                    let word = string((w + 1)..<i).lowercased()
                    let initial = word.count == 1 && isUpper(chars[i - 1])
                    if initial || abbreviations.contains(Fold.word(word)) || !opensSentence { i += 1; continue }
                } else if !opensSentence { i += 1; continue }
                let sentence = string(start..<j).trimmingSpaces()
                if !sentence.isEmpty { sentences.append(sentence) }
                start = k
                i = k
                continue
            }
            i += 1
        }
        let rest = string(min(start, chars.count)..<chars.count).trimmingSpaces()
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }
}
