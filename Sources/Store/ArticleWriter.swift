import Names

/// Writes one article with its events, reports and control observations.
///
/// The same event told by several articles is stored once: an event of the same family, place
/// and date (a day apart at most; same controller for territory changes) gets another report.
/// Re-writing an article whose text changed replaces its reports, and events left without any
/// report are deleted. Each `write` runs in a savepoint: call it inside a batch transaction, or
/// hand the whole batch to `writeBatch`, which makes the transaction and is much cheaper.
public final class ArticleWriter {
    public enum Outcome: Sendable, Equatable {
        case inserted(articleID: Int64)
        case updated(articleID: Int64)
        /// The same input with the same text was stored before.
        case unchanged(articleID: Int64)
        /// The same text was stored before from another input (`input` of that article).
        case duplicate(of: String)
    }

    private let database: Database
    private var factionIDs: [String: Int64] = [:]
    private var locationIDs: [String: Int64] = [:]

    public init(database: Database) throws {
        self.database = database
        try reloadFactions()
    }

    /// Reads the faction keys again (after an import added some).
    public func reloadFactions() throws {
        factionIDs = Dictionary(uniqueKeysWithValues: try database.query(sql: "SELECT key, id FROM factions") { ($0.string(0), $0.int64(1)) })
    }

    /// What is stored for this input: its article id and content hash, if any.
    public func existing(input: String) throws -> (id: Int64, hash: String)? {
        try database.query(sql: "SELECT id, content_hash FROM articles WHERE input = ?", input) { ($0.int64(0), $0.string(1)) }.first
    }

    /// One article for `writeBatch`: what `write` takes.
    public struct BatchItem: Sendable {
        public var article: ArticleRecord
        public var events: [EventRecord]
        public var controls: [ControlRecord]
        public var replacingUnchanged: Bool

        public init(article: ArticleRecord, events: [EventRecord], controls: [ControlRecord], replacingUnchanged: Bool = false) {
            self.article = article; self.events = events; self.controls = controls; self.replacingUnchanged = replacingUnchanged
        }
    }

    /// Writes several articles as `write` does, in order, in one transaction of its own: one
    /// result per article, and an article that fails leaves the others written.
    ///
    /// Why not `write` in a loop: a savepoint per article is costly. SQLite's FTS5 (3.40) writes
    /// its pending terms out as a new segment at every savepoint, so the search index got one
    /// segment per article and merged them over and over; and each page the batch had already
    /// changed is copied into the savepoint's journal before it is changed again. So the batch
    /// is written with no savepoint at all. Only when an article fails (other than "database
    /// busy", which is thrown for the caller to retry) is the transaction rolled back and the
    /// batch written again in a new one, with a savepoint per article. The statement journal of
    /// every insert that fires a trigger flushes FTS5 as a savepoint does, so the batch's new
    /// articles are indexed for search by one statement at the end (`SearchIndexDeferral`).
    /// - Parameter prepare: runs in the transaction before each article is written (the
    ///   pipeline applies analysts' corrections there); an error fails that article only.
    public func writeBatch(_ items: [BatchItem], prepare: (BatchItem) throws -> BatchItem = { $0 }) throws -> [Result<Outcome, StoreError>] {
        do {
            return try database.inTransaction(.immediate) {
                try SearchIndexDeferral.indexingNewArticlesAfter({
                    try items.map { item in
                        let item = try prepare(item)
                        return .success(try writeUnguarded(item.article, events: item.events, controls: item.controls,
                                                           replacingUnchanged: item.replacingUnchanged))
                    }
                }, in: database)
            }
        } catch let error as StoreError where !error.isBusy {
            forgetCachedIDs()
        }
        return try database.inTransaction(.immediate) {
            try SearchIndexDeferral.indexingNewArticlesAfter({
                try items.map { item in
                    do {
                        let item = try prepare(item)
                        return .success(try write(item.article, events: item.events, controls: item.controls,
                                                  replacingUnchanged: item.replacingUnchanged))
                    } catch let error as StoreError where !error.isBusy {
                        forgetCachedIDs()
                        return .failure(error)
                    }
                }
            }, in: database)
        }
    }

    /// Ids of places and sources this writer created may have been rolled back with a savepoint.
    private func forgetCachedIDs() {
        locationIDs.removeAll()
        sourceIDs.removeAll()
    }

    /// - Parameter replacingUnchanged: rewrite the extraction even when the text is unchanged
    ///   (the reference data changed since it was extracted).
    @discardableResult
    public func write(_ article: ArticleRecord, events: [EventRecord], controls: [ControlRecord],
                      replacingUnchanged: Bool = false) throws -> Outcome {
        try database.inSavepoint {
            try writeUnguarded(article, events: events, controls: controls, replacingUnchanged: replacingUnchanged)
        }
    }

