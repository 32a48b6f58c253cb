import Foundation

/// Dates as users type them on the command line: `2015`, `2015-11` or `2015-11-23`.
public enum DateArgument {
    /// The first and last day of a partial date, or nil when it is not one.
    public static func range(_ text: String) -> (first: String, last: String)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]) else { return nil }
        let month = parts.count > 1 ? Int(parts[1])! : nil
        let day = parts.count > 2 ? Int(parts[2])! : nil
        if let month, !(1...12).contains(month) { return nil }
        let y = String(parts[0])
        switch (month, day) {
        case (nil, _): return (y + "-01-01", y + "-12-31")
        case (let month?, nil):
            let m = String(parts[1])
            return (y + "-" + m + "-01", y + "-" + m + "-" + String(daysIn(month: month, year: year)))
        case (let month?, let day?):
            guard (1...daysIn(month: month, year: year)).contains(day) else { return nil }
            return (text, text)
        }
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Today in UTC, as SQLite's date('now') gives it.
    public static func today() -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    static func first(_ text: String, option: String) throws -> String {
        guard let range = range(text) else { throw invalid(text, option: option) }
        return range.first
    }

    static func last(_ text: String, option: String) throws -> String {
        guard let range = range(text) else { throw invalid(text, option: option) }
        return range.last
    }

    private static func invalid(_ text: String, option: String) -> ReportsError {
        ReportsError(.invalidArgument, "\(option) '\(text)' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY")
    }
}
