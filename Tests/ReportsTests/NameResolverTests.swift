import Foundation
@testable import Reports
import Store
import Testing

@Suite struct NameResolverTests {
    /// The shipped gazetteer, loaded once: governorate spellings as people type them.
    @Test func theShippedGazetteerAnswersToCommonSpellings() throws {
        let folder = try TemporaryDirectory()
        let database = try EventDatabase.openForWriting(path: folder.path("events.db"))
        let names = NameResolver(database: database)
        let expected: [String: String] = [
            "homs": "Homs", "Hims": "Homs", "Provinsi Homs": "Homs", "Homs Governorate": "Homs",
            "Rural Damascus": "Rif Dimashq", "Rif Dimashq": "Rif Dimashq", "Damaskus pedesaan": "Rif Dimashq",
            "Damaskus": "Damascus", "Idleb": "Idlib", "Lattakia": "Latakia", "Al-Ladhiqiyah": "Latakia",
            "Deir al-Zor": "Deir ez-Zor", "Dayr az-Zawr": "Deir ez-Zor", "Raqqa": "Ar-Raqqah", "Kota Hama": "Hama",
        ]
        for (spelling, admin1) in expected {
            #expect(try names.province(spelling) == admin1, "\(spelling)")
        }
        let error = #expect(throws: ReportsError.self) { try names.province("Homz") }
        #expect(error?.suggestions.first == "Homs")
    }

    @Test func editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        #expect(NameResolver.nearest("hom", among: [("homs", "Homs"), ("hama", "Hama"), ("idlib", "Idlib")]) == ["Homs", "Hama"])
        #expect(NameResolver.nearest("", among: [("homs", "Homs")]).isEmpty)
    }
}
