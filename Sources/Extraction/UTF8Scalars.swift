/// The scalars of valid UTF-8 (a `String`'s contiguous bytes), read in place where a byte scan
/// asks: ASCII by value, a longer scalar decoded from its lead and continuation bytes.
struct UTF8Scalars {
    let bytes: UnsafeBufferPointer<UInt8>

    /// The scalar starting at byte `k` (a lead byte) and its length in bytes.
    @inline(__always) func scalar(at k: Int) -> (value: UInt32, length: Int) {
        let b = bytes[k]
        if b < 0x80 { return (UInt32(b), 1) }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        var value = UInt32(b & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F))
        for m in 1..<length { value = (value << 6) | UInt32(bytes[k + m] & 0x3F) }
        return (value, length)
    }
}
