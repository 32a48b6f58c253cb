import Foundation
import Names

/// Analysts' corrections of events (table `corrections`, Migrations 0001 and 0004): an event
/// marked wrong, its type, date, place, fatalities or factions fixed, two factions merged.
///
/// A correction is recorded and applied to the stored event at once (`record`), and applied
/// again to every later extraction of the same article text (`apply(to:controls:contentHash:in:)`,
/// which the ingest pipeline calls between extraction and `ArticleWriter.write`), so that it
/// survives re-ingest and re-extraction. Events are named by (content hash, sentence index,
/// event type) of each of their reports, which do not change when an article is read again.
/// Corrections apply in the order they were made.
public enum Corrections {
    /// What a correction changes.
    public enum Change: Sendable, Equatable {
        /// The event is wrong: delete it (and keep deleting it when its articles are read again).
        case delete
        case type(String)
        case date(StoredDate)
        /// A location ref (`gn:167488`, `sup:qalamoun`, `user:…`).
        case location(ref: String)
        case fatalities(Int?)
        /// Replace the factions of a role (actor, target, controller, associate) by one key.
        case faction(role: EventRecord.Role, key: String)

        var action: String {
            switch self {
            case .delete: "delete"
            case .type: "set_type"
            case .date: "set_date"
            case .location: "set_location"
            case .fatalities: "set_fatalities"
            case .faction: "set_faction"
            }
        }

        var field: String? {
            if case .faction(let role, _) = self { return role.rawValue }
            return nil
        }

        var value: String? {
            switch self {
            case .delete: nil
            case .type(let type): type
            case .date(let date): date.text
            case .location(let ref): ref
            case .fatalities(let number): number.map(String.init)
            case .faction(_, let key): key
            }
        }

        init?(action: String, field: String?, value: String?) {
            switch action {
            case "delete": self = .delete
            case "set_type": guard let value else { return nil }; self = .type(value)
            case "set_date": guard let value, let date = Corrections.storedDate(value) else { return nil }; self = .date(date)
            case "set_location": guard let value else { return nil }; self = .location(ref: value)
            case "set_fatalities": self = .fatalities(value.flatMap { Int($0) })
            case "set_faction":
                guard let field, let role = EventRecord.Role(rawValue: field), let value else { return nil }
                self = .faction(role: role, key: value)
            default: return nil
            }
        }
    }

    /// One stored correction, as `query correct list` shows it.
    public struct Correction: Sendable, Equatable {
        public let id: Int64
        public let action: String
        public let field: String?
        public let value: String?
        public let note: String?
        public let createdAt: String
        /// The first report's key (nil for merges); `targets` counts every report's key.
        public let contentHash: String?
        public let sentenceIndex: Int?
        public let eventType: String?
        public let targets: Int
        /// Ids of the events the correction now applies to (empty for deletes and merges).
        public let events: [Int64]
    }

    // MARK: Recording

    /// Records `change` for the stored event `eventID` and applies it at once; returns the
    /// correction's id. The event is named by every one of its reports.
    @discardableResult
    public static func record(_ database: Database, eventID: Int64, change: Change, note: String? = nil) throws -> Int64 {
        try database.inTransaction(.immediate) {
            let keys = try database.query(sql: CorrectionsSQL.eventKeys, eventID) {
                (hash: $0.string(0), sentence: $0.int(1), type: $0.string(2), place: $0.string(3))
            }
            guard let first = keys.first else { throw StoreError.misuse("no event with id \(eventID)") }
            try check(change, database: database)
            let previous = try database.scalarString(sql: CorrectionsSQL.snapshot, eventID, change == .delete)
            try database.execute(sql: CorrectionsSQL.insert, values: [
                first.hash, first.sentence, first.type, change.action, change.field, change.value, note, previous,
            ])
            let id = database.lastInsertRowID
            for key in keys {
                try database.execute(sql: CorrectionsSQL.insertTarget, id, key.hash, key.sentence, key.type, key.place)
            }
            try applyStored(change, eventID: eventID, database: database)
            return id
        }
    }

