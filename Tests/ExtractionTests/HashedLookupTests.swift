import Foundation
import Testing
@testable import Extraction

/// Hashed probes by token answer exactly as the String-keyed dictionaries they index.
@Suite struct HashedLookupTests {
    @Test func onlyTheListedScalarsDecomposeToASCII() {
        var found: [UInt32] = []
        for value in UInt32(0x80)...UInt32(0x2FFFF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping
            if decomposed.utf8.allSatisfy({ $0 < 0x80 }) { found.append(value) }
        }
        #expect(Set(found) == KeyTable<Int>.asciiDecomposing)
    }

    @Test func keysAreFoundByTheTokensThatSpellThem() {
        let keys = ["homs": 1, "deir zor": 2, "tal abyad": 3, "a;b": 4, "kafe\u{301}": 5, "x\u{37E}y": 6, "dimashq": 7]
        let table = KeyTable(keys)
        let tokens = Tokenizer.tokens(of: "Homs Deir Zor Tal Abyad Dimashq Kafé x;y")
        for start in tokens.indices {
            for length in 1...3 where start + length <= tokens.count {
                let positions = ArraySlice(Array(start..<(start + length)))
                var hash = PhraseHash.offset
                for p in positions { hash = PhraseHash.extend(hash, tokens[p].hash) }
                let plain = positions.allSatisfy { tokens[$0].plain }
                let joined = positions.map { tokens[$0].fold }.joined(separator: " ")
                #expect(table.value(tokens, positions, hash: hash, plain: plain) == keys[joined], "\(joined)")
            }
            #expect(table.value(tokens[start]) == keys[tokens[start].fold])
        }
    }

    @Test func keysAreFoundByTheFoldBytesTheScannerHandsOver() {
        // short keys are small Strings, the longer one has storage of its own: both compare by bytes
        let keys = ["dan": 1, "yang": 2, "tidak": 3, "pemerintahan": 4, "kementerianpertahanan": 5, "kafe\u{301}": 6]
        let table = KeyTable(keys)
        for word in ["dan", "yang", "tidak", "tidal", "pemerintahan", "pemerintahaN", "kementerianpertahanan", "kementerianpertahanam", "da", "kafé", "x"] {
            let token = Tokenizer.tokens(of: word)[0]
            var fold = token.fold
            let found = fold.withUTF8 { table.value(fold: $0, hash: token.hash, plain: token.plain) }
            #expect(found == keys[token.fold], "\(word)")
        }
    }
}
