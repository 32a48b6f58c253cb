import CEmbedded

/// A file compiled into the binary, so the tools need nothing beside them at run time.
public struct EmbeddedFile: Sendable {
    /// The file's name relative to its folder (`0001_schema.sql`, `gazetteer/places.tsv.gz`).
    public let name: String
    /// The bytes as compiled in (still compressed for `.gz` files).
    public let bytes: [UInt8]

    /// A file made in memory: a test's own migrations or reference data.
    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    /// The file as UTF-8 text, unpacked first when its name ends in `.gz`.
    public func text() throws -> String {
        let raw = name.hasSuffix(".gz") ? try Gzip.inflate(bytes) : bytes
        return String(decoding: raw, as: UTF8.self)
    }
}

/// The three groups of embedded files, each in the order its C table lists them.
public enum Embedded {
    public static let migrations: [EmbeddedFile] = files(embedded_migrations(), embedded_migrations_count())
    public static let reference: [EmbeddedFile] = files(embedded_reference(), embedded_reference_count())
    public static let lexicons: [EmbeddedFile] = files(embedded_lexicons(), embedded_lexicons_count())

    /// The reference file of that name (`factions.tsv`), if it was compiled in.
    public static func reference(named name: String) -> EmbeddedFile? {
        reference.first { $0.name == name }
    }

    /// The lexicon file of that name, if it was compiled in.
    public static func lexicon(named name: String) -> EmbeddedFile? {
        lexicons.first { $0.name == name }
    }

    private static func files(_ table: UnsafePointer<embedded_file>?, _ count: UInt) -> [EmbeddedFile] {
        guard let table else { return [] }
        return (0..<Int(count)).map { index in
            let entry = table[index]
            let bytes = Array(UnsafeBufferPointer(start: entry.bytes, count: Int(entry.length)))
            return EmbeddedFile(name: String(cString: entry.name), bytes: bytes)
        }
    }
}