    /// Records that faction `from` is the same as `into`, and moves every event role and stated
    /// holding of `from` to `into` at once. Later extractions get `into` wherever they read `from`.
    @discardableResult
    public static func recordMerge(_ database: Database, from: String, into: String, note: String? = nil) throws -> Int64 {
        try database.inTransaction(.immediate) {
            guard from != into else { throw StoreError.misuse("cannot merge the faction \(from) into itself") }
            let fromID = try factionID(from, database: database)
            let intoID = try factionID(into, database: database)
            let previous = try database.scalarString(sql: CorrectionsSQL.mergeSnapshot, fromID, intoID)
            try database.execute(sql: CorrectionsSQL.insert, values: [
                nil as String?, nil as Int?, nil as String?, "merge_factions", from, into, note, previous,
            ])
            let id = database.lastInsertRowID
            try database.execute(sql: CorrectionsSQL.mergeRolesInsert, intoID, fromID)
            try database.execute(sql: CorrectionsSQL.mergeRolesDelete, fromID)
            try database.execute(sql: CorrectionsSQL.mergeObservations, intoID, fromID)
            return id
        }
    }

    /// Every correction in the order they apply.
    public static func list(_ database: Database) throws -> [Correction] {
        try database.query(sql: CorrectionsSQL.list) { row in
            let events = row.optionalString(10).map { $0.split(separator: ",").compactMap { Int64($0) } } ?? []
            return Correction(id: row.int64(0), action: row.string(1), field: row.optionalString(2), value: row.optionalString(3),
                              note: row.optionalString(4), createdAt: row.string(5), contentHash: row.optionalString(6),
                              sentenceIndex: row.optionalInt(7), eventType: row.optionalString(8), targets: row.int(9),
                              events: events)
        }
    }

    /// The corrections that apply to one stored event (`query explain`).
    public static func corrections(ofEvent eventID: Int64, in database: Database) throws -> [Correction] {
        let ids = Set(try database.query(sql: CorrectionsSQL.ofEvent, eventID) { $0.int64(0) })
        return try list(database).filter { ids.contains($0.id) }
    }

    // MARK: Undo

    /// Removes correction `id` and puts back what it changed. Only the latest correction of an
    /// event (or the latest merge) can be undone: undo the later ones first.
    public static func undo(_ database: Database, id: Int64) throws {
        try database.inTransaction(.immediate) {
            guard let stored = try database.query(sql: CorrectionsSQL.one, id, map: { row in
                (action: row.string(0), field: row.optionalString(1), value: row.optionalString(2),
                 previous: row.optionalString(3), type: row.optionalString(4))
            }).first else { throw StoreError.misuse("no correction with id \(id) (see `query correct list`)") }
            if let later = try database.scalarInt(sql: stored.action == "merge_factions" ? CorrectionsSQL.laterMerge : CorrectionsSQL.laterOnSameEvent, id) {
                throw StoreError.misuse("correction \(later) was made after \(id) on the same \(stored.action == "merge_factions" ? "factions" : "event"): undo \(later) first")
            }
            if stored.action == "merge_factions" {
                if let from = stored.field, let into = stored.value, let previous = stored.previous {
                    let fromID = try factionID(from, database: database), intoID = try factionID(into, database: database)
                    try database.execute(sql: CorrectionsSQL.unmergeRoles, fromID, previous)
                    try database.execute(sql: CorrectionsSQL.unmergeRolesDelete, previous, intoID)
                    try database.execute(sql: CorrectionsSQL.unmergeObservations, fromID, previous, intoID)
                }
            } else if let previous = stored.previous {
                if stored.action == "delete" {
                    try restoreDeleted(previous, database: database)
                } else {
                    // The event now carries the corrected type when the correction set it.
                    let events = try database.query(sql: CorrectionsSQL.targetEvents, id) { $0.int64(0) }
                    for event in events {
                        try restoreField(stored.action, role: stored.field, previous: previous, eventID: event, database: database)
                    }
                }
            }
            try database.execute(sql: CorrectionsSQL.delete, id)
        }
    }

