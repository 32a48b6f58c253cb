import Foundation
import Store

extension Reports {
    // MARK: factions, casualties, sources

    /// Per faction: events by role, places gained and lost; over the events the filter keeps.
    public func factions(_ filter: EventFilter = EventFilter()) throws -> ResultTable {
        try factionsQuery(filter).run(on: database)
    }

    public func factionsQuery(_ filter: EventFilter) throws -> ReportQuery {
        let (conditions, values) = try eventConditions(filter)
        // `faction` is the key here, next to its display `name`: kept as the key in every format.
        return ReportQuery(sql: limited(SummarySQL.factions(where: conditions), filter.limit), values: values)
    }

    /// Fatalities per month, governorate and acting faction.
    public func casualties(_ filter: EventFilter = EventFilter()) throws -> ResultTable {
        try casualtiesQuery(filter).run(on: database)
    }

    public func casualtiesQuery(_ filter: EventFilter) throws -> ReportQuery {
        let (conditions, values) = try eventConditions(filter)
        return ReportQuery(sql: limited(SummarySQL.casualties(where: conditions), filter.limit), values: values,
                           kinds: Kinds.standard)
    }

    /// Per outlet and cited agency; `kind` is "outlet", "agency" or nil for both.
    public func sources(kind: String? = nil) throws -> ResultTable {
        try sourcesQuery(kind: kind).run(on: database)
    }

    public func sourcesQuery(kind: String?) throws -> ReportQuery {
        if let kind, kind != "outlet" && kind != "agency" {
            throw ReportsError(.invalidArgument, "--kind is outlet or agency, not '\(kind)'")
        }
        return ReportQuery(sql: SummarySQL.sources, values: ["kind": kind.map { .text($0) } ?? .null])
    }

    private func limited(_ sql: String, _ limit: Int?) -> String {
        limit == nil ? sql : sql + "\nLIMIT :limit"
    }

    // MARK: locations

    public struct LocationFilter: Sendable {
        public var province: String?
        public var kind: String?
        public var name: String?
        public var country: String?
        public var needsReview = false
        public var limit: Int?

        public init(province: String? = nil, kind: String? = nil, name: String? = nil, country: String? = nil,
                    needsReview: Bool = false, limit: Int? = nil) {
            self.province = province; self.kind = kind; self.name = name; self.country = country
            self.needsReview = needsReview; self.limit = limit
        }
    }

    /// The gazetteer, with how many events each place has.
    public func locations(_ filter: LocationFilter = LocationFilter()) throws -> ResultTable {
        try locationsQuery(filter).run(on: database)
    }

    public func locationsQuery(_ filter: LocationFilter) throws -> ReportQuery {
        var conditions: [LocationsSQL.Condition] = []
        var values: [String: SQLiteValue] = [:]
        if let province = filter.province {
            conditions.append(.province)
            values["admin1"] = .text(try names.province(province))
        }
        if let kind = filter.kind {
            let kinds = try database.query(sql: "SELECT DISTINCT kind FROM locations ORDER BY kind") { $0.string(0) }
            guard kinds.contains(kind) else {
                throw ReportsError(.unknownName, "no place kind '\(kind)' (kinds in the database: \(kinds.joined(separator: ", ")))")
            }
            conditions.append(.kind)
            values["kind"] = .text(kind)
        }
        if let name = filter.name {
            conditions.append(.name)
            values["name"] = .text(NameResolver.placeKey(name))
        }
        if let country = filter.country {
            conditions.append(.country)
            values["country"] = .text(country)
        }
        if filter.needsReview { conditions.append(.needsReview) }
        if let limit = filter.limit { values["limit"] = .integer(Int64(limit)) }
        return ReportQuery(sql: LocationsSQL.select(where: conditions, limit: filter.limit != nil), values: values)
    }

    // MARK: search

    /// Articles matching `text` (every word, in any order), best first, with a snippet.
    /// With `raw`, `text` is an FTS5 query (OR, NEAR, "phrases", prefix*).
    public func search(_ text: String, raw: Bool = false, limit: Int = 50) throws -> ResultTable {
        try searchQuery(text, raw: raw, limit: limit).run(on: database)
    }

    public func searchQuery(_ text: String, raw: Bool = false, limit: Int = 50) throws -> ReportQuery {
        let query = raw ? text : Self.ftsWords(text)
        guard !query.isEmpty else { throw ReportsError(.invalidArgument, "nothing to search for") }
        return ReportQuery(sql: SearchSQL.select, values: ["query": .text(query), "limit": .integer(Int64(limit))])
    }

    /// Each word as an FTS5 string, so that any text is a valid query matching all its words.
    static func ftsWords(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace)
            .map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            .joined(separator: " ")
    }
}
