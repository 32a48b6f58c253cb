/// How many died: numbers in digits or words next to a death word.
extension ArticleReader {
    /// Deaths the sentence reports: a number (digits or words) next to a death word, not a wound.
    func fatalities(_ info: SentenceInfo) -> Int? {
        let tokens = info.tokens
        let dateTokens = Set(info.dates.flatMap { Array($0.mention.start..<$0.mention.end) })
        func number(at i: Int) -> (Int, Int)? {
            guard i >= 0, i < tokens.count, !dateTokens.contains(i) else { return nil }
            if tokens[i].kind == .number, let v = tokens[i].value, !(i + 1 < tokens.count && ["km", "kilometer", "persen", "percent", "jam", "hari", "tahun", "days", "years", "hours"].contains(tokens[i + 1].fold)) {
                return (v, 1)
            }
            // Thousands, the hundreds of the current group, and what is below a hundred: "puluh"
            // multiplies only the last, so "seratus dua puluh" is 120 and "seribu dua ratus" 1200.
            var value = 0
            var hundreds = 0
            var small = 0
            var j = i
            while j < tokens.count, let m = x.lexicons.numbers.values(of: tokens[j])?.first(where: { $0.language == language }) {
                switch m.kind {
                case .unit where m.value >= 1000: value += m.value
                case .unit where m.value >= 100: hundreds += m.value
                case .unit: small += m.value
                case .teen: small += 10
                case .tens: small = max(small, 1) * 10
                case .hundreds: hundreds += max(small, 1) * 100; small = 0
                case .thousands: value += max(hundreds + small, 1) * m.value; hundreds = 0; small = 0
                }
                j += 1
            }
            let total = value + hundreds + small
            return j > i && total > 0 ? (total, j - i) : nil
        }
        for (i, _) in tokens.enumerated() {
            guard let length = info.has(.death, at: i) else { continue }
            // "menewaskan sedikitnya 40 orang", "killing at least 40"
            var j = i + length
            var steps = 0
            while j < tokens.count, steps < 4 {
                if info.has(.vague, at: j) != nil { break }
                if let (v, _) = number(at: j) { return v }
                j += 1; steps += 1
            }
            // "sedikitnya 30 tentara Suriah tewas", "at least 58 people killed"
            var k = i - 1
            steps = 0
            while k >= 0, steps < 7 {
                if info.has(.injury, at: k) != nil || info.has(.death, at: k) != nil || tokens[k].fold == "." { break }
                if info.has(.vague, at: k) != nil { break }
                if let (v, n) = number(at: k) {
                    // the first number of a "dua puluh" run
                    var start = k
                    while start > 0, number(at: start - 1) != nil, number(at: start - 1)!.1 > 1 || tokens[start - 1].kind != .number { start -= 1 }
                    return start < k ? number(at: start)?.0 ?? v : (n > 0 ? v : nil)
                }
                k -= 1; steps += 1
            }
        }
        return nil
    }
}
