/// Holds the per-row search-index trigger off for one transaction and indexes the articles it
/// inserted with one statement at the end (Migrations/0006_search_index_per_batch.sql says why:
/// FTS5 wrote a segment per article otherwise).
///
/// New articles are those with an id above the largest before the transaction began: an
/// INTEGER PRIMARY KEY without AUTOINCREMENT takes the largest id plus one. Articles updated in
/// the transaction keep their ids and are re-indexed by the update trigger.
struct SearchIndexDeferral {
    private let database: Database
    private let lastIDBefore: Int64

    /// Call inside the transaction, before the first article is written.
    init(database: Database) throws {
        self.database = database
        lastIDBefore = try database.scalarInt(sql: Self.lastArticleID) ?? 0
        try database.execute(sql: Self.holdTrigger)
    }

    /// Call inside the same transaction, after the last article is written.
    func indexNewArticles() throws {
        try database.cachedStatement(sql: Self.indexArticlesAfter).execute([lastIDBefore])
        try database.execute(sql: Self.releaseTrigger)
    }

    static let key = "articles_fts.deferred"
    private static let lastArticleID = "SELECT coalesce(max(id), 0) FROM articles"
    private static let holdTrigger = "INSERT OR REPLACE INTO meta (key, value) VALUES ('\(key)', 'ArticleWriter.writeBatch')"
    private static let releaseTrigger = "DELETE FROM meta WHERE key = '\(key)'"
    private static let indexArticlesAfter = """
        INSERT INTO articles_fts (rowid, title, clean_text)
        SELECT id, title, clean_text FROM articles WHERE id > ? ORDER BY id
        """
}
