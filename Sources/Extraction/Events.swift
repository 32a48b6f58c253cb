/// Cues to events: type, actor, target, controller and places of each cue of a sentence.
extension ArticleReader {
    /// The events of one sentence, one per cue and place, with what the reader keeps in mind updated.
    mutating func readEvents(_ info: SentenceInfo) {
        var sentenceEvents: [Int] = []
        var subjectThisSentence: String?
        // a state force's capture told with no loser: the other side the next sentences name with the place
        // ("Yabroud adalah benteng terakhir pemberontak")
        if let t = lastTerritory, t.sentence < info.index, info.index - t.sentence <= 3, events[t.event].target == nil,
           let a = events[t.event].actor, x.factions.isState(a), let place = events[t.event].place,
           info.places.contains(where: { $0.place == place }),
           let f = info.factions.first(where: { !info.isSupporter($0) && !x.factions.isState($0.faction) && x.factions.opposes(a, $0.faction) }) {
            events[t.event].target = f.faction
            events[t.event].explanation.append("target: '\(f.alias)' → \(f.faction), named with the place \(info.index - t.sentence) sentence(s) later")
        }
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
            // the attack told just before, whose actor and target a continuation keeps
            var toldBefore: ExtractedEvent?
            if kind == .attack {
                guard let last = lastAttack, info.index - last.sentence <= 2 else { continue }
                kind = .type(last.type)
                toldBefore = events.last { $0.sentenceIndex == last.sentence && $0.type == last.type }
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
            var assumed = false
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
                // "…, setelah mengusir kelompok pemberontak", "expelling the last IS militants": who was driven out
                else if let j = (ce..<info.tokens.count).first(where: { info.has(.from, at: $0) != nil && isVerb(info.tokens[$0].fold) }),
                        let f = info.factions.first(where: { $0.start >= j + 1 && $0.start <= j + 4 }), f.faction != actor?.0 {
                    target = (f.faction, f.alias)
                }
                // "…, the last scrap of land held by the Islamic State group": the holder the place is taken from
                else if let h = info.cues.first(where: { $0.start >= ce && $0.cue.kind == .holdBy }),
                        let f = info.factions.first(where: { $0.start >= h.end && $0.start <= h.end + 4 }), f.faction != actor?.0 {
                    target = (f.faction, f.alias)
                }
                // a state force retakes from the other side named after the cue ("…, setelah konvoi terakhir pemberontak meninggalkan …")
                else if let a = actor?.0, x.factions.isState(a),
                        let f = info.factions.first(where: { $0.start >= ce && !info.isSupporter($0) && !x.factions.isState($0.faction) && x.factions.opposes(a, $0.faction) }) {
                    target = (f.faction, f.alias)
                }
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
                let verb = isVerb(info.tokens[cs].fold)
                // a cue inside a faction's name: "jet-jet tempur Turki", "coalition air strikes", "tembakan artileri Turki"
                if let f = info.factions.first(where: { $0.start < ce && $0.end > cs }), !info.isSupporter(f) {
                    actor = (f.faction, f.alias)
                } else if language == "en", !verb {
                    if let f = info.factions.last(where: { $0.end <= cs && cs - $0.end <= 1 }) { actor = (f.faction, f.alias) }
                    // "warplanes of the U.S.-led coalition"
                    else if ce < info.tokens.count, info.tokens[ce].fold == "of" {
                        let s = ce + 1 < info.tokens.count && info.tokens[ce + 1].fold == "the" ? ce + 2 : ce + 1
                        if let f = info.factions.first(where: { $0.start == s }) { actor = (f.faction, f.alias) }
                    }
                } else if language != "en", !isVerb(info.tokens[ce - 1].fold),
                          let f = info.factions.first(where: { $0.start >= ce && $0.start - ce <= (verb ? 0 : 1) }),
                          !Self.counterpartWord(info, from: ce, to: f.start) {
                    // the noun's possessor: "serangan kelompok loyalis", not its counterpart ("kesepakatan dengan Rusia")
                    actor = (f.faction, f.alias)
                } else if passive, let f = info.factions.first(where: { $0.start >= ce && $0.start - ce <= 1 }),
                          !Self.counterpartWord(info, from: ce, to: f.start) {
                    // a passive verb's agent right after it: "ditawan pejuang Front al-Nusra"
                    actor = (f.faction, f.alias)
                }
                // "penjarahan rumah-rumah oleh milisi pro-pemerintah"
                if let f = faction(after: .by, in: info, from: ce, limit: min(limit, ce + 8)) { actor = (f.faction, f.alias) }
                // "bentrokan antara X dan Y": X acts, Y is the target
                else if let b = (ce..<min(ce + 2, info.tokens.count)).first(where: { info.has(.between, at: $0) != nil }) {
                    let fs = info.factions.filter { $0.start > b && $0.start < limit }
                    if let f = fs.first { actor = (f.faction, f.alias) }
                    if fs.count > 1, fs[1].faction != fs[0].faction { target = (fs[1].faction, fs[1].alias) }
                }
                if actor == nil, cue.cue.kind == .type("Agreement"), let b = (0..<info.tokens.count).first(where: { info.has(.between, at: $0) != nil }) {
                    let fs = info.factions.filter { $0.start > b }
                    if let f = fs.first { actor = (f.faction, f.alias) }
                    if fs.count > 1 { target = (fs[1].faction, fs[1].alias) }
                }
                if actor == nil { actor = subject(info, before: cs) }
                // "Rudal-rudal itu menghantam …": the strike told already, by the same hands
                if toldAlready, toldBefore == nil, case .type(let t) = kind {
                    toldBefore = events.last { $0.type == t && $0.sentenceIndex < info.index && info.index - $0.sentenceIndex <= 2 }
                }
                if actor == nil, let a = toldBefore?.actor { actor = (a, "the attack told before: \(a)") }
                // "Rudal-rudal itu …" after a sentence that told the firing with no place: the last subject's
                if actor == nil, toldAlready, toldBefore == nil, let last = lastSubject { actor = (last, "the weapons told before, fired by \(last)") }
                // an agreement: the party named as subject acts, the other one named with it is the counterpart
                // ("X dan Y menyepakati …", "X menerima tawaran amnesti Y")
                // (not when "antara" after the cue names both sides)
                if cue.cue.kind == .type("Agreement"), !(ce..<info.tokens.count).contains(where: { info.has(.between, at: $0) != nil }) {
                    let start = clauseStart(info, before: cs)
                    let subjects = info.factions.filter { $0.start >= start && $0.end <= cs && !info.isSupporter($0) && !info.isSource($0) }
                    if let s = subjects.first {
                        if let a = actor, a.0 != s.faction, target == nil { target = a }
                        actor = (s.faction, s.alias)
                        if target == nil, let other = subjects.first(where: { $0.faction != s.faction }) { target = (other.faction, other.alias) }
                    }
                }
                if target == nil {
                    if let f = faction(after: .against, in: info, from: ce, limit: limit), f.faction != actor?.0 { target = (f.faction, f.alias) }
                    else if let f = info.factions.first(where: { f in f.start >= ce && f.start < limit && f.faction != actor?.0 && !info.isSupporter(f)
                        && !info.cues.contains { $0.start != cs && $0.start < f.end && $0.end > f.start } }) { target = (f.faction, f.alias) }
                    else if let told = toldBefore, let t = told.target, told.actor == actor?.0, t != actor?.0 { target = (t, "the attack told before: \(t)") }
                    // the victims named with a death word ("menewaskan puluhan warga desa", "30 tentara Suriah tewas")
                    else if let f = victims(info, not: actor?.0) { target = (f.faction, f.alias) }
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
                // entering is a transfer unless the same sentence tells of fighting ("masuk … setelah pertempuran sengit")
                let fought = kind == .enter && !nonviolent && info.cues.contains { $0.cue.kind == .type("Armed clash") }
                if fought { notes.append("entered after fighting: a capture") }
                if (kind == .enter && !fought) || nonviolent { type = Vocabulary.transfer }
                else if let a = actorKey { type = x.factions.isState(a) ? Vocabulary.regains : Vocabulary.overtakes }
                else { type = kind == .retake ? Vocabulary.regains : Vocabulary.overtakes }
                controller = actorKey
                if targetKey == nil, let a = actorKey, let before = earlierHolder(of: places, by: a, date: date) {
                    targetKey = before; notes.append("target: not named; \(before) took the place earlier in the article")
                }
                if targetKey == nil, let a = actorKey, !x.factions.isState(a) { targetKey = "syrian_government"; assumed = true; notes.append("target: not named; a non-state capture is taken from the government") }
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
                if assumed { events[events.count - 1].targetAssumed = true }
                if Vocabulary.territory.contains(type) { laterHolderTold(events.count - 1) }
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
        if let s = subjectThisSentence ?? info.factions.first(where: { !info.isSupporter($0) })?.faction { lastSubject = s }
    }
}
