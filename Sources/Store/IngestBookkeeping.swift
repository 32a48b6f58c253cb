/// What `ingest` keeps about how the stored events were made, and the stored articles it reads
/// back to extract them again when that changes (new lexicons, reference data or extractor).
/// The pipeline's only SQL apart from `ArticleWriter`; kept here so that Store owns all of it.
public enum IngestBookkeeping {
    /// The fingerprint of the extractor and reference data the stored events came from, or nil
    /// when none was recorded (a new database, or one no ingest has finished writing).
    public static func extractionFingerprint(in database: Database) throws -> String? {
        try database.scalarString(sql: SQL.readFingerprint)
    }

    /// Records the fingerprint once every stored article has been extracted with it.
    public static func setExtractionFingerprint(_ fingerprint: String, in database: Database) throws {
        try database.execute(sql: SQL.writeFingerprint, fingerprint)
    }

    /// How many articles are stored: none means there is nothing to extract again.
    public static func articleCount(in database: Database) throws -> Int {
        Int(try database.scalarInt(sql: SQL.articleCount) ?? 0)
    }

    /// Up to `limit` stored articles with an id above `id`, in id order: a page of the articles
    /// to extract again, so that memory holds one page whatever the database size.
    public static func storedArticles(after id: Int64, limit: Int, in database: Database) throws -> [StoredArticle] {
        try database.query(sql: SQL.storedArticlesPage, id, limit) { StoredArticle($0) }
    }

    private enum SQL {
        static let readFingerprint = "SELECT value FROM meta WHERE key = 'extraction_fingerprint'"
        static let writeFingerprint = """
            INSERT INTO meta (key, value) VALUES ('extraction_fingerprint', ?)
            ON CONFLICT(key) DO UPDATE SET value = excluded.value
            """
        static let articleCount = "SELECT count(*) FROM articles"
        static let storedArticlesPage = """
            SELECT a.id, a.input, a.file_name, a.format, a.raw_text, a.content_hash, a.title, a.url, s.name, a.published
            FROM articles a LEFT JOIN sources s ON s.id = a.outlet_id
            WHERE a.id > ? ORDER BY a.id LIMIT ?
            """
    }
}

/// An article as stored, with what is needed to decode and extract it again: its raw text and
/// format, and the metadata a JSON Lines record carried (other formats find theirs in the text).
public struct StoredArticle: Sendable {
    public let id: Int64
    public let input: String, fileName: String, format: String, rawText: String, contentHash: String
    /// The outlet is the source's name.
    public let title: String?, url: String?, outlet: String?, published: String?

    init(_ row: Row) {
        id = row.int64(0); input = row.string(1); fileName = row.string(2); format = row.string(3)
        rawText = row.string(4); contentHash = row.string(5); title = row.optionalString(6)
        url = row.optionalString(7); outlet = row.optionalString(8); published = row.optionalString(9)
    }
}
