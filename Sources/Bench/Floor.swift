import Foundation
import Store

/// The storage floor: the same article texts read from the same files and inserted, through the
/// same Store (WAL, synchronous=NORMAL, prepared statement, one transaction per batch), into a
/// plain table with an FTS5 index and nothing else. Full ingest cannot be cheaper than this.
///
/// The index is kept either by a trigger per row (the plain way, and the floor the issue names)
/// or as ingest keeps it since migration 0006: one INSERT … SELECT per transaction, which is
/// much cheaper. The benchmark prints both, so that a ratio to the floor hides nothing.
enum StorageFloor {
    enum SearchIndex: String {
        case perRow = "trigger per row"
        case perBatch = "one insert per batch"
    }

    /// The floor's whole schema: one table and an external-content FTS5 index kept by a trigger,
    /// with the tokenizer the articles table uses.
    static let schemaSQL = """
        CREATE TABLE texts (id INTEGER PRIMARY KEY, name TEXT NOT NULL, body TEXT NOT NULL);
        CREATE VIRTUAL TABLE texts_fts USING fts5(body, content = 'texts', content_rowid = 'id',
                                                  tokenize = 'unicode61 remove_diacritics 2');
        CREATE TRIGGER texts_fts_insert AFTER INSERT ON texts BEGIN
            INSERT INTO texts_fts (rowid, body) VALUES (new.id, new.body);
        END;
        """
    static let insertSQL = "INSERT INTO texts (name, body) VALUES (?, ?)"
    static let dropTriggerSQL = "DROP TRIGGER texts_fts_insert"
    static let lastIDSQL = "SELECT coalesce(max(id), 0) FROM texts"
    static let indexBatchSQL = "INSERT INTO texts_fts (rowid, body) SELECT id, body FROM texts WHERE id > ?"

    struct Result {
        let articles: Int
        let bytes: Int
        let seconds: Double
        let databaseBytes: Int
    }

    static func run(corpus directory: String, database path: String, batch: Int, searchIndex: SearchIndex = .perRow,
                    setup: [String] = []) throws -> Result {
        removeDatabase(path)
        let files = try corpusFiles(directory)
        let start = now()
        let database = try Database(path: path, mode: .create)
        try database.executeScript(trustedSQL: schemaSQL)
        if searchIndex == .perBatch { try database.executeScript(trustedSQL: dropTriggerSQL) }
        for statement in setup { try database.executeScript(trustedSQL: statement) }
        let insert = try database.cachedStatement(sql: insertSQL)
        var bytes = 0
        var position = 0
        while position < files.count {
            let slice = files[position..<min(position + batch, files.count)]
            try database.inTransaction(.immediate) {
                let lastID = searchIndex == .perBatch ? try database.scalarInt(sql: lastIDSQL) ?? 0 : 0
                for file in slice {
                    let data = try Data(contentsOf: URL(fileURLWithPath: file))
                    bytes += data.count
                    try insert.execute([(file as NSString).lastPathComponent, String(decoding: data, as: UTF8.self)])
                }
                if searchIndex == .perBatch { try database.cachedStatement(sql: indexBatchSQL).execute([lastID]) }
            }
            position += batch
        }
        try database.executeScript(trustedSQL: "PRAGMA wal_checkpoint(TRUNCATE)")
        let seconds = now() - start
        return Result(articles: files.count, bytes: bytes, seconds: seconds, databaseBytes: fileSize(path) + fileSize(path + "-wal"))
    }

    /// The article files of a corpus folder, in name order.
    static func corpusFiles(_ directory: String) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: directory) else {
            throw BenchError("cannot read corpus folder \(directory)")
        }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            if relative.hasSuffix(".txt") { files.append(directory + "/" + relative) }
        }
        return files.sorted()
    }
}