    private static func restoreDeleted(_ previous: String, database: Database) throws {
        let wanted = try database.scalarInt(sql: "SELECT ?1 ->> '$.event.id'", previous)
        let free = try wanted.map { try database.scalarInt(sql: "SELECT count(*) FROM events WHERE id = ?", $0) == 0 } ?? false
        try database.execute(sql: CorrectionsSQL.restoreEvent, free ? wanted : nil, previous)
        let id = database.lastInsertRowID
        try database.execute(sql: CorrectionsSQL.restoreFactions, id, previous)
        try database.execute(sql: CorrectionsSQL.restoreReports, id, previous)
    }

    private static func restoreField(_ action: String, role: String?, previous: String, eventID: Int64, database: Database) throws {
        switch action {
        case "set_type": try database.execute(sql: CorrectionsSQL.restoreType, previous, eventID)
        case "set_date": try database.execute(sql: CorrectionsSQL.restoreDate, previous, eventID)
        case "set_location": try database.execute(sql: CorrectionsSQL.restoreLocation, previous, eventID)
        case "set_fatalities": try database.execute(sql: CorrectionsSQL.restoreFatalities, previous, eventID)
        case "set_faction":
            try database.execute(sql: CorrectionsSQL.setFactionDelete, eventID, role)
            try database.execute(sql: CorrectionsSQL.restoreRole, eventID, role, previous)
        default: break
        }
    }

    // MARK: Applying

    /// Applies the stored corrections to what was just extracted from the article with this
    /// content hash: corrections of its events (by sentence and type) and merges, in the order
    /// they were made. Call it between extraction and `ArticleWriter.write`, inside the batch
    /// transaction, so that the writer's matching of repeated events sees corrected values.
    public static func apply(to events: [EventRecord], controls: [ControlRecord], contentHash: String,
                             in database: Database) throws -> (events: [EventRecord], controls: [ControlRecord]) {
        let stored = try database.query(sql: CorrectionsSQL.forArticle, contentHash) { row in
            (action: row.string(0), field: row.optionalString(1), value: row.optionalString(2),
             sentence: row.optionalInt(3), type: row.optionalString(4), place: row.optionalString(5))
        }
        guard !stored.isEmpty else { return (events, controls) }
        var events: [EventRecord?] = events
        var controls = controls
        for correction in stored {
            if correction.action == "merge_factions" {
                guard let from = correction.field, let into = correction.value else { continue }
                for index in events.indices {
                    if let event = events[index] { events[index]!.factions = merged(event.factions, from: from, into: into) }
                }
                for index in controls.indices where controls[index].faction == from { controls[index].faction = into }
                continue
            }
            guard let change = Change(action: correction.action, field: correction.field, value: correction.value) else { continue }
            for index in events.indices {
                guard let event = events[index], event.sentenceIndex == correction.sentence, event.type == correction.type,
                      storedRef(event.location) == correction.place else { continue }
                events[index] = applied(change, to: event)
            }
        }
        return (events.compactMap { $0 }, controls)
    }

    /// The `locations.ref` the writer stores a place under: a gazetteer ref, or for a place the
    /// gazetteer lacks the 'new:' ref that `ArticleWriter` gives it (the two must agree); '' for none.
    static func storedRef(_ location: LocationKey?) -> String {
        switch location {
        case nil: return ""
        case .ref(let ref): return ref
        case .new(let name, let country, let admin1, _):
            return "new:" + [country ?? "", admin1.map(NameKey.normalize) ?? "", NameKey.normalize(name)].joined(separator: "/")
        }
    }

