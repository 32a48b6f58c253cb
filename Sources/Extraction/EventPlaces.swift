/// Where an event happened: places coordinated after its cue, before it, named by an anaphor,
/// after "di", or framed by the fighting the sentence opens with.
extension ArticleReader {
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

    /// "di Ankara": a capitalized name after "di" that is no faction, country or common word.
    func unlistedAfterDi(_ info: SentenceInfo) -> PlaceMention? {
        for (i, t) in info.tokens.enumerated() where (t.fold == "di" || t.fold == "in") && i + 1 < info.tokens.count {
            let n = info.tokens[i + 1]
            if info.places.contains(where: { $0.start == i + 1 }) { continue }
            guard n.isWord, n.upper, n.fold.count >= 4, x.placeIndex.countries.value(n) == nil,
                  !x.lexicons.isStopword(n), info.roles.isEmpty(at: i + 1), x.lexicons.dates.match(info.tokens, at: i + 1) == nil,
                  i + 2 >= info.tokens.count || !info.tokens[i + 2].upper else { continue }
            let name = String(n.text(in: info.text))
            return PlaceMention(start: i + 1, end: i + 2, written: name, place: .unlisted(name: name, country: nil, admin1: nil, parentRef: nil),
                                name: name, admin1: nil, country: nil, feature: "unlisted",
                                origin: .afterDi(name: name))
        }
        return nil
    }

    /// "Dalam pertempuran di kawasan Kessab, …": the clash cue that frames the sentence and its place.
    func frameClash(_ info: SentenceInfo) -> (cue: Int, place: PlaceMention)? {
        for c in info.cues where c.cue.kind == .type("Armed clash") && info.roleBefore(.frame, c.start, window: 1) != nil {
            if let p = info.places.first(where: { $0.start >= c.end && $0.start - c.end <= 4 && !$0.reference }) { return (c.start, p) }
        }
        return nil
    }
}
