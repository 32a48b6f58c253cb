@testable import Pipeline
import Testing

@Suite struct TextDecodingTests {
    let sample = "Tentara Suriah merebut kembali Maheen – “kata SOHR”, café"

    @Test func utf8WithAndWithoutBOMDecodeToTheSameText() throws {
        #expect(try TextDecoding.decode(Array(sample.utf8)) == sample)
        #expect(try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array(sample.utf8)) == sample)
    }

    @Test func utf16WithABOMInEitherByteOrderIsDecoded() throws {
        let units = Array(sample.utf16)
        let little = units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big = units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try TextDecoding.decode([0xFF, 0xFE] + little) == sample)
        #expect(try TextDecoding.decode([0xFE, 0xFF] + big) == sample)
        // Without a BOM, the NUL in every other byte gives little-endian UTF-16 away.
        #expect(try TextDecoding.decode(little) == sample)
    }

    @Test func windows1252BytesBecomeTheirCharactersNotReplacementMarks() throws {
        // "Aleppo – “café” … €5" in Windows-1252.
        let bytes: [UInt8] = Array("Aleppo ".utf8) + [0x96, 0x20, 0x93] + Array("caf".utf8) + [0xE9, 0x94, 0x20, 0x85, 0x20, 0x80] + Array("5".utf8)
        #expect(try TextDecoding.decode(bytes) == "Aleppo – “café” … €5")
    }

    @Test func latin1AccentsAreKept() throws {
        let bytes: [UInt8] = Array("Deir ez-Zor, ".utf8) + [0xC7, 0x61, 0x6E, 0x61, 0x6B, 0x6B, 0x61, 0x6C, 0x65, 0x20, 0xFC, 0x62, 0x65, 0x72]
        #expect(try TextDecoding.decode(bytes) == "Deir ez-Zor, Çanakkale über")
    }

    @Test func crlfAndLoneCRBecomeLineFeeds() throws {
        #expect(try TextDecoding.decode(Array("a\r\nb\rc\n\r\nd".utf8)) == "a\nb\nc\n\nd")
    }

    @Test func binaryAndEmptyInputsAreRefusedWithTheirKind() {
        #expect(throws: TextDecoding.Failure.binary("a PDF document")) { try TextDecoding.decode(Array("%PDF-1.7\n".utf8)) }
        #expect(throws: TextDecoding.Failure.binary("NUL bytes")) { try TextDecoding.decode([0x41, 0x00, 0x00, 0x00, 0x42, 0x01, 0x02]) }
        #expect(throws: TextDecoding.Failure.binary("gzip-compressed data")) { try TextDecoding.decode([0x1F, 0x8B, 0x08, 0x00]) }
        #expect(throws: TextDecoding.Failure.empty) { try TextDecoding.decode(Array(" \n\r\n\t ".utf8)) }
        #expect(throws: TextDecoding.Failure.empty) { try TextDecoding.decode([0xEF, 0xBB, 0xBF]) }
    }

    @Test func decodedTextOfPrivateUseAndSpecialsScalarsIsRefusedAndAFewAreKept() throws {
        let noise = String(repeating: "\u{E001}\u{FFFD}ab", count: 100)
        #expect(throws: TextDecoding.Failure.binary("not text in any known encoding")) { try TextDecoding.decode(Array(noise.utf8)) }
        let text = String(repeating: "Pasukan merebut kota \u{E001} ", count: 50)   // one in 23 scalars
        #expect(try TextDecoding.decode(Array(text.utf8)) == text)
    }
}
