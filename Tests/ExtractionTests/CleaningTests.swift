import Testing
@testable import Extraction

@Suite struct CleaningTests {
    let extractor = SmallKnowledge.extractor

    @Test func aDateLineHasAYearOfFourDigitsAndAMonth() {
        let cleaner = extractor.cleaner
        let lines: [(String, Bool)] = [
            ("Senin, 23 November 2015 | 10:00 WIB", true), ("23/11/2015", true), ("November 2.015", true), ("Senin, 23 November 15", false),
            ("Senin, 23 November", false), ("2015", false), ("Pasukan merebut 2015 desa", false), ("Tanggal 23/11/15 pukul 10.00", false),
            ("November ٢٠١٥", false), ("", false),
        ]
        for (line, expected) in lines {
            #expect(cleaner.looksLikeDateLine(line) == expected, "\(line)")
            #expect(Cleaner.hasFourDigits(line) == (line.filter { $0.isASCII && $0.isNumber }.count >= 4), "\(line)")
        }
    }

    @Test func insertsAreCutFromLinesWithNonASCIILettersAndOthersKeptWhole() {
        let cleaner = extractor.cleaner
        let text = """
        Pasukan Kurdi merebut desa Tall Abyaḍ dari ISIS pada hari Selasa menurut laporan kantor berita Anadolu dari Şanlıurfa. (Baca juga: Serangan di Raqqa (Suriah)) Pertempuran masih berlangsung.

        Pasukan Kurdi merebut desa Tall Abyaḍ dari ISIS pada hari Selasa menurut laporan kantor berita Anadolu dari Şanlıurfa (Turki).

        Pasukan Kurdi merebut desa Tall Abyad dari ISIS pada hari Selasa menurut laporan kantor berita Anadolu (read also: Raqqa) di sana.
        """
        #expect(cleaner.clean(text).paragraphs.map(\.text) == [
            "Pasukan Kurdi merebut desa Tall Abyaḍ dari ISIS pada hari Selasa menurut laporan kantor berita Anadolu dari Şanlıurfa.  Pertempuran masih berlangsung.",
            "Pasukan Kurdi merebut desa Tall Abyaḍ dari ISIS pada hari Selasa menurut laporan kantor berita Anadolu dari Şanlıurfa (Turki).",
            "Pasukan Kurdi merebut desa Tall Abyad dari ISIS pada hari Selasa menurut laporan kantor berita Anadolu  di sana.",
        ])
    }

    @Test func relatedHeadlinesInsertsAndCaptionsAreNotRead() {
        let text = """
        Harian Contoh | Internasional

        Tentara Suriah Rebut Kembali Maheen dari IS

        Senin, 23 November 2015 | 10:00 WIB

        HOMS – Tentara Suriah merebut kembali kota madya Maheen dari tangan IS pada Senin (23/11), kata SOHR. (Baca juga: Pemberontak Rebut Kota Homs (Lagi))

        Foto: Tentara Suriah merebut desa Hawareen. (Istimewa)

        Berita Terkait
        - IS Rebut Kota Homs
        - Pemberontak Kuasai Damaskus

        Terpopuler
        1. Harga Bawang Naik
        """
        let result = extractor.extract(ArticleInput(text: text, fileName: "f.txt"))
        #expect(result.outlet == "Harian Contoh")
        #expect(result.title == "Tentara Suriah Rebut Kembali Maheen dari IS")
        #expect(result.published == PartialDate(year: 2015, month: 11, day: 23))
        #expect(result.language == "id" && result.supported)
        #expect(result.events.count == 1)
        #expect(result.events.first?.place == .known(ref: "gn:167488"))
        #expect(result.events.first?.agency == "SOHR")
        #expect(!result.cleanText.contains("Baca juga"))
        #expect(!result.cleanText.contains("Berita Terkait"))
        #expect(!result.cleanText.contains("Hawareen"))
        #expect(!result.cleanText.contains("HOMS –"))
        #expect(result.agencies == ["SOHR"])
    }

    @Test func anArticleInAnotherLanguageIsStoredAsUnsupported() {
        let text = "L'armée syrienne a repris la ville de Palmyre dimanche, selon l'Observatoire syrien des droits de l'homme et des sources locales."
        let result = extractor.extract(ArticleInput(text: text, fileName: "fr.txt"))
        #expect(result.language == "und")
        #expect(!result.supported)
        #expect(result.events.isEmpty)
        let arabic = extractor.extract(ArticleInput(text: "استعاد الجيش السوري السيطرة على مدينة تدمر يوم الأحد", fileName: "ar.txt"))
        #expect(arabic.language == "ar" && !arabic.supported)
    }

    @Test func englishIsRecognizedAndItsDatelineIsCut() {
        let text = "BEIRUT — Syrian government troops recaptured the town of Maheen from Islamic State militants on Monday, the monitor said."
        let result = extractor.extract(ArticleInput(text: text, fileName: "en.txt", published: "2015-11-24"))
        #expect(result.language == "en")
        #expect(result.cleanText.hasPrefix("Syrian government troops"))
        #expect(result.events.first?.date == PartialDate(year: 2015, month: 11, day: 23))
    }
}
