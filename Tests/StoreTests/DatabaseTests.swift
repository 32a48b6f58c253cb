import CSQLite
import Foundation
import Store
import Testing

@Suite struct DatabaseTests {
    @Test func roundTripsEveryColumnType() throws {
        let folder = try TemporaryDirectory()
        let database = try Database(path: folder.path("types.db"))
        try database.executeScript(trustedSQL: "CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)")
        let text = "Ḥimṣ — حمص 🚀"
        let blob: [UInt8] = [0, 1, 2, 255]
        try database.execute(sql: "INSERT INTO t VALUES (?, ?, ?, ?, ?)", Int64.max, 2.5, text, blob, Optional<String>.none)
        let row = try database.query(sql: "SELECT i, r, s, b, n FROM t") { row in
            (row.int64(0), row.double(1), row.string(2), row.blob(3), row.optionalString(4), row.value(4))
        }.first
        #expect(row?.0 == Int64.max)
        #expect(row?.1 == 2.5)
        #expect(row?.2 == text)
        #expect(row?.3 == blob)
        #expect(row?.4 == nil)
        #expect(row?.5 == .null)
    }

    @Test func bindsNamedParametersWithOrWithoutPrefix() throws {
        let database = try Database(path: ":memory:")
        let statement = try database.prepare(sql: "SELECT :a || @b")
        let result = try statement.rows(named: ["a": "x", "@b": "y"]) { $0.string(0) }
        #expect(result == ["xy"])
        #expect(throws: StoreError.self) { try statement.rows(named: ["a": "x"]) { $0.string(0) } }
    }

    @Test func refusesSeveralStatementsInOneString() throws {
        let database = try Database(path: ":memory:")
        #expect {
            _ = try database.prepare(sql: "SELECT 1; DROP TABLE x")
        } throws: { error in
            "\(error)".contains("one statement at a time")
        }
    }

    @Test func rollsBackWhenTheBodyThrows() throws {
        let folder = try TemporaryDirectory()
        let database = try Database(path: folder.path("tx.db"))
        try database.executeScript(trustedSQL: "CREATE TABLE t (x INTEGER NOT NULL)")
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try database.inTransaction {
                try database.execute(sql: "INSERT INTO t VALUES (1)")
                throw Boom()
            }
        }
        #expect(try database.scalarInt(sql: "SELECT count(*) FROM t") == 0)
        #expect(!database.isInTransaction)
        try database.inTransaction { try database.execute(sql: "INSERT INTO t VALUES (2)") }
        #expect(try database.scalarInt(sql: "SELECT count(*) FROM t") == 1)
    }

    @Test func enforcesForeignKeysWithTheExtendedCode() throws {
        let folder = try TemporaryDirectory()
        let database = try Database(path: folder.path("fk.db"))
        try Migrator.embedded.migrate(database)
        #expect {
            try database.execute(sql: "INSERT INTO events (type, date_precision, location_id) VALUES ('Armed clash', 'unknown', 12345)")
        } throws: { error in
            let error = error as? StoreError
            return error?.code == .constraint && error?.extendedCode == .constraintForeignKey
        }
    }

    @Test func checksEnumerationsAndDates() throws {
        let database = try Database(path: ":memory:")
        try Migrator.embedded.migrate(database)
        #expect(throws: StoreError.self) {
            try database.execute(sql: "INSERT INTO events (type, date_precision) VALUES ('Picnic', 'unknown')")
        }
        #expect(throws: StoreError.self) {
            try database.execute(sql: "INSERT INTO events (type, date, date_precision, date_start, date_end) VALUES ('Armed clash', '2015-13-45', 'day', '2015-13-45', '2015-13-45')")
        }
    }

    @Test func readOnlyConnectionsRefuseWrites() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("ro.db")
        do {
            let database = try Database(path: path)
            try database.executeScript(trustedSQL: "CREATE TABLE t (x)")
        }
        let reader = try Database(path: path, mode: .readOnly)
        #expect {
            try reader.execute(sql: "INSERT INTO t VALUES (1)")
        } throws: { error in
            (error as? StoreError)?.isReadOnly == true
        }
    }

    @Test func writersUseWriteAheadLogging() throws {
        let folder = try TemporaryDirectory()
        let database = try Database(path: folder.path("wal.db"))
        #expect(try database.scalarString(sql: "PRAGMA journal_mode") == "wal")
        #expect(try database.scalarInt(sql: "PRAGMA foreign_keys") == 1)
    }

    @Test func theIngestConnectionKeepsMoreInMemoryAndCheckpointsLessOften() throws {
        let folder = try TemporaryDirectory()
        let database = try Database(path: folder.path("ingest.db"))
        #expect(try database.scalarInt(sql: "PRAGMA wal_autocheckpoint") == 1000)
        try EventDatabase.tuneForIngest(database)
        #expect(try database.scalarInt(sql: "PRAGMA cache_size") == -65536)
        #expect(try database.scalarInt(sql: "PRAGMA wal_autocheckpoint") == 16384)
        #expect(try database.scalarInt(sql: "PRAGMA journal_size_limit") == 67_108_864)
        #expect(try database.scalarString(sql: "PRAGMA journal_mode") == "wal")
        #expect(try database.scalarInt(sql: "PRAGMA synchronous") == 1)
    }
}
