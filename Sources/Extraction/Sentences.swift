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
        // decoded by hand from the (valid) UTF-8 into arrays of the byte count, then cut to size
        var paragraph = paragraph
        let byteCount = paragraph.utf8.count
        var chars = [Unicode.Scalar](repeating: " ", count: byteCount)
        var offsets = [Int](repeating: 0, count: byteCount + 1)
        var count = 0
        paragraph.withUTF8 { bytes in
            chars.withUnsafeMutableBufferPointer { c in
                offsets.withUnsafeMutableBufferPointer { o in
                    var k = 0
                    while k < bytes.count {
                        let b = bytes[k]
                        o[count] = k
                        if b < 0x80 {
                            c[count] = Unicode.Scalar(b)
                            k += 1
                        } else {
                            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                            var value = UInt32(b & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F))
                            for m in 1..<length { value = (value << 6) | UInt32(bytes[k + m] & 0x3F) }
                            c[count] = Unicode.Scalar(value).unsafelyUnwrapped
                            k += length
                        }
                        count += 1
                    }
                    o[count] = k
                }
            }
        }
        chars.removeLast(byteCount - count)
        offsets.removeLast(byteCount - count)
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
