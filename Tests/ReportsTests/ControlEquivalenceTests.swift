import Foundation
@testable import Reports
import Store
import Testing

/// `query control` answers by seeks (ControlSQL.current); these tests hold it to the plain
/// definition below, which reads every fact, on a random history, and to the view.
@Suite struct ControlEquivalenceTests {
    /// The definition in its plainest form: all facts up to the day, the latest day per place,
    /// every claimant of that day, `since` back to the last other faction, `previous` that faction.
    static let reference = """
        WITH facts AS (
            SELECT e.location_id, f.key AS controller, e.date AS since, e.date_start AS day, rp.evidence,
                   a.file_name AS article, rp.sentence_index AS sentence
            FROM events e
            JOIN event_types t ON t.type = e.type AND t.territorial = 1
            JOIN event_factions ef ON ef.event_id = e.id AND ef.role = 'controller'
            JOIN factions f ON f.id = ef.faction_id
            JOIN reports rp ON rp.event_id = e.id
            JOIN articles a ON a.id = rp.article_id
            WHERE e.date_start <= :as_of AND e.location_id IS NOT NULL
            UNION ALL
            SELECT o.location_id, f.key, o.as_of, o.as_of, o.evidence, a.file_name, o.sentence_index
            FROM control_observations o JOIN factions f ON f.id = o.faction_id JOIN articles a ON a.id = o.article_id
            WHERE o.as_of <= :as_of
        ),
        claims AS (
            SELECT DISTINCT f.location_id, f.controller, f.day FROM facts f
            WHERE f.day = (SELECT max(day) FROM facts g WHERE g.location_id = f.location_id)
        )
        SELECT l.name, l.admin1, co.name, c.controller,
               (SELECT p.since FROM facts p WHERE p.location_id = c.location_id AND p.controller = c.controller
                  AND NOT EXISTS (SELECT 1 FROM facts q WHERE q.location_id = p.location_id AND q.controller <> p.controller
                                    AND q.day > p.day AND q.day < c.day)
                ORDER BY p.day, p.since LIMIT 1),
               (SELECT p.controller FROM facts p WHERE p.location_id = c.location_id AND p.controller <> c.controller
                  AND p.day < c.day ORDER BY p.day DESC, p.controller LIMIT 1),
               (SELECT p.evidence FROM facts p WHERE p.location_id = c.location_id AND p.controller = c.controller
                  AND p.day = c.day ORDER BY p.article, p.sentence LIMIT 1),
               (SELECT json_group_array(article) FROM (SELECT DISTINCT p.article FROM facts p WHERE p.location_id = c.location_id
                  AND p.controller = c.controller AND p.day = c.day ORDER BY p.article))
        FROM claims c JOIN locations l ON l.id = c.location_id LEFT JOIN countries co ON co.code = l.country
        ORDER BY l.admin1, l.name, l.id, c.controller
        """

