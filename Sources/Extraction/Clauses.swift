/// Who did it and how far a cue reaches: clause bounds, subjects, supporters, role-marked factions.
extension ArticleReader {
    /// Where the clause of a cue at `i` starts: after the last clause word or attribution verb before it.
    func clauseStart(_ info: SentenceInfo, before i: Int) -> Int {
        var j = i - 1
        while j >= 0 {
            if info.has(.clause, at: j) != nil || info.has(.attribution, at: j) != nil { return j + 1 }
            if ["mengatakan", "menyatakan", "mengumumkan", "bahwa", "that", "announced"].contains(info.tokens[j].fold) { return j + 1 }
            j -= 1
        }
        return 0
    }

    /// Where the clause of a cue starts for its place: after the last clause word (a speech verb does not end it).
    func placeClauseStart(_ info: SentenceInfo, before i: Int) -> Int {
        var j = i - 1
        while j >= 0 {
            if info.has(.clause, at: j) != nil { return j + 1 }
            j -= 1
        }
        return 0
    }

    /// The subject of a cue: the first faction of its clause that is not a supporter; else the
    /// speaker before an attribution verb; else an earlier sentence's subject for a pronoun.
    func subject(_ info: SentenceInfo, before cue: Int) -> (String, String)? {
        let start = clauseStart(info, before: cue)
        let inClause = info.factions.filter { $0.start >= start && $0.end <= cue && !info.isSupporter($0) && !info.isSource($0) }
        if let f = inClause.first { return (f.faction, f.alias) }
        if (start..<cue).contains(where: { info.has(.sameactor, at: $0) != nil }), let t = lastTerritory, let a = events[t.event].actor {
            return (a, "'the same' as the last change of hands: \(a)")
        }
        if (start..<cue).contains(where: { info.has(.pronoun, at: $0) != nil }), let last = lastSubject { return (last, "a pronoun for \(last)") }
        let before = info.factions.filter { $0.end <= start && !info.isSupporter($0) && !info.isSource($0) }
        if let f = before.first { return (f.faction, f.alias) }
        return nil
    }

    /// The faction after a role word ("dari tangan IS", "oleh SDF") within a few tokens of `from`.
    func faction(after role: Lexicons.Role, in info: SentenceInfo, from: Int, limit: Int) -> FactionIndex.Mention? {
        var j = from
        while j < min(limit, info.tokens.count) {
            if let length = info.has(role, at: j) {
                // a passive verb ("ditembakkan kelompok pemberontak", "disepakati Wakil Presiden AS") names its agent at once
                if isVerb(info.tokens[j].fold) {
                    if let f = info.factions.first(where: { $0.start >= j + length && $0.start <= j + length + 3 }),
                       x.factions.kinds[f.faction] != "civilians", !(j + length..<f.start).contains(where: { info.tokens[$0].kind == .punct }) { return f }
                } else if let f = info.factions.first(where: { $0.start >= j + length && $0.start <= j + length + 8 }) { return f }
            }
            j += 1
        }
        return nil
    }

    func clauseEnd(_ info: SentenceInfo, after i: Int) -> Int {
        var j = i
        while j < info.tokens.count {
            if info.has(.clause, at: j) != nil && info.tokens[j].fold != "saat" { return j }
            j += 1
        }
        return info.tokens.count
    }
}

extension SentenceInfo {
    /// A faction quoted as the source of the sentence ("Menurut aktivis oposisi, …", "According to
    /// the rebels, …"): an attribution word before it, a comma right after it.
    func isSource(_ f: FactionIndex.Mention) -> Bool {
        guard f.end < tokens.count, tokens[f.end].fold == ",", let a = roleBefore(.attribution, f.start, window: 3) else { return false }
        return !factions.contains { $0.start > a && $0.end <= f.start }
    }

    /// A faction named as a backer ("the U.S.-backed SDF", or after a support word with no other
    /// faction between), not as an actor. Asked of the sentence alone: the reader's closures
    /// that call it capture no copy of the reader (a method of the reader copied it per call).
    func isSupporter(_ f: FactionIndex.Mention) -> Bool {
        // "the U.S.-backed SDF", "Turkish-led"
        if f.end < tokens.count, tokens[f.end].hyphenBefore, ["backed", "led", "supported", "allied"].contains(tokens[f.end].fold) { return true }
        guard let s = roleBefore(.support, f.start, window: 5) else { return false }
        return !factions.contains { $0.start > s && $0.end <= f.start }
    }
}

extension ArticleReader {
    /// A word that reads as a verb: an Indonesian verb prefix, an English past or progressive form.
    /// Read over the fold's bytes (String.hasPrefix compares Characters, several calls a cue).
    func isVerb(_ fold: String) -> Bool {
        let u = fold.utf8
        var i = u.makeIterator()
        let a = i.next(), b = i.next(), c = i.next()
        if a == UInt8(ascii: "m") && b == UInt8(ascii: "e") || a == UInt8(ascii: "d") && b == UInt8(ascii: "i") { return true }
        if (a == UInt8(ascii: "b") || a == UInt8(ascii: "t")) && b == UInt8(ascii: "e") && c == UInt8(ascii: "r") { return true }
        guard language == "en" else { return false }
        var r = u.reversed().makeIterator()
        let z = r.next(), y = r.next(), x = r.next()
        return z == UInt8(ascii: "d") && y == UInt8(ascii: "e") || z == UInt8(ascii: "g") && y == UInt8(ascii: "n") && x == UInt8(ascii: "i")
    }

    /// The armed side or civilians killed: named right after a verb of killing ("menewaskan puluhan
    /// warga desa"), else right before a word of dying ("30 tentara Suriah tewas").
    func victims(_ info: SentenceInfo, not actor: String?) -> FactionIndex.Mention? {
        var before: FactionIndex.Mention?
        for (k, t) in info.tokens.enumerated() {
            guard let length = info.has(.death, at: k) else { continue }
            let end = k + length
            if let f = info.factions.first(where: { $0.start >= end && $0.start <= end + 3 && $0.faction != actor && !info.isSupporter($0) }) { return f }
            if before == nil, !isVerb(t.fold),
               let f = info.factions.last(where: { $0.end <= k && $0.end >= k - 3 && $0.faction != actor && !info.isSupporter($0) }) { before = f }
        }
        return before
    }

    /// Words between a noun cue and a faction that make the faction no possessor of the noun
    /// ("kesepakatan dengan Rusia", "serangan ke SDF").
    static let notPossessive: Set<Lexicons.Role> = [.against, .from, .between, .destination, .preposition, .locator, .by]

    /// One of `notPossessive` stands in `from..<to`.
    static func counterpartWord(_ info: SentenceInfo, from: Int, to: Int) -> Bool {
        (from..<to).contains { k in info.roles.contains(at: k) { notPossessive.contains($0) } }
    }
}
