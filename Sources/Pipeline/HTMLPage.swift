/// The article inside an HTML page: its visible text (scripts, styles, navigation, forms and
/// asides left out; paragraphs on lines of their own) and the metadata publishers put in
/// `<head>`: `<title>`, `og:title`, `og:site_name`, `article:published_time`, the canonical URL.
///
/// One pass over the bytes with no recursion and no element stack, so that deeply nested or
/// broken markup costs time linear in its length and never the call stack.
public struct HTMLPage: Sendable, Equatable {
    public var title: String?
    public var siteName: String?
    public var published: String?
    public var url: String?
    public var language: String?
    /// The headline followed by the paragraphs, separated by blank lines.
    public var text: String

    /// Elements whose content is not text (skipped up to their end tag).
    private static let rawElements: Set<String> = ["script", "style", "noscript", "template", "textarea", "svg", "math", "iframe", "object"]
    /// Page furniture: skipped with everything inside.
    private static let furniture: Set<String> = ["nav", "aside", "footer", "form", "button", "select", "menu", "dialog"]
    /// Elements that end a line of text.
    private static let blocks: Set<String> = [
        "p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th",
        "table", "article", "section", "header", "main", "blockquote", "pre", "figure", "figcaption", "address", "body",
        "caption", "details", "summary", "center",
    ]

