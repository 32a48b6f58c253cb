import Embedded
import Foundation
import Names
import Store
import Testing

@Suite struct ReferenceDataTests {
    @Test func shipsEveryReferenceFile() {
        let names = Set(Embedded.reference.map(\.name))
        for file in ["gazetteer/countries.tsv", "gazetteer/admin1.tsv", "gazetteer/places.tsv.gz", "gazetteer/supplement.tsv",
                     "gazetteer/alias_supplement.tsv", "factions.tsv", "faction_aliases.tsv"] {
            #expect(names.contains(file), "Data/\(file) is not compiled in")
        }
    }

    @Test func aNewDatabaseHoldsTheWholeGazetteerAndTheFactionDictionary() throws {
        let folder = try TemporaryDirectory()
        let database = try EventDatabase.openForWriting(path: folder.path("events.db"))
        #expect(try database.scalarInt(sql: "SELECT count(*) FROM locations WHERE country = 'SY'") ?? 0 > 10_000)
        #expect(try database.scalarInt(sql: "SELECT count(*) FROM locations") ?? 0 > 40_000)
        let governorates = try database.query(sql: "SELECT admin1 FROM locations WHERE country = 'SY' AND kind = 'governorate' ORDER BY admin1") { $0.string(0) }
        #expect(governorates == ["Al-Hasakah", "Aleppo", "Ar-Raqqah", "As-Suwayda", "Damascus", "Daraa", "Deir ez-Zor",
                                 "Hama", "Homs", "Idlib", "Latakia", "Quneitra", "Rif Dimashq", "Tartus"])
        let vocabulary = ["syrian_government", "pro_government_militia", "islamic_state", "hts", "al_nusra", "al_qaeda",
                          "syrian_opposition", "sdf", "russia", "hezbollah", "iran", "iraqi_militias", "united_states",
                          "turkey", "iraq", "israel", "civilians"]
        let keys = Set(try database.query(sql: "SELECT key FROM factions") { $0.string(0) })
        #expect(Set(vocabulary).isSubset(of: keys))
        #expect(try database.scalarString(sql: "PRAGMA foreign_key_check") == nil)
    }

    @Test(arguments: [
        ("Homs", "Homs"), ("Hims", "Homs"), ("Lattakia", "Latakia"), ("Al-Ladhiqiyah", "Latakia"), ("Idleb", "Idlib"),
        ("Deir al-Zor", "Deir ez-Zor"), ("Dayr az-Zawr", "Deir ez-Zor"), ("Deir Ezzor", "Deir ez-Zor"),
        ("Rural Damascus", "Rif Dimashq"), ("Reef Damascus", "Rif Dimashq"), ("Damaskus", "Damascus"), ("Dimashq", "Damascus"),
        ("Raqqa", "Ar-Raqqah"), ("Hasakah", "Al-Hasakah"), ("Sweida", "As-Suwayda"), ("Deraa", "Daraa"), ("Tartous", "Tartus"),
        ("Quneitra", "Quneitra"), ("Hama", "Hama"), ("Aleppo", "Aleppo"),
    ])
    func governorateSpellingsResolve(spelling: String, governorate: String) throws {
        let database = try Self.shared()
        let found = try database.query(sql: """
            SELECT l.admin1 FROM location_names n JOIN locations l ON l.id = n.location_id
            WHERE n.normalized = ? AND l.kind = 'governorate' AND l.country = 'SY'
            """, NameKey.normalize(spelling)) { $0.string(0) }
        #expect(found == [governorate])
    }

    /// The shipped data is loaded with CHECK constraints off (ReferenceData.seed): it must meet
    /// them all, and they hold again for every later write.
    @Test func theShippedDataMeetsEveryCheckConstraint() throws {
        #expect(try Self.shared().query(sql: "PRAGMA quick_check") { $0.string(0) } == ["ok"])
        let folder = try TemporaryDirectory()
        let database = try EventDatabase.openForWriting(path: folder.path("events.db"))
        #expect(try database.scalarInt(sql: "PRAGMA ignore_check_constraints") == 0)
        #expect(throws: StoreError.self) {
            try database.execute(sql: "INSERT INTO locations (ref, name, feature, kind, origin) VALUES ('user:x', 'X', 'P.PPL', 'hamlet', 'user')")
        }
    }

    @Test func reloadingTheSameDataChangesNothingAndKeepsAnalystsRows() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("events.db")
        do {
            let database = try EventDatabase.openForWriting(path: path)
            try ReferenceLoader(database: database, origin: "user").upsertPlace(
                PlaceRow(ref: "user:test-hill", name: "Test Hill", feature: "T.HLL", country: "SY", admin1: "Homs", latitude: 34.5, longitude: 36.9))
            try database.execute(sql: "DELETE FROM meta WHERE key = 'reference_version'")
        }
        let database = try EventDatabase.openForWriting(path: path)
        #expect(try database.scalarString(sql: "SELECT name FROM locations WHERE ref = 'user:test-hill'") == "Test Hill")
        #expect(try database.scalarInt(sql: "SELECT count(*) FROM locations WHERE ref LIKE 'gn:%'") ?? 0 > 40_000)
    }

    /// One database file for the read-only tests of this suite (loading the gazetteer takes a
    /// second); each test opens its own connection to it.
    private static func shared() throws -> Database {
        try Database(path: try sharedPath.get(), mode: .readOnly)
    }

    private static let sharedPath: Result<String, any Error> = Result {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reference-\(getpid()).db").path
        try? FileManager.default.removeItem(atPath: path)
        _ = try EventDatabase.openForWriting(path: path)
        return path
    }
}

