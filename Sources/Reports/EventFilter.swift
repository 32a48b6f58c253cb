/// The filters of `query events` and `query timeline`, as the user typed them: names are
/// resolved against the database when the report runs.
public struct EventFilter: Sendable, Equatable {
    public var province: String?
    public var location: String?
    public var faction: String?
    public var type: String?
    public var family: String?
    public var since: String?
    public var until: String?
    public var article: String?
    public var limit: Int?

    public init(province: String? = nil, location: String? = nil, faction: String? = nil, type: String? = nil,
                family: String? = nil, since: String? = nil, until: String? = nil, article: String? = nil,
                limit: Int? = nil) {
        self.province = province; self.location = location; self.faction = faction; self.type = type
        self.family = family; self.since = since; self.until = until; self.article = article; self.limit = limit
    }
}
