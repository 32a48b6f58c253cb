import Extraction

/// Metadata a container gives about its article (HTML `<head>`, JSON fields).
struct ArticleMetadata: Sendable, Equatable {
    var title: String?
    var outlet: String?
    var published: String?
    var url: String?
}

/// One article ready for extraction: where it came from, its decoded text and content hash.
struct DecodedArticle: Sendable {
    /// The path (or `path#line` for JSON Lines, `stdin:…` for standard input): the article's key.
    var input: String
    var fileName: String
    var format: InputFormat
    /// The decoded document as stored (HTML markup kept), line ends normalized.
    var rawText: String
    var contentHash: String
    var metadata: ArticleMetadata
    /// The text the extractor reads (for HTML: the page's article text).
    var text: String

    var extractionInput: ArticleInput {
        ArticleInput(text: text, fileName: fileName, title: metadata.title, outlet: metadata.outlet,
                     published: metadata.published, url: metadata.url)
    }
}

/// Bytes → decoded articles. Pure functions, safe to call from any thread.
enum ArticleDecoding {
    /// A whole document (text or HTML) from a file or standard input.
    static func document(bytes: [UInt8], path: String, input: String, fileName: String, format: InputFormat) throws(PipelineError) -> DecodedArticle {
        let decoded: String
        do {
            decoded = try TextDecoding.decode(bytes)
        } catch {
            switch error {
            case .empty: throw PipelineError(path: path, reason: .empty, detail: "skipped: empty file (no text)")
            case .binary(let kind): throw PipelineError(path: path, reason: .binary, detail: "skipped: binary file (\(kind)), not an article")
            }
        }
        let resolved = format == .sniffed ? (looksLikeHTML(decoded) ? InputFormat.html : .text) : format
        let hash = SHA256.hex(decoded)
        if resolved == .html {
            let page = HTMLPage.parse(decoded)
            guard !page.text.allSatisfy(\.isWhitespace) else {
                throw PipelineError(path: path, reason: .empty, detail: "skipped: the HTML page has no text")
            }
            return DecodedArticle(input: input, fileName: fileName, format: .html, rawText: decoded, contentHash: hash,
                                  metadata: ArticleMetadata(title: page.title, outlet: page.siteName, published: page.published, url: page.url),
                                  text: page.text)
        }
        return DecodedArticle(input: input, fileName: fileName, format: .text, rawText: decoded, contentHash: hash,
                              metadata: ArticleMetadata(), text: decoded)
    }

    /// One line of a JSON Lines file.
    static func record(line: [UInt8], path: String, lineNumber: Int, input: String, fileName: String) throws(PipelineError) -> DecodedArticle {
        var bytes = line[...]
        if lineNumber == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let utf8 = Array(TextDecoding.utf8OrWindows1252(bytes).utf8)
        let article: JSONLineArticle
        do {
            article = try JSONLineArticle.parse(utf8)
        } catch {
            let reason: String
            switch error {
            case .notJSON: reason = "not valid JSON"
            case .notAnObject: reason = "not a JSON object"
            case .noText: reason = "no \"text\" field"
            }
            throw PipelineError(path: "\(path):\(lineNumber)", reason: .malformed, detail: "skipped line \(lineNumber): \(reason)")
        }
        return DecodedArticle(input: input, fileName: fileName, format: .jsonl, rawText: article.text,
                              contentHash: SHA256.hex(article.text),
                              metadata: ArticleMetadata(title: article.title, outlet: article.outlet, published: article.published, url: article.url),
                              text: article.text)
    }

    /// Markup near the start: a doctype, `<html>`, `<head>`, `<body>` or paragraph tags.
    static func looksLikeHTML(_ text: String) -> Bool {
        let head = text.utf8.prefix(2048)
        guard let first = head.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }), first == UInt8(ascii: "<") else { return false }
        let lower = String(decoding: head, as: UTF8.self).lowercased()
        return ["<!doctype html", "<html", "<head", "<body", "<p>", "<div", "<article", "<meta"].contains { lower.contains($0) }
    }

    /// Starts with "{": a JSON Lines stream rather than a document.
    static func looksLikeJSONLines(_ bytes: ArraySlice<UInt8>) -> Bool {
        var slice = bytes
        if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
        return slice.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) == UInt8(ascii: "{")
    }
}
