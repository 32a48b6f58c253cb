import Foundation
@testable import Reports
import Store
import Testing

/// event_roles and event_details as 0009 writes them give what their 0002 definitions gave:
/// the same columns, declared types and rows, on events whose roles hold several factions,
/// whose reports come in any id order, from articles that share a file name, or that have no
/// report, place or date.
@Suite struct EventViewsTests {
    /// The views as Migrations/0001_schema.sql and 0002_reports.sql defined them, renamed.
    static let firstDefinitions = """
        CREATE TEMP VIEW old_event_roles AS
        SELECT e.id AS event_id,
               (SELECT f.key FROM event_factions ef JOIN factions f ON f.id = ef.faction_id
                 WHERE ef.event_id = e.id AND ef.role = 'actor' ORDER BY f.key LIMIT 1) AS actor,
               (SELECT f.key FROM event_factions ef JOIN factions f ON f.id = ef.faction_id
                 WHERE ef.event_id = e.id AND ef.role = 'target' ORDER BY f.key LIMIT 1) AS target,
               (SELECT f.key FROM event_factions ef JOIN factions f ON f.id = ef.faction_id
                 WHERE ef.event_id = e.id AND ef.role = 'controller' ORDER BY f.key LIMIT 1) AS controller,
               (SELECT group_concat(key, ',') FROM (SELECT f.key FROM event_factions ef JOIN factions f ON f.id = ef.faction_id
                 WHERE ef.event_id = e.id AND ef.role = 'associate' ORDER BY f.key)) AS associates
        FROM events e;
        CREATE TEMP VIEW old_event_details AS
        SELECT e.id, e.type, t.family, e.date, e.date_precision, e.date_start, e.date_end,
               l.name AS location, l.ref AS location_ref, l.admin1, l.admin2, c.name AS country,
               l.latitude, l.longitude, r.actor, r.target, r.controller, r.associates, e.fatalities,
               (SELECT rp.evidence FROM reports rp WHERE rp.event_id = e.id ORDER BY rp.id LIMIT 1) AS evidence,
               (SELECT json_group_array(file_name) FROM (SELECT DISTINCT a.file_name FROM reports rp
                  JOIN articles a ON a.id = rp.article_id WHERE rp.event_id = e.id ORDER BY a.file_name)) AS articles,
               (SELECT count(*) FROM reports rp WHERE rp.event_id = e.id) AS report_count,
               e.location_id
        FROM events e
        JOIN event_types t ON t.type = e.type
        LEFT JOIN locations l ON l.id = e.location_id
        LEFT JOIN countries c ON c.code = l.country
        JOIN old_event_roles r ON r.event_id = e.id;
        """

    /// The fixture, plus: a second and third actor (keys before and after the first), two
    /// targets, associates, a report with a smaller id than the event's first one, a second
    /// report from another article and from an article with the same file name in another
    /// folder, an event with no report, one with no place and one with no date.
    static func mixedDatabase(_ folder: TemporaryDirectory) throws -> Database {
        let path = try Fixture.make(folder)
        let database = try Database(path: path)
        try database.executeScript(trustedSQL: """
            INSERT INTO event_factions (event_id, role, faction_id)
            SELECT 2, 'actor', id FROM factions WHERE key IN ('civilians', 'syrian_opposition');
            INSERT INTO event_factions (event_id, role, faction_id)
            SELECT 2, 'target', id FROM factions WHERE key = 'civilians';
            INSERT INTO event_factions (event_id, role, faction_id)
            SELECT 3, 'associate', id FROM factions WHERE key IN ('russia', 'civilians');
            INSERT INTO articles (input, file_name, content_hash, language, supported, raw_text, clean_text)
            VALUES ('/elsewhere/c.txt', 'c.txt', 'other-hash', 'id', 1, 'Teks.', 'Teks.');
            INSERT INTO reports (id, event_id, article_id, sentence_index, evidence)
            SELECT 0, 2, id, 7, 'Laporan yang lebih awal' FROM articles WHERE input = '/corpus/d.txt';
            INSERT INTO reports (event_id, article_id, sentence_index, evidence)
            SELECT 2, id, 8, 'Laporan kedua dari c.txt' FROM articles WHERE input = '/corpus/c.txt';
            INSERT INTO reports (event_id, article_id, sentence_index, evidence)
            SELECT 2, id, 0, 'Laporan dari c.txt yang lain' FROM articles WHERE input = '/elsewhere/c.txt';
            INSERT INTO events (type, date, date_precision, date_start, date_end, location_id)
            VALUES ('Armed clash', '2016-03-01', 'day', '2016-03-01', '2016-03-01', NULL);
            INSERT INTO events (type, date, date_precision, date_start, date_end, location_id, fatalities)
            SELECT 'Attack', NULL, 'unknown', NULL, NULL, id, 0 FROM locations WHERE ref = 'gn:2';
            """)
        return database
    }

