import ArgumentParser
import Foundation
import Reports

struct ExportCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case geojson, acled }

    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write events as GeoJSON (for QGIS, geojson.io) or as ACLED-style CSV.",
        discussion: """
            Takes the filters of `query events`. Writes to standard output, or to --output FILE.

            geojson: a FeatureCollection (RFC 7946) with one Point feature per event, coordinates \
            [longitude, latitude] of its place, and the columns of `query events --format json` as \
            properties. Events at places without coordinates (met in articles, not in the \
            gazetteer) are left out; their count goes to standard error.

            acled: CSV with ACLED's column names, so that our rows can be appended to an ACLED \
            download: event_date, year, time_precision, disorder_type, event_type, sub_event_type, \
            actor1, assoc_actor_1, actor2, admin1, admin2, location, latitude, longitude, \
            geo_precision, source, notes, fatalities. ACLED's conventions:
              event_date      YYYY-MM-DD; the first day of the month (or year) when only that is known
              time_precision  1 = the day is known, 2 = a week or approximate, 3 = a month or coarser
              disorder_type   "Political violence" for Battles, Explosions/Remote violence and Violence
                              against civilians; "Demonstrations" for Protests and Riots; "Strategic
                              developments" for that family
              event_type      the family (Battles, …); sub_event_type our event type
              actor1, actor2  display names of the acting and targeted factions (factions.name, e.g.
                              "Syrian government forces"; ACLED's own names differ, e.g. "Military
                              Forces of Syria"); assoc_actor_1 the associates, joined by "; "
              geo_precision   1 = the town or site itself, 2 = a region, district or area near a town,
                              3 = the governorate (or country) as a whole
              source          the outlets, then the agencies they cite, joined by "; "
              notes           the sentence the event was read from
              fatalities      0 when the articles give no figure
            Undated events are left out; their count goes to standard error.

            Examples:
              query export --format geojson --province Homs --output homs.geojson
              query export --format acled --since 2015 --until 2015-12 > ours.csv
            """)

    @Option(name: .long, help: "geojson or acled.") var format: Format
    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?
    @OptionGroup var filters: EventFilterOptions
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let connection = try database.open()
        try reporting {
            let reports = Reports(database: connection)
            let export = format == .geojson ? try reports.geoJSON(filters.filter) : try reports.acled(filters.filter)
            try write(export.text, to: output)
            let reason = format == .geojson ? "at places without coordinates" : "without a date"
            var note = "\(export.written) event\(export.written == 1 ? "" : "s") written"
            if export.left > 0 { note += "; \(export.left) left out \(reason)" }
            Output.note(note)
        }
    }
}

/// Writes `text` to the file, or to standard output when there is none.
func write(_ text: String, to path: String?) throws {
    guard let path, path != "-" else { Output.print(text); return }
    do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
        throw CommandFailure("cannot write \(path): \(error.localizedDescription)")
    }
}
