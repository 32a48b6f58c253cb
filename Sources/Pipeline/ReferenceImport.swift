import Foundation
import Names
import Store

/// Analysts' own places, place names, factions and faction aliases, from CSV files with a
/// header row, stored with origin 'user' so that shipped data never overwrites them.
///
/// - places: `name,country[,admin1,admin2,latitude,longitude,feature,population,names,ref,note]`
///   (`feature` defaults to P.PPL, `names` lists other spellings separated by `|`,
///   `ref` defaults to `user:<country>/<name>`)
/// - place names: `ref,name` (the ref of an existing place: `query sql "SELECT ref, name, admin1 FROM locations …"`)
/// - factions: `key,name,kind[,side,parent,note]` (kind: state, militia, rebel, civilians, other)
/// - faction aliases: `faction,alias[,language,valid_from,valid_to,note]`
///
/// Each file is imported in one transaction: a bad row names its line and nothing of the file is kept.
public enum ReferenceImport {
    public enum Kind: String, Sendable, CaseIterable {
        case places, placeNames = "place names", factions, factionAliases = "faction aliases"
    }

    public struct Source: Sendable, Equatable {
        public var kind: Kind
        public var path: String
        public init(kind: Kind, path: String) { self.kind = kind; self.path = path }
    }

    /// Imports the files in order; returns how many rows were imported.
    public static func run(_ sources: [Source], database: Database) throws(PipelineError) -> Int {
        var total = 0
        for source in sources {
            let csv = try read(source.path)
            do {
                total += try database.inTransaction(.immediate) {
                    let loader = ReferenceLoader(database: database, origin: "user")
                    for row in csv.rows { try importRow(row, kind: source.kind, path: source.path, loader: loader) }
                    return csv.rows.count
                }
            } catch let error as PipelineError {
                throw error
            } catch {
                throw PipelineError(path: source.path, reason: .importFailed, detail: "import of \(source.kind.rawValue) failed: \(error)")
            }
        }
        return total
    }

    private static func read(_ path: String) throws(PipelineError) -> CSV {
        let bytes = try FileReading.read(path: path, limit: 256 * 1_048_576)
        let text: String
        do { text = try TextDecoding.decode(bytes) } catch {
            throw PipelineError(path: path, reason: .importFailed, detail: "not a CSV text file")
        }
        do { return try CSV.parse(text) } catch {
            switch error {
            case .empty: throw PipelineError(path: path, reason: .importFailed, detail: "empty CSV file")
            case .unterminatedQuote(let line): throw PipelineError(path: path, reason: .importFailed, detail: "line \(line): a quoted field is never closed")
            }
        }
    }

    private static func importRow(_ row: CSV.Row, kind: Kind, path: String, loader: ReferenceLoader) throws {
        func require(_ column: String) throws -> String {
            guard let value = row[column] else {
                throw PipelineError(path: path, reason: .importFailed, detail: "line \(row.line): the column \"\(column)\" is missing or empty")
            }
            return value
        }
        func number(_ column: String) throws -> Double? {
            guard let text = row[column] else { return nil }
            guard let value = Double(text) else {
                throw PipelineError(path: path, reason: .importFailed, detail: "line \(row.line): \(column) \"\(text)\" is not a number")
            }
            return value
        }
        do {
            switch kind {
            case .places:
                let name = try require("name"), country = try require("country").uppercased()
                let ref = row["ref"] ?? "user:" + country.lowercased() + "/" + NameKey.normalize(name)
                let names = (row["names"] ?? "").split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                try loader.upsertPlace(PlaceRow(ref: ref, name: name, names: names, feature: row["feature"] ?? "P.PPL", country: country,
                                                admin1: row["admin1"], admin2: row["admin2"],
                                                latitude: try number("latitude") ?? number("lat"), longitude: try number("longitude") ?? number("lon"),
                                                population: try number("population").map { Int($0) }, note: row["note"]))
            case .placeNames:
                try loader.addPlaceName(ref: try require("ref"), name: try require("name"))
            case .factions:
                let key = try require("key")
                try loader.upsertFaction(key: key, name: try require("name"), kind: try require("kind"), side: row["side"], note: row["note"])
                if let parent = row["parent"] { try loader.setFactionParent(key: key, parent: parent) }
            case .factionAliases:
                try loader.addFactionAlias(faction: try require("faction"), alias: try require("alias"), language: row["language"] ?? "*",
                                           validFrom: row["valid_from"], validTo: row["valid_to"], note: row["note"])
            }
        } catch let error as PipelineError {
            throw error
        } catch let error as StoreError {
            throw PipelineError(path: path, reason: .importFailed, detail: "line \(row.line): \(error.message)")
        }
    }
}
