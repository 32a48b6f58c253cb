import Foundation
import Store
import Testing

/// A statement inside a transaction keeps the pages it changes in a statement journal, in memory
/// up to a size and in a temporary file past it. SQLite 3.40 writes the memory to the file in
/// one call, and its unix layer writes at most 128 KB per call: with the spill threshold set to
/// 1 MB (an earlier speed-up), a statement that changed more than that failed with "database or
/// disk is full". The tools keep SQLite's threshold; ingest keeps statement journals in memory
/// (`EventDatabase.tuneForIngest`), which no threshold applies to.
@Suite struct LargeStatementTests {
    @Test func aStatementThatChangesMegabytesInsideATransactionSucceeds() throws {
        let folder = try TemporaryDirectory()
        try changeMegabytesInOneStatement(try Database(path: folder.path("large.db")))
    }

    @Test func underIngestSettingsStatementJournalsStayInMemoryAndLargeStatementsSucceed() throws {
        let folder = try TemporaryDirectory()
        let database = try Database(path: folder.path("large.db"))
        try EventDatabase.tuneForIngest(database)
        #expect(try database.scalarInt(sql: "PRAGMA temp_store") == 2)   // MEMORY
        try changeMegabytesInOneStatement(database)
    }

    private func changeMegabytesInOneStatement(_ database: Database) throws {
        try database.executeScript(trustedSQL: """
            CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
            CREATE TABLE log (note_id INTEGER);
            CREATE TRIGGER notes_logged AFTER UPDATE ON notes BEGIN INSERT INTO log VALUES (new.id); END;
            """)
        let body = String(repeating: "kata ", count: 200)
        try database.inTransaction {
            for _ in 0..<4_000 { try database.execute(sql: "INSERT INTO notes (body) VALUES (?)", body) }
            // One statement with a trigger over 4 MB of pages already changed in this transaction.
            try database.execute(sql: "UPDATE notes SET body = body || '!'")
        }
        #expect(try database.scalarInt(sql: "SELECT count(*) FROM log") == 4_000)
        #expect(try database.scalarInt(sql: "SELECT count(*) FROM notes WHERE body LIKE '%!'") == 4_000)
    }
}
