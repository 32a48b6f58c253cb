import Store

/// The canned reports, callable in-process on an open connection (the `query` command and the
/// benchmark both go through here). Each method resolves the names it is given, builds its
/// `ReportQuery` and runs it; the `…Query` methods stop before running, for `--show-sql`.
public struct Reports {
    public let database: Database
    public let names: NameResolver

    public init(database: Database) {
        self.database = database
        self.names = NameResolver(database: database)
    }

    // MARK: events, timeline

    public func events(_ filter: EventFilter = EventFilter()) throws -> ResultTable {
        try eventsQuery(filter).run(on: database)
    }

    public func eventsQuery(_ filter: EventFilter) throws -> ReportQuery {
        try eventsQuery(filter, columns: EventsSQL.columns)
    }

    func eventsQuery(_ filter: EventFilter, columns: String) throws -> ReportQuery {
        let (conditions, values) = try eventConditions(filter)
        return ReportQuery(sql: EventsSQL.select(columns, where: conditions, limit: filter.limit != nil),
                           values: values, kinds: Kinds.standard)
    }

    /// The conditions and bound values of an event filter, names resolved.
    func eventConditions(_ filter: EventFilter) throws -> ([EventsSQL.Condition], [String: SQLiteValue]) {
        var conditions: [EventsSQL.Condition] = []
        var values: [String: SQLiteValue] = [:]
        var admin1: String?
        if let province = filter.province {
            admin1 = try names.province(province)
            conditions.append(.province)
            values["admin1"] = .text(admin1!)
        }
        if let location = filter.location {
            let ids = try names.places(location, admin1: admin1)
            conditions.append(.locations)
            values["locations"] = .text("[" + ids.map(String.init).joined(separator: ",") + "]")
        }
        if let faction = filter.faction {
            conditions.append(.faction)
            values["faction"] = .text(try names.faction(faction))
        }
        if let type = filter.type {
            conditions.append(.type)
            values["type"] = .text(try eventType(type))
        }
        if let family = filter.family {
            conditions.append(.family)
            values["family"] = .text(try eventFamily(family))
        }
        if let since = filter.since {
            conditions.append(.since)
            values["since"] = .text(try DateArgument.first(since, option: "--since"))
        }
        if let until = filter.until {
            conditions.append(.until)
            values["until"] = .text(try DateArgument.last(until, option: "--until"))
        }
        if let article = filter.article {
            conditions.append(.article)
            values["article"] = .text(article)
        }
        if let limit = filter.limit { values["limit"] = .integer(Int64(limit)) }
        return (conditions, values)
    }

    /// Events of a place or a faction (or both) in date order.
    public func timeline(_ filter: EventFilter) throws -> ResultTable {
        try timelineQuery(filter).run(on: database)
    }

    public func timelineQuery(_ filter: EventFilter) throws -> ReportQuery {
        guard filter.location != nil || filter.faction != nil || filter.province != nil else {
            throw ReportsError(.invalidArgument, "timeline needs --location, --faction or --province")
        }
        return try eventsQuery(filter, columns: EventsSQL.timelineColumns)
    }

    private func eventType(_ name: String) throws -> String {
        let types = try database.query(sql: "SELECT type FROM event_types ORDER BY type") { $0.string(0) }
        if let type = types.first(where: { $0.lowercased() == name.lowercased() }) { return type }
        throw ReportsError(.unknownName, "no event type '\(name)' (types: \(types.joined(separator: "; ")))",
                           suggestions: NameResolver.nearest(name.lowercased(), among: types.map { ($0.lowercased(), $0) }, limit: 3))
    }

    private func eventFamily(_ name: String) throws -> String {
        let families = try database.query(sql: "SELECT DISTINCT family FROM event_types ORDER BY family") { $0.string(0) }
        if let family = families.first(where: { $0.lowercased() == name.lowercased() }) { return family }
        throw ReportsError(.unknownName, "no event family '\(name)' (families: \(families.joined(separator: "; ")))")
    }

    // MARK: control

    /// Who holds each place of a province (all places when nil) at `asOf` (default today).
    public func control(province: String? = nil, asOf: String? = nil, history: Bool = false) throws -> ResultTable {
        try controlQuery(province: province, asOf: asOf, history: history).run(on: database)
    }

    public func controlQuery(province: String?, asOf: String?, history: Bool = false) throws -> ReportQuery {
        var values: [String: SQLiteValue] = [
            "as_of": .text(try asOf.map { try DateArgument.last($0, option: "--as-of") } ?? DateArgument.today()),
        ]
        if let province { values["admin1"] = .text(try names.province(province)) }
        let scoped = province != nil
        let hasControlDays = try Migrator.version(of: database) >= ControlSQL.controlDaysVersion
        let sql = if history {
            ControlSQL.history(scoped: scoped)
        } else if hasControlDays {
            ControlSQL.current(scoped: scoped)
        } else {
            ControlSQL.currentFromEvents(scoped: scoped)  // an older database, read as it is
        }
        return ReportQuery(sql: sql, values: values, kinds: Kinds.standard)
    }

    // MARK: articles

    /// Per article: outlet, publication date, language and how many events it yielded.
    public func articles() throws -> ResultTable {
        try articlesQuery().run(on: database)
    }

    /// With `detail`, also the title, cited agencies and the span of the events' dates.
    public func articlesQuery(detail: Bool = false) -> ReportQuery {
        ReportQuery(sql: detail ? SummarySQL.articleDetails : """
            SELECT article, outlet, published, language, events
            FROM article_summary
            ORDER BY article, id
            """)
    }
}
