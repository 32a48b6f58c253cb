/// Splits a paragraph into sentences at ". ", "? " and "! " before a capital, a quote or a digit,
/// except after an abbreviation or an initial ("U.S. Central Command", "Oct. 6", "Kol. Ryan").
struct SentenceSplitter: Sendable {
    let abbreviations: Set<String>

    func split(_ paragraph: String) -> [String] {
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
}
