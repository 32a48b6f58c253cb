/// A date as the text writes it, before the year or the reference is known.
struct DateMention: Sendable {
    enum Spec: Sendable {
        /// "Senin (23/11)", "(3/2/2017)", "27 November", "April 2015", "Oct. 6", "2012".
        case absolute(year: Int?, month: Int?, day: Int?, weekday: Int?)
        /// "pada hari Sabtu", "on Monday"; `weeksBack` 1 for "Sabtu pekan lalu".
        case weekday(Int, weeksBack: Int)
        /// "Sabtu dan Minggu", "from Monday to Wednesday": days of one event, which is dated by
        /// the month of the first.
        case weekdays(first: Int, weeksBack: Int)
        /// "Juni lalu", "in December": the most recent such month.
        case month(Int)
        /// "kemarin": days from the reference date.
        case reference(days: Int)
        /// "sehari sebelumnya": days from the date named before it.
        case shift(days: Int)
        /// "pekan ini", "akhir pekan", "bulan ini" (0) and "bulan lalu" (-1): a month of the reference.
        case referenceMonth(Int)
        case referenceYear(Int)
    }
    var start: Int
    var end: Int
    var spec: Spec
    var text: String
}

/// Finds date expressions in a sentence's tokens, using `dates.tsv` and `numbers` in digits.
struct DateFinder: Sendable {
    let lexicons: Lexicons

    private func word(_ tokens: [Token], _ i: Int, _ kind: Lexicons.DateKind) -> (value: Int, length: Int)? {
        guard i >= 0, i < tokens.count, let m = lexicons.dates.match(tokens, at: i),
              let w = m.values.first(where: { $0.kind == kind }) else { return nil }
        if kind == .weekday, tokens[i].fold == "minggu", !tokens[i].upper { return nil }
        return (w.value, m.length)
    }

