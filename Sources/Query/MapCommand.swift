import ArgumentParser
import Reports

struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map", abstract: "Draw who holds the places of a governorate: an SVG (or an HTML page) with a legend and a timeline.",
        discussion: """
            Places of the governorate are drawn where the gazetteer puts them (longitude and \
            latitude, fitted to the governorate), each place with a known holder at --as-of \
            coloured by that faction (the rule of `query control`: the latest fact on or before the \
            day; two claims of the same day split the marker), the other places of the governorate \
            as small grey dots. Below, one lane per place shows who held it from each fact on. The \
            file needs no network and opens in any browser; an --output ending in .html gives a \
            page with the SVG and a table of the holders.

            Examples:
              query map --province Homs --as-of 2015-12-01 --output homs.svg
              query map --province Idlib --output idlib.html
            """)

    @Option(help: "Governorate, any spelling (Homs, hims, 'Provinsi Homs').") var province: String
    @Option(name: .customLong("as-of"), help: "The day to draw (YYYY-MM-DD; YYYY-MM or YYYY mean its last day). Default: today.")
    var asOf: String?
    @Option(name: [.short, .long], help: ArgumentHelp("The file to write (.svg, or .html for a page); standard output when omitted.", valueName: "file"))
    var output: String?
    @Flag(help: "Write an HTML page even when --output does not end in .html.") var html = false
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let connection = try database.open()
        try reporting {
            let map = try Reports(database: connection).controlMap(province: province, asOf: asOf)
            let page = html || (output?.lowercased().hasSuffix(".html") ?? false) || (output?.lowercased().hasSuffix(".htm") ?? false)
            try write(page ? ControlMapHTML.render(map) : ControlMapSVG.render(map), to: output)
            var note = "\(map.admin1) as of \(map.asOf): \(map.holdings.count) place\(map.holdings.count == 1 ? "" : "s") with a holder, "
                + "\(map.places.count) places drawn"
            if !map.unplaced.isEmpty { note += "; \(map.unplaced.count) without coordinates listed, not drawn" }
            if let output { note += "; written to \(output)" }
            Output.note(note)
        }
    }
}