    /// A random but repeatable history: 40 articles of territory changes, withdrawals without a
    /// gainer, strikes and stated holdings at the fixture's four Homs places and Yarmouk.
    static func randomHistory(_ folder: TemporaryDirectory, seed: UInt64) throws -> String {
        let path = try Fixture.make(folder)
        let database = try Database(path: path, mode: .readWrite)
        let writer = try ArticleWriter(database: database)
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let places = ["gn:1", "gn:2", "gn:3", "adm1:SY.11", "gn:5"]
        let factions = ["syrian_government", "islamic_state", "syrian_opposition"]
        let types = ["Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory", "Air/drone strike"]
        try database.inTransaction {
            for article in 0..<40 {
                var events: [EventRecord] = []
                var controls: [ControlRecord] = []
                for sentence in 0..<(1 + next(4)) {
                    let day = String(format: "2016-%02d-%02d", 1 + next(3), 1 + next(28))
                    let precise = next(5) > 0
                    let date = precise ? Fixture.day(day) : StoredDate(text: String(day.prefix(7)), precision: .month,
                                                                        start: String(day.prefix(8)) + "01", end: String(day.prefix(8)) + "28")
                    let faction = factions[next(factions.count)]
                    if next(4) == 0 {
                        controls.append(ControlRecord(location: .ref(places[next(places.count)]), faction: faction, asOf: day,
                                                      sentenceIndex: sentence, evidence: "holds \(article).\(sentence)"))
                        continue
                    }
                    let type = types[next(types.count)]
                    var roles: [(role: EventRecord.Role, key: String)] = [(.actor, faction)]
                    if type != "Air/drone strike" && !(type.hasPrefix("Non-violent") && next(2) == 0) { roles.append((.controller, faction)) }
                    events.append(EventRecord(type: type, date: date, location: .ref(places[next(places.count)]), factions: roles,
                                              sentenceIndex: sentence, evidence: "event \(article).\(sentence)"))
                }
                try writer.write(Fixture.article("r\(article).txt", outlet: "Outlet", text: "random \(seed) \(article)"),
                                 events: events, controls: controls)
            }
        }
        return path
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func seekingGivesTheRowsOfThePlainDefinition(seed: UInt64) throws {
        let folder = try TemporaryDirectory()
        let database = try EventDatabase.openForReading(path: try Self.randomHistory(folder, seed: seed))
        let reports = Reports(database: database)
        let plain = try database.prepare(sql: Self.reference)
        var compared = 0
        for day in ["2015-12-31", "2016-01-10", "2016-01-31", "2016-02-14", "2016-02-29", "2016-03-15", "2016-12-31"] {
            let expected = try plain.rows(named: ["as_of": day]) { $0.values }
            #expect(try reports.control(asOf: day).rows == expected, "as of \(day)")
            #expect(try reports.control(province: "Homs", asOf: day).rows == expected.filter { $0[1] == .text("Homs") }, "Homs as of \(day)")
            compared += expected.count
        }
        #expect(compared > 20)
    }

    @Test func theViewIsTheReportAsOfToday() throws {
        let folder = try TemporaryDirectory()
        let database = try EventDatabase.openForReading(path: try Fixture.make(folder))
        let stored = try #require(try database.scalarString(sql: "SELECT sql FROM sqlite_master WHERE name = 'control_current'"))
        let generated = "CREATE VIEW control_current AS\n" + ControlSQL.current(scoped: false, asOf: "date('now')")
        #expect(stored == generated)
    }

    @Test func theTerritorialTypesAreThoseOfTheSchema() throws {
        let folder = try TemporaryDirectory()
        let database = try EventDatabase.openForReading(path: try Fixture.make(folder))
        let types = try database.query(sql: "SELECT type FROM event_types WHERE territorial = 1 ORDER BY type") { "'" + $0.string(0) + "'" }
        #expect(types.joined(separator: ", ") == ControlSQL.territorialTypes)
    }

    /// 0008 dropped the partial index of 0003, which only the reading of pre-0005 databases
    /// (`currentFromEvents`) used: the refresh of control_days finds a place's events of a day
    /// through events_by_location.
    @Test func theControlDaysRefreshSeeksEventsByLocationWithoutTheTerritorialIndex() throws {
        let folder = try TemporaryDirectory()
        let database = try EventDatabase.openForReading(path: try Fixture.make(folder))
        #expect(try database.scalarInt(sql: "SELECT count(*) FROM sqlite_master WHERE name = 'events_territorial_by_location'") == 0)
        let plan = try database.query(sql: """
            EXPLAIN QUERY PLAN SELECT ef.faction_id, e.date FROM events e
            JOIN event_factions ef ON ef.event_id = e.id AND ef.role = 'controller'
            WHERE e.location_id = 1 AND e.date_start = '2016-12-22'
              AND (\(ControlSQL.territorialTypes.split(separator: ", ").map { "e.type = " + $0 }.joined(separator: " OR ")))
            """) { $0.string(3) }
        #expect(plan == ["SEARCH e USING INDEX events_by_location (location_id=? AND date_start=?)",
                         "SEARCH ef USING PRIMARY KEY (event_id=? AND role=?)"])
    }
}
