import Store

/// Events written for other tools: GeoJSON for GIS (QGIS, geojson.io) and CSV in ACLED's
/// layout, to merge with ACLED downloads. Both take the filters of `query events`.
public struct Export: Sendable, Equatable {
    /// The whole file.
    public let text: String
    /// Events written, and events the format cannot hold (no coordinates, no date).
    public let written: Int
    public let left: Int
}

extension Reports {
    /// The events the filter keeps as a GeoJSON FeatureCollection of Points ([longitude, latitude],
    /// RFC 7946), with the columns of `query events` as properties. Events at places without
    /// coordinates are left out and counted.
    public func geoJSON(_ filter: EventFilter = EventFilter()) throws -> Export {
        let table = try eventsQuery(filter).run(on: database)
        return GeoJSON.featureCollection(table)
    }

    /// The events the filter keeps as ACLED-style CSV (see `ACLED`). Undated events are left out and counted.
    public func acled(_ filter: EventFilter = EventFilter()) throws -> Export {
        let (conditions, values) = try eventConditions(filter)
        let sql = ACLED.sql(EventsSQL.select("*", where: conditions, limit: filter.limit != nil))
        let table = try ReportQuery(sql: sql, values: values).run(on: database)
        return ACLED.csv(table, factionNames: try names.factionNames())
    }
}