    @Test func theViewsGiveTheColumnsTypesAndRowsOfTheirFirstDefinition() throws {
        let folder = try TemporaryDirectory()
        let database = try Self.mixedDatabase(folder)
        try database.executeScript(trustedSQL: Self.firstDefinitions)
        func lines(_ sql: String) throws -> [String] {
            try database.query(sql: sql) { row in row.values.map { $0.text ?? "NULL" }.joined(separator: "|") }
        }
        for (view, old, key) in [("event_details", "old_event_details", "id"), ("event_roles", "old_event_roles", "event_id")] {
            let columns = try lines("SELECT name, type FROM pragma_table_xinfo('\(view)')")
            #expect(columns == (try lines("SELECT name, type FROM pragma_table_xinfo('\(old)', 'temp')")))
            let rows = try lines("SELECT * FROM \(view) ORDER BY \(key)")
            #expect(rows.count == 10)
            #expect(rows == (try lines("SELECT * FROM \(old) ORDER BY \(key)")))
            #expect(try lines("SELECT * FROM \(view)") == (try lines("SELECT * FROM \(old)")), "the same order without ORDER BY")
        }
        // The summaries that read event_details: faction_summary as 0002 wrote it, over the old view.
        let oldFactionSummary = try String(contentsOf: migrations.appendingPathComponent("0002_reports.sql"), encoding: .utf8)
            .components(separatedBy: "CREATE VIEW faction_summary AS\n")[1].components(separatedBy: ";")[0]
            .replacingOccurrences(of: "FROM event_details", with: "FROM old_event_details")
        #expect(oldFactionSummary.contains("FROM old_event_details"))
        #expect(try lines("SELECT * FROM faction_summary") == (try lines(oldFactionSummary)))
        #expect(try lines("SELECT * FROM faction_summary").count == 5)
    }

    private var migrations: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Migrations").standardized
    }

    @Test func aRoleShowsItsFirstKeyAndAnEventItsFirstReportAndEachFileNameOnce() throws {
        let folder = try TemporaryDirectory()
        let database = try Self.mixedDatabase(folder)
        let rows = try database.query(sql: """
            SELECT id, actor, target, controller, associates, evidence, articles, report_count
            FROM event_details WHERE id IN (1, 2, 3, 9, 10) ORDER BY id
            """) { row in row.values.map { $0.text ?? "NULL" }.joined(separator: "|") }
        #expect(rows == [
            "1|islamic_state|syrian_government|islamic_state|NULL|ISIS menguasai Maheen pada 1 November|[\"a.txt\"]|1",
            "2|civilians|civilians|syrian_government|NULL|Laporan yang lebih awal|[\"a.txt\",\"c.txt\",\"d.txt\"]|4",
            "3|syrian_government|islamic_state|syrian_government|civilians,russia|Tentara Suriah merebut kembali Hawareen|[\"a.txt\"]|1",
            "9|NULL|NULL|NULL|NULL|NULL|[]|0",
            "10|NULL|NULL|NULL|NULL|NULL|[]|0",
        ])
    }

    /// Per event, the reports' SQL seeks indexes and builds at most the articles' DISTINCT
    /// b-tree: no temporary b-tree per role, no seek into `events` for event_roles.
    @Test func theEventsReportSortsOnlyTheArticlesOfAnEventAndTheWholeResult() throws {
        let fixture = try FixtureReports()
        let query = try fixture.reports.eventsQuery(EventFilter(province: "Homs", since: "2015-11"))
        let statement = try fixture.database.prepare(sql: "EXPLAIN QUERY PLAN " + query.sql)
        let plan = try statement.rows(named: query.values.mapValues { $0 as SQLiteBindable }) { $0.string(3) }
        #expect(plan.filter { $0.contains("TEMP B-TREE") } == ["USE TEMP B-TREE FOR DISTINCT", "USE TEMP B-TREE FOR ORDER BY"])
        // `events` twice: the ids of the events that pass, then each of them by id.
        let events = plan.filter { $0.hasPrefix("SEARCH e ") || $0.hasPrefix("SCAN e") }
        #expect(events.count == 2)
        #expect(events.filter { $0 == "SEARCH e USING INTEGER PRIMARY KEY (rowid=?)" }.count == 1)
    }
    /// `events` and `timeline` pick the ids first and then read the details in id order: the
    /// rows and their order are those of the plain SELECT over event_details, for every filter,
    /// with and without a limit.
    @Test(arguments: [
        EventFilter(), EventFilter(limit: 3), EventFilter(province: "Homs"), EventFilter(province: "Homs", since: "2015-11-20"),
        EventFilter(location: "Maheen"), EventFilter(location: "Maheen", limit: 2), EventFilter(faction: "ISIS"),
        EventFilter(type: "air/drone strike"), EventFilter(family: "Battles", until: "2015-12"), EventFilter(article: "c.txt"),
        EventFilter(since: "2016", limit: 1), EventFilter(until: "2015-11-23", limit: 4),
    ])
    func theReportsPickIdsFirstAndGiveTheRowsOfThePlainSelect(filter: EventFilter) throws {
        let folder = try TemporaryDirectory()
        let database = try Self.mixedDatabase(folder)
        let reports = Reports(database: database)
        let (conditions, values) = try reports.eventConditions(filter)
        var plain = "SELECT \(EventsSQL.columns)\nFROM event_details" + EventsSQL.whereClause(conditions) + "\n" + EventsSQL.order
        if filter.limit != nil { plain += "\nLIMIT :limit" }
        let expected = try ReportQuery(sql: plain, values: values, kinds: Kinds.standard).run(on: database)
        #expect(try reports.events(filter) == expected)
        #expect(!expected.rows.isEmpty || filter.since == "2016")
        if filter.location != nil || filter.province != nil || filter.faction != nil {
            let timeline = try reports.timeline(filter)
            let plainTimeline = plain.replacingOccurrences(of: EventsSQL.columns, with: EventsSQL.timelineColumns)
            #expect(timeline == (try ReportQuery(sql: plainTimeline, values: values, kinds: Kinds.standard).run(on: database)))
        }
    }
}
