import Embedded
import Names

/// Reads an article and returns the events a careful analyst would code from it.
///
/// Everything that depends on the knowledge or the lexicons is indexed once in `init`; `extract`
/// only probes hash tables, so one extractor serves every core of an ingest run.
public final class Extractor: Sendable {
    let lexicons: Lexicons
    let placeIndex: PlaceIndex
    let factions: FactionIndex
    let cleaner: Cleaner
    let splitter: SentenceSplitter
    let dateFinder: DateFinder
    /// First words of cues, for verbs written with the suffix -nya ("merebutnya").
    let cueFirstWords: Set<String>
    /// The languages that have stopwords, in the order of their names.
    let stopwordLanguages: [String]
    /// Each stopword's languages as bits (bit b of table t: language 64 t + b), so that a token
    /// is looked up once for all languages.
    let stopwordMasks: [KeyTable<UInt64>]
    /// Fold hashes of the Arabic articles (`NameKey.articles`): most words are none, by one probe.
    let articleHashes: HashIndex

    public init(knowledge: Knowledge, lexicons: Lexicons? = nil) throws {
        // The gazetteer's index is four fifths of the work here: it is built on another core
        // while this thread reads the lexicons and indexes the factions.
        let places = Background { PlaceIndex(knowledge: knowledge, countryAliases: Self.countryAliases()) }
        let lexicons = try lexicons ?? Lexicons.embedded
        self.lexicons = lexicons
        factions = FactionIndex(knowledge: knowledge)
        cleaner = Cleaner(lexicons: lexicons)
        var abbreviations = Set<String>()
        for (key, words) in lexicons.words.entries where words.contains(where: { $0.role == .abbrev }) { abbreviations.insert(key) }
        splitter = SentenceSplitter(abbreviations: abbreviations)
        dateFinder = DateFinder(lexicons: lexicons)
        let stopwordSets = lexicons.stopwords.sorted { $0.key < $1.key }
        stopwordLanguages = stopwordSets.map(\.key)
        var masks: [[String: UInt64]] = Array(repeating: [:], count: (stopwordSets.count + 63) / 64)
        for (n, set) in stopwordSets.enumerated() {
            for word in set.value { masks[n / 64][word, default: 0] |= 1 << UInt64(n % 64) }
        }
        stopwordMasks = masks.map { KeyTable($0) }
        var articleHashes = HashIndex()
        for article in NameKey.articles { articleHashes.insert(PhraseHash.word(article), 0) }
        self.articleHashes = articleHashes
        cueFirstWords = Set(lexicons.cues.entries.keys.compactMap { $0.split(separator: " ").first.map(String.init) })
        placeIndex = try places.value()
    }

