import Testing
@testable import Extraction

@Suite struct PlaceAndRoleTests {
    let extractor = SmallKnowledge.extractor
    let day = "Senin, 23 November 2015\nJudul berita tentang Suriah hari ini\n"

    private func events(_ body: String) -> [ExtractedEvent] {
        extractor.extract(ArticleInput(text: day + body, fileName: "t.txt")).events
    }

    @Test func aPlaceNoteIsMadeFromHowThePlaceWasFound() {
        func note(_ origin: PlaceMention.Origin, _ suffix: String = "") -> String {
            var m = PlaceMention(start: 0, end: 1, written: "x", place: .known(ref: "gn:1"), name: "x", admin1: nil, country: nil,
                                 feature: "P.PPL", origin: origin)
            m.noteSuffix += suffix
            return m.note
        }
        #expect(note(.matched(written: "Maheen", ref: "gn:167488", name: "Mahin", admin1: "Homs", candidates: 1, building: ""))
                == "place: 'Maheen' matched gn:167488 Mahin (Homs), 1 candidate")
        #expect(note(.matched(written: "Alun", ref: "gn:2", name: "Alun Square", admin1: nil, candidates: 3, building: " — Alun Square is a building in Homs"),
                     "; a destination")
                == "place: 'Alun' matched gn:2 Alun Square (-), 3 candidates — Alun Square is a building in Homs; a destination")
        #expect(note(.underPlace(name: "pos perbatasan Nassib", ref: "gn:3", placeName: "Nassib", admin1: "Daraa"))
                == "place: 'pos perbatasan Nassib' not in the gazetteer; under gn:3 Nassib (Daraa)")
        #expect(note(.byClassifier(name: "Tal Ghazal", parentRef: nil, admin1: "Homs"), "; a distance reference, not an event place")
                == "place: 'Tal Ghazal' not in the gazetteer; named by its classifier, under - (Homs); a distance reference, not an event place")
        #expect(note(.afterDi(name: "Ankara")) == "place: 'Ankara' not in the gazetteer; named after 'di'")
    }

    @Test func roleWordsAreKeptPerTokenWithTheirLengths() {
        let text = "pasukan di dekat pos perbatasan Nassib"
        let info = extractor.analyse(text, tokens: Tokenizer.tokens(of: text), index: 0, language: "id", day: nil)
        #expect(info.roles.count == 6)
        #expect(info.has(.locator, at: 1) == 2 && info.has(.locator, at: 2) == 1)
        #expect(info.has(.classifier, at: 3) == 2 && info.has(.facility, at: 3) == 2 && info.has(.locator, at: 3) == nil)
        #expect(info.roles.isEmpty(at: 0) && info.roles.isEmpty(at: 4) && info.roles.isEmpty(at: 5))
        #expect(info.rolesEnding(at: 2) == [.locator, .locator] && info.rolesEnding(at: 4) == [.classifier, .facility])
        #expect(info.has(.locator, at: -1) == nil && info.has(.locator, at: 6) == nil)
        #expect(info.roles.contains(at: 3) { $0 == .facility } && !info.roles.contains(at: 1) { $0 == .facility })
    }

    @Test func aResolvedSentenceKeepsItsAnalysisAndTheOriginalStaysUnresolved() {
        let text = "Tentara Suriah merebut kembali desa Hawareen pada Senin, kata SOHR."
        let info = extractor.analyse(text, tokens: Tokenizer.tokens(of: text), index: 3, language: "id", day: nil)
        let mention = PlaceMention(start: 5, end: 6, written: "Hawareen", place: .known(ref: "gn:169762"), name: "Huwwarin", admin1: "Homs",
                                   country: "SY", feature: "P.PPL", origin: .afterDi(name: "Hawareen"))
        let resolved = info.resolved(places: [mention], dates: [])
        #expect(resolved.index == 3 && resolved.text == text && resolved.tokens.map(\.fold) == info.tokens.map(\.fold))
        #expect(resolved.factions.map(\.alias) == ["Tentara Suriah"] && resolved.cues.map(\.start) == info.cues.map(\.start))
        #expect(resolved.agency == "SOHR" && resolved.places.map(\.written) == ["Hawareen"] && resolved.dates.isEmpty)
        #expect(info.places.isEmpty && info.dates.isEmpty)
    }

    @Test func aFactionBeforeBackedOrAfterASupportWordIsABacker() {
        func backers(_ text: String, _ language: String) -> [String] {
            let info = extractor.analyse(text, tokens: Tokenizer.tokens(of: text), index: 0, language: language, day: nil)
            return info.factions.map { "\($0.alias)\(info.isSupporter($0) ? "+" : "")" }
        }
        #expect(backers("Pemberontak didukung Rusia menyerang IS", "id") == ["Pemberontak", "Rusia+", "IS"])
        #expect(backers("didukung Rusia, pemberontak FSA dan IS bertempur", "id") == ["Rusia+", "pemberontak", "FSA", "IS"])
        #expect(backers("Pemberontak dengan dukungan Rusia dan FSA menyerang IS", "id") == ["Pemberontak", "Rusia+", "FSA", "IS"])
        #expect(backers("Tentara Suriah-backed FSA attacked IS", "en") == ["Tentara Suriah+", "FSA", "IS"])
    }

    @Test func coordinatedPlacesAreOneEventEachAndTheGovernorateIsOnlyALocator() {
        let result = events("Tentara Suriah telah merebut kembali kota madya Maheen dan desa Hawareen di bagian Tenggara provinsi Homs dari tangan organisasi yang menamakan diri Negara Islam (IS).")
        #expect(result.map(\.place) == [.known(ref: "gn:167488"), .known(ref: "gn:169762")])
        #expect(result.allSatisfy { $0.type == "Government regains territory" && $0.actor == "syrian_government" })
        #expect(result.allSatisfy { $0.target == "islamic_state" && $0.controller == "syrian_government" })
        #expect(result.first?.explanation.contains("place: 'Maheen' matched gn:167488 Mahin (Homs), 1 candidate") == true)
        #expect(result.first?.explanation.contains("actor: 'Tentara Suriah' → syrian_government") == true)
    }

    @Test func aNonStateCaptureOvertakesAndTheDistanceReferenceIsNoEventPlace() {
        let result = events("IS telah menduduki kota madya Maheen pada 1/11 ini setelah mencanangkan serangan dari daerah Al-Qaryatain, jauhnya kira-kira 15 Km dari kota Homs.")
        #expect(result.count == 1)
        #expect(result.first?.type == "Non-state actor overtakes territory")
        #expect(result.first?.date == PartialDate(year: 2015, month: 11, day: 1))
        #expect(result.first?.controller == "islamic_state")
    }

    @Test func theGovernorateNamedNearbyPicksAmongPlacesOfOneName() {
        let result = events("Pemberontak menguasai kota Douma di provinsi Rif Dimashq pada Senin (23/11).")
        #expect(result.first?.place == .known(ref: "gn:170592"))
        // a province is the governorate, a bare name the city
        let province = events("Pemberontak menguasai sebagian besar provinsi Homs pada Senin (23/11).")
        #expect(province.first?.place == .known(ref: "gn:169575"))
        let city = events("Pemberontak menguasai kota Homs pada Senin (23/11).")
        #expect(city.first?.place == .known(ref: "gn:169577"))
    }

    @Test func aVillageTheGazetteerLacksIsStillNamedByItsClassifier() {
        let result = events("Tentara Suriah merebut kembali desa Tal Ghazal di provinsi Homs pada Senin (23/11).")
        #expect(result.first?.place == .unlisted(name: "Tal Ghazal", country: "SY", admin1: "Homs", parentRef: "gn:169577"))
    }

    @Test func passiveVoiceNamesTheActorAfterTheVerb() {
        let result = events("Kota Maheen direbut oleh pemberontak FSA pada Senin (23/11).")
        #expect(result.first?.place == .known(ref: "gn:167488"))
        #expect(result.first?.actor == "syrian_opposition")
        #expect(result.first?.type == "Non-state actor overtakes territory")
    }

    @Test func threatsAndStatementsAreNotEvents() {
        #expect(events("IS mengancam akan menyerbu Damaskus dan bersumpah untuk menyerang pasukan pemerintah di Homs.").isEmpty)
        #expect(events("Tentara Suriah gagal merebut kembali Maheen.").isEmpty)
    }

    @Test func holdingWithoutAChangeIsAControlObservation() {
        let result = extractor.extract(ArticleInput(text: day + "Pejuang IS juga mengontrol sebagian besar kota Maheen dan Hawareen.", fileName: "c.txt"))
        #expect(result.events.isEmpty)
        #expect(result.controls.map(\.place) == [.known(ref: "gn:167488"), .known(ref: "gn:169762")])
        #expect(result.controls.allSatisfy { $0.faction == "islamic_state" && $0.asOf == PartialDate(year: 2015, month: 11, day: 23) })
    }

    @Test func fatalitiesComeFromDigitsAndNumberWords() {
        #expect(events("Serangan udara Rusia menewaskan sedikitnya 30 warga sipil di kota Homs pada Senin (23/11).").first?.fatalities == 30)
        let words = events("Bom mobil menewaskan enam belas orang di kota Homs pada Senin (23/11).")
        #expect(words.first?.fatalities == 16)
        #expect(words.first?.type == "Remote explosive/landmine/IED")
        #expect(events("Puluhan orang tewas dalam bentrokan di kota Homs pada Senin (23/11).").first?.fatalities == nil)
    }

    @Test(arguments: [("seratus dua puluh", 120), ("dua ratus lima puluh", 250), ("seribu dua ratus", 1200),
                      ("tiga ribu lima ratus", 3500), ("dua puluh lima", 25), ("sebelas", 11)])
    func compoundNumberWordsAddUpByGroup(words: String, value: Int) {
        let result = events("Serangan udara menewaskan \(words) orang di kota Homs pada Senin (23/11).")
        #expect(result.first?.fatalities == value)
    }

    @Test func aSubFactionIsCodedWithItsVocabularyKey() {
        let result = events("FSA menguasai kota Maheen pada Senin (23/11).")
        #expect(result.first?.actor == "syrian_opposition")
        #expect(result.first?.associates == ["free_syrian_army"])
    }

    @Test func anAliasOutsideItsDatesDoesNotCount() {
        let text = "Senin, 9 Desember 2024\nJudul berita tentang Suriah hari ini\nPasukan pemerintah merebut kembali kota Maheen pada Senin (9/12)."
        let result = extractor.extract(ArticleInput(text: text, fileName: "d.txt"))
        #expect(result.events.first?.actor == nil)
    }
}
