import Testing
@testable import Extraction

/// Everyday news phrasings the lexicons learned for coverage beyond the dev corpus: each sentence, read by the
/// real extractor with the full embedded knowledge, yields its event type (and its place when it names a well-known one).
@Suite struct LexiconCoverageTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let sentence: String
        let type: String
        let ref: String?
        var actor: String? = nil
        var testDescription: String { sentence }
    }

    private static func events(_ sentence: String, english: Bool) throws -> [ExtractedEvent] {
        let extractor = try #require(FullKnowledge.extractor)
        let dateline = english ? "BEIRUT" : "DAMASKUS"
        let text = "Berita \(english ? "news" : "perang")\n\n\(dateline) - \(sentence)\n"
        return extractor.extract(ArticleInput(text: text, fileName: "coverage.txt", published: "2016-05-10")).events
    }

    private static func check(_ c: Case, english: Bool) throws {
        let found = try events(c.sentence, english: english)
        let summary = found.map { "\($0.type) @ \(String(describing: $0.place)) by \($0.actor ?? "-")" }
        #expect(found.contains { e in
            e.type == c.type && (c.ref == nil || e.place == .known(ref: c.ref!)) && (c.actor == nil || e.actor == c.actor)
        }, "\(summary)")
    }

    static let indonesian: [Case] = [
        Case(sentence: "Pasukan pemerintah Suriah berhasil merebut kontrol atas kota Palmyra dari ISIS pada Minggu (8/5).", type: Vocabulary.regains, ref: "gn:163808", actor: "syrian_government"),
        Case(sentence: "Militan ISIS menaklukkan kota Raqqa setelah pertempuran berhari-hari.", type: Vocabulary.overtakes, ref: "gn:172955", actor: "islamic_state"),
        Case(sentence: "Tentara Suriah merebut balik kota Aleppo dari kelompok pemberontak.", type: Vocabulary.regains, ref: "gn:170063", actor: "syrian_government"),
        Case(sentence: "Kota Manbij akhirnya jatuh ke dalam kendali SDF pada Jumat (6/5).", type: Vocabulary.overtakes, ref: "gn:167357", actor: "sdf"),
        Case(sentence: "Pasukan Turki merangsek masuk ke Afrin pada Minggu (8/5).", type: Vocabulary.transfer, ref: "gn:174186", actor: "turkey"),
        Case(sentence: "Pasukan Turki masuk ke kota Manbij pada Minggu (8/5).", type: Vocabulary.transfer, ref: "gn:167357", actor: "turkey"),
        Case(sentence: "Milisi SDF memasuki kota Manbij setelah pertempuran sengit dengan ISIS.", type: Vocabulary.overtakes, ref: "gn:167357", actor: "sdf"),
        Case(sentence: "Pasukan Amerika Serikat hengkang dari kota Manbij pada Senin (9/5).", type: Vocabulary.transfer, ref: "gn:167357"),
        Case(sentence: "Pasukan pemerintah Suriah menarik pasukannya dari kota Palmyra pada Rabu.", type: Vocabulary.transfer, ref: "gn:163808"),
        Case(sentence: "Serangan pesawat tak berawak menghantam sebuah mobil di Idlib pada Selasa (3/5), menewaskan tiga orang.", type: "Air/drone strike", ref: nil),
        Case(sentence: "Pesawat tanpa awak milik Turki menyerang konvoi di dekat Qamishli.", type: "Air/drone strike", ref: "gn:173377", actor: "turkey"),
        Case(sentence: "Gempuran udara Rusia menewaskan dua belas warga sipil di kota Idlib.", type: "Air/drone strike", ref: nil, actor: "russia"),
        Case(sentence: "Helikopter pemerintah menjatuhkan bom di kota Daraa, menewaskan lima orang.", type: "Air/drone strike", ref: "gn:170905"),
        Case(sentence: "Tembakan mortir menewaskan empat warga sipil di Damaskus pada Kamis.", type: "Shelling/artillery/missile attack", ref: "gn:170654"),
        Case(sentence: "Seorang pelaku meledakkan dirinya di sebuah pos pemeriksaan di Azaz, menewaskan dua puluh lima orang.", type: "Suicide bomb", ref: "gn:172082"),
        Case(sentence: "Serangan bunuh diri menewaskan sedikitnya 30 orang di kota Homs.", type: "Suicide bomb", ref: "gn:169577"),
        Case(sentence: "Sebuah bom pinggir jalan menewaskan tiga tentara di dekat Daraa.", type: "Remote explosive/landmine/IED", ref: "gn:170905"),
        Case(sentence: "Alat peledak rakitan meledak di pasar kota Afrin, menewaskan enam orang.", type: "Remote explosive/landmine/IED", ref: "gn:174186"),
        Case(sentence: "Gas klorin dilaporkan digunakan dalam serangan di Douma.", type: "Chemical weapon", ref: "gn:170592"),
        Case(sentence: "Militan ISIS memenggal seorang warga di Raqqa.", type: "Attack", ref: "gn:172955", actor: "islamic_state"),
        Case(sentence: "Puluhan warga Druze disandera kelompok bersenjata di Suwayda.", type: "Abduction/forced disappearance", ref: nil),
        Case(sentence: "Pasukan pemerintah bentrok dengan pemberontak di pinggiran Damaskus.", type: "Armed clash", ref: "gn:170654"),
        Case(sentence: "Kontak senjata antara SDF dan ISIS terjadi di Hasakah pada Selasa.", type: "Armed clash", ref: nil, actor: "sdf"),
        Case(sentence: "Pasukan pemerintah dan oposisi saling tembak di Homs.", type: "Armed clash", ref: "gn:169577"),
        Case(sentence: "Genjatan senjata disepakati di Idlib pada Kamis.", type: "Agreement", ref: nil),
        Case(sentence: "Turki mendirikan pos pengamatan di dekat Idlib.", type: "Headquarters or base established", ref: nil, actor: "turkey"),
        Case(sentence: "Rumah warga dijarah milisi di kota Daraa.", type: "Looting/property destruction", ref: "gn:170905"),
    ]

    static let english: [Case] = [
        Case(sentence: "SDF fighters entered Manbij after heavy clashes with ISIS.", type: Vocabulary.overtakes, ref: "gn:167357", actor: "sdf"),
        Case(sentence: "Syrian government forces regained control of the town of Palmyra from Islamic State on Sunday.", type: Vocabulary.regains, ref: "gn:163808", actor: "syrian_government"),
        Case(sentence: "Islamic State militants took over the city of Raqqa after days of clashes.", type: Vocabulary.overtakes, ref: "gn:172955", actor: "islamic_state"),
        Case(sentence: "Rebels seized control of Idlib city on Saturday.", type: Vocabulary.overtakes, ref: nil, actor: "syrian_opposition"),
        Case(sentence: "The town of Manbij was captured by the SDF on Friday.", type: Vocabulary.overtakes, ref: "gn:167357", actor: "sdf"),
        Case(sentence: "Turkish troops advanced into Afrin on Sunday.", type: Vocabulary.transfer, ref: "gn:174186", actor: "turkey"),
        Case(sentence: "A Russian warplane struck a market in Idlib, killing twelve civilians.", type: "Air/drone strike", ref: nil),
        Case(sentence: "Drone strikes killed five people near Idlib on Monday.", type: "Air/drone strike", ref: nil),
        Case(sentence: "Government forces shelled the town of Douma on Tuesday.", type: "Shelling/artillery/missile attack", ref: "gn:170592", actor: "syrian_government"),
        Case(sentence: "A suicide bomber blew himself up at a checkpoint in Azaz, killing twenty-five people.", type: "Suicide bomb", ref: "gn:172082"),
        Case(sentence: "An improvised explosive device killed three soldiers near Daraa on Monday.", type: "Remote explosive/landmine/IED", ref: "gn:170905"),
        Case(sentence: "Heavy fighting broke out between rebels and government troops in Aleppo.", type: "Armed clash", ref: "gn:170063"),
        Case(sentence: "Islamic State militants beheaded a man in Raqqa.", type: "Attack", ref: "gn:172955", actor: "islamic_state"),
        Case(sentence: "A cease-fire took effect in Idlib on Friday.", type: "Agreement", ref: nil),
        Case(sentence: "Rebels torched houses in the village of Zara.", type: "Looting/property destruction", ref: nil, actor: "syrian_opposition"),
    ]

    @Test(arguments: indonesian) func indonesianPhrasingYieldsItsEvent(_ c: Case) throws {
        try Self.check(c, english: false)
    }

    @Test(arguments: english) func englishPhrasingYieldsItsEvent(_ c: Case) throws {
        try Self.check(c, english: true)
    }

    @Test func numberWordsGiveTheToll() throws {
        let id = try Self.events("Seorang pelaku meledakkan dirinya di sebuah pos pemeriksaan di Azaz, menewaskan dua puluh lima orang.", english: false)
        #expect(id.contains { $0.type == "Suicide bomb" && $0.fatalities == 25 })
        let en = try Self.events("A suicide bomber blew himself up at a checkpoint in Azaz, killing twenty-five people.", english: true)
        #expect(en.contains { $0.type == "Suicide bomb" && $0.fatalities == 25 })
    }

    @Test func aCeasefireTakingEffectIsNotACapture() throws {
        let found = try Self.events("A cease-fire took effect in Idlib on Friday.", english: true)
        #expect(!found.contains { Vocabulary.territory.contains($0.type) })
    }

    @Test(arguments: [
        "Heavy clashes between the Syrian army and rebels took place near Jisr al-Shughur on Monday.",
        "ISIS fighters took part in the fighting in Palmyra on Sunday.",
        "Government forces took part in an offensive near Homs on Saturday.",
    ])
    func tookPlaceAndTookPartAreNotCaptures(_ sentence: String) throws {
        let found = try Self.events(sentence, english: true)
        #expect(!found.contains { Vocabulary.territory.contains($0.type) })
    }

    @Test func aClashThatTookPlaceIsStillAClash() throws {
        let found = try Self.events("Heavy clashes between the Syrian army and rebels took place near Jisr al-Shughur on Monday.", english: true)
        #expect(found.map(\.type) == ["Armed clash"])
    }

    @Test(arguments: [
        ("Tentara Suriah mengancam akan merebut kembali Idlib.", false),
        ("Rusia memperingatkan serangan udara di Idlib.", false),
        ("Menteri itu menyatakan gencatan senjata akan dimulai pekan depan.", false),
        ("Rebels threatened to capture Aleppo.", true),
        ("Russia warned of air raids on Idlib.", true),
    ])
    func threatsAndWarningsAreNotEvents(_ sentence: String, _ english: Bool) throws {
        #expect(try Self.events(sentence, english: english).isEmpty)
    }
}
