import Names

/// Reads one article's sentences in order, keeping what a reader keeps in mind: the date the
/// story is at, the last subject, the last place, the last change of hands.
struct ArticleReader {
    let x: Extractor
    let language: String
    let published: PartialDate?
    let rawText: String
    var resolver = DateResolver(reference: nil, referenceIsPublished: false, allowedYears: nil, latestYearMentioned: nil)
    var referenceNote = ""
    var events: [ExtractedEvent] = []
    var controls: [ExtractedControl] = []
    var agencies: [String] = []

    var narrative: PartialDate?
    var narrativeNote = ""
    var lastSubject: String?
    var lastPlace: PlaceMention?
    /// The first place of the last sentence that named one: what "kota itu" most often means.
    var lastTopicPlace: PlaceMention?
    /// The place of the last event, and the sentence it came from.
    var lastEventPlace: (place: PlaceMention, sentence: Int)?
    /// The last attack told (type and sentence), for "Serangan juga menghantam X".
    var lastAttack: (type: String, sentence: Int)?
    /// Events whose place was not named after their cue (a fallback or a back-reference).
    var weakPlaces = Set<Int>()
    var lastTerritory: (event: Int, sentence: Int)?
    var articleGovernorates: [String: Int] = [:]
    var resolvedKeys: [String: Int] = [:]
    var facilityNames: [String: Int] = [:]

    init(extractor: Extractor, language: String, published: PartialDate?, rawText: String) {
        x = extractor; self.language = language; self.published = published; self.rawText = rawText
    }

    mutating func read(_ paragraphs: [CleanArticle.Paragraph]) {
        var texts: [String] = []
        var paragraphOf: [Int] = []  // each sentence's paragraph
        for (p, paragraph) in paragraphs.enumerated() where !paragraph.heading {
            let split = x.splitter.split(paragraph.text)
            texts.append(contentsOf: split)
            paragraphOf.append(contentsOf: repeatElement(p, count: split.count))
        }
        let tokenLists = texts.map { Tokenizer.tokens(of: $0) }
        let dateFinder = x.dateFinder  // once: a copy per sentence retains every table
        let mentionLists = tokenLists.indices.map { dateFinder.mentions(in: tokenLists[$0], of: texts[$0]) }
        setUpDates(tokenLists, mentionLists)
        let day = resolver.reference?.dayNumber
        var sentences: [SentenceInfo] = []
        var spanLists: [[PlaceSpan]] = []
        for (n, text) in texts.enumerated() {
            let info = x.analyse(text, tokens: tokenLists[n], index: n, language: language, day: day)
            let spans = x.placeSpans(info)
            for span in spans {
                if let g = x.placeIndex.governorates[span.key] { articleGovernorates[g, default: 0] += 1 }
                else if let best = span.candidates.first.map({ x.placeIndex.places[$0] }), best.country == "SY", let a = best.admin1, span.candidates.count == 1 {
                    articleGovernorates[a, default: 0] += 1
                }
            }
            sentences.append(info)
            spanLists.append(spans)
        }
        for n in sentences.indices {
            let places = resolvePlaces(sentences[n], spanLists[n])
            var dates: [SentenceInfo.DateInfo] = []
            var previous: PartialDate? = narrative
            for mention in mentionLists[n] {
                let resolved = resolver.resolve(mention, previous: previous)
                dates.append((mention, resolved?.date, resolved?.note ?? ""))
                if let date = resolved?.date { previous = date }
            }
            let info = sentences[n].resolved(places: places, dates: dates)
            if let agency = info.agency, !agencies.contains(agency) { agencies.append(agency) }
            let before = events.count
            readEvents(info)
            carryToll(of: info, sentence: n, followsInStory: n > 0 && Self.follows(n, paragraphOf), eventsBefore: before)
            if events.count > before, let date = events.last?.date, date.day != nil {
                narrative = date; narrativeNote = "an event of an earlier sentence"
            } else if let first = info.dates.first(where: { $0.date != nil }), let date = first.date {
                // background ("pada Agustus 2014", "bulan lalu") does not move the story's date
                var shifted = false
                if case .shift = first.mention.spec { shifted = true }
                let near = !shifted && (resolver.reference.map { ref in date.day != nil && abs(date.dayNumber - ref.dayNumber) <= 31 } ?? (date.day != nil))
                if near { narrative = date; narrativeNote = "\(first.mention.text) in an earlier sentence" }
            }
            if let p = info.places.last(where: { !$0.reference }) { lastPlace = p }
            if let p = info.places.first(where: { !$0.reference }) { lastTopicPlace = p }
        }
        finish()
    }

    // MARK: - Dates

