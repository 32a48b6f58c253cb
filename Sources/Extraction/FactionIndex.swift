/// Faction aliases as token phrases, each valid over a range of days; short all-capital aliases
/// ("IS", "AS") match only when written in capitals.
struct FactionIndex: Sendable {
    struct Entry: Sendable {
        let faction: String
        let alias: String
        let language: String
        let from: Int?
        let to: Int?
        let capitals: Bool
    }
    struct Mention: Sendable {
        let start: Int
        let end: Int
        /// The faction's VOCABULARY key, and the more specific one the alias names.
        let faction: String
        let specific: String
        let alias: String
    }

    private var table = PhraseTable<Entry>()
    let kinds: [String: String]
    /// A faction's side in the war ("government", "opposition", "kurdish", …).
    let sides: [String: String]
    /// A faction's top ancestor (the VOCABULARY key events are coded with): "ypg" → "sdf".
    let roots: [String: String]

    init(knowledge: Knowledge) {
        var kinds: [String: String] = [:]
        var sides: [String: String] = [:]
        var parents: [String: String] = [:]
        for faction in knowledge.factions {
            kinds[faction.key] = faction.kind
            if let side = faction.side, !side.isEmpty { sides[faction.key] = side }
            if let parent = faction.parent, !parent.isEmpty { parents[faction.key] = parent }
        }
        var roots: [String: String] = [:]
        for faction in knowledge.factions {
            var key = faction.key
            var steps = 0
            while let parent = parents[key], steps < 10 { key = parent; steps += 1 }
            roots[faction.key] = key
        }
        self.kinds = kinds
        self.sides = sides
        self.roots = roots
        for alias in knowledge.aliases {
            let letters = alias.alias.filter(\.isLetter)
            let capitals = alias.caseSensitive || (letters.count <= 3 && !letters.isEmpty && letters.allSatisfy(\.isUppercase))
            let entry = Entry(faction: alias.faction, alias: alias.alias, language: alias.language,
                              from: alias.validFrom.flatMap { PartialDate(iso: $0)?.dayNumber },
                              to: alias.validTo.flatMap { PartialDate(iso: $0)?.dayNumber }, capitals: capitals)
            table.add(alias.alias, entry)
        }
    }

    /// A word of three letters or more written in capitals stands right before or after `start..<end`.
    private static func nextToCapitalWord(_ tokens: [Token], _ start: Int, _ end: Int, _ text: String) -> Bool {
        func capitalWord(_ k: Int) -> Bool {
            k >= 0 && k < tokens.count && tokens[k].kind == .word && tokens[k].allUpper && tokens[k].text(in: text).count >= 3
        }
        return capitalWord(start - 1) || capitalWord(end)
    }

    func isState(_ faction: String?) -> Bool { faction.map { kinds[root($0)] == "state" } ?? false }
    func root(_ faction: String) -> String { roots[faction] ?? faction }

    /// Two armed factions on different sides (civilians are on none; an unknown side opposes nothing).
    func opposes(_ a: String, _ b: String) -> Bool {
        guard kinds[root(a)] != "civilians", kinds[root(b)] != "civilians",
              let sa = sides[a] ?? sides[root(a)], let sb = sides[b] ?? sides[root(b)] else { return false }
        return sa != sb
    }

    /// Longest alias matches, left to right, valid on `day` (any alias when the day is unknown).
    func mentions(in tokens: [Token], of text: String, day: Int?, language: String) -> [Mention] {
        var result: [Mention] = []
        var i = 0
        while i < tokens.count {
            guard tokens[i].kind != .punct, let match = table.match(tokens, at: i) else { i += 1; continue }
            let end = i + match.length
            // the first entry written as it must be (capitals) and valid on the day (any, when it is unknown)
            var chosen: Entry?
            for entry in match.values {
                if entry.capitals {
                    // an acronym inside a run of words in capitals is a name or a headline
                    // ("AS SANAMAYN, Outlet –"): not the acronym
                    if Self.nextToCapitalWord(tokens, i, end, text) { continue }
                    var written = true
                    for k in i..<end where tokens[k].kind == .word {
                        if !tokens[k].upper || (!tokens[k].allUpper && tokens[k].text(in: text).count != 1) { written = false; break }
                    }
                    if !written { continue }
                }
                if let day {
                    if let from = entry.from, day < from { continue }
                    if let to = entry.to, day > to { continue }
                }
                chosen = entry
                break
            }
            if let chosen {
                result.append(Mention(start: i, end: end, faction: root(chosen.faction), specific: chosen.faction,
                                      alias: Token.written(tokens, i..<end, in: text)))
                i += match.length
            } else {
                i += 1
            }
        }
        return result
    }
}
