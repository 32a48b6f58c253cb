import Foundation

/// One article of a JSON Lines file: `{"text": …, "url": …, "outlet": …, "published": …, "title": …}`.
/// `body` or `content` may stand for `text`; `source` or `site` for `outlet`; `date` for `published`.
public struct JSONLineArticle: Sendable, Equatable {
    public var text: String
    public var title: String?
    public var outlet: String?
    public var published: String?
    public var url: String?

    public enum Failure: Error, Equatable, Sendable {
        case notJSON
        case notAnObject
        case noText
    }

    public static func parse(_ line: [UInt8]) throws(Failure) -> JSONLineArticle {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed])
        } catch {
            throw .notJSON
        }
        guard let fields = object as? [String: Any] else { throw .notAnObject }
        func string(_ keys: String...) -> String? {
            for key in keys {
                if let value = fields[key] as? String {
                    let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
                    if !trimmed.isEmpty { return trimmed }
                }
                if let number = fields[key] as? NSNumber, key == "published" || key == "date" { return number.stringValue }
            }
            return nil
        }
        guard let text = string("text", "body", "content") else { throw .noText }
        return JSONLineArticle(text: TextDecoding.normalizeLineEnds(text), title: string("title", "headline"),
                               outlet: string("outlet", "source", "site", "site_name"),
                               published: string("published", "date", "published_time"), url: string("url", "link"))
    }
}
