import Foundation

/// Hashes of token folds and of phrases made of them, and an open-addressing table keyed by them.
///
/// Every lexicon and index is probed per token and per n-gram; `Set<String>`/`[String: …]` would
/// hash the fold's bytes with SipHash on each probe. A token carries the hash of its fold, made
/// once by the tokenizer, and an n-gram's hash is a combination of its words' hashes, so a probe
/// costs a multiply and a table read. Candidates are always verified word by word.
enum PhraseHash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    /// FNV-1a of one word's UTF-8.
    @inline(__always) static func add(_ byte: UInt8, to hash: UInt64) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    static func word<S: StringProtocol>(_ word: S) -> UInt64 {
        var hash = offset
        for byte in word.utf8 { hash = add(byte, to: hash) }
        return hash
    }
    /// The hash of an n-gram extended by one word.
    @inline(__always) static func extend(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        (hash &* 0x9E37_79B9_7F4A_7C15) ^ word
    }
    /// The hash of a key whose words are separated by single spaces (as `Fold.phrase` joins them).
    static func phrase(_ key: String) -> UInt64 {
        var hash = offset
        for word in key.split(separator: " ", omittingEmptySubsequences: false) { hash = extend(hash, Self.word(word)) }
        return hash
    }
}

/// UInt64 keys → Int32 payloads, open addressing with linear probing (no per-probe hashing of
/// Strings, no boxing). Built once per extractor, read concurrently.
struct HashIndex: Sendable {
    private var keys: [UInt64]
    private var payloads: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        payloads = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// 0 marks an empty slot, so the key 0 is stored as 1 (a verified lookup tolerates that).
    @inline(__always) private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }
    @inline(__always) private static func slot(_ key: UInt64) -> Int {
        var x = key
        x ^= x >> 33
        x = x &* 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        return Int(truncatingIfNeeded: x)
    }

    /// The payload of `key`, if present.
    @inline(__always) func find(_ key: UInt64) -> Int32? {
        let key = Self.stored(key)
        return keys.withUnsafeBufferPointer { keys in
            var i = Self.slot(key) & mask
            while true {
                let k = keys[i]
                if k == key { return payloads[i] }
                if k == 0 { return nil }
                i = (i + 1) & mask
            }
        }
    }

    @inline(__always) func contains(_ key: UInt64) -> Bool { find(key) != nil }

    /// Sets `key`'s payload (replacing an earlier one).
    mutating func insert(_ key: UInt64, _ payload: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let key = Self.stored(key)
        var i = Self.slot(key) & mask
        while true {
            if keys[i] == key { payloads[i] = payload; return }
            if keys[i] == 0 { keys[i] = key; payloads[i] = payload; count += 1; return }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldPayloads = payloads
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        payloads = Array(repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (k, p) in zip(oldKeys, oldPayloads) where k != 0 { insert(k, p) }
    }
}

/// String keys (words joined by single spaces) looked up by the tokens that spell them: the
/// hashed probe for plain (ASCII) folds, the dictionary for anything else.
///
/// Swift compares Strings by canonical equivalence, so an ASCII n-gram equals a key whose
/// canonical decomposition is that ASCII text (U+037E is ";"); such keys are also filed under
/// their decomposition, and every hit is verified against it, so answers equal the dictionary's.
struct KeyTable<Value: Sendable>: Sendable {
    private(set) var dictionary: [String: Value] = [:]
    private var index = HashIndex()
    /// Per hashed entry: its key in `dictionary` and that key's ASCII form (the key itself, or
    /// its canonical decomposition).
    private var entries: [(key: String, ascii: String)] = []
    /// Per hashed entry: `dictionary[key]`, so that a hit costs no dictionary lookup.
    private var values: [Value] = []
    /// Entries whose hash collides with an earlier one's (chained by payload).
    private var next: [Int32] = []

    /// The keys of `dictionary` indexed by hash (the dictionary itself is shared, not copied).
    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        index = HashIndex(capacity: dictionary.count)
        entries.reserveCapacity(dictionary.count)
        values.reserveCapacity(dictionary.count)
        next.reserveCapacity(dictionary.count)
        for (key, value) in dictionary { file(key, value) }
    }

    subscript(key: String) -> Value? { dictionary[key] }

    private mutating func file(_ key: String, _ value: Value) {
        var ascii = key
        let hash: UInt64
        if let plain = key.utf8.withContiguousStorageIfAvailable({ Self.asciiPhraseHash($0) }) ?? Self.asciiPhraseHash(Array(key.utf8)) {
            hash = plain
        } else {
            guard let form = KeyTable.asciiDecomposition(key) else { return }
            ascii = form
            hash = PhraseHash.phrase(form)
        }
        entries.append((key, ascii))
        values.append(value)
        next.append(index.find(hash) ?? -1)
        index.insert(hash, Int32(entries.count - 1))
    }

    /// The n-gram hash of an ASCII key (words split at single spaces), nil if a byte is not ASCII.
    private static func asciiPhraseHash(_ bytes: some Collection<UInt8>) -> UInt64? {
        var hash = PhraseHash.offset
        var word = PhraseHash.offset
        for byte in bytes {
            if byte >= 0x80 { return nil }
            if byte == 0x20 { hash = PhraseHash.extend(hash, word); word = PhraseHash.offset } else { word = PhraseHash.add(byte, to: word) }
        }
        return PhraseHash.extend(hash, word)
    }

    /// Scalars whose canonical decomposition is ASCII (";", "`", "K"): only keys made of these
    /// and ASCII can equal an ASCII n-gram (a test checks the list against Foundation).
    static var asciiDecomposing: Set<UInt32> { [0x37E, 0x1FEF, 0x212A] }

    /// The canonical decomposition of `key` when it is all ASCII (then the key equals that text).
    static func asciiDecomposition(_ key: String) -> String? {
        guard key.unicodeScalars.allSatisfy({ $0.isASCII || asciiDecomposing.contains($0.value) }) else { return nil }
        let decomposed = key.decomposedStringWithCanonicalMapping
        return decomposed.utf8.allSatisfy { $0 < 0x80 } ? decomposed : nil
    }

    /// `ascii` is the folds of `tokens[positions]` joined by single spaces.
    @inline(__always) private static func spells(_ ascii: String, _ tokens: [Token], _ positions: ArraySlice<Int>) -> Bool {
        var bytes = ascii.utf8.makeIterator()
        var first = true
        for p in positions {
            if !first { guard bytes.next() == 0x20 else { return false } }
            first = false
            for byte in tokens[p].fold.utf8 { guard bytes.next() == byte else { return false } }
        }
        return bytes.next() == nil
    }

    /// The value of the one-word key `token.fold`.
    @inline(__always) func value(_ token: Token) -> Value? {
        guard token.plain else { return dictionary[token.fold] }
        var e = index.find(PhraseHash.extend(PhraseHash.offset, token.hash)) ?? -1
        while e >= 0 {
            if entries[Int(e)].ascii == token.fold { return values[Int(e)] }
            e = next[Int(e)]
        }
        return nil
    }

    /// `value(_:)` of a token known by its fold's bytes and hash (as the scanner hands them over).
    @inline(__always) func value(fold: UnsafeBufferPointer<UInt8>, hash: UInt64, plain: Bool) -> Value? {
        guard plain else { return dictionary[String(decoding: fold, as: UTF8.self)] }
        var e = index.find(PhraseHash.extend(PhraseHash.offset, hash)) ?? -1
        while e >= 0 {
            if Self.same(entries[Int(e)].ascii, fold) { return values[Int(e)] }
            e = next[Int(e)]
        }
        return nil
    }

    /// `ascii`'s UTF-8 is `bytes`, compared over its contiguous bytes (the UTF8View's iterator
    /// costs several instructions a byte; `elementsEqual` more).
    @inline(__always) private static func same(_ ascii: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let utf8 = ascii.utf8
        guard utf8.count == bytes.count else { return false }
        return utf8.withContiguousStorageIfAvailable { key in
            var k = 0
            while k < key.count {
                if key[k] != bytes[k] { return false }
                k += 1
            }
            return true
        } ?? utf8.elementsEqual(bytes)
    }

    /// The value of the key spelled by the folds of `tokens[positions]` joined by spaces, whose
    /// n-gram hash is `hash`; `plain` when every fold is ASCII.
    func value(_ tokens: [Token], _ positions: ArraySlice<Int>, hash: UInt64, plain: Bool) -> Value? {
        guard plain else { return dictionary[positions.map { tokens[$0].fold }.joined(separator: " ")] }
        var e = index.find(hash) ?? -1
        while e >= 0 {
            if Self.spells(entries[Int(e)].ascii, tokens, positions) { return values[Int(e)] }
            e = next[Int(e)]
        }
        return nil
    }
}