@Suite struct NameKeyTests {
    @Test(arguments: [
        ("Deir ez-Zor", "deir zor"), ("Deir al-Zor", "deir zor"), ("Ma'arrat an-Nu'man", "maarrat numan"),
        ("Ḥimṣ", "hims"), ("Al-Qa’im", "qaim"), ("  Jisr  ash-Shughur ", "jisr shughur"), ("Şanlıurfa", "sanliurfa"),
        ("Akçakale", "akcakale"), ("KOBANÎ", "kobani"), ("Tall Abyaḍ", "tall abyad"), ("1070 project", "1070 project"),
        ("Ḥalab", "halab"), ("Ẓahiriyah", "zahiriyah"), ("Dayr az\u{2010}Zawr", "dayr zawr"), ("Ma\u{2018}arrat\u{2014}Nu\u{2019}man", "maarrat numan"),
    ])
    func normalizesTransliterationVariants(name: String, key: String) {
        #expect(NameKey.normalize(name) == key)
    }

    /// The blocks NameKey folds from tables (Latin Extended Additional, General Punctuation)
    /// fold as decomposing each scalar does: the ASCII base letter, the letter itself lower-cased,
    /// nothing for the quotation marks and primes of ʿayn and hamza, or a word break.
    @Test func tabledBlocksFoldAsDecompositionDoes() {
        for value in Array(UInt32(0x1E00)..<0x1F00) + Array(UInt32(0x2000)..<0x2070) {
            let scalar = Unicode.Scalar(value)!
            let middle: String
            if [0x2018, 0x2019, 0x2032].contains(value) {
                middle = ""
            } else if let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first, base.isASCII, base != scalar {
                middle = base.properties.isAlphabetic || ("0"..."9").contains(base) ? String(base).lowercased() : " "
            } else {
                middle = scalar.properties.isAlphabetic ? String(scalar).lowercased() : " "
            }
            #expect(NameKey.normalize("x" + String(scalar) + "y") == "x" + middle + "y", "U+\(String(value, radix: 16))")
        }
    }

    @Test func skeletonJoinsVowelAndDoubledLetterVariants() {
        #expect(NameKey.skeleton("Maheen") == NameKey.skeleton("Mahin"))
        #expect(NameKey.skeleton("Yarmouk") == NameKey.skeleton("Yarmuk"))
        #expect(NameKey.skeleton("Hawwarin") == NameKey.skeleton("Hawarin"))
    }
}
