/// The synthetic corpus: articles that look like the real ones (2–4 KB, Indonesian and English,
/// page furniture, 3–8 events each, places and factions from the reference data, dates across
/// 2011–2025). Article `i` depends only on the seed and `i`: same seed, same bytes.
struct CorpusGenerator: Sendable {
    struct Article: Sendable {
        let index: Int
        let language: String
        let title: String
        let outlet: String
        let published: Day
        let url: String
        let text: String
        /// What the text tells, for writing an event database without extraction (`bench queries`).
        let events: [Event]
        var fileName: String { pad(index, 7) + ".txt" }
        /// Files spread over folders of 1,000, as a scraper's archive would be.
        var relativePath: String { pad(index / 1000, 4) + "/" + fileName }
    }

    struct Event: Sendable {
        let kind: EventKind
        let place: World.Place
        let day: Day
        let actor: String?
        let target: String?
        let sentence: String
    }

    let world: World
    let seed: UInt64
    let englishShare: Double
    let eventsPerArticle: ClosedRange<Int>

    static let firstDay = Day(year: 2011, month: 3, day: 15)
    static let lastDay = Day(year: 2025, month: 12, day: 31)

    private static let kindWeights: WeightedTable<EventKind> = WeightedTable([
        (.clash, 20), (.airStrike, 18), (.shelling, 14), (.capture, 9), (.recapture, 9), (.carBomb, 6),
        (.suicideBomb, 3), (.abduction, 5), (.withdrawal, 6), (.agreement, 4),
    ])

    init(world: World, seed: UInt64, englishShare: Double = 0.2, eventsPerArticle: ClosedRange<Int> = 3...8) {
        self.world = world; self.seed = seed; self.englishShare = englishShare; self.eventsPerArticle = eventsPerArticle
    }