    private mutating func setUpDates(_ tokenLists: [[Token]], _ mentionLists: [[DateMention]]) {
        var allowed: ClosedRange<Int>?
        var warYear: Int?
        let dateFinder = x.dateFinder
        for tokens in tokenLists {
            for i in tokens.indices {
                if let m = x.lexicons.eras.match(tokens, at: i), let era = m.values.first {
                    let from = era.from.flatMap { PartialDate(iso: $0)?.year } ?? 1900
                    let to = era.to.flatMap { PartialDate(iso: $0)?.year } ?? 2100
                    let range = from...to
                    allowed = allowed.map { $0.clamped(to: range) } ?? range
                }
            }
            if warYear == nil, let n = dateFinder.warYear(in: tokens), n >= 1, n <= 20 { warYear = n }
        }
        if let n = warYear {
            let range = (2011 + n - 1)...(2011 + n)
            allowed = allowed.map { $0.clamped(to: range) } ?? range
        }
        // the latest year written anywhere on the page (a byte scan for "20NN" standing alone)
        var latest: Int?
        let bytes = Array(rawText.utf8)
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        var k = 0
        while k + 3 < bytes.count {
            if bytes[k] == 0x32, bytes[k + 1] == 0x30, isDigit(bytes[k + 2]), isDigit(bytes[k + 3]),
               k == 0 || !isDigit(bytes[k - 1]), k + 4 >= bytes.count || !isDigit(bytes[k + 4]) {
                let v = 2000 + Int(bytes[k + 2] - 0x30) * 10 + Int(bytes[k + 3] - 0x30)
                if v <= 2030 { latest = max(latest ?? v, v) }
                k += 4; continue
            }
            k += 1
        }
        resolver = DateResolver(reference: published, referenceIsPublished: published != nil, allowedYears: allowed, latestYearMentioned: latest)
        if let published { referenceNote = "published \(published)"; return }
        // no publication date: the first full date of the text, its year from the weekday if need be
        for mentions in mentionLists {
            for m in mentions {
                guard case let .absolute(year, month?, day?, weekday) = m.spec else { continue }
                if let year, Civil.valid(year: year, month: month, day: day) {
                    resolver.reference = PartialDate(year: year, month: month, day: day)
                } else if let weekday, let y = resolver.yearForWeekday(month: month, day: day, weekday: weekday) {
                    resolver.reference = PartialDate(year: y, month: month, day: day)
                } else { continue }
                referenceNote = "no publication date; \(m.text) taken as the article's date \(resolver.reference!)"
                return
            }
        }
    }

    /// The date of an event whose cue is at `cue`: a date named after it in its clause, else
    /// before it in the sentence, else the date the story is at.
    func eventDate(_ info: SentenceInfo, cue: Int) -> (PartialDate?, String) {
        // the next cue of another kind (a gloss in brackets, "pesawat nirawak (drone)", is the same one)
        let this = info.cues.first { $0.start == cue }
        let nextCue = info.cues.first { c in
            guard c.start > cue, !(c.cue.kind == this?.cue.kind && c.start - (this?.end ?? cue) <= 2) else { return false }
            switch c.cue.kind { case .hold, .holdBy, .free: return false; default: return true }
        }?.start ?? info.tokens.count
        // a date after the cue and before the next one; "N hari setelah Y" after a cue dates Y, not the cue
        let after = info.dates.filter { d in
            if case let .shift(days) = d.mention.spec, days > 0 { return false }
            return d.mention.start >= cue && d.mention.start - cue <= 45 && d.mention.start < nextCue && d.date != nil
        }
        if let d = after.first { return (d.date, "date: \(d.mention.text)\(d.note.isEmpty ? "" : " — " + d.note)") }
        // "…, sehari setelah mortir itu menewaskan …": the clause after "setelah" is the earlier event
        if let d = info.dates.last(where: { $0.mention.end <= cue && $0.date != nil }), case let .shift(days) = d.mention.spec,
           days > 0, d.mention.start > 2, let date = d.date, date.day != nil {
            let earlier = PartialDate(days: date.dayNumber - 2 * days)
            return (earlier, "date: \(d.mention.text) — the event the sentence dates from, \(days) day(s) before")
        }
        if let d = info.dates.last(where: { $0.mention.end <= cue && $0.date != nil }) {
            return (d.date, "date: \(d.mention.text)\(d.note.isEmpty ? "" : " — " + d.note)")
        }
        if let narrative { return (narrative, "date: \(narrative), from \(narrativeNote)") }
        if let ref = resolver.reference { return (ref, "date: the article's date \(ref) (\(referenceNote))") }
        return (nil, "date: none in the text")
    }

    // MARK: - Places

