import Foundation
import Reports
import Store
import Testing

@Suite struct ExportTests {
    /// RFC 7946 as QGIS and geojson.io need it: a FeatureCollection of Features, each with a
    /// Point geometry of [longitude, latitude] in range and an object of properties.
    static func checkGeoJSON(_ text: String) throws -> [[String: Any]] {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["type"] as? String == "FeatureCollection")
        let features = try #require(root["features"] as? [[String: Any]])
        for feature in features {
            #expect(feature["type"] as? String == "Feature")
            let geometry = try #require(feature["geometry"] as? [String: Any])
            #expect(geometry["type"] as? String == "Point")
            let coordinates = try #require(geometry["coordinates"] as? [Double])
            #expect(coordinates.count == 2)
            let properties = try #require(feature["properties"] as? [String: Any])
            #expect(coordinates[0] == properties["longitude"] as? Double)
            #expect(coordinates[1] == properties["latitude"] as? Double)
            #expect((-180...180).contains(coordinates[0]) && (-90...90).contains(coordinates[1]))
        }
        return features
    }

    @Test func geoJSONHasOnePointPerEventWithTheEventsColumnsAsProperties() throws {
        let fixture = try FixtureReports()
        let export = try fixture.reports.geoJSON(EventFilter(province: "Homs"))
        let features = try Self.checkGeoJSON(export.text)
        let events = try fixture.reports.events(EventFilter(province: "Homs"))
        // The event of the governorate as a whole has no point (the fixture's governorates have no coordinates).
        let located = events.values("latitude").filter { $0 != .null }.count
        #expect(features.count == located && located == events.rows.count - 1)
        #expect(export.written == located && export.left == 1)
        let first = try #require(features.first?["properties"] as? [String: Any])
        #expect(Set(first.keys) == Set(events.columnNames))
        #expect(first["articles"] as? [String] == ["a.txt"])
        #expect(features.map { ($0["properties"] as? [String: Any])?["id"] as? Int } == events.values("id").dropLast().map { $0.text.flatMap { Int($0) } })
    }

    @Test func geoJSONOfTheSeedsLeavesOutOnlyPlacesWithoutCoordinates() throws {
        let folder = try TemporaryDirectory()
        let database = try EventDatabase.openForReading(path: try SeedsDatabase.copy(into: folder))
        let export = try Reports(database: database).geoJSON()
        let features = try Self.checkGeoJSON(export.text)
        #expect(features.count == export.written)
        #expect(export.written == (try database.scalarInt(sql: "SELECT count(*) FROM event_details WHERE latitude IS NOT NULL") ?? -1))
        #expect(export.left == (try database.scalarInt(sql: "SELECT count(*) FROM event_details WHERE latitude IS NULL") ?? -1))
        #expect(export.written > 10)
    }

    @Test func anEmptySelectionIsAnEmptyFeatureCollection() throws {
        let fixture = try FixtureReports()
        let export = try fixture.reports.geoJSON(EventFilter(province: "Homs", since: "2030"))
        #expect(export.text == "{\"type\": \"FeatureCollection\", \"features\": []}\n")
        _ = try Self.checkGeoJSON(export.text)
    }

    @Test func acledCSVFollowsACLEDsColumnsAndConventions() throws {
        let fixture = try FixtureReports()
        let export = try fixture.reports.acled(EventFilter(since: "2015-11-23", until: "2024"))
        #expect(export.text == """
            event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,actor2,admin1,admin2,location,latitude,longitude,geo_precision,source,notes,fatalities
            2015-11-01,2015,3,Political violence,Violence against civilians,Abduction/forced disappearance,Islamic State,,Civilians,Homs,,Mahin,34.2600,37.0500,1,VOV World,ISIS menculik warga sipil di Maheen,0
            2015-11-23,2015,1,Political violence,Battles,Government regains territory,Syrian government forces,,Islamic State,Homs,,Mahin,34.2600,37.0500,1,VOV World,Tentara Suriah merebut kembali Maheen,0
            2015-11-23,2015,1,Political violence,Battles,Government regains territory,Syrian government forces,,Islamic State,Homs,,Hawarin,34.2800,37.1000,1,VOV World,Tentara Suriah merebut kembali Hawareen,0
            2015-11-23,2015,1,Political violence,Explosions/Remote violence,Air/drone strike,Russian forces,,,Latakia,,Latakia,35.5200,35.7900,1,VOV World,"Jet tempur Rusia menyerang Latakia, 12 tewas",12
            2015-11-23,2015,1,Political violence,Battles,Non-state actor overtakes territory,Syrian opposition / rebels,,Syrian government forces,Homs,,Hawarin,34.2800,37.1000,1,Arrahmahnews.com,Oposisi merebut Hawareen,0
            2015-11-26,2015,1,Political violence,Explosions/Remote violence,Air/drone strike,Russian forces,,,Latakia,,Latakia,35.5200,35.7900,1,Arrahmahnews.com,Rusia kembali menyerang Latakia,3
            2024-12-01,2024,3,Political violence,Battles,Non-state actor overtakes territory,Syrian opposition / rebels,,Syrian government forces,Homs,,Homs,,,3,Suara.com,Oposisi menguasai Provinsi Homs,0

            """)
        #expect(export.written == 7 && export.left == 0)
    }

    @Test func theQueryCommandWritesExportsToFiles() throws {
        let folder = try TemporaryDirectory()
        let db = try Fixture.make(folder)
        let cli = QueryCommandTests()
        let run = try cli.query(["export", "--db", db, "--format", "geojson", "--faction", "ISIS", "--output", folder.path("isis.geojson")])
        #expect(run.status == 0)
        #expect(run.stdout == "")
        #expect(run.stderr == "4 events written\n")
        let features = try Self.checkGeoJSON(try String(contentsOfFile: folder.path("isis.geojson"), encoding: .utf8))
        #expect(features.count == 4)
        let acled = try cli.query(["export", "--db", db, "--format", "acled", "--type", "air/drone strike"])
        #expect(acled.stdout.split(separator: "\n").count == 3)
        #expect(acled.stdout.hasPrefix("event_date,year,time_precision,disorder_type,"))
        let help = try cli.query(["export", "--help"])
        #expect(help.stdout.contains("time_precision  1 = the day is known"))
    }
}