    public static func parse(_ html: String) -> HTMLPage {
        var html = html
        return html.withUTF8 { bytes in
            var parser = Parser(bytes: bytes)
            return parser.run()
        }
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        var out: [UInt8] = []
        var articleOut: [UInt8] = []
        var articleDepth = 0
        var skipName: String?
        var skipDepth = 0
        var heading: [UInt8]?
        var headingOpen = false
        var meta: [String: String] = [:]
        var title: String?
        var url: String?
        var language: String?
        var timeStamp: String?

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func run() -> HTMLPage {
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "<") {
                    tag()
                } else if byte == UInt8(ascii: "&") {
                    if let (text, length) = HTMLEntities.decode(bytes, at: index) { emit(text.utf8); index += length }
                    else { emit(CollectionOfOne(byte)); index += 1 }
                } else {
                    var end = index + 1
                    while end < bytes.count, bytes[end] != UInt8(ascii: "<"), bytes[end] != UInt8(ascii: "&") { end += 1 }
                    emit(UnsafeBufferPointer(rebasing: bytes[index..<end])); index = end
                }
            }
            return page()
        }

        mutating func emit<Bytes: Sequence>(_ text: Bytes) where Bytes.Element == UInt8 {
            guard skipName == nil else { return }
            out.append(contentsOf: text)
            if articleDepth > 0 { articleOut.append(contentsOf: text) }
            if headingOpen { heading?.append(contentsOf: text) }
        }

        mutating func newline() {
            guard skipName == nil else { return }
            out.append(0x0A)
            if articleDepth > 0 { articleOut.append(0x0A) }
        }

        // MARK: Tags

        mutating func tag() {
            let start = index
            if matches("<!--", at: index) {
                index = find("-->", from: index + 4).map { $0 + 3 } ?? bytes.count
                return
            }
            var cursor = index + 1
            let closing = cursor < bytes.count && bytes[cursor] == UInt8(ascii: "/")
            if closing { cursor += 1 }
            let nameStart = cursor
            while cursor < bytes.count, isNameByte(bytes[cursor]) { cursor += 1 }
            guard cursor > nameStart || (cursor < bytes.count && (bytes[cursor] == UInt8(ascii: "!") || bytes[cursor] == UInt8(ascii: "?"))) else {
                emit(CollectionOfOne(bytes[start])); index = start + 1   // a lone "<" in text
                return
            }
            let name = lowercased(nameStart, cursor)
            let (attributes, end) = readAttributes(from: cursor)
            index = end
            guard !name.isEmpty else { return }   // <!DOCTYPE …>, <?xml …?>
            if closing { closeTag(name) } else { openTag(name, attributes, selfClosing: end >= 2 && bytes[end - 2] == UInt8(ascii: "/")) }
        }

        mutating func openTag(_ name: String, _ attributes: [String: String], selfClosing: Bool) {
            if let skipping = skipName {
                if name == skipping && !selfClosing { skipDepth += 1 }
                return
            }
            switch name {
            case "title":
                let text = rawContent(until: "title")
                if title == nil { title = HTMLPage.collapse(HTMLPage.decodeEntities(text)) }
                return
            case "meta":
                let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"])?.lowercased()
                if let key, let content = attributes["content"], meta[key] == nil { meta[key] = content }
                return
            case "link":
                if attributes["rel"]?.lowercased() == "canonical", let href = attributes["href"] { url = url ?? href }
                return
            case "html":
                language = attributes["lang"]
            case "time":
                if timeStamp == nil, let stamp = attributes["datetime"] { timeStamp = stamp }
            case "article":
                articleDepth += 1
            case "h1":
                if heading == nil { heading = []; headingOpen = true }
            default:
                break
            }
            if HTMLPage.rawElements.contains(name) && !selfClosing {
                _ = rawContent(until: name)
                return
            }
            if HTMLPage.furniture.contains(name) && !selfClosing {
                skipName = name; skipDepth = 1
                return
            }
            if HTMLPage.blocks.contains(name) { newline() }
        }

        mutating func closeTag(_ name: String) {
            if let skipping = skipName {
                if name == skipping { skipDepth -= 1; if skipDepth == 0 { skipName = nil } }
                return
            }
            if name == "article", articleDepth > 0 { articleDepth -= 1; articleOut.append(0x0A) }
            if name == "h1" { headingOpen = false }
            if HTMLPage.blocks.contains(name) { newline() }
        }

        /// Reads attributes up to the closing ">" (quotes respected); returns them and the index after ">".
        func readAttributes(from start: Int) -> ([String: String], Int) {
            var attributes: [String: String] = [:]
            var cursor = start
            while cursor < bytes.count {
                let byte = bytes[cursor]
                if byte == UInt8(ascii: ">") { return (attributes, cursor + 1) }
                if !isNameByte(byte) { cursor += 1; continue }
                let nameStart = cursor
                while cursor < bytes.count, isNameByte(bytes[cursor]) { cursor += 1 }
                let name = lowercased(nameStart, cursor)
                while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
                guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "=") else { attributes[name] = attributes[name] ?? ""; continue }
                cursor += 1
                while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
                guard cursor < bytes.count else { break }
                let valueStart: Int, valueEnd: Int
                if bytes[cursor] == UInt8(ascii: "\"") || bytes[cursor] == UInt8(ascii: "'") {
                    let quote = bytes[cursor]
                    valueStart = cursor + 1
                    var end = valueStart
                    while end < bytes.count, bytes[end] != quote { end += 1 }
                    valueEnd = end
                    cursor = min(end + 1, bytes.count)
                } else {
                    valueStart = cursor
                    while cursor < bytes.count, !isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: ">") { cursor += 1 }
                    valueEnd = cursor
                }
                if attributes[name] == nil {
                    let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd]), as: UTF8.self)
                    attributes[name] = HTMLPage.decodeEntities(raw)
                }
            }
            return (attributes, bytes.count)
        }

        /// The raw text up to `</name`, moving past the end tag.
        mutating func rawContent(until name: String) -> String {
            let start = index
            var cursor = index
            while let found = find("</", from: cursor) {
                let nameStart = found + 2
                var nameEnd = nameStart
                while nameEnd < bytes.count, isNameByte(bytes[nameEnd]) { nameEnd += 1 }
                if lowercased(nameStart, nameEnd) == name {
                    index = find(">", from: nameEnd).map { $0 + 1 } ?? bytes.count
                    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<found]), as: UTF8.self)
                }
                cursor = found + 2
            }
            index = bytes.count
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]), as: UTF8.self)
        }

        // MARK: Bytes

        func matches(_ literal: String, at position: Int) -> Bool {
            var cursor = position
            for byte in literal.utf8 {
                guard cursor < bytes.count, bytes[cursor] == byte else { return false }
                cursor += 1
            }
            return true
        }

        func find(_ literal: String, from position: Int) -> Int? {
            guard let first = literal.utf8.first else { return nil }
            var cursor = position
            while cursor < bytes.count {
                if bytes[cursor] == first, matches(literal, at: cursor) { return cursor }
                cursor += 1
            }
            return nil
        }

        func lowercased(_ start: Int, _ end: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]).lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        }

        func isNameByte(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "_")
        }

        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C }

        // MARK: Result

        func page() -> HTMLPage {
            func value(_ keys: String...) -> String? {
                for key in keys {
                    if let text = meta[key].map(HTMLPage.collapse), !text.isEmpty { return text }
                }
                return nil
            }
            let headline = value("og:title", "twitter:title") ?? heading.map { HTMLPage.collapse(String(decoding: $0, as: UTF8.self)) }.flatMap { $0.isEmpty ? nil : $0 } ?? title
            let body = HTMLPage.paragraphs(String(decoding: articleOut.isEmpty ? out : articleOut, as: UTF8.self))
            var lines = body
            if let headline, !headline.isEmpty, lines.first != headline { lines.insert(headline, at: 0) }
            return HTMLPage(
                title: headline,
                siteName: value("og:site_name", "application-name", "publisher", "twitter:site").map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 },
                published: value("article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued") ?? timeStamp,
                url: value("og:url") ?? url,
                language: language,
                text: lines.joined(separator: "\n\n"))
        }
    }

    // MARK: Text

    /// Whitespace runs become one space; leading and trailing whitespace goes.
    static func collapse(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" "); pendingSpace = false }
                result.append(character)
            }
        }
        return result
    }

    /// Non-empty lines, each collapsed.
    static func paragraphs(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: true).map { collapse(String($0)) }.filter { !$0.isEmpty }
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "&"), let (decoded, length) = HTMLEntities.decode(bytes, at: index) {
                    out.append(contentsOf: decoded.utf8); index += length
                } else {
                    out.append(bytes[index]); index += 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