    private mutating func resolvePlaces(_ info: SentenceInfo, _ spans: [PlaceSpan]) -> [PlaceMention] {
        var context = PlaceIndex.Context()
        context.articleGovernorates = articleGovernorates
        for span in spans { if let g = x.placeIndex.governorates[span.key] { context.sentenceGovernorates.insert(g) } }
        for t in info.tokens where t.isWord { if let c = x.placeIndex.countries.value(t), c != "SY" { context.sentenceCountries.insert(c) } }
        for f in info.factions { if let c = x.placeIndex.countries[Fold.phrase(f.alias)], c != "SY" { context.sentenceCountries.insert(c) } }
        var result: [PlaceMention] = []
        for span in spans {
            let written = info.text(span.start, span.end)
            var ctx = context
            let before = span.start > 0 ? info.tokens[span.start - 1].fold : ""
            let after = span.end < info.tokens.count ? info.tokens[span.end].fold : ""
            ctx.province = before == "provinsi" || before == "province" || after == "province" || after == "governorate"
            var mention: PlaceMention
            // one name, one place in an article: the first resolution holds
            let chosen = facilityNames[span.key] ?? resolvedKeys[span.key].flatMap { span.candidates.contains($0) ? $0 : nil } ?? x.placeIndex.best(span.candidates, context: ctx)
            if let c = chosen, !span.candidates.isEmpty { resolvedKeys[span.key] = c }
            // "pos perbatasan Nassib" named first: a later bare "Nassib" is the same crossing
            if let c = chosen, span.start < info.tokens.count, !info.tokens[span.start].upper, info.has(.facility, at: span.start) != nil {
                let rest = info.tokens[span.start..<span.end].filter { $0.upper && $0.isWord }.map(\.fold).joined(separator: " ")
                if !rest.isEmpty, facilityNames[rest] == nil { facilityNames[rest] = c }
            }
            if var index = chosen {
                var buildingNote = ""
                if x.placeIndex.isBuilding(x.placeIndex.places[index]), let town = x.placeIndex.town(containing: x.placeIndex.places[index]) {
                    buildingNote = " — \(x.placeIndex.places[index].name) is a building in \(x.placeIndex.places[town].name)"
                    index = town
                }
                let p = x.placeIndex.places[index]
                if let facility = span.facility {
                    let name = facility + " " + written
                    mention = PlaceMention(start: span.start, end: span.end, written: name,
                                           place: .unlisted(name: name, country: p.country, admin1: p.admin1, parentRef: p.ref),
                                           name: name, admin1: p.admin1, country: p.country, feature: "unlisted",
                                           origin: .underPlace(name: name, ref: p.ref, placeName: p.name, admin1: p.admin1))
                } else {
                    mention = PlaceMention(start: span.start, end: span.end, written: written, place: .known(ref: p.ref), name: p.name,
                                           admin1: p.admin1, country: p.country, feature: p.feature,
                                           origin: .matched(written: written, ref: p.ref, name: p.name, admin1: p.admin1,
                                                            candidates: span.candidates.count, building: buildingNote))
                }
            } else if let name = span.unlisted {
                let full = span.facility.map { $0 + " " + name } ?? name
                // the parent: a known place named after it in the sentence, else the governorate in view
                let parentIndex = spans.first { $0.start > span.start && !$0.candidates.isEmpty }.flatMap { x.placeIndex.best($0.candidates, context: context) }
                let governorate = context.sentenceGovernorates.first ?? articleGovernorates.max { $0.value < $1.value }?.key
                let parent = parentIndex.map { x.placeIndex.places[$0] }
                let admin1 = parent?.admin1 ?? governorate
                let parentRef = parent?.ref ?? governorate.flatMap { x.placeIndex.governoratePlace[$0] }.map { x.placeIndex.places[$0].ref }
                mention = PlaceMention(start: span.start, end: span.end, written: full,
                                       place: .unlisted(name: full, country: parent?.country ?? "SY", admin1: admin1, parentRef: parentRef),
                                       name: full, admin1: admin1, country: parent?.country ?? "SY", feature: "unlisted",
                                       origin: .byClassifier(name: full, parentRef: parentRef, admin1: admin1))
            } else { continue }
            // reference points and destinations
            if let d = info.roleBefore(.distance, span.start, window: 8) {
                let between = result.contains { $0.start > d && $0.start < span.start }
                if !between { mention.reference = true; mention.noteSuffix += "; a distance reference, not an event place" }
            }
            if !mention.reference {
                var j = span.start - 1
                while j >= 0, j >= span.start - 4, info.has(.classifier, at: j) != nil || ["dari", "of", "di", "sebelah", "the", "bagian"].contains(info.tokens[j].fold) {
                    if info.has(.direction, at: j) != nil { break }
                    j -= 1
                }
                let isDirection = j >= 0 && j < span.start && (info.has(.direction, at: j) != nil || (j > 0 && info.has(.direction, at: j - 1) != nil && info.tokens[j].fold == "laut"))
                if isDirection {
                    let dStart = info.has(.direction, at: j) != nil ? j : j - 1
                    let prev = dStart > 0 ? info.tokens[dStart - 1].fold : ""
                    let next = j + 1 < info.tokens.count ? info.tokens[j + 1].fold : ""
                    let onlyClassifiers = (j + 1..<span.start).allSatisfy { info.has(.classifier, at: $0) != nil }
                    if next == "dari" || next == "of" || prev == "sebelah" || ((prev == "di" || prev == "ke") && onlyClassifiers) {
                        mention.reference = true; mention.noteSuffix += "; a direction reference, not an event place"
                    }
                }
            }
            // "masuk ke kota X": a destination word inside a cue of entering or taking names the
            // place the cue is about, not somewhere the subject merely heads for
            if let d = info.roleBefore(.destination, span.start, window: 3),
               !info.cues.contains(where: { $0.start <= d && d < $0.end && [.enter, .take, .retake].contains($0.cue.kind) }) {
                mention.destination = true; mention.noteSuffix += "; a destination"
            }
            result.append(mention)
        }
        return result
    }
}
