/// Holds the per-row search-index trigger off while a batch is written and indexes the articles
/// it inserted with one statement at the end (Migrations/0006_search_index_per_batch.sql says
/// why: FTS5 wrote a segment per article otherwise).
///
/// New articles are those with an id above the largest before the batch began: an INTEGER
/// PRIMARY KEY without AUTOINCREMENT takes the largest id plus one. Articles updated in the
/// batch keep their ids and are re-indexed by the update trigger.
enum SearchIndexDeferral {
    /// Runs `body` inside the caller's transaction with the trigger held off, then indexes.
    static func indexingNewArticlesAfter<T>(_ body: () throws -> T, in database: Database) throws -> T {
        let lastIDBefore = try database.scalarInt(sql: lastArticleID) ?? 0
        try database.execute(sql: holdTrigger)
        let result = try body()
        try database.execute(sql: indexArticlesAfter, lastIDBefore)
        try database.execute(sql: releaseTrigger)
        return result
    }

    private static let key = "articles_fts.deferred"
    private static let lastArticleID = "SELECT coalesce(max(id), 0) FROM articles"
    private static let holdTrigger = "INSERT OR REPLACE INTO meta (key, value) VALUES ('\(key)', 'ArticleWriter.writeBatch')"
    private static let releaseTrigger = "DELETE FROM meta WHERE key = '\(key)'"
    private static let indexArticlesAfter = """
        INSERT INTO articles_fts (rowid, title, clean_text)
        SELECT id, title, clean_text FROM articles WHERE id > ? ORDER BY id
        """
}
