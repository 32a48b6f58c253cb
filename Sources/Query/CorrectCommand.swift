import ArgumentParser
import Foundation
import Reports
import Store

/// `query correct …`: the analysts' corrections. The one place besides `query save` where
/// `query` writes: each correction is recorded and applied at once, and applied again by
/// `ingest` whenever the article is read again.
struct CorrectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct", abstract: "Correct events (delete, set date/place/factions/fatalities), merge factions, list and undo corrections.",
        discussion: """
            A correction is kept in the database (table corrections) and applied at once. It names \
            the event by the content hash of each article that reported it, the sentence and the \
            event type, so `ingest` applies it again whenever those articles are read again \
            (re-ingest of a changed input path with the same text, re-extraction after new aliases \
            or places, a newer build): corrected events stay corrected. An article whose text \
            changes is a new text, and its events are not corrected.

            Examples:
              query correct delete 17 --note "a rumour, denied the next day"
              query correct set 12 --date 2015-11 --location gn:167488 --actor syrian_government
              query correct merge-factions free_syrian_army syrian_opposition
              query correct list
              query correct undo 3
            """,
        subcommands: [CorrectDelete.self, CorrectSet.self, CorrectMerge.self, CorrectList.self, CorrectUndo.self])
}

/// Opens the database for writing; a missing file says to run `ingest` first.
private func openForCorrecting(_ options: DatabaseOptions) throws -> Database {
    _ = try options.open()
    do {
        return try EventDatabase.openForWriting(path: options.path)
    } catch let error as StoreError {
        throw CommandFailure(error.message)
    }
}

private func recorded(_ ids: [Int64]) {
    Output.note("recorded correction\(ids.count == 1 ? "" : "s") " + ids.map { "#\($0)" }.joined(separator: ", ")
                + "; `query correct list` lists them, `query correct undo ID` takes one back")
}

struct CorrectDelete: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Mark an event wrong: delete it now and whenever its articles are read again.",
        discussion: "Example:\n  query correct delete 17 --note \"the strike was on Idlib, not Homs; see event 18\"")

    @Argument(help: "The event's id.") var eventID: Int64
    @Option(help: "Why (kept with the correction).") var note: String?
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let writer = try openForCorrecting(database)
        try reporting { recorded([try Corrections.record(writer, eventID: eventID, change: .delete, note: note)]) }
    }
}

struct CorrectSet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Fix an event's type, date, place, factions or fatalities.",
        discussion: """
            Each option given is one correction. A place is a gazetteer ref (gn:167488, sup:qalamoun) \
            or a name the gazetteer knows (a name shared by several places must be given by ref, unless \
            only one of them is in the event's governorate). A faction is a key, a display name or an \
            alias. --fatalities unknown clears the figure.

            Examples:
              query correct set 12 --date 2015-11-22
              query correct set 12 --location Maheen --controller syrian_government --note "SANA and SOHR agree"
            """)

    @Argument(help: "The event's id.") var eventID: Int64
    @Option(help: "Event type, exactly as in `query sql \"SELECT type FROM event_types\"`.") var type: String?
    @Option(help: "Date: YYYY-MM-DD, YYYY-MM or YYYY.") var date: String?
    @Option(help: "Place: a location ref or a name.") var location: String?
    @Option(help: "The acting faction.") var actor: String?
    @Option(help: "The targeted faction (for territory changes: the one that lost the place).") var target: String?
    @Option(help: "Who holds the place afterwards (territory changes).") var controller: String?
    @Option(help: "Fatalities: a number, or 'unknown'.") var fatalities: String?
    @Option(help: "Why (kept with each correction).") var note: String?
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if [type, date, location, actor, target, controller, fatalities].allSatisfy({ $0 == nil }) {
            throw ValidationError("say what to set: --type, --date, --location, --actor, --target, --controller or --fatalities")
        }
        if let date, Corrections.storedDate(date) == nil {
            throw ValidationError("--date '\(date)' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY")
        }
        if let fatalities, fatalities != "unknown", Int(fatalities).map({ $0 < 0 }) ?? true {
            throw ValidationError("--fatalities is a number of 0 or more, or 'unknown'")
        }
    }

    func run() throws {
        let writer = try openForCorrecting(database)
        try reporting {
            let changes = try resolve(on: writer)
            var ids: [Int64] = []
            for change in changes {
                ids.append(try Corrections.record(writer, eventID: eventID, change: change, note: note))
            }
            recorded(ids)
        }
    }

    /// The changes asked for, names resolved, before anything is written.
    private func resolve(on database: Database) throws -> [Corrections.Change] {
        let names = NameResolver(database: database)
        var changes: [Corrections.Change] = []
        if let type {
            let known = try database.query(sql: "SELECT type FROM event_types ORDER BY type") { $0.string(0) }
            guard let match = known.first(where: { $0.lowercased() == type.lowercased() }) else {
                throw ValidationError("no event type '\(type)' (types: \(known.joined(separator: "; ")))")
            }
            changes.append(.type(match))
        }
        if let date, let stored = Corrections.storedDate(date) { changes.append(.date(stored)) }
        if let location { changes.append(.location(ref: try locationRef(location, names: names, database: database))) }
        for (role, name) in [(EventRecord.Role.actor, actor), (.target, target), (.controller, controller)] {
            if let name { changes.append(.faction(role: role, key: try names.faction(name))) }
        }
        if let fatalities { changes.append(.fatalities(Int(fatalities))) }
        return changes
    }

    private func locationRef(_ text: String, names: NameResolver, database: Database) throws -> String {
        if try database.scalarInt(sql: "SELECT count(*) FROM locations WHERE ref = ?", text) == 1 { return text }
        let ids = try names.places(text)
        var candidates = try ids.map { id in
            try database.query(sql: "SELECT ref, name, admin1 FROM locations WHERE id = ?", id) {
                (ref: $0.string(0), name: $0.string(1), admin1: $0.optionalString(2))
            }[0]
        }
        if candidates.count > 1, let admin1 = try database.scalarString(sql: """
            SELECT l.admin1 FROM events e JOIN locations l ON l.id = e.location_id WHERE e.id = ?
            """, eventID) {
            let inGovernorate = candidates.filter { $0.admin1 == admin1 }
            if inGovernorate.count == 1 { candidates = inGovernorate }
        }
        guard candidates.count == 1 else {
            let listed = candidates.prefix(8).map { "\($0.ref) \($0.name) (\($0.admin1 ?? "?"))" }.joined(separator: ", ")
            throw ValidationError("several places are named '\(text)': \(listed); give the ref")
        }
        return candidates[0].ref
    }
}

