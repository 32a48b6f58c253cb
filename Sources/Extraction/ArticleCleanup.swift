/// The same event told twice in an article, and a withdrawal that is the other side of a capture.
extension ArticleReader {
    /// Article-level clean-up: the same event told twice, a withdrawal that is the other side of a capture.
    mutating func finish() {
        // the fighting for a place told without naming it again is the capture of that place
        var folded = events
        for i in weakPlaces.sorted(by: >) where i < folded.count && folded[i].type == "Armed clash" {
            let e = folded[i]
            if let j = folded.indices.first(where: { j in (folded[j].type == Vocabulary.regains || folded[j].type == Vocabulary.overtakes) && folded[j].place == e.place
                && (folded[j].date == nil || e.date == nil || abs(folded[j].date!.dayNumber - e.date!.dayNumber) <= 7) }) {
                if folded[j].fatalities == nil { folded[j].fatalities = e.fatalities }
                folded.remove(at: i)
            }
        }
        events = folded
        var kept: [ExtractedEvent] = []
        for event in events {
            if let i = kept.firstIndex(where: { $0.type == event.type && $0.place == event.place
                && ($0.date == event.date || ($0.date?.day != nil && event.date?.day != nil && $0.type == "Agreement" && abs($0.date!.dayNumber - event.date!.dayNumber) <= 1)) }) {
                if kept[i].fatalities == nil { kept[i].fatalities = event.fatalities }
                if kept[i].actor == nil { kept[i].actor = event.actor }
                if kept[i].target == nil { kept[i].target = event.target }
                continue
            }
            kept.append(event)
        }
        let captures = kept
        kept.removeAll { event in
            guard event.type == Vocabulary.transfer, event.actor == nil else { return false }
            return captures.contains { other in
                (other.type == Vocabulary.regains || other.type == Vocabulary.overtakes) && other.place == event.place
                    && (other.date == nil || event.date == nil || (other.date!.year == event.date!.year && other.date!.month == event.date!.month))
            }
        }
        events = kept
        // a holding stated beside a reported change of hands at the same place is context, not news
        controls.removeAll { c in
            events.contains { e in
                Vocabulary.territory.contains(e.type) && e.place == c.place && e.date.map { abs($0.dayNumber - c.asOf.dayNumber) <= 31 } ?? true
            }
        }
    }
}
