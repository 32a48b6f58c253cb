import Testing
@testable import Extraction

/// Who acts and who is acted on, by general rules of the news' grammar: a weapon noun with its
/// nationality after it, a passive agent, the two sides of "antara X dan Y", a strike told on,
/// a quoted source, and the side a place is taken from.
@Suite struct ActorTargetTests {
    let idDay = "Senin, 23 November 2015\nBerita Suriah hari ini\n"
    let enDay = "Monday, November 23, 2015\nSyria news today\n"

    /// "type|actor|target" of each event of a short article.
    private func roles(_ body: String, english: Bool = false) throws -> [String] {
        let x = try #require(FullKnowledge.extractor)
        let events = x.extract(ArticleInput(text: (english ? enDay : idDay) + body, fileName: "t.txt")).events
        return events.map { "\($0.type)|\($0.actor ?? "-")|\($0.target ?? "-")" }
    }

    @Test func aWeaponNounWithItsNationalityAfterItIsTheActorOfItsStrike() throws {
        #expect(try roles("Pada Senin, jet-jet tempur Turki membombardir kota Manbij di provinsi Aleppo.") == ["Air/drone strike|turkey|-"])
        #expect(try roles("Menurut aktivis, pesawat-pesawat Rusia menggempur kota Rastan di provinsi Homs.") == ["Air/drone strike|russia|-"])
        #expect(try roles("Tembakan artileri Israel menghantam kota Quneitra pada Senin pagi.") == ["Shelling/artillery/missile attack|israel|-"])
        #expect(try roles("Coalition air strikes hit Islamic State positions near Manbij on Sunday.", english: true)
                == ["Air/drone strike|united_states|islamic_state"])
    }

    /// "AS" is the United States in Indonesian, but not inside a name written in capitals (a
    /// dateline): the acronym stands among words in small letters.
    @Test func anAcronymInsideARunOfCapitalsIsNoFaction() throws {
        #expect(try roles("AS SANAMAYN, Warta Dunia – Rezim Suriah menarik diri dari As Sanamayn pada Senin (23/11).")
                == ["Non-violent transfer of territory|-|syrian_government"])
        #expect(try roles("Pada Senin, jet-jet tempur AS menggempur kota Manbij di provinsi Aleppo.") == ["Air/drone strike|united_states|-"])
    }

    @Test func warplanesOfAFactionAreThatFactionsStrike() throws {
        #expect(try roles("On Monday, warplanes of the U.S.-led coalition pounded the town of Manbij.", english: true)
                == ["Air/drone strike|united_states|-"])
        #expect(try roles("Warplanes of the U.S.-led coalition struck Islamic State positions in Manbij on Monday.", english: true)
                == ["Air/drone strike|united_states|islamic_state"])
    }

    @Test func theAgentOfAPassiveRelativeClauseIsTheActor() throws {
        #expect(try roles("Roket-roket yang ditembakkan kelompok pemberontak menghantam kota Latakia, Senin.")
                == ["Shelling/artillery/missile attack|syrian_opposition|-"])
        #expect(try roles("Serangan udara yang dilakukan pasukan pemerintah menewaskan 12 warga sipil di kota Saraqib, Senin.")
                == ["Air/drone strike|syrian_government|civilians"])
    }

    @Test func aNounCuesPossessorActsButItsCounterpartAfterARoleWordIsTheTarget() throws {
        #expect(try roles("Pasukan pemerintah menggagalkan serangan ISIS terhadap pos militer di kota Jableh, Senin.") == ["Armed clash|islamic_state|-"])
        #expect(try roles("Kelompok pemberontak mencapai kesepakatan dengan Rusia di kota Homs, Senin.") == ["Agreement|syrian_opposition|russia"])
    }

    @Test func theFirstSideOfAClashBetweenTwoActsOnTheSecond() throws {
        #expect(try roles("Bentrokan antara pasukan pemerintah dan pemberontak pecah di kota Daraa, Senin.")
                == ["Armed clash|syrian_government|syrian_opposition"])
    }

    @Test func aStrikeToldOnKeepsItsActor() throws {
        #expect(try roles("Jet-jet Rusia menggempur kota Rastan, Senin. Serangan juga menghantam kota Talbiseh di utara Homs.")
                == ["Air/drone strike|russia|-", "Air/drone strike|russia|-"])
        // another striker tells a new strike: the last one's target is not its own
        #expect(try roles("Jet-jet Rusia menggempur kota Rastan, Senin, dan menewaskan lima tentara Suriah. Israel juga membombardir kota Talbiseh.")
                == ["Air/drone strike|russia|syrian_government", "Air/drone strike|israel|-"])
    }

    @Test func aQuotedSourceIsNotTheSubject() throws {
        #expect(try roles("Menurut aktivis oposisi, pasukan pemerintah menembaki kota Rastan, Senin.") == ["Shelling/artillery/missile attack|syrian_government|-"])
    }

    @Test func theSideDrivenOutOrHoldingBeforeIsTheLoserOfAPlace() throws {
        #expect(try roles("SDF menguasai kota Manbij pada Jumat setelah mengusir militan ISIS dari kota itu.")
                == ["Non-state actor overtakes territory|sdf|islamic_state"])
        #expect(try roles("Kurdish fighters took full control of Kobani on Monday, expelling the last Islamic State militants from the town.", english: true)
                == ["Non-state actor overtakes territory|sdf|islamic_state"])
        #expect(try roles("The SDF captured Baghouz, the last village held by the Islamic State group, on Saturday.", english: true)
                == ["Non-state actor overtakes territory|sdf|islamic_state"])
    }

    @Test func aStateRetakeLosesToTheOtherSideNamedWithThePlaceNext() throws {
        #expect(try roles("Tentara Suriah merebut kembali kota Rastan, Senin. Rastan adalah benteng terakhir pemberontak di utara Homs.")
                == ["Government regains territory|syrian_government|syrian_opposition"])
    }

    @Test func anEarlierCaptureOfThePlaceNamesTheLoserWhicheverIsToldFirst() throws {
        #expect(try roles("ISIS merebut kota Palmyra pada Mei 2015. Pasukan pemerintah merebut kembali Palmyra pada Senin.")
                == ["Non-state actor overtakes territory|islamic_state|syrian_government", "Government regains territory|syrian_government|islamic_state"])
        #expect(try roles("Pasukan pemerintah mengambil alih kota Nassib tanpa pertempuran pada Senin. Pemberontak merebut Nassib pada April 2015.")
                == ["Non-violent transfer of territory|syrian_government|syrian_opposition", "Non-state actor overtakes territory|syrian_opposition|syrian_government"])
    }

    @Test func anAgreementsSubjectActsAndTheOtherPartyIsTheCounterpart() throws {
        #expect(try roles("Presiden Rusia dan Presiden Turki menyepakati gencatan senjata di kota Idlib, Senin.") == ["Agreement|russia|turkey"])
        #expect(try roles("Menurut aktivis, para pemberontak di kota Rastan menerima tawaran amnesti pemerintah, Senin.")
                == ["Agreement|syrian_opposition|syrian_government"])
        #expect(try roles("Kesepakatan gencatan senjata antara pasukan pemerintah dan ISIS di kota Palmyra mulai berlaku pada Senin.")
                == ["Agreement|syrian_government|islamic_state"])
    }

    @Test func civiliansKilledAreTheTargetWhenNoArmedSideIs() throws {
        #expect(try roles("Sedikitnya 12 warga sipil tewas ketika pasukan pemerintah menembaki kota Rastan, Senin.")
                == ["Shelling/artillery/missile attack|syrian_government|civilians"])
    }

    @Test func aRetakeTheSameDayLosesToTheEarlierTaker() throws {
        #expect(try roles("Pemberontak merebut kota Rastan pada Senin pagi. Beberapa jam kemudian pasukan pemerintah merebut kembali kota Rastan.")
                == ["Non-state actor overtakes territory|syrian_opposition|syrian_government", "Government regains territory|syrian_government|syrian_opposition"])
    }

    @Test func theSideKilledIsTheTargetAfterAVerbOfKillingOrBeforeAWordOfDying() throws {
        #expect(try roles("Sedikitnya 30 tentara Suriah tewas ketika ISIS menembaki kota Rastan, Senin.")
                == ["Shelling/artillery/missile attack|islamic_state|syrian_government"])
        #expect(try roles("Menurut aktivis, pasukan pemerintah dan milisi Shabiha menewaskan puluhan warga desa itu setelah menembaki kota Rastan, Senin.")
                == ["Shelling/artillery/missile attack|syrian_government|civilians"])
    }

    @Test func strikesWithoutATargetHitTheSideSaidToHoldThoseAreas() throws {
        #expect(try roles("Jet-jet Rusia menggempur kota Rastan, Senin. Wilayah itu dikuasai faksi-faksi FSA, bukan ISIS.")
                == ["Air/drone strike|russia|syrian_opposition"])
        // after a change of hands the holder named is the new one, not the side struck
        #expect(try roles("Jet-jet Rusia menggempur kota Rastan, Senin. Tentara Suriah merebut kota Talbiseh, Selasa. Wilayah itu kini dikuasai tentara Suriah.")
                == ["Air/drone strike|russia|-", "Government regains territory|syrian_government|-"])
    }

    @Test func theAgentRightAfterAPassiveVerbIsTheActor() throws {
        #expect(try roles("Dua wartawan diculik militan ISIS di kota Rastan, Senin.") == ["Abduction/forced disappearance|islamic_state|-"])
    }
}
