import Testing
@testable import Extraction

/// The seed articles of the repository through the full embedded knowledge: the events an analyst codes.
@Suite struct SeedTests {
    private func run(_ name: String) throws -> ArticleExtraction {
        let extractor = try #require(FullKnowledge.extractor)
        return extractor.extract(try seed(name))
    }

    private func has(_ events: [ExtractedEvent], _ type: String, _ ref: String, _ date: String?, actor: String?, controller: String? = nil) -> Bool {
        events.contains { $0.type == type && $0.place == .known(ref: ref) && $0.date?.description == date && $0.actor == actor
            && (controller == nil || $0.controller == controller) }
    }

    @Test func vovArticleGovernmentRegainsMaheenAndHawareenThatIsHadTaken() throws {
        let result = try run("000_f395e50d7679456a.txt")
        #expect(result.language == "id")
        #expect(result.outlet == "VOVworld")
        #expect(result.published == nil)
        let e = result.events
        #expect(has(e, "Government regains territory", "gn:167488", "2015-11-23", actor: "syrian_government", controller: "syrian_government"))
        #expect(has(e, "Government regains territory", "gn:169762", "2015-11-23", actor: "syrian_government", controller: "syrian_government"))
        #expect(has(e, "Government regains territory", "sup:jabal_zahi", "2015-11-23", actor: "syrian_government"))
        #expect(has(e, "Government regains territory", "sup:jabal_zweik", "2015-11-23", actor: "syrian_government"))
        #expect(has(e, "Non-state actor overtakes territory", "gn:167488", "2015-11-01", actor: "islamic_state", controller: "islamic_state"))
        #expect(e.first { $0.place == .known(ref: "gn:167488") && $0.date?.day == 23 }?.target == "islamic_state")
        #expect(e.allSatisfy { $0.date?.year == 2015 })
        // Al-Qaryatain, which the army sets out to free, is still held by IS
        #expect(result.controls.contains { $0.place == .known(ref: "gn:173361") && $0.faction == "islamic_state" })
    }

    @Test func voaIslamArticleIsTakesQalamounAndHoldsYarmoukAndTadamun() throws {
        let result = try run("001_cf46687c815a73d4.txt")
        #expect(result.outlet == "voa-islam.com")
        #expect(result.published == PartialDate(year: 2017, month: 2, day: 4))
        let e = result.events
        #expect(has(e, "Non-state actor overtakes territory", "sup:qalamoun", "2017-02-03", actor: "islamic_state", controller: "islamic_state"))
        #expect(e.contains { $0.type == "Armed clash" && $0.place == .known(ref: "sup:qalamoun") && $0.fatalities == 30 })
        #expect(has(e, "Non-state actor overtakes territory", "gn:170654", "2015-04", actor: "islamic_state"))
        // threats to storm Damascus are not events
        #expect(!e.contains { $0.evidence.contains("mengancam") || $0.evidence.contains("bersumpah") })
        let held = Set(result.controls.filter { $0.faction == "islamic_state" && $0.asOf == PartialDate(year: 2017, month: 2, day: 4) }.map(\.place))
        #expect(held.contains(.known(ref: "gn:166716")))   // Yarmouk
        #expect(held.contains(.known(ref: "sup:tadamon")))
    }

    @Test func suaraArticleOppositionAdvanceIsDated2024AndFurnitureIsIgnored() throws {
        let result = try run("004_8fef93ecb10f66b0.txt")
        #expect(result.outlet == "Suara.com")
        let e = result.events
        #expect(has(e, "Non-state actor overtakes territory", "gn:170063", "2024-11-30", actor: "syrian_opposition"))
        #expect(has(e, "Non-state actor overtakes territory", "gn:170905", "2024-12-06", actor: "syrian_opposition"))
        #expect(has(e, "Non-state actor overtakes territory", "gn:173334", "2024-12-07", actor: "syrian_opposition"))
        #expect(has(e, "Non-state actor overtakes territory", "gn:170654", "2024-12-08", actor: "syrian_opposition", controller: "syrian_opposition"))
        for furniture in ["Berita Terkait", "Terpopuler", "Baca Juga", "Kesaksian Jatuhnya Assad", "HTS Masuki Damaskus", "Innova"] {
            #expect(!result.cleanText.contains(furniture), "\(furniture)")
            #expect(!e.contains { $0.evidence.contains(furniture) })
        }
    }

    @Test func noSeedEventComesFromPageFurniture() throws {
        for name in ["000_f395e50d7679456a.txt", "001_cf46687c815a73d4.txt", "002_8e44f1fb5d7ef5ba.txt", "003_13d6127e3608d1f7.txt", "004_8fef93ecb10f66b0.txt"] {
            let result = try run(name)
            for event in result.events {
                #expect(result.cleanText.contains(event.evidence), "\(name): \(event.evidence)")
                #expect(!event.evidence.contains("Baca juga") && !event.evidence.contains("ảnh") && !event.evidence.contains("Source link"))
            }
        }
    }

    @Test func oneExtractorServesManyThreads() async throws {
        let extractor = try #require(FullKnowledge.extractor)
        let input = try seed("000_f395e50d7679456a.txt")
        let expected = extractor.extract(input).events.count
        let counts = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 { group.addTask { extractor.extract(input).events.count } }
            return await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(counts.allSatisfy { $0 == expected })
    }
}