    private func number(_ tokens: [Token], _ i: Int) -> Int? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .number, tokens[i].end - tokens[i].start <= 4 else { return nil }
        return tokens[i].value
    }

    private func isYear(_ v: Int?) -> Bool { v.map { $0 >= 1990 && $0 <= 2100 } ?? false }

    func mentions(in tokens: [Token], of sentence: String) -> [DateMention] {
        var result: [DateMention] = []
        var i = 0
        func text(_ a: Int, _ b: Int) -> String { tokens[a..<b].map { $0.text(in: sentence) }.joined(separator: " ") }
        func weekdayBefore(_ i: Int) -> (Int, Int)? {
            // "Senin (23/11)", "Jum'at (3/2/2017)", "Sabtu, 16 …", "Monday, January 26"
            var j = i - 1
            while j >= 0 && j >= i - 2 && (tokens[j].fold == "(" || tokens[j].fold == ",") { j -= 1 }
            guard j >= 0, j < i, let w = word(tokens, j, .weekday), j + w.length <= i else { return nil }
            return (w.value, j)
        }
        while i < tokens.count {
            // d/m[/y]
            if let d = number(tokens, i), i + 2 < tokens.count, tokens[i + 1].fold == "/", let m = number(tokens, i + 2),
               (1...31).contains(d), (1...12).contains(m) {
                var end = i + 3
                var year: Int?
                if end + 1 < tokens.count, tokens[end].fold == "/", let y = number(tokens, end + 1), isYear(y) { year = y; end += 2 }
                let wd = weekdayBefore(i)
                let start = wd?.1 ?? i
                var close = end
                if close < tokens.count, tokens[close].fold == ")" { close += 1 }
                result.append(DateMention(start: start, end: close, spec: .absolute(year: year, month: m, day: d, weekday: wd?.0), text: text(start, close)))
                i = close; continue
            }
            // d Month [yyyy]
            if let d = number(tokens, i), (1...31).contains(d), let m = word(tokens, i + 1, .month) {
                var end = i + 1 + m.length
                if end < tokens.count, tokens[end].fold == "." { end += 1 }
                var year: Int?
                if let y = number(tokens, end), isYear(y) { year = y; end += 1 }
                let wd = weekdayBefore(i)
                let start = wd?.1 ?? i
                result.append(DateMention(start: start, end: end, spec: .absolute(year: year, month: m.value, day: d, weekday: wd?.0), text: text(start, end)))
                i = end; continue
            }
            // Month d[, yyyy] | Month yyyy | Month alone after a preposition
            if tokens[i].isWord, let m = word(tokens, i, .month), !(tokens[i].fold == "may" && !tokens[i].upper), !(tokens[i].fold == "mar" && !tokens[i].upper) {
                var end = i + m.length
                if end < tokens.count, tokens[end].fold == "." { end += 1 }
                if let y = number(tokens, end), isYear(y) {
                    result.append(DateMention(start: i, end: end + 1, spec: .absolute(year: y, month: m.value, day: nil, weekday: nil), text: text(i, end + 1)))
                    i = end + 1; continue
                }
                if let d = number(tokens, end), (1...31).contains(d) {
                    var stop = end + 1
                    var year: Int?
                    if stop + 1 < tokens.count, tokens[stop].fold == ",", let y = number(tokens, stop + 1), isYear(y) { year = y; stop += 2 }
                    else if let y = number(tokens, stop), isYear(y) { year = y; stop += 1 }
                    let wd = weekdayBefore(i)
                    let start = wd?.1 ?? i
                    result.append(DateMention(start: start, end: stop, spec: .absolute(year: year, month: m.value, day: d, weekday: wd?.0), text: text(start, stop)))
                    i = stop; continue
                }
                let before = i > 0 ? tokens[i - 1].fold : ""
                let after = end < tokens.count ? tokens[end].fold : ""
                let prepositions: Set<String> = ["pada", "bulan", "sejak", "awal", "akhir", "pertengahan", "in", "since", "early", "late", "mid", "of", "last", "hingga", "sampai", "until", "by"]
                if prepositions.contains(before) || after == "lalu" || tokens[i].upper && before == "," {
                    var stop = end
                    if after == "lalu" { stop += 1 }
                    result.append(DateMention(start: i, end: stop, spec: .month(m.value), text: text(i, stop)))
                    i = stop; continue
                }
            }
            // weekday alone, maybe "pekan lalu"
            if tokens[i].isWord, let w = word(tokens, i, .weekday) {
                var end = i + w.length
                // "Senin (23/11)": the day and month that follow carry the weekday
                if end + 1 < tokens.count, tokens[end].fold == "(" || tokens[end].fold == ",", number(tokens, end + 1) != nil {
                    i += 1; continue
                }
                var weeks = 0
                if let lw = lexicons.dates.match(tokens, at: end), lw.values.contains(where: { $0.kind == .lastweek }) {
                    weeks = 1; end += lw.length
                } else if end < tokens.count, tokens[end].fold == "lalu" || tokens[end].fold == "last" {
                    end += 1
                }
                if i > 0, tokens[i - 1].fold == "last" { weeks = 0 }
                // a second weekday joined to the first: the event spans both days
                if end + 1 < tokens.count, Self.weekdayJoiners.contains(tokens[end].fold),
                   let second = word(tokens, end + 1, .weekday), second.value != w.value {
                    var stop = end + 1 + second.length
                    if stop < tokens.count, tokens[stop].fold == "lalu" || tokens[stop].fold == "last" { stop += 1 }
                    result.append(DateMention(start: i, end: stop, spec: .weekdays(first: w.value, weeksBack: weeks), text: text(i, stop)))
                    i = stop; continue
                }
                result.append(DateMention(start: i, end: end, spec: .weekday(w.value, weeksBack: weeks), text: text(i, end)))
                i = end; continue
            }
            // a year after a preposition: "pada 2012", "sejak awal 2015", "in 2014"
            if let y = number(tokens, i), isYear(y), i > 0,
               ["pada", "tahun", "sejak", "awal", "akhir", "in", "since", "early", "late", "of", "hingga", "until"].contains(tokens[i - 1].fold) {
                result.append(DateMention(start: i, end: i + 1, spec: .absolute(year: y, month: nil, day: nil, weekday: nil), text: text(i, i + 1)))
                i += 1; continue
            }
            if tokens[i].isWord, let m = lexicons.dates.match(tokens, at: i) {
                let end = i + m.length
                var spec: DateMention.Spec?
                for w in m.values {
                    switch w.kind {
                    case .dayshift: spec = .reference(days: w.value)
                    case .shift: spec = .shift(days: w.value)
                    case .sameday: spec = .shift(days: 0)
                    case .thisweek, .thismonth: spec = .referenceMonth(0)
                    case .lastmonth: spec = .referenceMonth(-1)
                    case .lastyear: spec = .referenceYear(-1)
                    default: break
                    }
                    if spec != nil { break }
                }
                var start = i
                // "enam hari setelah", "five days after": a count before the shift
                if case let .shift(days)? = spec, abs(days) == 1, i > 0 {
                    if let n = number(tokens, i - 1), n > 0, n < 60 { spec = .shift(days: days * n); start = i - 1 }
                    else if let n = lexicons.numbers.values(of: tokens[i - 1])?.first(where: { $0.kind == .unit }) {
                        spec = .shift(days: days * n.value); start = i - 1
                    }
                }
                if let spec {
                    result.append(DateMention(start: start, end: end, spec: spec, text: text(start, end)))
                    i = end; continue
                }
            }
            i += 1
        }
        return result
    }

    /// Words that join two weekdays into one span of days: "Sabtu dan Minggu", "Monday to Wednesday".
    private static let weekdayJoiners: Set<String> = ["dan", "and", "hingga", "sampai", "to", "through", "until", "-", "–", "—"]

    /// Words for the war, and English ordinals, made once (not per sentence).
    static let war: Set<String> = ["perang", "war", "konflik", "conflict", "pemberontakan", "revolusi", "uprising"]
    private static let warWords = KeyTable(Dictionary(uniqueKeysWithValues: war.map { ($0, true) }))
    private static let englishOrdinals = ["second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10]

    /// "memasuki tahun ketiga" of the war: the ordinal year, if the sentence speaks of war.
    func warYear(in tokens: [Token]) -> Int? {
        guard tokens.contains(where: { Self.warWords.value($0) != nil }) else { return nil }
        for (i, t) in tokens.enumerated() where t.fold == "tahun" || t.fold == "year" {
            guard i + 1 < tokens.count else { continue }
            var ordinal = tokens[i + 1].fold
            if ordinal == "ke", i + 2 < tokens.count { ordinal = tokens[i + 2].fold }
            else if ordinal.hasPrefix("ke") { ordinal = String(ordinal.dropFirst(2)) }
            if let n = Int(ordinal) { return n }
            if let m = lexicons.numbers.entries[ordinal]?.first(where: { $0.kind == .unit }) { return m.value }
            if i > 0, let n = Self.englishOrdinals[tokens[i - 1].fold] { return n }
        }
        return nil
    }
}

