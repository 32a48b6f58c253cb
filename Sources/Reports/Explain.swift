import Foundation
import Names
import Store

/// Why the database believes an event (`query explain EVENT_ID`): the event as stored, and for
/// each article that told of it the sentence, the cue, the extractor's own account of how the
/// date, place and factions were resolved, the faction aliases found in the sentence, and the
/// analysts' corrections that changed it.
public struct EventExplanation: Sendable, Equatable {
    public struct Place: Sendable, Equatable {
        public let ref: String
        public let name: String
        public let kind: String
        public let feature: String
        public let admin1: String?
        public let admin2: String?
        public let latitude: Double?
        public let longitude: Double?
        public let origin: String
        public let needsReview: Bool
    }

    public struct Faction: Sendable, Equatable {
        public let role: String
        public let key: String
        public let name: String
    }

    public struct Report: Sendable, Equatable {
        public let article: String
        public let published: String?
        public let outlet: String?
        public let sentenceIndex: Int
        public let sentence: String
        public let cue: String?
        public let agency: String?
        /// The extractor's lines, in its order ("date: Senin (23/11) — weekday Monday fixes the year 2015").
        public let steps: [String]
        /// Aliases of the event's factions that the sentence contains: "'tentara Suriah' → syrian_government".
        public let aliases: [String]
    }

    public let id: Int64
    public let type: String
    public let family: String
    public let date: String?
    public let datePrecision: String
    public let place: Place?
    public let factions: [Faction]
    public let fatalities: Int?
    public let reports: [Report]
    public let corrections: [Corrections.Correction]
}

extension Reports {
    /// The explanation of one event; an unknown id is an `.unknownName` error.
    public func explain(eventID: Int64) throws -> EventExplanation {
        do {
            return try ExplainQueries(database: database).explanation(eventID)
        } catch let error as StoreError {
            throw ReportsError(.database, error.description)
        }
    }
}

private struct ExplainQueries {
    let database: Database

    func explanation(_ id: Int64) throws -> EventExplanation {
        guard let event = try database.query(sql: """
            SELECT e.type, t.family, e.date, e.date_precision, e.fatalities, l.ref, l.name, l.kind, l.feature, l.admin1,
                   l.admin2, l.latitude, l.longitude, l.origin, l.needs_review
            FROM events e JOIN event_types t ON t.type = e.type LEFT JOIN locations l ON l.id = e.location_id
            WHERE e.id = ?
            """, id, map: { row in
                (type: row.string(0), family: row.string(1), date: row.optionalString(2), precision: row.string(3),
                 fatalities: row.optionalInt(4),
                 place: row.isNull(5) ? nil : EventExplanation.Place(
                    ref: row.string(5), name: row.string(6), kind: row.string(7), feature: row.string(8),
                    admin1: row.optionalString(9), admin2: row.optionalString(10), latitude: row.optionalDouble(11),
                    longitude: row.optionalDouble(12), origin: row.string(13), needsReview: row.int(14) == 1))
            }).first else {
            let last = try database.scalarInt(sql: "SELECT max(id) FROM events") ?? 0
            throw ReportsError(.unknownName, "no event with id \(id) (ids run from 1 to \(last); `query events` lists them)")
        }
        let factions = try database.query(sql: """
            SELECT ef.role, f.key, f.name, f.id FROM event_factions ef JOIN factions f ON f.id = ef.faction_id
            WHERE ef.event_id = ?
            ORDER BY CASE ef.role WHEN 'actor' THEN 0 WHEN 'associate' THEN 1 WHEN 'target' THEN 2 ELSE 3 END, f.key
            """, id) { (EventExplanation.Faction(role: $0.string(0), key: $0.string(1), name: $0.string(2)), $0.int64(3)) }
        let aliases = try factionAliases(Set(factions.map(\.1)))
        let reports = try database.query(sql: """
            SELECT a.file_name, a.published, o.name, rp.sentence_index, rp.evidence, rp.cue, ag.name, rp.explanation
            FROM reports rp JOIN articles a ON a.id = rp.article_id
            LEFT JOIN sources o ON o.id = a.outlet_id LEFT JOIN sources ag ON ag.id = rp.agency_id
            WHERE rp.event_id = ? ORDER BY a.file_name, rp.sentence_index, rp.id
            """, id) { row in
            EventExplanation.Report(article: row.string(0), published: row.optionalString(1), outlet: row.optionalString(2),
                                    sentenceIndex: row.int(3), sentence: row.string(4), cue: row.optionalString(5),
                                    agency: row.optionalString(6), steps: Self.lines(row.optionalString(7)),
                                    aliases: Self.aliases(in: row.string(4), among: aliases))
        }
        return EventExplanation(id: id, type: event.type, family: event.family, date: event.date, datePrecision: event.precision,
                                place: event.place, factions: factions.map(\.0), fatalities: event.fatalities, reports: reports,
                                corrections: try Corrections.corrections(ofEvent: id, in: database))
    }

    /// Every alias of these factions: (normalized words, alias as written, faction key).
    private func factionAliases(_ ids: Set<Int64>) throws -> [(words: [Substring], alias: String, key: String)] {
        guard !ids.isEmpty else { return [] }
        let json = "[" + ids.sorted().map(String.init).joined(separator: ",") + "]"
        return try database.query(sql: """
            SELECT a.alias, f.key FROM faction_aliases a JOIN factions f ON f.id = a.faction_id
            WHERE a.faction_id IN (SELECT value FROM json_each(?))
            UNION SELECT f.name, f.key FROM factions f WHERE f.id IN (SELECT value FROM json_each(?))
            """, json, json) { (NameKey.words($0.string(0)), $0.string(0), $0.string(1)) }
    }

    /// The aliases whose words stand in the sentence as whole words, longest first; an alias
    /// found only inside a longer one ('tentara' in 'tentara Suriah') is not repeated.
    static func aliases(in sentence: String, among aliases: [(words: [Substring], alias: String, key: String)]) -> [String] {
        let words = NameKey.words(sentence)
        var spans: [Range<Int>] = []
        var found: [String] = []
        var seen = Set<String>()
        for alias in aliases.sorted(by: { ($0.words.count, $1.alias) > ($1.words.count, $0.alias) })
        where !alias.words.isEmpty && alias.words.count <= words.count {
            let hits = (0...(words.count - alias.words.count)).filter { start in
                words[start..<(start + alias.words.count)].elementsEqual(alias.words)
            }.map { $0..<($0 + alias.words.count) }
            let fresh = hits.filter { hit in !spans.contains { $0.clamped(to: hit) == hit } }
            guard !fresh.isEmpty, seen.insert(alias.words.joined(separator: " ") + "|" + alias.key).inserted else { continue }
            spans += fresh
            found.append("'\(alias.alias)' → \(alias.key)")
        }
        return found
    }

    /// The stored explanation: a JSON array of lines (or, from older writers, plain text).
    static func lines(_ stored: String?) -> [String] {
        guard let stored, !stored.isEmpty else { return [] }
        if let data = stored.data(using: .utf8), let array = try? JSONSerialization.jsonObject(with: data) as? [Any] {
            return array.map { "\($0)" }
        }
        return stored.split(whereSeparator: \.isNewline).map(String.init)
    }
}
