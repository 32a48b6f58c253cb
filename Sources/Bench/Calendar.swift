/// Civil-calendar arithmetic for the generator (proleptic Gregorian, no Foundation, no time zones).
struct Day: Hashable, Comparable, Sendable {
    let year: Int, month: Int, day: Int

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    init(year: Int, month: Int, day: Int) { self.year = year; self.month = month; self.day = day }

    init(ordinal: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// 0 = Sunday … 6 = Saturday.
    var weekday: Int { ((ordinal % 7) + 11) % 7 }

    var iso: String { pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) }

    static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }
}

func pad(_ number: Int, _ width: Int) -> String {
    let digits = String(number)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}

/// How a language writes dates in news copy.
struct DateWords: Sendable {
    let weekdays: [String]
    let months: [String]

    static let indonesian = DateWords(
        weekdays: ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"],
        months: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                 "Oktober", "November", "Desember"])
    static let english = DateWords(
        weekdays: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
        months: ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"])

    func weekday(_ day: Day) -> String { weekdays[day.weekday] }
    func month(_ day: Day) -> String { months[day.month - 1] }
}
