/// Cues to events: who did it (by their role in the sentence), where, when, and how many died.
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

    func isSupporter(_ info: SentenceInfo, _ f: FactionIndex.Mention) -> Bool {
        // "the U.S.-backed SDF", "Turkish-led"
        if f.end < info.tokens.count, info.tokens[f.end].hyphenBefore, ["backed", "led", "supported", "allied"].contains(info.tokens[f.end].fold) { return true }
        guard let s = info.roleBefore(.support, f.start, window: 5) else { return false }
        return !info.factions.contains { $0.start > s && $0.end <= f.start }
    }

    /// The subject of a cue: the first faction of its clause that is not a supporter; else the
    /// speaker before an attribution verb; else an earlier sentence's subject for a pronoun.
    func subject(_ info: SentenceInfo, before cue: Int) -> (String, String)? {
        let start = clauseStart(info, before: cue)
        let inClause = info.factions.filter { $0.start >= start && $0.end <= cue && !isSupporter(info, $0) }
        if let f = inClause.first { return (f.faction, f.alias) }
        if (start..<cue).contains(where: { info.has(.sameactor, at: $0) != nil }), let t = lastTerritory, let a = events[t.event].actor {
            return (a, "'the same' as the last change of hands: \(a)")
        }
        if (start..<cue).contains(where: { info.has(.pronoun, at: $0) != nil }), let last = lastSubject { return (last, "a pronoun for \(last)") }
        let before = info.factions.filter { $0.end <= start && !isSupporter(info, $0) }
        if let f = before.first { return (f.faction, f.alias) }
        return nil
    }

    /// The faction after a role word ("dari tangan IS", "oleh SDF") within a few tokens of `from`.
    func faction(after role: Lexicons.Role, in info: SentenceInfo, from: Int, limit: Int) -> FactionIndex.Mention? {
        var j = from
        while j < min(limit, info.tokens.count) {
            if let length = info.has(role, at: j) {
                if let f = info.factions.first(where: { $0.start >= j + length && $0.start <= j + length + 8 }) { return f }
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

    /// The event places after a cue: the first place, and the places coordinated with it.
    func placesAfter(_ info: SentenceInfo, _ from: Int, limit: Int, window: Int = 14) -> [PlaceMention] {
        let candidates = info.places.filter { $0.start >= from && $0.start < limit && !$0.reference && !$0.destination }
        guard let first = candidates.first, first.start - from <= window else { return [] }
        var result = [first]
        var previousEnd = first.end
        for p in candidates.dropFirst() {
            // tokens between the last coordinator and this place may only be classifiers
            var coordinated = false
            var k = p.start - 1
            var areaWord = false
            while k >= previousEnd {
                if info.places.contains(where: { $0.reference && $0.start <= k && k < $0.end }) { k -= 1; continue }
                if info.has(.coord, at: k) != nil { coordinated = true; break }
                if ["kawasan", "wilayah", "daerah", "region", "area"].contains(info.tokens[k].fold) { areaWord = true }
                if info.has(.classifier, at: k) == nil && info.has(.facility, at: k) == nil && !["the", "of", "kota", "desa"].contains(info.tokens[k].fold) { break }
                k -= 1
            }
            guard coordinated else { break }
            // "Balyun, kawasan Jabal al-Zawiya": after a bare comma, an area word names the surroundings
            if info.tokens[k].fold == ",", areaWord || !p.feature.hasPrefix("P") && p.feature != "unlisted" { break }
            // a governorate or a larger place after a comma contains the first one ("Akçakale, Provinsi Şanlıurfa")
            let firstIsArea = first.feature.hasPrefix("A.")
            let container = !firstIsArea && (p.feature.hasPrefix("A.") || (k >= 0 && info.tokens[k].fold == "," && p.admin1 == first.admin1
                && PlaceIndex.featureRank(p.feature, province: false) < PlaceIndex.featureRank(first.feature, province: false)))
            if container { break }
            result.append(p)
            previousEnd = p.end
        }
        return result
    }

    func placeBefore(_ info: SentenceInfo, _ before: Int, from: Int) -> PlaceMention? {
        info.places.last { $0.end <= before && $0.start >= from && !$0.reference && !$0.destination }
    }

    /// "kota itu", "the town", a verb with -nya: the place named last (in this sentence, else before).
    func anaphoricPlace(_ info: SentenceInfo, near cue: Int, force: Bool) -> PlaceMention? {
        let anaphor = info.tokens.indices.contains { info.has(.anaphor, at: $0) != nil && abs($0 - cue) <= 8 }
        let eventAnaphor = info.tokens.indices.contains { info.has(.eventanaphor, at: $0) != nil && abs($0 - cue) <= 8 }
        guard anaphor || eventAnaphor || force else { return nil }
        if let p = info.places.last(where: { $0.end <= cue }) { return p }
        if eventAnaphor, let p = lastEventPlace?.place { return p }
        return lastTopicPlace ?? lastEventPlace?.place ?? lastPlace
    }

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

    // MARK: - Events

    mutating func readEvents(_ info: SentenceInfo) {
        var sentenceEvents: [Int] = []
        var subjectThisSentence: String?
        for (c, cue) in info.cues.enumerated() {
            let cs = cue.start, ce = cue.end
            let nextCue = c + 1 < info.cues.count ? info.cues[c + 1].start : info.tokens.count
            let limit = min(clauseEnd(info, after: ce), info.tokens.count)
            // intent, negation, an object ("gudang senjata kimia"), a supporting strike
            var kind = cue.cue.kind
            let isFree: Bool = { if case .free = kind { return true } else { return false } }()
            if !isFree {
                if let j = info.roleBefore(.intent, cs, window: 3) ?? info.roleBefore(.negation, cs, window: 3) {
                    let between = (j..<cs).contains { info.tokens[$0].fold == "," }
                    if !between { continue }
                }
                if cs > 0, info.has(.object, at: cs - 1) != nil || info.rolesEnding(at: cs - 1).contains(.object) { continue }
            }
            if case .type = kind, info.roleBefore(.support, cs, window: 3) != nil { continue }
            // "serangan itu", "kesepakatan tersebut": an event told already, unless a new place follows
            let toldAlready: Bool = { if case .type = kind, ce < info.tokens.count, ["itu", "tersebut"].contains(info.tokens[ce].fold) { return true }; return false }()
            // "Dalam pertempuran di X, … roket menghantam …": the fighting frames the other event
            if kind == .type("Armed clash"), info.roleBefore(.frame, cs, window: 1) != nil,
               info.cues.contains(where: { $0.start != cs && { if case .type(let t) = $0.cue.kind { return t != "Armed clash" }; return false }($0) }) {
                continue
            }
            if kind == .attack {
                guard let last = lastAttack, info.index - last.sentence <= 2 else { continue }
                kind = .type(last.type)
            }
            // a relative clause describes a holding: "yang menguasai Douma", "rebel-held"
            let relative = info.roleBefore(.relative, cs, window: 3) != nil
                && (info.roleBefore(.relative, cs, window: 3).map { r in (r + 1..<cs).allSatisfy { info.has(.present, at: $0) != nil || ["telah", "baru", "sudah", "juga"].contains(info.tokens[$0].fold) } } ?? false)
            if relative {
                switch kind {
                case .take, .retake: kind = cue.cue.passive ? .holdBy : .hold
                default: break
                }
            }
            if info.tokens[cs].hyphenBefore, case .type = kind { kind = .hold }
            let (date, dateNote) = eventDate(info, cue: cs)
            switch kind {
            case .hold, .holdBy, .free:
                recordControl(info, kind: kind, cue: cue, date: date, limit: limit)
                continue
            default: break
            }
            var notes: [String] = []
            var actor: (String, String)?
            var target: (String, String)?
            var places: [PlaceMention] = []
            var weak = false
            let passive = cue.cue.passive
            if kind.isTerritory {
                if passive {
                    if let f = info.factions.first(where: { $0.start >= ce && $0.start <= ce + 4 }) { actor = (f.faction, f.alias) }
                    if let p = placeBefore(info, cs, from: clauseStart(info, before: cs)) { places = [p] }
                    else { places = placesAfter(info, ce, limit: limit) }
                } else {
                    actor = subject(info, before: cs)
                    places = placesAfter(info, ce, limit: min(limit, nextCue > ce ? max(nextCue, ce + 1) : limit))
                    if places.isEmpty, let p = placeBefore(info, cs, from: 0) { places = [p]; weak = true }
                }
                if places.isEmpty, let p = anaphoricPlace(info, near: cs, force: cue.anaphoric) { places = [p]; weak = true }
                if let f = faction(after: .from, in: info, from: ce, limit: limit) { target = (f.faction, f.alias) }
                else if !passive, let f = info.factions.first(where: { $0.start >= ce && $0.start <= ce + 2 }), f.faction != actor?.0 { target = (f.faction, f.alias) }
            } else {
                // an attack: its places after the cue, else before it
                places = placesAfter(info, ce, limit: limit, window: 20)
                if let frame = frameClash(info), frame.place.start < cs, places.first.map({ $0.start - ce > 8 }) ?? true, frame.cue < cs {
                    places = [frame.place]; notes.append("place: the fighting the sentence opens with")
                }
                if toldAlready && (places.isEmpty || !(ce + 1..<min(ce + 4, info.tokens.count)).contains { info.has(.impact, at: $0) != nil }) { continue }
                // an agreement is placed where it was reached when the text says so ("di Moskow")
                if kind == .type("Agreement") {
                    if let p = info.places.first(where: { p in p.start > 0 && info.tokens[p.start - 1].fold == "di" && p.country != nil && p.country != "SY" && !p.reference }) { places = [p] }
                    else if let p = unlistedAfterDi(info) { places = [p] }
                }
                if places.isEmpty, let p = placeBefore(info, cs, from: placeClauseStart(info, before: cs)) { places = [p]; weak = true }
                if places.isEmpty, let p = anaphoricPlace(info, near: cs, force: cue.anaphoric) { places = [p]; weak = true }
                // a sentence that goes on telling the last event: its place
                // an agreement reached "di Ankara": a city the gazetteer may lack
                let statement = info.tokens.indices.contains { info.has(.statement, at: $0) != nil }
                if places.isEmpty, !statement, let last = lastEventPlace, last.sentence < info.index, info.index - last.sentence <= 2 {
                    places = [last.place]; weak = true
                    notes.append("place: none named; the place of the event told just before")
                }
                let first = info.tokens[cs].fold
                let verb = ["me", "ber", "di", "ter"].contains { first.hasPrefix($0) } || language == "en" && (first.hasSuffix("ed") || first.hasSuffix("ing"))
                if language == "en", !verb, let f = info.factions.last(where: { $0.end <= cs && cs - $0.end <= 1 }) { actor = (f.faction, f.alias) }
                if language != "en", !verb, let f = info.factions.first(where: { $0.start >= ce && $0.start - ce <= 1 }) { actor = (f.faction, f.alias) }
                // "penjarahan rumah-rumah oleh milisi pro-pemerintah"
                if let f = faction(after: .by, in: info, from: ce, limit: min(limit, ce + 8)) { actor = (f.faction, f.alias) }
                if actor == nil, cue.cue.kind == .type("Agreement"), let b = (0..<info.tokens.count).first(where: { info.has(.between, at: $0) != nil }) {
                    let fs = info.factions.filter { $0.start > b }
                    if let f = fs.first { actor = (f.faction, f.alias) }
                    if fs.count > 1 { target = (fs[1].faction, fs[1].alias) }
                }
                if actor == nil { actor = subject(info, before: cs) }
                if target == nil {
                    if let f = faction(after: .against, in: info, from: ce, limit: limit), f.faction != actor?.0 { target = (f.faction, f.alias) }
                    else if let f = info.factions.first(where: { $0.start >= ce && $0.start < limit && $0.faction != actor?.0 && !isSupporter(info, $0) }) { target = (f.faction, f.alias) }
                }
            }
            guard !places.isEmpty else { continue }
            if let a = actor { notes.append("actor: '\(a.1)' → \(a.0)") }
            if let t = target { notes.append("target: '\(t.1)' → \(t.0)") }
            // the event type
            var type: String
            var controller: String?
            var actorKey = actor?.0
            var targetKey = target?.0
            switch kind {
            case .take, .retake, .enter:
                let nonviolent = (0..<info.tokens.count).contains { info.has(.nonviolent, at: $0) != nil }
                if kind == .enter || nonviolent { type = Vocabulary.transfer }
                else if let a = actorKey { type = x.factions.isState(a) ? Vocabulary.regains : Vocabulary.overtakes }
                else { type = kind == .retake ? Vocabulary.regains : Vocabulary.overtakes }
                controller = actorKey
                if targetKey == nil, let a = actorKey, !x.factions.isState(a) { targetKey = "syrian_government"; notes.append("target: not named; a non-state capture is taken from the government") }
            case .withdraw, .handover:
                type = Vocabulary.transfer
                targetKey = actorKey
                actorKey = nil
                controller = nil
            case .type(let t): type = t
            default: continue
            }
            if actorKey != nil, kind != .withdraw, kind != .handover { subjectThisSentence = subjectThisSentence ?? actorKey }
            let deaths = fatalities(info)
            for place in places {
                // one event per type and place in a sentence; a capture folds the fighting for it
                if sentenceEvents.contains(where: { events[$0].type == type && events[$0].place == place.place }) { continue }
                if Vocabulary.family(of: type) == "Battles",
                   let existing = sentenceEvents.first(where: { Vocabulary.family(of: events[$0].type) == "Battles" && events[$0].place == place.place && events[$0].date == date }) {
                    if Vocabulary.territory.contains(type) && events[existing].type == "Armed clash" {
                        events[existing].type = type; events[existing].controller = controller
                        events[existing].actor = actorKey ?? events[existing].actor
                    }
                    continue
                }
                if type == Vocabulary.transfer, let existing = sentenceEvents.first(where: { Vocabulary.territory.contains(events[$0].type) && events[$0].place == place.place }) {
                    if events[existing].target == nil { events[existing].target = actorKey == nil ? targetKey : events[existing].target }
                    if kind == .handover { events[existing].target = targetKey; events[existing].type = Vocabulary.transfer }
                    continue
                }
                let evidence = info.text
                // the more specific faction the text names ("FSA" for syrian_opposition)
                let associates = info.factions.filter { $0.faction == actorKey && $0.specific != $0.faction }.map(\.specific)
                let event = ExtractedEvent(type: type, date: date, place: place.place, actor: actorKey, target: targetKey,
                                           controller: Vocabulary.territory.contains(type) ? controller : nil,
                                           associates: Array(Set(associates)).sorted(),
                                           fatalities: Vocabulary.territory.contains(type) || type == "Agreement" ? (type == "Agreement" ? nil : deaths) : deaths,
                                           sentenceIndex: info.index, evidence: evidence, cue: cue.cue.phrase, agency: info.agency,
                                           explanation: ["cue: '\(info.text(cs, ce))' → \(type)", dateNote, place.note] + notes)
                events.append(event)
                sentenceEvents.append(events.count - 1)
                if weak { weakPlaces.insert(events.count - 1) }
                if Vocabulary.territory.contains(type) { lastTerritory = (events.count - 1, info.index) }
                else if Vocabulary.family(of: type) == "Explosions/Remote violence" || type == "Armed clash" || type == "Attack" { lastAttack = (type, info.index) }
                lastEventPlace = (place, info.index)
            }
        }
        // a chemical attack is not also an air strike or shelling; the fighting for a capture is the capture
        var drop = Set<Int>()
        for i in sentenceEvents {
            let e = events[i]
            if e.type == "Air/drone strike" || e.type == "Shelling/artillery/missile attack",
               sentenceEvents.contains(where: { events[$0].type == "Chemical weapon" && events[$0].place == e.place }) { drop.insert(i) }
            // a suicide car bomb is not also a car bomb; rockets fired by aircraft are the air strike
            if e.type == "Remote explosive/landmine/IED",
               sentenceEvents.contains(where: { events[$0].type == "Suicide bomb" && events[$0].place == e.place }) { drop.insert(i) }
            if e.type == "Shelling/artillery/missile attack",
               sentenceEvents.contains(where: { $0 < i && events[$0].type == "Air/drone strike" && events[$0].place == e.place }) { drop.insert(i) }
            if e.type == "Armed clash", weakPlaces.contains(i), sentenceEvents.contains(where: { Vocabulary.territory.contains(events[$0].type) }) { drop.insert(i) }
        }
        if !drop.isEmpty {
            for i in drop.sorted(by: >) {
                events.remove(at: i)
                weakPlaces = Set(weakPlaces.compactMap { $0 == i ? nil : ($0 > i ? $0 - 1 : $0) })
                if let t = lastTerritory, t.event >= i { lastTerritory = t.event == i ? nil : (t.event - 1, t.sentence) }
            }
        }
        if let s = subjectThisSentence ?? info.factions.first(where: { !isSupporter(info, $0) })?.faction { lastSubject = s }
    }

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

    /// "di Ankara": a capitalized name after "di" that is no faction, country or common word.
    func unlistedAfterDi(_ info: SentenceInfo) -> PlaceMention? {
        for (i, t) in info.tokens.enumerated() where (t.fold == "di" || t.fold == "in") && i + 1 < info.tokens.count {
            let n = info.tokens[i + 1]
            if info.places.contains(where: { $0.start == i + 1 }) { continue }
            guard n.isWord, n.upper, n.fold.count >= 4, x.placeIndex.countries.value(n) == nil,
                  !x.lexicons.isStopword(n), info.roles[i + 1].isEmpty, x.lexicons.dates.match(info.tokens, at: i + 1) == nil,
                  i + 2 >= info.tokens.count || !info.tokens[i + 2].upper else { continue }
            let name = String(n.text)
            return PlaceMention(start: i + 1, end: i + 2, written: name, place: .unlisted(name: name, country: nil, admin1: nil, parentRef: nil),
                                name: name, admin1: nil, country: nil, feature: "unlisted",
                                note: "place: '\(name)' not in the gazetteer; named after 'di'")
        }
        return nil
    }
}

extension ArticleReader {
    /// "Dalam pertempuran di kawasan Kessab, …": the clash cue that frames the sentence and its place.
    func frameClash(_ info: SentenceInfo) -> (cue: Int, place: PlaceMention)? {
        for c in info.cues where c.cue.kind == .type("Armed clash") && info.roleBefore(.frame, c.start, window: 1) != nil {
            if let p = info.places.first(where: { $0.start >= c.end && $0.start - c.end <= 4 && !$0.reference }) { return (c.start, p) }
        }
        return nil
    }
}