struct CorrectMerge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-factions", abstract: "Treat one faction as another: every event role and stated holding of FROM goes to INTO.",
        discussion: """
            Applies to what is stored now and to every article read later or again. The faction FROM \
            stays in the reference data (its aliases keep matching), but its events are credited to INTO.

            Example:
              query correct merge-factions free_syrian_army syrian_opposition --note "one side for this study"
            """)

    @Argument(help: "The faction merged away: key, name or alias.") var from: String
    @Argument(help: "The faction kept.") var into: String
    @Option(help: "Why (kept with the correction).") var note: String?
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let writer = try openForCorrecting(database)
        try reporting {
            let names = NameResolver(database: writer)
            let fromKey = try names.faction(from), intoKey = try names.faction(into)
            if fromKey == intoKey { throw ReportsError(.invalidArgument, "'\(from)' and '\(into)' are the same faction (\(fromKey))") }
            recorded([try Corrections.recordMerge(writer, from: fromKey, into: intoKey, note: note)])
        }
    }
}

struct CorrectList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the corrections in the order they apply.",
        discussion: """
            events: the ids of the events a correction applies to now (none for a delete). \
            article/sentence/type: the first report the correction names; reports: how many it names.

            Example:
              query correct list --format csv > corrections.csv
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let connection = try database.open()
        try reporting {
            let rows: [[SQLiteValue]] = try Corrections.list(connection).map { correction in
                [.integer(correction.id), .text(EventExplanation.describe(correction)),
                 .text(correction.events.map(String.init).joined(separator: ",")),
                 correction.contentHash.map { .text(String($0.prefix(16))) } ?? .null,
                 correction.sentenceIndex.map { .integer(Int64($0)) } ?? .null,
                 correction.eventType.map { .text($0) } ?? .null, .integer(Int64(correction.targets)),
                 correction.note.map { .text($0) } ?? .null, .text(correction.createdAt)]
            }
            let columns = ["id", "correction", "events", "article", "sentence", "type", "reports", "note", "created_at"]
            try Output.write(ResultTable(columns: columns.map { Column($0) }, rows: rows), options: output, database: connection)
        }
    }
}

struct CorrectUndo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo", abstract: "Take a correction back and restore what it changed.",
        discussion: """
            Only the latest correction of an event (or the latest merge) can be undone; undo later \
            ones first. A deleted event comes back with its reports.

            Example:
              query correct undo 3
            """)

    @Argument(help: "The correction's id (see `query correct list`).") var id: Int64
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let writer = try openForCorrecting(database)
        try reporting { try Corrections.undo(writer, id: id) }
        Output.note("correction #\(id) undone")
    }
}
