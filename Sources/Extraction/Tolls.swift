/// A toll told in the sentence after the event: "…tiga bom mobil mengguncang pusat kota Aleppo.
/// SOHR mengatakan sedikitnya 40 orang tewas." News gives the deaths of an attack in a sentence
/// of its own, usually the next one, quoting a monitor or rescuers.
extension ArticleReader {
    /// Gives the toll of sentence `n` (which told no event of its own) to the event of the sentence
    /// before it (`follows`) that it can only be about: the one at the place the toll
    /// names, or the only place the sentence before told of when the toll names none. Only an
    /// event dated to the day: background told by month or year ("sejak Mei 2015") is followed
    /// by other matters, not by its toll. A toll of the war ("Perang saudara di Suriah telah
    /// menewaskan lebih dari 90 ribu orang sejak Maret 2011") or of another time is no event's.
    mutating func carryToll(of info: SentenceInfo, sentence n: Int, followsInStory: Bool, eventsBefore: Int) {
        guard followsInStory, events.count == eventsBefore else { return }
        // the events of the sentence before are the last ones told (events are appended in order);
        // most sentences follow none, and the toll is read only when one can take it
        var first = events.count
        while first > 0, events[first - 1].sentenceIndex == n - 1 { first -= 1 }
        let candidates = (first..<events.count).filter { i in
            events[i].fatalities == nil && events[i].place != nil && events[i].date?.day != nil
                && Self.familiesWithTolls.contains(Vocabulary.family(of: events[i].type))
        }
        guard !candidates.isEmpty, let toll = fatalities(info),
              !info.tokens.contains(where: { DateFinder.war.contains($0.fold) }) else { return }
        let named = Set(info.places.filter { !$0.reference }.map(\.place))
        let chosen: [Int]
        if named.isEmpty {
            let places = Set(candidates.compactMap { events[$0].place })
            guard places.count == 1 else { return }
            chosen = candidates
        } else {
            chosen = candidates.filter { events[$0].place.map(named.contains) ?? false }
        }
        // several events at that place (an attack and the clash it began): the first, the one
        // the sentence before led with
        guard let target = chosen.first, let day = events[target].date else { return }
        // a toll dated otherwise ("sejak Maret 2011", "sepanjang tahun lalu") counts something else
        for date in info.dates.compactMap(\.date) where !(date.year == day.year && (date.month ?? day.month) == day.month
                                                          && (date.day ?? day.day) == day.day) { return }
        events[target].fatalities = toll
        events[target].explanation.append("fatalities: \(toll), from the next sentence: \(info.text)")
    }

    /// Sentence `n` continues sentence `n - 1`: in the same paragraph, or first of the paragraph
    /// right after one that held that sentence alone (news written a sentence a paragraph). A
    /// heading between them, or a paragraph of several sentences before, starts another matter.
    static func follows(_ n: Int, _ paragraphOf: [Int]) -> Bool {
        let previous = paragraphOf[n - 1]
        if paragraphOf[n] == previous { return true }
        let alone = (n < 2 || paragraphOf[n - 2] != previous)
        return alone && paragraphOf[n] == previous + 1
    }

    /// Event families whose deaths are coded; a capture carries the toll of its battle.
    private static let familiesWithTolls: Set<String> = ["Battles", "Explosions/Remote violence", "Violence against civilians"]
}