    static func applied(_ change: Change, to event: EventRecord) -> EventRecord? {
        var event = event
        switch change {
        case .delete: return nil
        case .type(let type): event.type = type
        case .date(let date): event.date = date
        case .location(let ref): event.location = .ref(ref)
        case .fatalities(let number): event.fatalities = number
        case .faction(let role, let key):
            event.factions.removeAll { $0.role == role }
            event.factions.append((role, key))
        }
        return event
    }

    static func merged(_ factions: [(role: EventRecord.Role, key: String)], from: String, into: String) -> [(role: EventRecord.Role, key: String)] {
        var result: [(role: EventRecord.Role, key: String)] = []
        for (role, key) in factions {
            let key = key == from ? into : key
            if !result.contains(where: { $0.role == role && $0.key == key }) { result.append((role, key)) }
        }
        return result
    }

    /// Applies a change to the stored event row.
    private static func applyStored(_ change: Change, eventID: Int64, database: Database) throws {
        switch change {
        case .delete:
            try database.execute(sql: "DELETE FROM events WHERE id = ?", eventID)
        case .type(let type):
            try database.execute(sql: "UPDATE events SET type = ? WHERE id = ?", type, eventID)
        case .date(let date):
            try database.execute(sql: "UPDATE events SET date = ?, date_precision = ?, date_start = ?, date_end = ? WHERE id = ?",
                                 date.text, date.precision.rawValue, date.start, date.end, eventID)
        case .location(let ref):
            try database.execute(sql: "UPDATE events SET location_id = (SELECT id FROM locations WHERE ref = ?) WHERE id = ?", ref, eventID)
        case .fatalities(let number):
            try database.execute(sql: "UPDATE events SET fatalities = ? WHERE id = ?", number, eventID)
        case .faction(let role, let key):
            try database.execute(sql: CorrectionsSQL.setFactionDelete, eventID, role.rawValue)
            try database.execute(sql: "INSERT INTO event_factions (event_id, role, faction_id) VALUES (?, ?, ?)",
                                 eventID, role.rawValue, try factionID(key, database: database))
        }
    }

    /// Refuses values the database does not know, before anything is written.
    private static func check(_ change: Change, database: Database) throws {
        switch change {
        case .type(let type):
            guard try database.scalarInt(sql: "SELECT count(*) FROM event_types WHERE type = ?", type) == 1 else {
                throw StoreError.misuse("unknown event type \(type)")
            }
        case .location(let ref):
            guard try database.scalarInt(sql: "SELECT count(*) FROM locations WHERE ref = ?", ref) == 1 else {
                throw StoreError.misuse("unknown location ref \(ref)")
            }
        case .faction(_, let key): _ = try factionID(key, database: database)
        case .fatalities(let number?) where number < 0: throw StoreError.misuse("fatalities cannot be negative")
        default: break
        }
    }

    private static func factionID(_ key: String, database: Database) throws -> Int64 {
        guard let id = try database.scalarInt(sql: "SELECT id FROM factions WHERE key = ?", key) else {
            throw StoreError.misuse("unknown faction key \(key)")
        }
        return id
    }

    // MARK: Dates

    /// "2015-11-23", "2015-11" or "2015" as a stored date with the days it covers; nil otherwise.
    public static func storedDate(_ text: String) -> StoredDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }), let year = Int(parts[0]) else { return nil }
        func days(_ month: Int) -> Int {
            switch month {
            case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
            case 4, 6, 9, 11: 30
            default: 31
            }
        }
        switch parts.count {
        case 1: return StoredDate(text: text, precision: .year, start: text + "-01-01", end: text + "-12-31")
        case 2:
            guard let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            return StoredDate(text: text, precision: .month, start: text + "-01", end: text + "-" + String(days(month)))
        default:
            guard let month = Int(parts[1]), (1...12).contains(month), let day = Int(parts[2]), (1...days(month)).contains(day) else { return nil }
            return StoredDate(text: text, precision: .day, start: text, end: text)
        }
    }
}
