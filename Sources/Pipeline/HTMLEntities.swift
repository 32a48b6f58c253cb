/// Character references of HTML: numeric ones and the named ones news pages use.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ensp": " ", "emsp": " ", "thinsp": " ",
        "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”", "bdquo": "„",
        "hellip": "…", "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›", "copy": "©", "reg": "®", "trade": "™",
        "deg": "°", "middot": "·", "bull": "•", "times": "×", "divide": "÷", "euro": "€", "pound": "£", "shy": "",
        "zwnj": "", "zwj": "", "lrm": "", "rlm": "", "iexcl": "¡", "iquest": "¿", "sect": "§", "para": "¶", "prime": "′",
        "aacute": "á", "Aacute": "Á", "agrave": "à", "Agrave": "À", "acirc": "â", "Acirc": "Â", "auml": "ä", "Auml": "Ä",
        "atilde": "ã", "aring": "å", "aelig": "æ", "ccedil": "ç", "Ccedil": "Ç", "eacute": "é", "Eacute": "É",
        "egrave": "è", "Egrave": "È", "ecirc": "ê", "euml": "ë", "iacute": "í", "Iacute": "Í", "igrave": "ì", "icirc": "î",
        "iuml": "ï", "ntilde": "ñ", "Ntilde": "Ñ", "oacute": "ó", "Oacute": "Ó", "ograve": "ò", "ocirc": "ô", "ouml": "ö",
        "Ouml": "Ö", "otilde": "õ", "oslash": "ø", "uacute": "ú", "Uacute": "Ú", "ugrave": "ù", "ucirc": "û", "uuml": "ü",
        "Uuml": "Ü", "yacute": "ý", "yuml": "ÿ", "szlig": "ß", "scaron": "š", "Scaron": "Š", "zcaron": "ž", "Zcaron": "Ž",
    ]

    /// Decodes the reference that starts at `bytes[index]` ("&"); returns its text and length,
    /// or nil when it is not a reference (the "&" then stands for itself).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (String, Int)? {
        var end = index + 1
        let limit = min(bytes.count, index + 34)
        while end < limit, bytes[end] != UInt8(ascii: ";"), isReferenceByte(bytes[end]) { end += 1 }
        guard end > index + 1 else { return nil }
        let body = String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end]), as: UTF8.self)
        let length = end - index + (end < bytes.count && bytes[end] == UInt8(ascii: ";") ? 1 : 0)
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                value = digits.count <= 9 ? UInt32(digits.dropFirst(), radix: 16) : nil
            } else {
                value = digits.count <= 9 ? UInt32(digits) : nil
            }
            guard let value else { return ("\u{FFFD}", length) }
            if (0x80...0x9F).contains(value) { return (String(TextDecoding.windows1252(UInt8(value))), length) }
            guard value != 0, let scalar = Unicode.Scalar(value) else { return ("\u{FFFD}", length) }
            return (String(scalar), length)
        }
        guard let text = named[body] else { return nil }
        return (text, length)
    }

    private static func isReferenceByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "#")
    }
}
