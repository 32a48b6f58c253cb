import Store
import Testing

/// The loader's writes and the reader's places, on a migrated database without the shipped data.
@Suite struct ReferenceLoaderTests {
    private static func emptyDatabase(_ folder: TemporaryDirectory) throws -> Database {
        let database = try Database(path: folder.path("events.db"), mode: .create)
        try Migrator.embedded.migrate(database)
        return database
    }

    private static func names(_ database: Database, _ id: Int64) throws -> [String] {
        try database.query(sql: "SELECT name || '=' || normalized || '/' || origin FROM location_names WHERE location_id = ? ORDER BY normalized", id) { $0.string(0) }
    }

    @Test func upsertPlaceAnswersTheIdOfTheRowItInsertedUpdatedOrLeftToItsAnalyst() throws {
        let folder = try TemporaryDirectory()
        let database = try Self.emptyDatabase(folder)
        let builtin = ReferenceLoader(database: database, origin: "builtin")
        let user = ReferenceLoader(database: database, origin: "user")
        try builtin.upsertCountry(code: "SY", name: "Syria", latitude: 35, longitude: 38)
        // the country took rowid 1 just before: the new place's id 1 cannot be told from it by last_insert_rowid
        let mahin = try builtin.upsertPlace(PlaceRow(ref: "gn:1", name: "Mahin", names: ["Maheen", "Al-Mahin", "Mahin"],
                                                     feature: "P.PPL", country: "SY", admin1: "Homs", latitude: 34.26, longitude: 37.05))
        let hill = try user.upsertPlace(PlaceRow(ref: "user:hill", name: "Test Hill", feature: "T.HLL", country: "SY", admin1: "Homs",
                                                 latitude: 34.5, longitude: 36.9))
        let updated = try builtin.upsertPlace(PlaceRow(ref: "gn:1", name: "Mahin", names: ["Mhin"], feature: "P.PPLA3", country: "SY",
                                                       admin1: "Homs", latitude: 34.26, longitude: 37.05, population: 5000))
        let left = try builtin.upsertPlace(PlaceRow(ref: "user:hill", name: "Tall", names: ["Tal"], feature: "T.HLL", country: "SY",
                                                    admin1: "Homs", latitude: 1, longitude: 2))
        let hawarin = try builtin.upsertPlace(PlaceRow(ref: "gn:2", name: "Hawarin", feature: "P.PPL", country: "SY", admin1: "Homs",
                                                       latitude: 34.3, longitude: 37.1))
        #expect([mahin, hill, updated, left, hawarin] == [1, 2, 1, 2, 3])
        let rows = try database.query(sql: "SELECT id || ' ' || ref || ' ' || name || ' ' || kind || ' ' || coalesce(population, '-') || ' ' || origin FROM locations ORDER BY id") { $0.string(0) }
        #expect(rows == ["1 gn:1 Mahin town 5000 builtin", "2 user:hill Test Hill hill - user", "3 gn:2 Hawarin village - builtin"])
        #expect(try Self.names(database, 1) == ["Maheen=maheen/builtin", "Mahin=mahin/builtin", "Mhin=mhin/builtin"])
        #expect(try Self.names(database, 2) == ["Tal=tal/builtin", "Tall=tall/builtin", "Test Hill=test hill/user"])
        #expect(try Self.names(database, 3) == ["Hawarin=hawarin/builtin"])
    }

    @Test func placesComeInIdOrderWithTheirNamesInKeyOrderAndWithoutPlacesNeedingReview() throws {
        let folder = try TemporaryDirectory()
        let database = try Self.emptyDatabase(folder)
        let loader = ReferenceLoader(database: database, origin: "builtin")
        try loader.upsertPlace(PlaceRow(ref: "gn:1", name: "Mahin", names: ["Maheen", "Al-Mahin"], feature: "P.PPL", country: "SY",
                                        admin1: "Homs", latitude: 34.26, longitude: 37.05))
        try database.execute(sql: """
            INSERT INTO locations (ref, name, feature, kind, origin, needs_review) VALUES ('new:sy/homs/x', 'X', 'P.PPL', 'village', 'extracted', 1)
            """)
        try database.execute(sql: "INSERT INTO location_names (location_id, name, normalized, origin) VALUES (2, 'X', 'x', 'extracted')")
        try loader.upsertPlace(PlaceRow(ref: "gn:3", name: "Zaidal", names: ["Al-Zaydal", "Zeidal", "Az Zaydal"], feature: "P.PPL",
                                        country: "SY", admin1: "Homs", latitude: 34.7, longitude: 36.8))
        let places = try ReferenceReader(database: database).places()
        #expect(places.map(\.ref) == ["gn:1", "gn:3"])
        #expect(places.map(\.names) == [["Maheen", "Mahin"], ["Zaidal", "Al-Zaydal", "Zeidal"]])
    }
}
