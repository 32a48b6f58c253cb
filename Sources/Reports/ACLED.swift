import Foundation
import Store

/// CSV in the layout of ACLED downloads, so that our events can be appended to theirs.
///
/// Conventions (ACLED codebook): event_date is 'YYYY-MM-DD', the first day of a month or year
/// when only that is known; time_precision 1 = the day, 2 = a week or approximate, 3 = a month
/// or coarser; geo_precision 1 = the town itself, 2 = near a town or part of a region, 3 = a
/// governorate or larger; disorder_type is "Political violence" for Battles, Explosions/Remote
/// violence and Violence against civilians, "Demonstrations" for Protests and Riots, and
/// "Strategic developments" for that family; event_type is the family and sub_event_type our
/// type; actors are display names (factions.name), associates joined by "; "; source lists
/// the outlets then the agencies cited; notes is the sentence read; fatalities is 0 when not given.
public enum ACLED {
    public static let columns = [
        "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
        "assoc_actor_1", "actor2", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
        "source", "notes", "fatalities",
    ]

    /// The events of `selection` (a SELECT * from event_details) with what ACLED needs besides.
    static func sql(_ selection: String) -> String {
        """
        WITH d AS (
        \(selection)
        )
        SELECT d.date_start, d.date_precision, d.family, d.type, d.actor, d.associates, d.target, d.admin1, d.admin2,
               d.location, d.latitude, d.longitude, l.kind, d.evidence, d.fatalities,
               (SELECT group_concat(name, '; ') FROM (
                   SELECT DISTINCT s.name, s.kind FROM reports rp JOIN articles a ON a.id = rp.article_id
                   JOIN sources s ON s.id = a.outlet_id OR s.id = rp.agency_id
                   WHERE rp.event_id = d.id ORDER BY s.kind DESC, s.name)) AS source
        FROM d LEFT JOIN locations l ON l.id = d.location_id
        ORDER BY d.date_start IS NULL, d.date_start, d.id
        """
    }

    static func disorderType(family: String) -> String {
        switch family {
        case "Strategic developments": "Strategic developments"
        case "Protests", "Riots": "Demonstrations"
        default: "Political violence"
        }
    }

    static func timePrecision(_ precision: String) -> Int { precision == "day" ? 1 : 3 }

    /// 1 for a point place (a town, a quarter, a base), 2 for an area within a governorate,
    /// 3 for a governorate or a country.
    static func geoPrecision(kind: String?) -> Int {
        switch kind {
        case "governorate", "country", nil: 3
        case "district", "subdistrict", "region", "mountain", "water", "other": 2
        default: 1
        }
    }

    static func csv(_ table: ResultTable, factionNames: [String: String]) -> Export {
        func text(_ value: SQLiteValue) -> String? { value.text }
        func name(_ key: String?) -> String { key.map { factionNames[$0] ?? $0 } ?? "" }
        var rows: [[SQLiteValue]] = []
        var left = 0
        for row in table.rows {
            guard let start = text(row[0]), let precision = text(row[1]) else { left += 1; continue }
            let family = text(row[2]) ?? ""
            let associates = (text(row[5]) ?? "").split(separator: ",").map { name(String($0)) }
            rows.append([
                .text(start), .integer(Int64(start.prefix(4)) ?? 0), .integer(Int64(timePrecision(precision))),
                .text(disorderType(family: family)), .text(family), row[3], .text(name(text(row[4]))),
                .text(associates.joined(separator: "; ")), .text(name(text(row[6]))), row[7], row[8], row[9],
                coordinate(row[10]), coordinate(row[11]), .integer(Int64(geoPrecision(kind: text(row[12])))),
                row[15], row[13], .integer(Int64(text(row[14]).flatMap { Int($0) } ?? 0)),
            ])
        }
        let result = ResultTable(columns: columns.map { Column($0) }, rows: rows)
        return Export(text: DelimitedRenderer.csv.render(result), written: rows.count, left: left)
    }

    /// Four decimals, as ACLED writes them.
    private static func coordinate(_ value: SQLiteValue) -> SQLiteValue {
        guard case .real(let number) = value else { return value }
        let rounded = (number * 10_000).rounded() / 10_000
        return .text(String(format: "%.4f", rounded))
    }
}
