/// Holdings stated without a change of hands, and who holds a place an event names.
extension ArticleReader {
    /// A holding ("IS fighters also control most of Yarmouk", "yang kini dikuasai IS"), or a place
    /// someone sets out to free (still held by the other side).
    mutating func recordControl(_ info: SentenceInfo, kind: Lexicons.CueKind, cue: SentenceInfo.Cue, date: PartialDate?, limit: Int) {
        let present = (0..<info.tokens.count).contains { info.has(.present, at: $0) != nil }
        let explicit = info.dates.contains { $0.date != nil }
        let asOf = (present || !explicit ? resolver.reference : date) ?? date ?? resolver.reference
        guard let asOf else { return }
        var places: [PlaceMention] = []
        var faction: String?
        switch kind {
        case .hold:
            if info.tokens[cue.start].hyphenBefore, let f = info.factions.last(where: { $0.end <= cue.start }) { faction = f.faction }
            else { faction = subject(info, before: cue.start)?.0 }
            places = placesAfter(info, cue.end, limit: limit)
        case .holdBy:
            faction = info.factions.first(where: { $0.start >= cue.end && $0.start <= cue.end + 4 })?.faction
            // the place the clause describes: right before it ("al-Baghaliyah, yang kini dikuasai IS")
            if let p = placeBefore(info, cue.start, from: 0), cue.start - p.end <= 4 { places = [p] }
            if let p = anaphoricPlace(info, near: cue.start, force: false), places.isEmpty || info.tokens.indices.contains(where: { info.has(.anaphor, at: $0) != nil && $0 < cue.start }) {
                places = [p]
            }
            // "Serangan ke X, yang kini dikuasai IS": the attack took the place
            if let f = faction, let p = places.first, present,
               info.tokens.contains(where: { ["serangan", "serbuan", "attack", "offensive", "assault"].contains($0.fold) }),
               !events.contains(where: { Vocabulary.territory.contains($0.type) && $0.place == p.place }) {
                let (d, note) = eventDate(info, cue: cue.start)
                let type = x.factions.isState(f) ? Vocabulary.regains : Vocabulary.overtakes
                events.append(ExtractedEvent(type: type, date: d, place: p.place, actor: f, target: x.factions.isState(f) ? nil : "syrian_government",
                                             controller: f, fatalities: fatalities(info), sentenceIndex: info.index, evidence: info.text,
                                             cue: cue.cue.phrase, agency: info.agency,
                                             explanation: ["cue: '\(info.text(cue.start, cue.end))' after an attack → \(type)", note, p.note]))
                lastTerritory = (events.count - 1, info.index)
                lastEventPlace = (p, info.index)
            }
            // "Wilayah-wilayah itu dikuasai FSA" after strikes with no target: the strikes hit the holder
            // (not after a change of hands: then the holder is who took the place)
            if let f = faction, (0..<cue.start).contains(where: { info.has(.anaphor, at: $0) != nil }),
               lastTerritory.map({ info.index - $0.sentence > 3 }) ?? true {
                for i in events.indices.reversed() {
                    guard events[i].sentenceIndex < info.index else { continue }
                    if info.index - events[i].sentenceIndex > 3 { break }
                    guard events[i].target == nil, Vocabulary.family(of: events[i].type) == "Explosions/Remote violence",
                          let a = events[i].actor, x.factions.opposes(a, f) else { continue }
                    events[i].target = f
                    events[i].explanation.append("target: \(f), said to hold the places struck ('\(info.text(cue.start, min(cue.end + 4, info.tokens.count)))')")
                }
            }
            // a change of hands just reported: who holds the place now
            if let f = faction, let last = lastTerritory, info.index - last.sentence <= 2, let p = places.first,
               events[last.event].place == p.place {
                if events[last.event].controller != f { events[last.event].controller = f; events[last.event].explanation.append("controller: '\(info.text(cue.start, limit))' → \(f)") }
                if events[last.event].actor == nil { events[last.event].actor = f }
            }
        case .free:
            // the place is held by whoever the subject last took ground from
            places = placesAfter(info, cue.end, limit: limit, window: 4)
            if places.isEmpty, let p = info.places.last(where: { $0.end <= cue.start }) ?? lastPlace { places = [p] }
            faction = events.last(where: { Vocabulary.territory.contains($0.type) && $0.target != nil && $0.target != "syrian_government" || Vocabulary.territory.contains($0.type) && $0.actor != nil && !x.factions.isState($0.actor) })
                .flatMap { x.factions.isState($0.actor) ? $0.target : $0.actor }
        default: return
        }
        guard let faction else { return }
        for p in places where !events.contains(where: { $0.sentenceIndex == info.index && Vocabulary.territory.contains($0.type) && $0.place == p.place }) {
            controls.append(ExtractedControl(place: p.place, faction: faction, asOf: asOf, sentenceIndex: info.index, evidence: info.text))
        }
    }
}

/// Who held a place before a change of hands, from what the article tells elsewhere of it.
extension ArticleReader {
    /// The faction that took one of `places` earlier (by date, or earlier in the text when a date is
    /// unknown) and is not `actor`: the side a later capture takes the place from.
    func earlierHolder(of places: [PlaceMention], by actor: String, date: PartialDate?) -> String? {
        // the latest by date (the last told when dates are unknown)
        var best: (taker: String, date: PartialDate?)?
        for e in events.reversed() where Vocabulary.territory.contains(e.type) {
            guard let taker = e.controller ?? e.actor, x.factions.root(taker) != x.factions.root(actor),
                  places.contains(where: { $0.place == e.place }) else { continue }
            if let d = date, let ed = e.date, d < ed { continue }
            if let b = best { if let bd = b.date, let ed = e.date, bd < ed { best = (taker, ed) } }
            else { best = (taker, e.date) }
        }
        return best?.taker
    }

    /// A capture told after another one of the same place that it precedes (background told last:
    /// "pemberontak merebut Nassib pada April 2015"): the earlier taker is the later one's loser.
    mutating func laterHolderTold(_ n: Int) {
        let new = events[n]
        guard let taker = new.controller ?? new.actor, let d = new.date else { return }
        for i in events.indices where i != n && Vocabulary.territory.contains(events[i].type) && events[i].place == new.place {
            guard events[i].target == nil || events[i].targetAssumed, let later = events[i].date, d < later,
                  let a = events[i].actor, x.factions.root(a) != x.factions.root(taker) else { continue }
            events[i].target = taker
            events[i].targetAssumed = false
            events[i].explanation.append("target: \(taker) took the place earlier (told later in the article)")
        }
    }
}
