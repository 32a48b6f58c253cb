import Testing
@testable import Extraction

/// Paragraphs are split into sentences over their UTF-8 bytes, as the Character-level split does.
@Suite struct SentenceSplitTests {
    let splitter = SentenceSplitter(abbreviations: ["kol", "dr", "jan"])

    @Test func abbreviationsAndInitialsDoNotEndASentence() {
        #expect(splitter.split("Kol. Ryan berkata. Dr. Ali datang pada Jan. 6 kemarin. J. Smith dan U.S. Central Command tiba.")
                == ["Kol. Ryan berkata.", "Dr. Ali datang pada Jan. 6 kemarin.", "J. Smith dan U.S. Central Command tiba."])
        // a lowercase word after the period continues the sentence
        #expect(splitter.split("Pasukan tiba. lalu mundur. Dua tewas.") == ["Pasukan tiba. lalu mundur.", "Dua tewas."])
    }

    @Test func closingQuotesStayWithTheirSentenceAndOpeningOnesStartTheNext() {
        #expect(splitter.split("Dia berkata, “Kami menang!”  ‘Tidak,’ jawabnya. (Foto) ada. \"Ya?\" 12 tewas.")
                == ["Dia berkata, “Kami menang!”", "‘Tidak,’ jawabnya.", "(Foto) ada.", "\"Ya?\"", "12 tewas."])
        #expect(splitter.split("Selesai.’) Lalu pergi.  ") == ["Selesai.’)", "Lalu pergi."])
    }

    @Test func nonASCIILettersAreReadByTheirScalars() {
        #expect(splitter.split("Şanlıurfa diserang. Ömer tewas. Ş. Demir selamat. É tiba.")
                == ["Şanlıurfa diserang.", "Ömer tewas.", "Ş. Demir selamat.", "É tiba."])
        #expect(splitter.split("") == [])
        #expect(splitter.split("  .  ") == ["."])
    }

    @Test func clusteredParagraphsTakeTheCharacterSplit() {
        for paragraph in ["Kafe\u{301} ramai. Lalu sepi.", "Dia di دمشق. Lalu pergi.", "Baris satu.\r\nBaris dua. Tiga."] {
            #expect(splitter.split(paragraph) == splitter.splitCharacters(paragraph), "\(paragraph)")
        }
        #expect(splitter.split("Kafe\u{301} ramai. Lalu sepi.") == ["Kafe\u{301} ramai.", "Lalu sepi."])
    }

    @Test func theByteSplitAnswersAsTheCharacterSplit() {
        let paragraphs = ["Kol. Ryan berkata. “Kami menang!” Lalu pasukan mundur? Ya. U.S. Central Command.",
                          "A. B. c. D! e? “F” ‘g’ (h) 1. 2.", "Ş. Ömer. İ. ǅ. Ⅻ. ½ tewas. ² tewas.", "...  .. ?! !? ”. x",
                          "Kol.\tRyan. Jan.  7", "Selesai.” ’) Lalu.", "x. ‘ y. “ z. ( w."]
        for paragraph in paragraphs {
            #expect(splitter.split(paragraph) == splitter.splitCharacters(paragraph), "\(paragraph)")
        }
    }
}