/// Turns mentions into dates: the year from the reference date, or from the weekday.
struct DateResolver: Sendable {
    /// The article's date (published, or the first full date of the text).
    var reference: PartialDate?
    /// True when the reference is the publication date: events cannot come after it.
    var referenceIsPublished: Bool
    /// Years the article can be from (office holders, the war's year), intersected.
    var allowedYears: ClosedRange<Int>?
    /// The latest year written anywhere in the page.
    var latestYearMentioned: Int?

    /// The year for a day and month that fall on `weekday`, when there is no reference.
    func yearForWeekday(month: Int, day: Int, weekday: Int) -> Int? {
        var candidates = (2011...2026).filter { Civil.valid(year: $0, month: month, day: day) && Civil.weekday(days: Civil.days(year: $0, month: month, day: day)) == weekday }
        if let allowed = allowedYears {
            let inside = candidates.filter { allowed.contains($0) }
            if !inside.isEmpty { candidates = inside }
        }
        guard !candidates.isEmpty else { return nil }
        if let latest = latestYearMentioned, let best = candidates.last(where: { $0 <= latest }) { return best }
        return candidates.first
    }

    /// The date a mention stands for; `previous` is the date named just before (for "the same day").
    func resolve(_ mention: DateMention, previous: PartialDate?) -> (date: PartialDate, note: String)? {
        switch mention.spec {
        case let .absolute(year, month, day, weekday):
            if let year {
                if let month, let day, !Civil.valid(year: year, month: month, day: day) { return nil }
                return (PartialDate(year: year, month: month, day: day), "")
            }
            guard let month else { return nil }
            guard let day else {
                guard let ref = reference else { return nil }
                let y = month <= (ref.month ?? 12) ? ref.year : ref.year - 1
                return (PartialDate(year: y, month: month), "year from the article's date \(ref)")
            }
            if let weekday {
                if let ref = reference {
                    let refDay = ref.dayNumber
                    let fits = (ref.year - 1...ref.year + 1).filter {
                        Civil.valid(year: $0, month: month, day: day) && Civil.weekday(days: Civil.days(year: $0, month: month, day: day)) == weekday
                    }.min { abs(Civil.days(year: $0, month: month, day: day) - refDay) < abs(Civil.days(year: $1, month: month, day: day) - refDay) }
                    if let y = fits {
                        return (PartialDate(year: y, month: month, day: day), "weekday \(Self.weekdayNames[weekday - 1]) fixes the year \(y)")
                    }
                } else if let y = yearForWeekday(month: month, day: day, weekday: weekday) {
                    return (PartialDate(year: y, month: month, day: day), "weekday \(Self.weekdayNames[weekday - 1]) fixes the year \(y)")
                }
            }
            guard let ref = reference else { return nil }
            var y = ref.year
            if Civil.valid(year: y, month: month, day: day), Civil.days(year: y, month: month, day: day) > ref.dayNumber + 1 { y -= 1 }
            guard Civil.valid(year: y, month: month, day: day) else { return nil }
            return (PartialDate(year: y, month: month, day: day), "year from the article's date \(ref)")
        case let .weekday(weekday, weeksBack):
            guard let ref = reference, let day = weekdayDate(weekday, weeksBack: weeksBack) else { return nil }
            return (day, "\(Self.weekdayNames[weekday - 1]) before the article's date \(ref)")
        case let .weekdays(first, weeksBack):
            guard let day = weekdayDate(first, weeksBack: weeksBack) else { return nil }
            return (PartialDate(year: day.year, month: day.month), "days from \(Self.weekdayNames[first - 1]) \(day): its month")
        case let .month(month):
            guard let ref = reference else { return nil }
            let y = month <= (ref.month ?? 12) ? ref.year : ref.year - 1
            return (PartialDate(year: y, month: month), "the last \(month)/\(y) before \(ref)")
        case let .reference(days):
            guard let ref = reference, ref.day != nil else { return nil }
            return (PartialDate(days: ref.dayNumber + days), "\(days) day(s) from \(ref)")
        case let .shift(days):
            guard let base = previous ?? reference else { return nil }
            guard base.day != nil else { return (base, "as the date before") }
            return (PartialDate(days: base.dayNumber + days), "\(days) day(s) from \(base)")
        case let .referenceMonth(delta):
            guard let ref = reference, let m = ref.month else { return nil }
            var month = m + delta
            var year = ref.year
            if month < 1 { month += 12; year -= 1 }
            return (PartialDate(year: year, month: month), "month of \(ref)")
        case let .referenceYear(delta):
            guard let ref = reference else { return nil }
            return (PartialDate(year: ref.year + delta), "year of \(ref)")
        }
    }

    /// The day a weekday names near the article's date (the week before it for "pekan lalu").
    private func weekdayDate(_ weekday: Int, weeksBack: Int) -> PartialDate? {
        guard let ref = reference, ref.day != nil else { return nil }
        let refDay = ref.dayNumber
        let range: ClosedRange<Int> = weeksBack > 0 ? (-13)...(-7) : (referenceIsPublished ? (-6)...0 : (-3)...3)
        let best = range.filter { Civil.weekday(days: refDay + $0) == weekday }.min { abs($0) < abs($1) }
        return best.map { PartialDate(days: refDay + $0) }
    }

    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
}
