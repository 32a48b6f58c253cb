import Foundation
import Testing
@testable import Extraction

/// The byte-level scans of the cleaner and the splitter answer as the Character-level code they replace.
@Suite struct ByteScanTests {
    @Test func linesSplitAtEveryKindOfLineEnd() {
        let text = "a\r\nb\rc\n\nd\n\u{301}e\n"
        let expected = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        #expect(Cleaner.lines(of: text) == expected)
        #expect(Cleaner.lines(of: text).map(String.init) == ["a", "b", "c", "", "d", "\u{301}e", ""])
    }

    @Test func aDashSeparatorIsASpaceBeforeAHyphenOrADash() {
        for (line, expected) in [("DAMASKUS - Pasukan", true), ("BEIRUT — Rebels", true), ("Suara.com – Serangan", true),
                                 ("a -- b", true), ("a -b", true), ("al-Nusra rebel-held", false), ("a –b", true), ("a−b ‒ c", false),
                                 ("", false), ("-", false), (" ", false), (" -", true), ("x \u{E2}", false), ("kafe\u{301} — x", true)] {
            #expect(Cleaner.hasDashSeparator(line) == expected, "\(line)")
        }
    }

    @Test func arabicScriptIsMoreThanHalfOfTheLettersAmongTheFirstScalars() {
        func reference(_ text: String, _ limit: Int) -> Bool {
            var letters = 0, arabic = 0, scalars = 0
            for scalar in text.unicodeScalars {
                if scalars == limit { break }
                scalars += 1
                guard scalar.isLetter else { continue }
                letters += 1
                if (0x600...0x6FF).contains(scalar.value) { arabic += 1 }
            }
            return letters > 0 && arabic * 2 > letters
        }
        #expect(Extractor.isArabicScript("دمشق ١٢٣ ab", scalars: 6))
        #expect(!Extractor.isArabicScript("دمشق ١٢٣ ab, Ça-va 北京 😀 kafe\u{301}", scalars: 4000))
        #expect(!Extractor.isArabicScript("دمشق ab cd", scalars: 4000))
        #expect(Extractor.isArabicScript("دمشق ab c", scalars: 4000))
        // decided by the letters after the 64th scalar, where the pass first asks whether it may stop
        let late = String(repeating: "a", count: 60) + String(repeating: "د", count: 70)
        #expect(Extractor.isArabicScript(late, scalars: 4000))
        #expect(!Extractor.isArabicScript(late, scalars: 119))
        for text in ["", "[]@`{}", "AZaz09", "ﻻ ۰ ٠ ۝ \u{6FF}\u{700}", "Ma’arrat an-Nu‘man — Şanlıurfa – «kata» ǅemal ÀÉÎ’s 😀𝔸",
                     late, String(repeating: "ab ", count: 40) + String(repeating: "دم ", count: 45),
                     String(repeating: "دمشق ", count: 30) + String(repeating: "Damascus ", count: 30)] {
            for limit in [0, 1, 3, 7, 64, 65, 100, 128, 129, 200, 4000] {
                #expect(Extractor.isArabicScript(text, scalars: limit) == reference(text, limit), "\(text) \(limit)")
            }
        }
    }

    @Test func theLanguageIsArabicScriptOrTheOneWhoseStopwordsAreMostCommon() {
        let extractor = SmallKnowledge.extractor
        #expect(extractor.detectLanguage("Pasukan pemerintah Suriah merebut kembali kota itu dari kelompok pemberontak pada hari Senin.") == "id")
        #expect(extractor.detectLanguage("Government troops recaptured the town from the rebels on Monday, the monitor said.") == "en")
        #expect(extractor.detectLanguage("استعاد الجيش السوري السيطرة على مدينة تدمر يوم الأحد") == "ar")
        #expect(extractor.detectLanguage("استعاد الجيش: the army said on Sunday in the town") == "en")
        #expect(extractor.detectLanguage("Palmyre dimanche") == "und")
        #expect(extractor.detectLanguage("") == "und")
        #expect(extractor.detectLanguage("yang") == "id")
    }

