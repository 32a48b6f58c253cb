import Foundation
import Store

/// A large event database made without extraction: generated articles' events written through
/// Store's ArticleWriter in batches, until the database holds the wanted number of events.
/// Only the events' sentences are stored as article text, which keeps the build quick.
enum EventCorpus {
    static func build(database path: String, events target: Int, seed: UInt64, world: World,
                      batch: Int = 500) throws -> (articles: Int, events: Int, seconds: Double) {
        removeDatabase(path)
        let start = now()
        let database = try EventDatabase.openForWriting(path: path)
        try EventDatabase.tuneForIngest(database)
        let writer = try ArticleWriter(database: database)
        let generator = CorpusGenerator(world: world, seed: seed, englishShare: 0.2, eventsPerArticle: 15...25)
        var index = 0
        var events = 0
        while events < target {
            do {
                var items: [ArticleWriter.BatchItem] = []
                for _ in 0..<batch {
                    let article = generator.article(index)
                    items.append(.init(article: record(article), events: article.events.enumerated().map { record($1, index: $0, known: world.storedFactions) }, controls: []))
                    index += 1
                }
                for result in try writer.writeBatch(items) { _ = try result.get() }
            }
            events = Int(try database.scalarInt(sql: "SELECT count(*) FROM events") ?? 0)
            if index % (batch * 20) == 0 { note("  \(index) articles, \(events) events") }
        }
        try database.executeScript(trustedSQL: "PRAGMA wal_checkpoint(TRUNCATE)")
        return (index, events, now() - start)
    }

    static func record(_ article: CorpusGenerator.Article, text: String? = nil) -> ArticleRecord {
        let text = text ?? article.events.map(\.sentence).joined(separator: " ")
        let day = article.published
        return ArticleRecord(input: "synthetic/" + article.relativePath, fileName: article.fileName,
                             contentHash: String(repeating: "0", count: 48) + pad(article.index, 16),
                             url: article.url, title: article.title, outlet: article.outlet,
                             published: StoredDate(text: day.iso, precision: .day, start: day.iso, end: day.iso),
                             language: article.language, supported: true, format: "text",
                             rawText: text, cleanText: text, agencies: [])
    }

    static func record(_ event: CorpusGenerator.Event, index: Int, known: Set<String>) -> EventRecord {
        let (type, controller): (String, String?) = switch event.kind {
        case .capture: ("Non-state actor overtakes territory", event.actor)
        case .recapture: ("Government regains territory", event.actor)
        case .withdrawal: ("Non-violent transfer of territory", nil)
        case .airStrike: ("Air/drone strike", nil)
        case .shelling: ("Shelling/artillery/missile attack", nil)
        case .carBomb: ("Remote explosive/landmine/IED", nil)
        case .suicideBomb: ("Suicide bomb", nil)
        case .clash: ("Armed clash", nil)
        case .abduction: ("Abduction/forced disappearance", nil)
        case .agreement: ("Agreement", nil)
        }
        var factions: [(role: EventRecord.Role, key: String)] = []
        if let actor = event.actor { factions.append((.actor, actor)) }
        if let target = event.target { factions.append((.target, target)) }
        if let controller { factions.append((.controller, controller)) }
        factions = factions.filter { known.contains($0.key) }
        let day = event.day.iso
        return EventRecord(type: type, date: StoredDate(text: day, precision: .day, start: day, end: day),
                           location: .ref(event.place.ref), fatalities: nil, factions: factions,
                           sentenceIndex: index, evidence: event.sentence, cue: nil)
    }
}
