/// Civil-calendar arithmetic on day numbers (days since 1970-01-01), without Foundation.
/// Public so that other modules (the benchmark's generator) share one implementation.
public enum Civil {
    public static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public static func date(fromDays z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    static func weekday(days: Int) -> Int { ((days % 7 + 7 + 3) % 7) + 1 }

    static func valid(year: Int, month: Int, day: Int) -> Bool {
        month >= 1 && month <= 12 && day >= 1 && day <= PartialDate.daysIn(month: month, year: year)
    }
}

extension PartialDate {
    /// Day number of the first day the date covers.
    var dayNumber: Int { Civil.days(year: year, month: month ?? 1, day: day ?? 1) }

    init(days: Int) {
        let d = Civil.date(fromDays: days)
        self.init(year: d.year, month: d.month, day: d.day)
    }

    /// Parses "2015-11-23", "2015-11", "2015" and ISO date-times.
    init?(iso: String) {
        let parts = iso.prefix(10).split(separator: "-")
        guard let year = parts.first.flatMap({ Int($0) }), year > 1000 else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : nil
        let day = parts.count > 2 ? Int(parts[2].prefix(2)) : nil
        if let month, !(1...12).contains(month) { return nil }
        self.init(year: year, month: month, day: day)
    }
}
