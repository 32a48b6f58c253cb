/// Phrases (as token folds) mapped to values, matched longest first at a token position.
///
/// Matching extends the n-gram's hash by each token's fold hash (`PhraseHash.extend`) and
/// verifies the few candidates word by word: no String is built and no byte hashed per n-gram.
struct PhraseTable<Value: Sendable>: Sendable {
    private(set) var entries: [String: [Value]] = [:]
    private(set) var maxLength = 0
    /// Keys by n-gram hash (as their words, with their values); `next` chains equal hashes.
    private var hashed = HashIndex()
    private var keys: [(words: [String], values: [Value])] = []
    private var next: [Int32] = []
    /// Hashes of every key's first words (1, 2, … all of them): an n-gram whose hash is not here
    /// starts no key, so a match stops extending.
    private var prefixes = HashIndex()
    /// One bit per first-word hash (`firstWordBit`), set for every key's first word: most tokens
    /// start no key, and one bit read answers for them before any probe of `prefixes`.
    private var firstWords = [UInt64](repeating: 0, count: 1 << 9)
    /// A key with a non-ASCII byte: String equality (canonical equivalence) is not byte equality,
    /// so such tables match by building the key.
    private var nonASCIIKeys = false

    mutating func add(_ phrase: String, _ value: Value) {
        let key = Fold.phrase(phrase)
        guard !key.isEmpty else { return }
        entries[key, default: []].append(value)
        maxLength = max(maxLength, key.split(separator: " ").count)
        if key.utf8.contains(where: { $0 >= 0x80 }) { nonASCIIKeys = true }
        let words = key.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var hash = PhraseHash.offset
        for word in words {
            hash = PhraseHash.extend(hash, PhraseHash.word(word))
            prefixes.insert(hash, 0)
        }
        let bit = Self.firstWordBit(PhraseHash.word(words[0]))
        firstWords[bit >> 6] |= 1 << UInt64(bit & 63)
        var e = hashed.find(hash) ?? -1
        while e >= 0 {
            if keys[Int(e)].words == words { keys[Int(e)].values.append(value); return }
            e = next[Int(e)]
        }
        keys.append((words, [value]))
        next.append(hashed.find(hash) ?? -1)
        hashed.insert(hash, Int32(keys.count - 1))
    }

    /// The longest phrase starting at `start`: its values and its length in tokens.
    ///
    /// Inlined into the loops over a sentence's tokens: most tokens start no key, and the
    /// first-word bit answers for them without a call (a call cost more than the test).
    @inline(__always) func match(_ tokens: [Token], at start: Int) -> (values: [Value], length: Int)? {
        guard start < tokens.count, mayStartKey(tokens[start].hash, plain: tokens[start].plain) else { return nil }
        return longestMatch(tokens, at: start)
    }

    /// False when no key starts with a word of this hash: an ASCII word whose first-word bit is
    /// clear (a table with a non-ASCII key, or a non-ASCII word, is always searched).
    @inline(__always) private func mayStartKey(_ wordHash: UInt64, plain: Bool) -> Bool {
        guard plain && !nonASCIIKeys else { return true }
        let bit = Self.firstWordBit(wordHash)
        return firstWords[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// `match` past its first-word test.
    private func longestMatch(_ tokens: [Token], at start: Int) -> (values: [Value], length: Int)? {
        if nonASCIIKeys { return matchByString(tokens, at: start) }
        var hash = PhraseHash.offset
        var best: (values: [Value], length: Int)?
        var n = 0
        while n < maxLength && start + n < tokens.count {
            // fields read in place: a copy of the Token would retain its text and fold
            // a non-ASCII fold may still equal an ASCII key canonically (U+037E is ";")
            if !tokens[start + n].plain { return matchByString(tokens, at: start) }
            hash = PhraseHash.extend(hash, tokens[start + n].hash)
            if !prefixes.contains(hash) { break }
            n += 1
            var e = hashed.find(hash) ?? -1
            while e >= 0 {
                if keys[Int(e)].words.count == n {
                    var same = true
                    for k in 0..<n where keys[Int(e)].words[k] != tokens[start + k].fold { same = false; break }
                    if same { best = (keys[Int(e)].values, n); break }
                }
                e = next[Int(e)]
            }
        }
        return best
    }

    /// `values(of: tokens[i])` without a copy of the token (a one-word key is a first word too:
    /// its bit answers for most tokens, inlined as in `match`).
    @inline(__always) func values(of tokens: [Token], at i: Int) -> [Value]? {
        guard mayStartKey(tokens[i].hash, plain: tokens[i].plain) else { return nil }
        return oneWordValues(tokens, at: i)
    }

    /// `values(of:at:)` past its first-word test.
    private func oneWordValues(_ tokens: [Token], at i: Int) -> [Value]? {
        if nonASCIIKeys || !tokens[i].plain { return entries[tokens[i].fold] }
        var e = hashed.find(PhraseHash.extend(PhraseHash.offset, tokens[i].hash)) ?? -1
        while e >= 0 {
            if keys[Int(e)].words.count == 1 && keys[Int(e)].words[0] == tokens[i].fold { return keys[Int(e)].values }
            e = next[Int(e)]
        }
        return nil
    }

    /// The values of the one-word key `token.fold` (as `entries[token.fold]`).
    func values(of token: Token) -> [Value]? {
        if nonASCIIKeys || !token.plain { return entries[token.fold] }
        var e = hashed.find(PhraseHash.extend(PhraseHash.offset, token.hash)) ?? -1
        while e >= 0 {
            if keys[Int(e)].words.count == 1 && keys[Int(e)].words[0] == token.fold { return keys[Int(e)].values }
            e = next[Int(e)]
        }
        return nil
    }

    /// The bit of a word's hash in `firstWords` (its top 15 bits after a multiply that mixes them).
    @inline(__always) private static func firstWordBit(_ wordHash: UInt64) -> Int {
        Int(truncatingIfNeeded: (wordHash &* 0x9E37_79B9_7F4A_7C15) >> 49)
    }

    private func matchByString(_ tokens: [Token], at start: Int) -> (values: [Value], length: Int)? {
        var key = ""
        var best: (values: [Value], length: Int)?
        var n = 0
        while n < maxLength && start + n < tokens.count {
            if n > 0 { key += " " }
            key += tokens[start + n].fold
            n += 1
            if let values = entries[key] { best = (values, n) }
        }
        return best
    }

    func contains(_ phrase: String) -> Bool { entries[phrase] != nil }
}