    /// Country names as news writes them ("Suriah", "Irak"), from the embedded reference data.
    private static func countryAliases() -> [String: String] {
        guard let file = Embedded.reference(named: "gazetteer/countries.tsv"), let text = try? file.text() else { return [:] }
        var result: [String: String] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3 else { continue }
            result[String(fields[1])] = String(fields[0])
            for alias in fields[2].split(separator: "|") where alias.count >= 3 || alias.allSatisfy(\.isUppercase) {
                result[String(alias)] = String(fields[0])
            }
        }
        return result
    }

    public func extract(_ input: ArticleInput) -> ArticleExtraction {
        let clean = cleaner.clean(input.text)
        let title = input.title ?? clean.title
        let outlet = input.outlet ?? clean.outlet
        // joined once; "at least 200 Characters" needs only the first 200 of them
        let cleanText = clean.cleanText
        let language = detectLanguage(cleanText.utf8.count >= 200 && cleanText.dropFirst(199).isEmpty == false ? cleanText : input.text)
        let supported = lexicons.languages.contains(language)
        var published = input.published.flatMap { PartialDate(iso: $0) }
        if published == nil {
            for line in clean.headerLines {
                if let date = fullDate(in: Tokenizer.tokens(of: line), of: line) { published = date; break }
            }
        }
        guard supported else {
            return ArticleExtraction(title: title, outlet: outlet, language: language, supported: false,
                                     published: published, cleanText: cleanText)
        }
        var reader = ArticleReader(extractor: self, language: language, published: published, rawText: input.text)
        reader.read(clean.paragraphs)
        return ArticleExtraction(title: title, outlet: outlet, language: language, supported: true, published: published,
                                 cleanText: cleanText, agencies: reader.agencies, events: reader.events,
                                 controls: reader.controls)
    }

    /// "4 Februari 2017", "January 26, 2015", "24/03/2014", "07/04/2017": a date with its year.
    func fullDate(in tokens: [Token], of text: String) -> PartialDate? {
        for mention in dateFinder.mentions(in: tokens, of: text) {
            if case let .absolute(year?, month?, day?, _) = mention.spec, Civil.valid(year: year, month: month, day: day) {
                return PartialDate(year: year, month: month, day: day)
            }
        }
        return nil
    }

    /// The language whose common words the text uses most; "ar" for Arabic script; "und" if none.
    func detectLanguage(_ text: String) -> String {
        if Self.isArabicScript(text, scalars: 4000) { return "ar" }
        // the first 4,000 Characters: the whole text when it has no more bytes than that
        var counter = StopwordCounter(tables: stopwordMasks, languages: stopwordLanguages.count)
        TokenScanner.scan(text.utf8.count <= 4000 ? text : String(text.prefix(4000)), into: &counter)
        let (words, hits) = (counter.words, counter.hits)
        guard words > 0 else { return "und" }
        var best = ("und", 0)
        for (n, language) in stopwordLanguages.enumerated() where hits[n] > best.1 { best = (language, hits[n]) }
        return best.1 * 100 >= words * 12 ? best.0 : "und"
    }
}

extension Extractor {
    /// Whether more than half of the letters among the first `limit` scalars of `text` are Arabic
    /// (U+0600–U+06FF), read from the UTF-8 bytes: an ASCII byte is its own scalar, a longer
    /// scalar is decoded where it stands and asked its Unicode properties. The pass stops once
    /// the scalars left (at most one a byte) could not make the Arabic letters outnumber the others.
    static func isArabicScript(_ text: String, scalars limit: Int) -> Bool {
        var others = 0
        var arabic = 0
        var text = text
        return text.withUTF8 { bytes in
            var k = 0
            var scalars = 0
            while k < bytes.count && scalars < limit {
                if scalars & 63 == 0 && arabic + min(limit - scalars, bytes.count - k) <= others { return false }
                scalars += 1
                let b = bytes[k]
                if b < 0x80 {
                    let lower = b | 0x20
                    if lower >= 0x61 && lower <= 0x7A { others += 1 }
                    k += 1
                    continue
                }
                let (v, length) = UTF8Scalars(bytes: bytes).scalar(at: k)
                k += length
                guard Unicode.Scalar(v).unsafelyUnwrapped.properties.isAlphabetic else { continue }
                if v >= 0x600 && v <= 0x6FF { arabic += 1 } else { others += 1 }
            }
            return arabic > others
        }
    }
}

/// Counts a text's words and, per language, those that are its stopwords, from the folds the
/// scanner hands over (no `Token` is made).
private struct StopwordCounter: TokenSink {
    let tables: [KeyTable<UInt64>]
    var words = 0
    var hits: [Int]

    init(tables: [KeyTable<UInt64>], languages: Int) {
        self.tables = tables
        hits = Array(repeating: 0, count: languages)
    }

    mutating func take(_ token: ScannedToken, fold: UnsafeBufferPointer<UInt8>) {
        guard token.kind == .word else { return }
        words += 1
        for t in tables.indices {
            guard var mask = tables[t].value(fold: fold, hash: token.hash, plain: token.plain) else { continue }
            while mask != 0 {
                hits[t * 64 + mask.trailingZeroBitCount] += 1
                mask &= mask - 1
            }
        }
    }
}
