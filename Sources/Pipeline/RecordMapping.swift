import Extraction
import Store

/// Turns what the extractor read into what the Store writes.
enum RecordMapping {
    static func storedDate(_ date: PartialDate) -> StoredDate {
        let precision: StoredDate.Precision
        switch date.precision {
        case .day: precision = .day
        case .month: precision = .month
        case .year: precision = .year
        }
        return StoredDate(text: date.description, precision: precision, start: date.firstDay, end: date.lastDay)
    }

    static func location(_ place: ResolvedPlace) -> LocationKey {
        switch place {
        case .known(let ref): return .ref(ref)
        case .unlisted(let name, let country, let admin1, let parentRef):
            return .new(name: name, country: country, admin1: admin1, parentRef: parentRef)
        }
    }

    static func event(_ event: ExtractedEvent) -> EventRecord {
        var factions: [(role: EventRecord.Role, key: String)] = []
        if let actor = event.actor { factions.append((.actor, actor)) }
        for associate in event.associates { factions.append((.associate, associate)) }
        if let target = event.target { factions.append((.target, target)) }
        if let controller = event.controller { factions.append((.controller, controller)) }
        return EventRecord(type: event.type, date: event.date.map(storedDate), location: event.place.map(location),
                           fatalities: event.fatalities, factions: factions, sentenceIndex: event.sentenceIndex,
                           evidence: event.evidence, cue: event.cue.isEmpty ? nil : event.cue, agency: event.agency,
                           explanation: event.explanation.isEmpty ? nil : jsonArray(event.explanation))
    }

    static func control(_ control: ExtractedControl) -> ControlRecord {
        ControlRecord(location: location(control.place), faction: control.faction, asOf: control.asOf.firstDay,
                      sentenceIndex: control.sentenceIndex, evidence: control.evidence)
    }

    static func article(_ extraction: ArticleExtraction, source: DecodedArticle) -> ArticleRecord {
        ArticleRecord(input: source.input, fileName: source.fileName, contentHash: source.contentHash,
                      url: source.metadata.url, title: extraction.title ?? source.metadata.title,
                      outlet: extraction.outlet ?? source.metadata.outlet, published: extraction.published.map(storedDate),
                      language: extraction.language, supported: extraction.supported, format: source.format.rawValue,
                      rawText: source.rawText, cleanText: extraction.cleanText, agencies: extraction.agencies)
    }

    /// A JSON array of strings, escaped per RFC 8259.
    static func jsonArray(_ items: [String]) -> String {
        var out = "["
        for (n, item) in items.enumerated() {
            if n > 0 { out += "," }
            out += jsonString(item)
        }
        return out + "]"
    }

    /// Works on the UTF-8 bytes: only ASCII bytes are escaped, and most texts need none.
    static func jsonString(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            return "\"" + text + "\""
        }
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: "\n"): out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case UInt8(ascii: "\t"): out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case ..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default:
                out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }
}
