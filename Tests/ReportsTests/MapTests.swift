import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Reports
import Store
import Testing

@Suite struct MapTests {
    /// Parses the SVG as XML and counts its elements by name.
    final class ElementCounter: NSObject, XMLParserDelegate {
        var counts: [String: Int] = [:]
        var texts: [String] = []
        private var inText = false
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            counts[name, default: 0] += 1
            inText = name == "text"
            if inText { texts.append("") }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { texts[texts.count - 1] += string } }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { inText = false }
    }

    static func parse(_ svg: String) throws -> ElementCounter {
        let counter = ElementCounter()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = counter
        #expect(parser.parse(), "not well-formed XML: \(String(describing: parser.parserError))")
        return counter
    }

    @Test func theMapHoldsWhatQueryControlSaysAtTheSameDay() throws {
        let fixture = try FixtureReports()
        for day in ["2015-11-01", "2015-11-23", "2024-12-31"] {
            let map = try fixture.reports.controlMap(province: "hims", asOf: day)
            #expect(map.admin1 == "Homs" && map.asOf == day)
            let control = try fixture.reports.control(province: "Homs", asOf: day)
            var expected = control.lines.map { $0.split(separator: "|").map(String.init) }.map { "\($0[0])=\($0[3])" }
            var drawn = map.holdings.flatMap { holding in holding.controllers.map { "\(holding.place.name)=\($0)" } }
            if let whole = map.governorate { drawn += whole.controllers.map { "\(whole.place.name)=\($0)" } }
            expected.sort(); drawn.sort()
            #expect(drawn == expected, "as of \(day)")
        }
        let map = try fixture.reports.controlMap(province: "Homs", asOf: "2015-11-23")
        #expect(map.places.map(\.name) == ["Al-Qaryatayn", "Mahin", "Hawarin"])
        #expect(map.holdings.map { "\($0.place.name) \($0.controllers.joined(separator: "+")) \($0.since)" }
                == ["Al-Qaryatayn islamic_state 2015-11-23", "Hawarin syrian_government+syrian_opposition 2015-11-23",
                    "Mahin syrian_government 2015-11-23"])
        #expect(map.facts.count == 5)
    }

    @Test func theSVGIsWellFormedWithAMarkerALabelAndALegendEntryPerHolder() throws {
        let fixture = try FixtureReports()
        let map = try fixture.reports.controlMap(province: "Homs", asOf: "2015-11-30")
        let svg = ControlMapSVG.render(map)
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        let parsed = try Self.parse(svg)
        #expect(parsed.counts["svg"] == 1)
        // One text per holder in the legend, the three place labels, the lanes' labels.
        for label in ["Islamic State (1)", "Syrian government forces (2)", "Syrian opposition / rebels (1)",
                      "Control of places in Homs as of 2015-11-30"] {
            #expect(parsed.texts.contains(label), "missing \(label)")
        }
        #expect(parsed.texts.filter { $0 == "Hawarin" }.count == 2)  // on the map and in the timeline
        #expect(parsed.counts["path", default: 0] == 2 + 2)  // the split marker of Hawarin, and the legend's
        let html = ControlMapHTML.render(map)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<tr><td>Hawarin</td><td>gn:2</td><td>Syrian government forces / Syrian opposition / rebels</td><td>2015-11-23</td><td>2015-11-23</td></tr>"))
        #expect(!html.contains("<?xml"))
    }

    @Test func namesAreEscapedForXML() throws {
        let folder = try TemporaryDirectory()
        let path = try Fixture.make(folder)
        let writer = try EventDatabase.openForWriting(path: path)
        try writer.execute(sql: "UPDATE locations SET name = 'Tal <Abyad> & \"Co\"' WHERE ref = 'gn:1'")
        let map = try Reports(database: try EventDatabase.openForReading(path: path)).controlMap(province: "Homs", asOf: "2015-11-30")
        let parsed = try Self.parse(ControlMapSVG.render(map))
        #expect(parsed.texts.contains("Tal <Abyad> & \"Co\""))
    }

    @Test func theSeedsMapOfHomsDrawsEveryGazetteerPlaceOfTheGovernorate() throws {
        let folder = try TemporaryDirectory()
        let database = try EventDatabase.openForReading(path: try SeedsDatabase.copy(into: folder))
        let map = try Reports(database: database).controlMap(province: "Homs", asOf: "2015-12-01")
        let svg = ControlMapSVG.render(map)
        let parsed = try Self.parse(svg)
        let placesWithCoordinates = try database.scalarInt(sql: """
            SELECT count(*) FROM locations WHERE admin1 = 'Homs' AND latitude IS NOT NULL AND kind NOT IN ('governorate', 'country')
            """) ?? 0
        #expect(map.places.count == Int(placesWithCoordinates))
        #expect(!map.holdings.isEmpty)
        // Grey dots for the places without a holder, plus the legend's dot and the legend's holders.
        #expect(parsed.counts["circle", default: 0] >= map.places.count - map.holdings.count)
        for holding in map.holdings where holding.place.latitude != nil {
            #expect(svg.contains("<title>\(holding.place.name):"), "no marker for \(holding.place.name)")
        }
    }

    @Test func theQueryCommandWritesAnSVGFile() throws {
        let folder = try TemporaryDirectory()
        let db = try Fixture.make(folder)
        let run = try QueryCommandTests().query(["map", "--db", db, "--province", "Homs", "--as-of", "2015-11-30", "--output", folder.path("homs.svg")])
        #expect(run.status == 0)
        #expect(run.stderr == "Homs as of 2015-11-30: 3 places with a holder, 3 places drawn; written to \(folder.path("homs.svg"))\n")
        _ = try Self.parse(try String(contentsOfFile: folder.path("homs.svg"), encoding: .utf8))
        let unknown = try QueryCommandTests().query(["map", "--db", db, "--province", "Atlantis"])
        #expect(unknown.status == 64)
    }
}
