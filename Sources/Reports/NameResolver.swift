import Foundation
import Names
import Store

/// Turns names as people type them into what the database holds: `homs`, `Hims`,
/// `Provinsi Homs` → the governorate `Homs`; `SDF`, `YPG`, `Kurdish forces` → `sdf`.
/// Unknown names are errors that list the nearest known names.
public struct NameResolver {
    /// Words that say what kind of place a name is rather than which one.
    static let placeWords: Set<Substring> = [
        "provinsi", "province", "governorate", "gubernuran", "kegubernuran", "muhafazah", "muhafazat",
        "kota", "city", "wilayah", "daerah", "kabupaten", "region", "of", "the", "di",
    ]

    let database: Database

    public init(database: Database) { self.database = database }

    static func placeKey(_ name: String) -> String {
        let words = NameKey.words(name)
        let kept = words.filter { !placeWords.contains($0) }
        return (kept.isEmpty ? words : kept).joined(separator: " ")
    }

    // MARK: Provinces

    /// The canonical governorate name (`admin1`) a spelling stands for; Syrian ones first.
    public func province(_ name: String) throws -> String {
        let key = Self.placeKey(name)
        let found = try database.query(sql: """
            SELECT l.admin1 FROM location_names n JOIN locations l ON l.id = n.location_id
            WHERE n.normalized = ? AND l.kind = 'governorate' AND l.admin1 IS NOT NULL
            GROUP BY l.admin1 ORDER BY max(l.country = 'SY') DESC, l.admin1
            """, key) { $0.string(0) }
        if let first = found.first { return first }
        let admin1 = try database.query(sql: "SELECT DISTINCT admin1 FROM locations WHERE admin1 = ? COLLATE NOCASE LIMIT 1", name.trimmingCharacters(in: .whitespaces)) { $0.string(0) }
        if let first = admin1.first { return first }
        let known = try database.query(sql: """
            SELECT n.normalized, l.admin1 FROM location_names n JOIN locations l ON l.id = n.location_id
            WHERE l.kind = 'governorate' AND l.admin1 IS NOT NULL
            """) { ($0.string(0), $0.string(1)) }
        throw ReportsError(.unknownName, "no province named '\(name)'", suggestions: Self.nearest(key, among: known))
    }

    // MARK: Places

    /// Every place answering to the name (several villages share names), biggest first,
    /// within a governorate when one is given.
    public func places(_ name: String, admin1: String? = nil) throws -> [Int64] {
        let keys = [NameKey.normalize(name), Self.placeKey(name)]
        var ids: [Int64] = []
        for key in keys where ids.isEmpty && !key.isEmpty {
            ids = try database.query(sql: """
                SELECT DISTINCT l.id FROM location_names n JOIN locations l ON l.id = n.location_id
                WHERE n.normalized = ?1 AND (?2 IS NULL OR l.admin1 = ?2)
                ORDER BY l.population IS NULL, l.population DESC, l.id
                """, key, admin1) { $0.int64(0) }
        }
        if !ids.isEmpty { return ids }
        let key = Self.placeKey(name)
        // Near matches among names sharing the first letter keep the scan small on a big gazetteer.
        let known = try database.query(sql: """
            SELECT n.normalized, l.name || coalesce(' (' || l.admin1 || ')', '') FROM location_names n
            JOIN locations l ON l.id = n.location_id
            WHERE n.normalized >= ?1 AND n.normalized < ?1 || 'zzzz' AND (?2 IS NULL OR l.admin1 = ?2)
            """, String(key.prefix(1)), admin1) { ($0.string(0), $0.string(1)) }
        let scope = admin1.map { " in \($0)" } ?? ""
        throw ReportsError(.unknownName, "no place named '\(name)'\(scope)", suggestions: Self.nearest(key, among: known))
    }

    // MARK: Factions

    /// The faction key a key, display name or alias stands for. An alias shared by several
    /// factions is an error naming them.
    public func faction(_ name: String) throws -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if let key = try database.scalarString(sql: "SELECT key FROM factions WHERE key = ? COLLATE NOCASE", trimmed) {
            return key
        }
        let key = NameKey.normalize(trimmed)
        let byName = try database.query(sql: "SELECT key, name FROM factions ORDER BY key") { ($0.string(0), $0.string(1)) }
            .filter { NameKey.normalize($0.1) == key || NameKey.normalize($0.0) == key }
        if byName.count == 1 { return byName[0].0 }
        let byAlias = try database.query(sql: """
            SELECT DISTINCT f.key FROM faction_aliases a JOIN factions f ON f.id = a.faction_id
            WHERE a.normalized = ? ORDER BY f.key
            """, key) { $0.string(0) }
        if byAlias.count == 1 { return byAlias[0] }
        if byAlias.count > 1 {
            throw ReportsError(.unknownName, "'\(name)' names several factions: \(byAlias.joined(separator: ", ")); use one of these keys")
        }
        var known = byName.map { (NameKey.normalize($0.1), $0.0) }
        known += try database.query(sql: "SELECT key, name FROM factions") { (NameKey.normalize($0.string(0)), $0.string(0)) }
        known += try database.query(sql: "SELECT a.normalized, f.key FROM faction_aliases a JOIN factions f ON f.id = a.faction_id") {
            ($0.string(0), $0.string(1))
        }
        throw ReportsError(.unknownName, "no faction named '\(name)'", suggestions: Self.nearest(key, among: known))
    }

    /// Display names by faction key, for the formats people read.
    public func factionNames() throws -> [String: String] {
        Dictionary(try database.query(sql: "SELECT key, name FROM factions") { ($0.string(0), $0.string(1)) },
                   uniquingKeysWith: { first, _ in first })
    }

    // MARK: Near matches

    /// Up to five answers whose keys are closest to `key` (edit distance, then prefix), best first.
    static func nearest(_ key: String, among known: [(key: String, answer: String)], limit: Int = 5) -> [String] {
        guard !key.isEmpty else { return [] }
        var best: [String: Int] = [:]
        for (candidate, answer) in known {
            var distance = editDistance(key, candidate)
            if candidate.hasPrefix(key) || key.hasPrefix(candidate) { distance = min(distance, 1) }
            if distance <= max(2, key.count / 3) { best[answer] = min(best[answer] ?? .max, distance) }
        }
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(limit).map(\.key)
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.utf8), b = Array(b.utf8)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
