import Names
import Testing
@testable import Extraction

/// The in-place skeleton and the ASCII fold give the keys the allocating code gave, on every
/// name of the shipped gazetteer.
@Suite struct NameKeyTests {
    /// The skeleton as it was: three passes that each build a new array.
    private func referenceSkeleton(_ key: String) -> String {
        let bytes = Array(key.utf8)
        if bytes.contains(where: { $0 >= 0x80 }) { return NameKey.skeleton(normalized: key) }
        func replace(_ input: [UInt8], _ a: UInt8, _ b: UInt8, with c: UInt8) -> [UInt8] {
            var output: [UInt8] = []
            var i = 0
            while i < input.count {
                if input[i] == a && i + 1 < input.count && input[i + 1] == b { output.append(c); i += 2; continue }
                output.append(input[i])
                i += 1
            }
            return output
        }
        let replaced = replace(replace(replace(bytes, 0x65, 0x65, with: 0x69), 0x6F, 0x75, with: 0x75), 0x6F, 0x6F, with: 0x75)
        var result: [UInt8] = []
        var previous: UInt8 = 0x20
        for byte in replaced where !(byte == previous && byte != 0x20) { result.append(byte); previous = byte }
        return String(decoding: result, as: UTF8.self)
    }

    /// The fold as it was, scalar by scalar, for ASCII text.
    private func referenceASCIIFold(_ text: String) -> String {
        var output: [UInt8] = []
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let byte = UInt8(scalar.value)
            switch byte {
            case 0x30...0x39, 0x61...0x7A, 0x41...0x5A:
                if pendingSpace && !output.isEmpty { output.append(0x20) }
                pendingSpace = false
                output.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
            case 0x27, 0x60: continue
            default: pendingSpace = true
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The key as it was for ASCII text: fold, split into words, drop the articles, join.
    private func referenceASCIIKey(_ text: String) -> String {
        referenceASCIIFold(text).split(separator: " ").filter { !NameKey.articles.contains($0) }.joined(separator: " ")
    }

    /// The one-pass key (articles cut back off as soon as a word ends) on the edges of words.
    @Test func oneASCIIPassGivesTheKeyOfFoldSplitAndDrop() {
        let texts = ["", "---", "Al", "al al", "'al-", "AL-Bab", "ash", "Ash-Sham", "ashes", "as-Suwayda as", "x--al--y",
                     "Al'Bab", "al`", "Tell ar-Rifaat ", " an Nabk ul", "Deir ez-Zor", "Ma'arrat an-Nu'man", "ul-ul-AL",
                     "Abu Kamal 2", "a", "az z", "Ez", "el-el el"]
        for text in texts {
            #expect(NameKey.normalize(text) == referenceASCIIKey(text), "\(text)")
        }
        #expect(NameKey.normalize("Ma'arrat an-Nu'man") == "maarrat numan")
        #expect(NameKey.normalize("al-al") == "")
    }

    @Test func keysOfEveryGazetteerNameAreUnchanged() throws {
        let extractor = try #require(FullKnowledge.extractor)
        var names = 0
        for place in extractor.placeIndex.places {
            for name in place.names + [place.name] {
                let key = NameKey.normalize(name)
                #expect(NameKey.skeleton(normalized: key) == referenceSkeleton(key), "\(name)")
                if !name.utf8.contains(where: { $0 >= 0x80 }) {
                    #expect(NameKey.words(name).joined(separator: " ") == referenceASCIIKey(name))
                    #expect(key == referenceASCIIKey(name), "\(name)")
                }
                names += 1
            }
        }
        #expect(names > 40_000)
        for text in ["Deir ez-Zor", "Ma'arrat an-Nu'man", "  AL-Bab  ", "x`y", "Hawareen Maheen", "ooou eee oooo"] {
            #expect(NameKey.skeleton(text) == referenceSkeleton(NameKey.normalize(text)))
        }
    }
}
