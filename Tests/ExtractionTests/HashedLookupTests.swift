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
}
