/// The few statements the pipeline runs itself (bookkeeping in `meta`, paging through stored
/// articles); everything that writes articles and events goes through the Store's `ArticleWriter`.
enum PipelineSQL {
    static let readFingerprint = "SELECT value FROM meta WHERE key = 'extraction_fingerprint'"
    static let writeFingerprint = """
        INSERT INTO meta (key, value) VALUES ('extraction_fingerprint', ?)
        ON CONFLICT(key) DO UPDATE SET value = excluded.value
        """
    static let articleCount = "SELECT count(*) FROM articles"
    /// Stored articles after an id, in id order, with what is needed to extract them again.
    static let storedArticlesPage = """
        SELECT a.id, a.input, a.file_name, a.format, a.raw_text, a.content_hash, a.title, a.url, s.name, a.published
        FROM articles a LEFT JOIN sources s ON s.id = a.outlet_id
        WHERE a.id > ? ORDER BY a.id LIMIT ?
        """
}
