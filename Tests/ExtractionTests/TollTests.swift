import Testing
@testable import Extraction

/// News gives an attack's deaths in a sentence of its own after it; the toll goes to the event it
/// can only be about, and to none when it counts something else.
@Suite struct TollTests {
    /// Each event's place name and fatalities, in the order of the text.
    private func tolls(_ body: String) throws -> [String] {
        let extractor = try #require(FullKnowledge.extractor)
        let text = "DAMASKUS - Senin, 12 Oktober 2015\n\n" + body
        return extractor.extract(ArticleInput(text: text, fileName: "toll.txt")).events.map { event in
            "\(event.type) \(event.fatalities.map(String.init) ?? "-")"
        }
    }

    @Test func theNextSentencesTollGoesToTheAttackBeforeIt() throws {
        #expect(try tolls("Sebuah bom mobil meledak di pasar kota Idlib pada Minggu (11/10). Sedikitnya 12 orang tewas, kata SOHR.")
                == ["Remote explosive/landmine/IED 12"])
        #expect(try tolls("A car bomb exploded in a market in Idlib on Sunday. At least 12 people were killed, the Observatory said.")
                == ["Remote explosive/landmine/IED 12"])
    }

    @Test func aTollOfAnotherParagraphOrOfTheWarIsNoEventsToll() throws {
        #expect(try tolls("Sebuah bom mobil meledak di pasar kota Idlib pada Minggu (11/10). Ledakan terdengar hingga pinggiran kota.\n\nSedikitnya 12 orang tewas, kata SOHR.")
                == ["Remote explosive/landmine/IED -"])
        #expect(try tolls("Sebuah bom mobil meledak di pasar kota Idlib pada Minggu (11/10). Perang di Suriah telah menewaskan lebih dari 250 ribu orang sejak Maret 2011.")
                == ["Remote explosive/landmine/IED -"])
        #expect(try tolls("A car bomb exploded in a market in Idlib on Sunday. More than 250,000 people have been killed since March 2011.")
                == ["Remote explosive/landmine/IED -"])
    }

    /// News written a sentence a paragraph: the next paragraph goes on with the same story.
    @Test func aTollOpeningTheParagraphAfterAOneSentenceParagraphGoesToItsEvent() throws {
        #expect(try tolls("Sebuah bom mobil meledak di pasar kota Idlib pada Minggu (11/10).\n\nSedikitnya 12 orang tewas, kata SOHR.")
                == ["Remote explosive/landmine/IED 12"])
    }

    @Test func aTollAfterEventsAtSeveralPlacesGoesOnlyWhereItSaysWhere() throws {
        let struck = "Jet-jet tempur menggempur kota Idlib dan kota Saraqib pada Minggu (11/10)."
        #expect(try tolls(struck + " Sedikitnya 9 warga sipil tewas di Saraqib.") == ["Air/drone strike -", "Air/drone strike 9"])
        #expect(try tolls(struck + " Sedikitnya 9 warga sipil tewas.") == ["Air/drone strike -", "Air/drone strike -"])
    }

    @Test func backgroundDatedByMonthGetsNoToll() throws {
        #expect(try tolls("ISIS merebut kota Palmyra pada Mei 2015. Sedikitnya 20 orang tewas.")
                == ["Non-state actor overtakes territory -"])
    }

    @Test func anEventThatToldItsOwnTollKeepsIt() throws {
        #expect(try tolls("Bom mobil menewaskan 5 orang di pasar kota Idlib pada Minggu (11/10). Sedikitnya 12 orang lainnya tewas di rumah sakit.")
                == ["Remote explosive/landmine/IED 5"])
    }
}
