import Store

extension EventExplanation {
    /// The explanation for people: the event, then each report with the extractor's steps.
    public var text: String {
        var lines: [String] = []
        lines.append("Event \(id): \(type) (\(family))")
        lines.append("  date:        " + (date.map { "\($0) (\(datePrecision))" } ?? "unknown"))
        if let place {
            var where_ = "\(place.name) [\(place.ref)], \(place.kind)"
            if let admin1 = place.admin1 { where_ += ", governorate " + admin1 }
            if let admin2 = place.admin2 { where_ += ", district " + admin2 }
            if let latitude = place.latitude, let longitude = place.longitude {
                where_ += " at \(Self.coordinate(latitude)), \(Self.coordinate(longitude))"
            }
            lines.append("  place:       " + where_)
            if place.needsReview { lines.append("               not in the gazetteer: named in an article, to review and geocode") }
        } else {
            lines.append("  place:       unknown")
        }
        for faction in factions {
            lines.append("  " + (faction.role + ":").padding(toLength: 13, withPad: " ", startingAt: 0) + "\(faction.name) [\(faction.key)]")
        }
        lines.append("  fatalities:  " + (fatalities.map(String.init) ?? "not given"))
        for (index, report) in reports.enumerated() {
            lines.append("")
            var source = "Report \(index + 1) of \(reports.count): \(report.article), sentence \(report.sentenceIndex)"
            let about = [report.outlet, report.published.map { "published \($0)" }, report.agency.map { "citing \($0)" }].compactMap { $0 }
            if !about.isEmpty { source += " (" + about.joined(separator: ", ") + ")" }
            lines.append(source)
            lines.append("  sentence:    \(report.sentence)")
            lines.append("  cue:         " + (report.cue ?? "none recorded"))
            if report.steps.isEmpty {
                lines.append("  how:         no explanation recorded")
            } else {
                lines.append("  how:")
                lines += report.steps.map { "    - " + $0 }
            }
            if !report.aliases.isEmpty {
                lines.append("  aliases in the sentence: " + report.aliases.joined(separator: "; "))
            }
        }
        if !corrections.isEmpty {
            lines.append("")
            lines.append("Corrections by analysts (applied after extraction, kept on re-ingest):")
            for correction in corrections {
                lines.append("  #\(correction.id) " + Self.describe(correction) + " (\(correction.createdAt))"
                             + (correction.note.map { ": " + $0 } ?? ""))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "set date 2015-11", "set actor syrian_government", "merge isis into islamic_state".
    public static func describe(_ correction: Corrections.Correction) -> String {
        switch correction.action {
        case "delete": return "delete the event"
        case "merge_factions": return "merge \(correction.field ?? "?") into \(correction.value ?? "?")"
        case "set_faction": return "set \(correction.field ?? "faction") \(correction.value ?? "none")"
        default:
            let field = correction.action.hasPrefix("set_") ? String(correction.action.dropFirst(4)) : correction.action
            return "set \(field) " + (correction.value ?? "none")
        }
    }

    static func coordinate(_ value: Double) -> String {
        let rounded = (value * 10_000).rounded() / 10_000
        return String(rounded)
    }

    /// The explanation as one JSON object, for scripts.
    public var json: String {
        func string(_ text: String?) -> String { text.map(JSONRenderer.quote) ?? "null" }
        func strings(_ items: [String]) -> String { "[" + items.map(JSONRenderer.quote).joined(separator: ", ") + "]" }
        var parts: [String] = []
        parts.append("\"id\": \(id)")
        parts.append("\"type\": \(string(type))")
        parts.append("\"family\": \(string(family))")
        parts.append("\"date\": \(string(date))")
        parts.append("\"date_precision\": \(string(datePrecision))")
        if let place {
            parts.append("\"place\": {\"ref\": \(string(place.ref)), \"name\": \(string(place.name)), \"kind\": \(string(place.kind)), "
                         + "\"feature\": \(string(place.feature)), \"admin1\": \(string(place.admin1)), \"admin2\": \(string(place.admin2)), "
                         + "\"latitude\": \(place.latitude.map { String($0) } ?? "null"), \"longitude\": \(place.longitude.map { String($0) } ?? "null"), "
                         + "\"origin\": \(string(place.origin)), \"needs_review\": \(place.needsReview)}")
        } else {
            parts.append("\"place\": null")
        }
        parts.append("\"factions\": [" + factions.map {
            "{\"role\": \(string($0.role)), \"key\": \(string($0.key)), \"name\": \(string($0.name))}"
        }.joined(separator: ", ") + "]")
        parts.append("\"fatalities\": " + (fatalities.map(String.init) ?? "null"))
        parts.append("\"reports\": [" + reports.map { report in
            "{\"article\": \(string(report.article)), \"published\": \(string(report.published)), \"outlet\": \(string(report.outlet)), "
            + "\"sentence_index\": \(report.sentenceIndex), \"sentence\": \(string(report.sentence)), \"cue\": \(string(report.cue)), "
            + "\"agency\": \(string(report.agency)), \"explanation\": \(strings(report.steps)), \"aliases\": \(strings(report.aliases))}"
        }.joined(separator: ", ") + "]")
        parts.append("\"corrections\": [" + corrections.map { correction in
            "{\"id\": \(correction.id), \"action\": \(string(correction.action)), \"field\": \(string(correction.field)), "
            + "\"value\": \(string(correction.value)), \"note\": \(string(correction.note)), \"created_at\": \(string(correction.createdAt))}"
        }.joined(separator: ", ") + "]")
        return "{" + parts.joined(separator: ", ") + "}\n"
    }
}
