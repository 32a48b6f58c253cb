import CSQLite
import Foundation
@testable import Store
import Testing

/// The statement journal spill threshold is process-wide and only accepted before SQLite is
/// initialised, so Database must set it before its first connection opens.
@Suite struct StatementJournalTests {
    @Test func spillThresholdIsSetBeforeTheFirstConnection() throws {
        let folder = try TemporaryDirectory()
        _ = try Database(path: folder.path("journal.db"))
        #expect(Database.processConfiguration == SQLITE_OK)
        // After initialisation SQLite refuses the setting: proof it had to come first.
        #expect(csqlite_config_stmtjrnl_spill(Database.statementJournalSpillBytes) == SQLITE_MISUSE)
    }
}