    @Test func containsAnswersLikeFoundation() {
        let cases: [(String, String)] = [
            ("Foto: Anh 1 oleh Reuters", "Anh 1"), ("© 2017 Kompas", "©"), ("kafe\u{301} ©", "kafe"),
            ("tanpa tanda", "©"), (" anh 1 ", " anh 1 "), ("“kutipan” – baca", "– baca"), ("abc", "abcd"),
        ]
        for (haystack, needle) in cases {
            #expect(Cleaner.contains(haystack, needle) == haystack.contains(needle))
        }
    }

    @Test func wordInitialsAreCountedLikeCharactersSplitAtSpaces() {
        func reference(_ text: String) -> (Int, Int) {
            let words = text.split(separator: " ").filter { $0.first?.isLetter == true }
            return (words.count, words.filter { $0.first?.isUppercase == true }.count)
        }
        let sample = Cleaner.wordInitials("Pasukan Kurdi  merebut 3 desa “Tall Abyad” — ǅemal Şanlıurfa ß µ ª")
        #expect(sample?.lettered == 10 && sample?.capitalized == 5)  // the titlecase ǅ is a capital as a Character
        for text in ["", " ", "a", "A b C", "“Kata” «Ucap» ‘x’ – — …", "Ǆ ǅ ǆ ß µ ª ° ÷ Ø ø ı İ ɐ ʰ ˁ", "  x  Y ", "\u{2E}\u{A0}Nbsp \u{A0}x"] {
            let counted = Cleaner.wordInitials(text)
            #expect(counted?.lettered == reference(text).0 && counted?.capitalized == reference(text).1, "\(text)")
        }
        // a scalar that may join a cluster (or is not below U+0300) leaves the count to Characters
        for text in ["kafe\u{301} Kafe", "a\r\nB", "دمشق Homs", "x 😀", "Abyaḍ", "Σ"] { #expect(Cleaner.wordInitials(text) == nil, "\(text)") }
    }

    @Test func onlyTextWithoutClustersIsScannedByScalar() {
        #expect(Cleaner.oneScalarPerCharacter("Serangan di Homs – “kata” Al-Qa’im, Şanlıurfa"))
        #expect(!Cleaner.oneScalarPerCharacter("kafe\u{301}"))
        #expect(!Cleaner.oneScalarPerCharacter("a\r\nb"))
        #expect(!Cleaner.oneScalarPerCharacter("دمشق"))
    }

    @Test func theSplitterCutsPlainAndClusteredParagraphsAlike() {
        let splitter = SentenceSplitter(abbreviations: ["kol"])
        let plain = "Kol. Ryan berkata. “Kami menang!” Lalu pasukan mundur? Ya. U.S. Central Command."
        #expect(splitter.split(plain) == ["Kol. Ryan berkata.", "“Kami menang!”", "Lalu pasukan mundur?", "Ya.", "U.S. Central Command."])
        // the same paragraph with a combining mark takes the Character path and cuts the same way
        let marked = plain.replacingOccurrences(of: "Lalu", with: "Lalu\u{301}")
        #expect(splitter.split(marked).count == 5)
    }

    @Test func datelineAndMastheadSeparatorsAreFoundWhereFoundationFindsThem() {
        let lines = ["DAMASKUS, Outlet.com – Pasukan", "BEIRUT — The army -- said - x", "a - b – c", "kafe\u{301} - x", "tanpa", " - ", "x\r\n - y",
                     "Harian Contoh | Internasional › Timur Tengah", "a › b | c", "kafe\u{301} | x"]
        for line in lines {
            for separator in Cleaner.datelineSeparators + Cleaner.mastheadSeparators {
                #expect(Cleaner.firstRange(of: separator, in: line) == line.range(of: separator), "\(line) / \(separator)")
            }
        }
    }

    @Test func trimmingAnswersLikeTheCharacterLoop() {
        func reference(_ text: String) -> String {
            var scalars = Substring(text)
            while let first = scalars.first, first.isWhitespace || first == "\u{FEFF}" { scalars = scalars.dropFirst() }
            while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
            return String(scalars)
        }
        for text in ["a", " a ", "\u{FEFF}a", "a\r\n", "e\u{301}", "\u{0600}1", "\u{A0}x\u{A0}", "x\t", "", " ", "kata“", "“kata”"] {
            #expect(text.trimmingSpaces() == reference(text), "\(text)")
        }
    }
}
