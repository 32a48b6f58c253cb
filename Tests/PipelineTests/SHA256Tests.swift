@testable import Pipeline
import Testing

@Suite struct SHA256Tests {
    @Test func digestsMatchTheFIPSVectors() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func aMillionLettersAHashLikeTheStandardSays() {
        #expect(SHA256.hex(String(repeating: "a", count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func blockBoundariesAndMultiByteTextHashAsTheirUTF8Bytes() {
        // 55, 56 and 64 bytes straddle the padding boundary.
        #expect(SHA256.hex(String(repeating: "a", count: 55)) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(SHA256.hex(String(repeating: "a", count: 56)) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
        #expect(SHA256.hex(String(repeating: "a", count: 64)) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
        #expect(SHA256.hex("é") == "4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c")
    }

    @Test func piecewiseUpdatesHashAsOneWhateverTheSplit() {
        let bytes = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }
        var whole = SHA256()
        whole.update(bytes)
        let expected = whole.finalize()
        for split in [0, 1, 63, 64, 65, 500, 999, 1_000] {
            var contiguous = SHA256()
            contiguous.update(bytes[..<split])
            contiguous.update(bytes[split...])
            #expect(contiguous.finalize() == expected)
            var byteByByte = SHA256()   // a lazy map has no contiguous storage
            byteByByte.update(bytes[..<split].lazy.map { $0 })
            byteByByte.update(bytes[split...])
            #expect(byteByByte.finalize() == expected)
        }
    }
}
