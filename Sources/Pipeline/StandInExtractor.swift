import Extraction

/// TEMPORARY: stands in for `Extractor` until the extraction engineer's lands; stores the text
/// with no events. Removed when `Extractor` exists.
struct StandInExtractor: ArticleExtracting {
    init(knowledge: Knowledge) {}
    func extract(_ input: ArticleInput) -> ArticleExtraction {
        ArticleExtraction(title: input.title ?? input.text.split(separator: "\n").first.map(String.init), outlet: input.outlet,
                          language: "und", supported: false, published: nil, cleanText: input.text)
    }
}
