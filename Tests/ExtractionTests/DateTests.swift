import Testing
@testable import Extraction

@Suite struct DateTests {
    let extractor = SmallKnowledge.extractor

    private func dates(_ text: String, reference: PartialDate?, published: Bool = true) -> [String] {
        let finder = extractor.dateFinder
        let resolver = DateResolver(reference: reference, referenceIsPublished: published, allowedYears: nil, latestYearMentioned: nil)
        var previous: PartialDate?
        return finder.mentions(in: Tokenizer.tokens(of: text), of: text).map { m in
            let d = resolver.resolve(m, previous: previous)?.date
            if let d { previous = d }
            return d?.description ?? "nil"
        }
    }

    @Test func weekdayAndDayMonthFixTheYearWithoutAReference() {
        // Monday 23 November: 2015 and 2020 fit; office holders in the text pick 2015
        let text = "Senin (23/11), tentara Suriah merebut kembali kota madya Maheen. Presiden Barack Obama dan Menlu John Kerry berbicara."
        let result = extractor.extract(ArticleInput(text: text, fileName: "a.txt"))
        #expect(result.published == nil)
        #expect(result.events.first?.date == PartialDate(year: 2015, month: 11, day: 23))
    }

    @Test func dayMonthTakesTheYearOfTheReferenceAndNeverComesAfterIt() {
        #expect(dates("pada 1/11 ini", reference: PartialDate(year: 2015, month: 11, day: 23)) == ["2015-11-01"])
        #expect(dates("pada 28 Desember", reference: PartialDate(year: 2016, month: 1, day: 5)) == ["2015-12-28"])
        #expect(dates("(3/2/2017)", reference: nil) == ["2017-02-03"])
    }

    @Test func relativeDaysCountFromTheArticlesDate() {
        let saturday = PartialDate(year: 2018, month: 4, day: 14)
        #expect(dates("pada Sabtu pekan lalu", reference: saturday) == ["2018-04-07"])
        #expect(dates("pada hari Kamis", reference: saturday) == ["2018-04-12"])
        #expect(dates("Juni lalu", reference: saturday) == ["2017-06"])
        #expect(dates("sejak Mei 2015", reference: saturday) == ["2015-05"])
        #expect(dates("on Oct. 6", reference: PartialDate(year: 2015, month: 1, day: 26)) == ["2014-10-06"])
        #expect(dates("Tuesday's attack", reference: PartialDate(year: 2017, month: 4, day: 7)) == ["2017-04-04"])
    }

    /// Two weekdays joined are one event over several days: the month of the first (dev INDEX:
    /// an event that spans several days gets month precision).
    @Test func twoWeekdaysJoinedDateAnEventByItsMonth() {
        let monday = PartialDate(year: 2015, month: 2, day: 2)
        #expect(dates("near Kobani on Sunday and Monday", reference: monday) == ["2015-02"])
        #expect(dates("pada Sabtu dan Minggu", reference: monday) == ["2015-01"])
        #expect(dates("from Thursday to Saturday last", reference: monday) == ["2015-01"])
        #expect(dates("pada Minggu dan Senin, lalu Selasa", reference: monday) == ["2015-02", "2015-01-27"])
        #expect(dates("on Sunday and on Monday", reference: monday) == ["2015-02-01", "2015-02-02"])
        #expect(dates("pada Sabtu dan Minggu", reference: nil) == ["nil"])
    }

    @Test func anUndatedArticleLeavesRelativeDatesUndated() {
        #expect(dates("pada hari Sabtu", reference: nil) == ["nil"])
        #expect(dates("Awal pekan ini", reference: nil) == ["nil"])
    }

    @Test func theGregorianPartOfAHijriDatelineIsThePublicationDate() {
        let text = "Sabtu, 16 Rajab 1446 H / 4 Februari 2017 09:05 wib\nJudul berita tentang Suriah hari ini\n" +
            "DAMASKUS (contoh.com) - Tentara Suriah bertempur melawan pemberontak di kota Homs pada Jumat (3/2/2017) setelah empat hari."
        let result = extractor.extract(ArticleInput(text: text, fileName: "h.txt"))
        #expect(result.published == PartialDate(year: 2017, month: 2, day: 4))
        #expect(result.outlet == "contoh.com")
    }

    @Test func aDayAfterDatesTheEarlierEventBeforeIt() {
        let text = "Kamis, 5 Maret 2015\nJudul berita tentang Suriah hari ini\n" +
            "Tentara Suriah menyerang Homs pada Kamis (5/3), sehari setelah bom mobil menewaskan lima warga sipil di kota Homs kemarin pagi."
        let result = extractor.extract(ArticleInput(text: text, fileName: "s.txt"))
        let bomb = result.events.first { $0.type == "Remote explosive/landmine/IED" }
        #expect(bomb?.date == PartialDate(year: 2015, month: 3, day: 4))
        #expect(bomb?.fatalities == 5)
    }
}