    private func writeUnguarded(_ article: ArticleRecord, events: [EventRecord], controls: [ControlRecord],
                                replacingUnchanged: Bool) throws -> Outcome {
        if let stored = try existing(input: article.input) {
            if stored.hash == article.contentHash && !replacingUnchanged { return .unchanged(articleID: stored.id) }
            let previousEvents = try removeExtraction(articleID: stored.id)
            try updateArticle(id: stored.id, article)
            try writeExtraction(articleID: stored.id, article: article, events: events, controls: controls)
            try deleteOrphans(previousEvents)
            return .updated(articleID: stored.id)
        }
        if let other = try database.scalarString(sql: "SELECT input FROM articles WHERE content_hash = ? LIMIT 1", article.contentHash) {
            return .duplicate(of: other)
        }
        let id = try insertArticle(article)
        try writeExtraction(articleID: id, article: article, events: events, controls: controls)
        return .inserted(articleID: id)
    }

    // MARK: Articles

    private func insertArticle(_ article: ArticleRecord) throws -> Int64 {
        let outlet = try article.outlet.map { try sourceID(name: $0, kind: "outlet") }
        try database.execute(sql: """
            INSERT INTO articles (input, file_name, content_hash, url, title, outlet_id, published, published_precision,
                                  language, supported, format, raw_text, clean_text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, values: articleValues(article, outlet: outlet))
        return database.lastInsertRowID
    }

    private func updateArticle(id: Int64, _ article: ArticleRecord) throws {
        let outlet = try article.outlet.map { try sourceID(name: $0, kind: "outlet") }
        try database.execute(sql: """
            UPDATE articles SET input = ?, file_name = ?, content_hash = ?, url = ?, title = ?, outlet_id = ?, published = ?,
                published_precision = ?, language = ?, supported = ?, format = ?, raw_text = ?, clean_text = ?,
                ingested_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
            WHERE id = ?
            """, values: articleValues(article, outlet: outlet) + [id])
    }

    private func articleValues(_ article: ArticleRecord, outlet: Int64?) -> [SQLiteBindable] {
        [article.input, article.fileName, article.contentHash, article.url, article.title, outlet,
         article.published?.text, article.published?.precision.rawValue ?? "unknown",
         article.language, article.supported, article.format, article.rawText, article.cleanText]
    }

    /// Deletes what an earlier extraction of the article wrote; returns the events it reported.
    private func removeExtraction(articleID: Int64) throws -> [Int64] {
        let events = try database.query(sql: "SELECT DISTINCT event_id FROM reports WHERE article_id = ?", articleID) { $0.int64(0) }
        try database.execute(sql: "DELETE FROM reports WHERE article_id = ?", articleID)
        try database.execute(sql: "DELETE FROM control_observations WHERE article_id = ?", articleID)
        try database.execute(sql: "DELETE FROM article_agencies WHERE article_id = ?", articleID)
        return events
    }

    private func deleteOrphans(_ events: [Int64]) throws {
        for id in events {
            try database.execute(sql: "DELETE FROM events WHERE id = ? AND NOT EXISTS (SELECT 1 FROM reports WHERE event_id = ?)", id, id)
        }
    }

    // MARK: Events

    private func writeExtraction(articleID: Int64, article: ArticleRecord, events: [EventRecord], controls: [ControlRecord]) throws {
        // In the order the article cites them (a Set's order changes from run to run, and with it
        // the ids of new sources).
        var seen = Set<String>()
        for agency in article.agencies where seen.insert(agency).inserted {
            try database.execute(sql: "INSERT OR IGNORE INTO article_agencies (article_id, source_id) VALUES (?, ?)",
                                 articleID, try sourceID(name: agency, kind: "agency"))
        }
        for event in events {
            let locationID = try event.location.map(locationID)
            let controller = try event.faction(.controller).map(factionID)
            let eventID = try matchingEvent(event, locationID: locationID, controllerID: controller, articleID: articleID)
                ?? insertEvent(event, locationID: locationID)
            let agency = try event.agency.map { try sourceID(name: $0, kind: "agency") }
            try database.execute(sql: """
                INSERT OR IGNORE INTO reports (event_id, article_id, sentence_index, evidence, cue, agency_id, explanation)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, eventID, articleID, event.sentenceIndex, event.evidence, event.cue, agency, event.explanation)
        }
        for control in controls {
            try database.execute(sql: """
                INSERT OR IGNORE INTO control_observations (location_id, faction_id, as_of, article_id, sentence_index, evidence)
                VALUES (?, ?, ?, ?, ?, ?)
                """, try locationID(control.location), try factionID(control.faction), control.asOf, articleID,
                control.sentenceIndex, control.evidence)
        }
    }

    /// An event already stored from another article that this one is a report of.
    private func matchingEvent(_ event: EventRecord, locationID: Int64?, controllerID: Int64?, articleID: Int64) throws -> Int64? {
        guard let locationID else { return nil }
        let sql = switch event.date?.precision {
        case nil: Self.matchUndated
        case .day: Self.matchDay
        case .month, .year: Self.matchMonthOrYear
        }
        let values: [SQLiteBindable] = [locationID, event.type, event.date?.text, event.date?.precision.rawValue, controllerID,
                                        articleID, event.date?.start]
        let statement = try database.cachedStatement(sql: sql)
        return try statement.rows(Array(values.prefix(statement.parameterCount))) { $0.optionalInt64(0) }.first ?? nil
    }

    // One statement per kind of date rather than an OR of the three, so that SQLite searches
    // events_by_location on (location_id, date_start) instead of every event of the place. The
    // first event is min(e.id), not ORDER BY e.id LIMIT 1, which builds a temporary b-tree.
    private static func matchSQL(date condition: String) -> String {
        """
        SELECT min(e.id) FROM events e
        JOIN event_types t ON t.type = e.type
        JOIN event_types mine ON mine.type = ?2
        WHERE e.location_id = ?1
          AND t.family = mine.family
          AND (e.type = mine.type OR (t.territorial = 0 AND mine.territorial = 0))
          AND \(condition)
          AND coalesce((SELECT faction_id FROM event_factions WHERE event_id = e.id AND role = 'controller'), 0) = coalesce(?5, 0)
          AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.event_id = e.id AND r.article_id = ?6)
        """
    }
    private static let matchUndated = matchSQL(date: "e.date_start IS NULL AND ?3 IS NULL")
    private static let matchDay = matchSQL(date: "e.date_start BETWEEN date(?3, '-1 day') AND date(?3, '+1 day') AND e.date_precision = 'day'")
    private static let matchMonthOrYear = matchSQL(date: "e.date_start = ?7 AND e.date = ?3")

    private func insertEvent(_ event: EventRecord, locationID: Int64?) throws -> Int64 {
        try database.execute(sql: """
            INSERT INTO events (type, date, date_precision, date_start, date_end, location_id, fatalities)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, event.type, event.date?.text, event.date?.precision.rawValue ?? "unknown", event.date?.start,
            event.date?.end, locationID, event.fatalities)
        let id = database.lastInsertRowID
        for (role, key) in event.factions {
            try database.execute(sql: "INSERT OR IGNORE INTO event_factions (event_id, role, faction_id) VALUES (?, ?, ?)",
                                 id, role.rawValue, try factionID(key))
        }
        return id
    }

    // MARK: Keys to ids

    private func factionID(_ key: String) throws -> Int64 {
        if let id = factionIDs[key] { return id }
        try reloadFactions()
        guard let id = factionIDs[key] else { throw StoreError.misuse("unknown faction key \(key)") }
        return id
    }

    private func locationID(_ key: LocationKey) throws -> Int64 {
        switch key {
        case .ref(let ref):
            if let id = locationIDs[ref] { return id }
            guard let id = try database.scalarInt(sql: "SELECT id FROM locations WHERE ref = ?", ref) else {
                throw StoreError.misuse("unknown location ref \(ref)")
            }
            locationIDs[ref] = id
            return id
        case .new(let name, let country, let admin1, let parentRef):
            // One row per name within its governorate, whichever article named it first.
            let ref = "new:" + [country ?? "", admin1.map(NameKey.normalize) ?? "", NameKey.normalize(name)].joined(separator: "/")
            if let id = locationIDs[ref] { return id }
            if let id = try database.scalarInt(sql: "SELECT id FROM locations WHERE ref = ?", ref) {
                locationIDs[ref] = id
                return id
            }
            let parent = try parentRef.flatMap { try database.scalarInt(sql: "SELECT id FROM locations WHERE ref = ?", $0) }
            try database.execute(sql: """
                INSERT INTO locations (ref, name, feature, kind, country, admin1, parent_id, origin, needs_review, note)
                VALUES (?, ?, 'P.PPL', 'other', ?, ?, ?, 'extracted', 1, 'named in an article, not in the gazetteer: review and geocode')
                """, ref, name, country, admin1, parent)
            let id = database.lastInsertRowID
            try database.execute(sql: "INSERT OR IGNORE INTO location_names (location_id, name, normalized, origin) VALUES (?, ?, ?, 'extracted')",
                                 id, name, NameKey.normalize(name))
            locationIDs[ref] = id
            return id
        }
    }

    private var sourceIDs: [String: Int64] = [:]

    private func sourceID(name: String, kind: String) throws -> Int64 {
        let key = kind + ":" + NameKey.normalize(name)
        if let id = sourceIDs[key] { return id }
        try database.execute(sql: "INSERT OR IGNORE INTO sources (name, normalized, kind) VALUES (?, ?, ?)", name, NameKey.normalize(name), kind)
        guard let id = try database.scalarInt(sql: "SELECT id FROM sources WHERE kind = ? AND normalized = ?", kind, NameKey.normalize(name)) else {
            throw StoreError.misuse("source \(name) could not be stored")
        }
        sourceIDs[key] = id
        return id
    }
}
