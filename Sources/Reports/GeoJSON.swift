import Store

/// GeoJSON (RFC 7946) from a table with `latitude` and `longitude` columns: one Point feature
/// per row that has both, every column as a property (lists nested, NULL as null).
public enum GeoJSON {
    public static func featureCollection(_ table: ResultTable) -> Export {
        let names = table.columnNames
        guard let lat = names.firstIndex(of: "latitude"), let lon = names.firstIndex(of: "longitude") else {
            return Export(text: "{\"type\": \"FeatureCollection\", \"features\": []}\n", written: 0, left: table.rows.count)
        }
        let keys = names.map(JSONRenderer.quote)
        var features: [String] = []
        var left = 0
        for row in table.rows {
            guard let latitude = number(row[lat]), let longitude = number(row[lon]) else { left += 1; continue }
            var properties: [String] = []
            for index in row.indices {
                properties.append(keys[index] + ": " + JSONRenderer.value(row[index], kind: table.columns[index].kind))
            }
            features.append("{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [\(longitude), \(latitude)]}, "
                            + "\"properties\": {" + properties.joined(separator: ", ") + "}}")
        }
        let body = features.isEmpty ? "[]" : "[\n" + features.map { "  " + $0 }.joined(separator: ",\n") + "\n]"
        return Export(text: "{\"type\": \"FeatureCollection\", \"features\": " + body + "}\n", written: features.count, left: left)
    }

    private static func number(_ value: SQLiteValue) -> Double? {
        switch value {
        case .real(let number) where number.isFinite: number
        case .integer(let number): Double(number)
        default: nil
        }
    }
}