    /// Article `index`; without `text` only its metadata and events are made (the same ones),
    /// which is what the store-only run needs and is several times quicker.
    func article(_ index: Int, text withText: Bool = true) -> Article {
        var rng = SplitMix64.forItem(index, seed: seed)
        let templates: LanguageTemplates = rng.chance(englishShare) ? .english : .indonesian
        let furniture = Furniture.of(templates.language)
        let published = Day(ordinal: rng.int(Self.firstDay.ordinal...Self.lastDay.ordinal))
        let outlet = rng.pick(furniture.outlets)
        let focus = world.towns.pick(&rng)
        let local = world.townsByGovernorate[focus.governorate] ?? world.towns

        var sentences: [String] = []
        var events: [Event] = []
        var titleSlots: [Character: String] = [:]
        var titleKind = EventKind.clash
        for number in 0..<rng.int(eventsPerArticle) {
            let kind = Self.kindWeights.pick(&rng)
            let place = number == 0 ? focus : (rng.chance(0.7) ? local.pick(&rng) : world.towns.pick(&rng))
            let (slots, day, actor, target) = self.slots(kind: kind, place: place, published: published,
                                                         templates: templates, rng: &rng)
            let sentence = capitalized(fill(rng.pick(templates.events[kind] ?? []), slots))
            sentences.append(sentence)
            events.append(Event(kind: kind, place: place, day: day, actor: actor, target: target, sentence: sentence))
            if number == 0 { titleSlots = slots; titleKind = kind }
        }
        let title = capitalized(fill(rng.pick(templates.titles[titleKind] ?? ["{P}"]), titleSlots))
        guard withText else {
            return Article(index: index, language: templates.language, title: title, outlet: outlet, published: published,
                           url: "", text: "", events: events)
        }

        let header = masthead(templates: templates, furniture: furniture, outlet: outlet, title: title,
                              published: published, rng: &rng)
        let footer = trailer(templates: templates, furniture: furniture, focus: focus, rng: &rng)
        let target = rng.int(2_100...3_900) - header.utf8.count - footer.utf8.count
        let body = paragraphs(events: sentences, templates: templates, focus: focus, local: local, outlet: outlet, target: target, rng: &rng)
        let slug = title.lowercased().unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) ? String($0) : "-" }.joined()
        let url = "https://www." + outlet.lowercased().replacingOccurrences(of: " ", with: "") + "/"
            + pad(published.year, 4) + "/" + pad(published.month, 2) + "/" + String(index) + "-" + slug
        return Article(index: index, language: templates.language, title: title, outlet: outlet, published: published,
                       url: url, text: header + body + footer, events: events)
    }

    // MARK: Events

    private func slots(kind: EventKind, place: World.Place, published: Day, templates: LanguageTemplates,
                       rng: inout SplitMix64) -> ([Character: String], Day, String?, String?) {
        let day: Day
        let when: String
        switch rng.int(0...9) {
        case 0..<6:
            day = published.adding(days: -rng.int(0...6))
            when = templates.dayPhrase(day, published, templates.dates)
        case 6..<9:
            day = published.adding(days: -rng.int(0...45))
            when = templates.fullDate(day, templates.dates)
        default:
            day = published
            when = templates.language == "id" ? "hari yang sama" : "the same day"
        }
        let (actor, target) = roles(kind, on: day, rng: &rng)
        func named(_ key: String?) -> String {
            guard let key else { return "" }
            return world.name(of: key, language: templates.language, on: day, rng: &rng)
                ?? world.name(of: key, language: "*", on: day, rng: &rng) ?? key.replacingOccurrences(of: "_", with: " ")
        }
        let slots: [Character: String] = ["A": named(actor), "T": named(target), "P": place.name, "G": place.governorate,
                                          "W": when, "N": String(rng.int(2...60)), "S": rng.pick(templates.sources)]
        return (slots, day, actor, target)
    }

    /// Who acts and who is acted upon, from the factions active on that day.
    private func roles(_ kind: EventKind, on day: Day, rng: inout SplitMix64) -> (String?, String?) {
        let iso = day.iso
        var rebels = ["syrian_opposition"]
        if iso >= "2012-01-23" && iso <= "2016-07-28" { rebels.append("al_nusra") }
        if iso >= "2013-04-09" && iso <= "2019-03-23" { rebels += ["islamic_state", "islamic_state"] }
        if iso >= "2017-01-28" { rebels.append("hts") }
        if iso >= "2015-10-10" { rebels.append("sdf") }
        var air = ["syrian_government"]
        if iso >= "2015-09-30" { air += ["russia", "russia"] }
        if iso >= "2014-09-22" { air.append("united_states") }
        if iso >= "2016-08-24" { air.append("turkey") }
        air.append("israel")
        let government = "syrian_government"
        let rebel = rng.pick(rebels)
        switch kind {
        case .capture: return (rebel, rng.chance(0.8) ? government : rng.pick(rebels))
        case .recapture: return (government, rebel)
        case .airStrike: return (rng.pick(air), nil)
        case .shelling: return (rng.chance(0.5) ? government : rebel, nil)
        case .carBomb: return (nil, nil)
        case .suicideBomb: return (rebels.contains("islamic_state") ? "islamic_state" : rebel, government)
        case .clash:
            let other = rng.chance(0.6) ? government : rng.pick(rebels)
            return (rebel, other == rebel ? government : other)
        case .abduction: return (rebel, nil)
        case .withdrawal: return (nil, rng.chance(0.5) ? government : rebel)
        case .agreement: return (government, rebel)
        }
    }

    // MARK: Layout

    private func masthead(templates: LanguageTemplates, furniture: Furniture, outlet: String, title: String,
                          published: Day, rng: inout SplitMix64) -> String {
        let time = pad(rng.int(6...22), 2) + ":" + pad(rng.int(0...59), 2)
        let words = templates.dates
        if templates.language == "id" {
            return "\(outlet)\n\(rng.pick(furniture.breadcrumbs))\n\n\(title)\n\n"
                + "\(words.weekday(published)), \(published.day) \(words.month(published)) \(published.year) | \(time) WIB\n"
                + "Reporter: \(rng.pick(furniture.people)) | Editor: \(rng.pick(furniture.people))\n\n"
                + "Bagikan: Facebook | Twitter | WhatsApp | Email\n\n"
        }
        return "\(outlet)\n\(rng.pick(furniture.breadcrumbs))\n\n\(title)\n\n"
            + "Published \(words.month(published)) \(published.day), \(published.year) \(time) GMT\n"
            + "By \(rng.pick(furniture.people))\n\nShare this article: Facebook | Twitter | Email\n\n"
    }

    private func paragraphs(events: [String], templates: LanguageTemplates, focus: World.Place, local: WeightedTable<World.Place>,
                            outlet: String, target: Int, rng: inout SplitMix64) -> String {
        var fillers = templates.fillers
        fillers.shuffle(using: &rng)
        var next = 0
        // Each use fills its slots anew, so that a template used twice reads differently.
        func filler() -> String {
            defer { next += 1 }
            let slots: [Character: String] = ["P": local.pick(&rng).name, "G": focus.governorate,
                                              "N": String(rng.int(2...480)), "S": rng.pick(templates.sources)]
            return capitalized(fill(fillers[next % fillers.count], slots))
        }

        var sentences: [String] = []
        for event in events {
            sentences.append(event)
            for _ in 0..<rng.int(0...1) { sentences.append(filler()) }
        }
        var size = sentences.reduce(0) { $0 + $1.utf8.count + 1 }
        while size < target {
            let sentence = filler()
            sentences.insert(sentence, at: rng.int(1...sentences.count))
            size += sentence.utf8.count + 1
        }
        var text = focus.name.uppercased() + (templates.language == "id" ? ", " + outlet + " – " : " (" + outlet + ") - ")
        var remaining = rng.int(2...3)
        for (position, sentence) in sentences.enumerated() {
            if position > 0 {
                if remaining == 0 { text += "\n\n"; remaining = rng.int(2...3) } else { text += " " }
            }
            text += sentence
            remaining -= 1
        }
        return text + "\n\n"
    }

    private func trailer(templates: LanguageTemplates, furniture: Furniture, focus: World.Place, rng: inout SplitMix64) -> String {
        var headlines = furniture.headlines
        headlines.shuffle(using: &rng)
        if templates.language == "id" {
            return "Tags: Suriah, \(focus.governorate), \(focus.name)\n\nBaca juga:\n- \(headlines[0])\n- \(headlines[1])\n\n"
                + "Berita Terkait\n- \(headlines[2])\n- \(headlines[3])\n\n"
                + "Terpopuler\n1. \(headlines[4])\n2. \(headlines[5])\n3. \(headlines[6])\n"
        }
        return "Related coverage:\n- \(headlines[0])\n- \(headlines[1])\n\nMost read\n1. \(headlines[2])\n2. \(headlines[3])\n3. \(headlines[4])\n"
    }
}

/// Replaces `{X}` slots; unknown slots are left as they are.
func fill(_ template: String, _ slots: [Character: String]) -> String {
    var result = ""
    result.reserveCapacity(template.utf8.count + 64)
    var iterator = template.makeIterator()
    while let character = iterator.next() {
        guard character == "{" else { result.append(character); continue }
        guard let key = iterator.next() else { result.append(character); break }
        _ = iterator.next()   // "}"
        result += slots[key] ?? "{\(key)}"
    }
    return result
}

func capitalized(_ sentence: String) -> String {
    guard let first = sentence.first, first.isLowercase else { return sentence }
    return first.uppercased() + sentence.dropFirst()
}
