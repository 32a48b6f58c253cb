import Extraction

/// Days of the generator's calendar, on the extractor's civil-calendar arithmetic.
struct Day: Hashable, Comparable, Sendable {
    let year: Int, month: Int, day: Int

    /// Days since 1970-01-01.
    var ordinal: Int { Civil.days(year: year, month: month, day: day) }

    init(year: Int, month: Int, day: Int) { self.year = year; self.month = month; self.day = day }

    init(ordinal: Int) {
        let date = Civil.date(fromDays: ordinal)
        self.init(year: date.year, month: date.month, day: date.day)
    }

    func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// 0 = Sunday … 6 = Saturday.
    var weekday: Int { ((ordinal % 7) + 11) % 7 }

    var iso: String { PartialDate(year: year, month: month, day: day).description }

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
