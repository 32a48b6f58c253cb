import Extraction
import Store

/// Builds the extractor's knowledge from a database's reference tables, so that places, names,
/// factions and aliases an analyst added count on the next ingest.
public enum KnowledgeLoader {
    public static func load(from database: Database) throws -> Knowledge {
        let reader = ReferenceReader(database: database)
        let places = try reader.places().map { place in
            Knowledge.Place(ref: place.ref, name: place.name, names: place.names, feature: place.feature, kind: place.kind,
                            country: place.country, admin1: place.admin1, admin2: place.admin2,
                            latitude: place.latitude, longitude: place.longitude, population: place.population)
        }
        let factions = try reader.factions().map { faction in
            Knowledge.Faction(key: faction.key, name: faction.name, kind: faction.kind, parent: faction.parent, side: faction.side)
        }
        let aliases = try reader.aliases().map { alias in
            Knowledge.Alias(faction: alias.faction, alias: alias.alias, language: alias.language,
                            validFrom: alias.validFrom, validTo: alias.validTo, caseSensitive: alias.caseSensitive)
        }
        return Knowledge(places: places, factions: factions, aliases: aliases, countries: try reader.countries())
    }
}
