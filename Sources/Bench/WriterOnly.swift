import Foundation
import Store

/// Ingest without extraction: each corpus file is read and stored with the events the generator
/// put in it, through ArticleWriter.writeBatch, one transaction per batch. Separates the cost of storing
/// from the cost of extracting when compared with the full pipeline and the floor.
enum WriterOnly {
    static func run(corpus: String, database path: String, reference: String, seed: UInt64, batch: Int, setup: [String] = []) throws -> Adapters.IngestCount {
        let world = try World(database: try Database(path: reference, mode: .readOnly))
        let generator = CorpusGenerator(world: world, seed: seed)
        let database = try EventDatabase.openForWriting(path: path)
        try EventDatabase.tuneForIngest(database)
        for statement in setup { try database.executeScript(trustedSQL: statement) }
        let writer = try ArticleWriter(database: database)
        let files = try StorageFloor.corpusFiles(corpus)
        var position = 0
        while position < files.count {
            let slice = files[position..<min(position + batch, files.count)]
            do {
                var items: [ArticleWriter.BatchItem] = []
                for file in slice {
                    let name = (file as NSString).lastPathComponent
                    guard let index = Int(name.prefix(while: \.isNumber)) else { continue }
                    let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: file)), as: UTF8.self)
                    let article = generator.article(index, text: false)
                    items.append(.init(article: EventCorpus.record(article, text: text),
                                       events: article.events.enumerated().map { EventCorpus.record($1, index: $0, known: world.storedFactions) },
                                       controls: []))
                }
                // As the pipeline writes a batch (ArticleWriter.writeBatch); a failure is an error here.
                for result in try writer.writeBatch(items) { _ = try result.get() }
            }
            position += batch
        }
        let events = Int(try database.scalarInt(sql: "SELECT count(*) FROM events") ?? 0)
        return Adapters.IngestCount(articles: files.count, events: events)
    }
}
