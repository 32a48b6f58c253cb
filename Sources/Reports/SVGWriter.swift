import Foundation

/// A little SVG builder: every text and attribute value escaped for XML, numbers with two decimals.
struct SVGWriter {
    private(set) var text = ""

    static func escape(_ value: String) -> String {
        var out = ""
        for character in value {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                // Control characters are not allowed in XML 1.0.
                if let ascii = character.asciiValue, ascii < 0x20, ascii != 0x09, ascii != 0x0A, ascii != 0x0D { continue }
                out.append(character)
            }
        }
        return out
    }

    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    private func n(_ value: Double) -> String { Self.number(value) }

    mutating func open(width: Double, height: Double) {
        text += """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(n(width))" height="\(n(height))" viewBox="0 0 \(n(width)) \(n(height))" \
            font-family="DejaVu Sans, Arial, Helvetica, sans-serif">

            """
    }

    mutating func close() { text += "</svg>\n" }

    private func title(_ title: String?) -> String {
        title.map { "<title>\(Self.escape($0))</title>" } ?? ""
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil, title: String? = nil) {
        let strokeAttribute = stroke.map { " stroke=\"\($0)\"" } ?? ""
        let body = title.map { ">" + self.title($0) + "</rect>" } ?? "/>"
        text += "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"\(fill)\"\(strokeAttribute)\(body)\n"
    }

    mutating func circle(x: Double, y: Double, r: Double, fill: String, stroke: String? = nil, title: String? = nil) {
        let strokeAttribute = stroke.map { " stroke=\"\($0)\" stroke-width=\"1\"" } ?? ""
        let body = title.map { ">" + self.title($0) + "</circle>" } ?? "/>"
        text += "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(r))\" fill=\"\(fill)\"\(strokeAttribute)\(body)\n"
    }

    /// A place marker: a disc in one colour, or split in equal wedges for several.
    mutating func marker(x: Double, y: Double, r: Double, fills: [String], title: String?) {
        text += "<g>" + self.title(title)
        if fills.count <= 1 {
            text += "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(r))\" fill=\"\(fills.first ?? "#999999")\" stroke=\"#222222\" stroke-width=\"1\"/>"
        } else {
            for (index, fill) in fills.enumerated() {
                let a0 = Double(index) / Double(fills.count) * 2 * .pi - .pi / 2
                let a1 = Double(index + 1) / Double(fills.count) * 2 * .pi - .pi / 2
                let large = a1 - a0 > .pi ? 1 : 0
                text += "<path d=\"M\(n(x)),\(n(y)) L\(n(x + r * cos(a0))),\(n(y + r * sin(a0))) "
                    + "A\(n(r)),\(n(r)) 0 \(large) 1 \(n(x + r * cos(a1))),\(n(y + r * sin(a1))) Z\" fill=\"\(fill)\"/>"
            }
            text += "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(r))\" fill=\"none\" stroke=\"#222222\" stroke-width=\"1\"/>"
        }
        text += "</g>\n"
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double, dash: String? = nil) {
        let dashAttribute = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
        text += "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\"\(dashAttribute)/>\n"
    }

    mutating func polygon(_ points: [(x: Double, y: Double)], fill: String, stroke: String) {
        let list = points.map { "\(n($0.x)),\(n($0.y))" }.joined(separator: " ")
        text += "<polygon points=\"\(list)\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"1\"/>\n"
    }

    mutating func text(_ content: String, x: Double, y: Double, size: Double, weight: String? = nil, fill: String = "#111111",
                       anchor: String? = nil, halo: Bool = false) {
        var attributes = "x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(size))\" fill=\"\(fill)\""
        if let weight { attributes += " font-weight=\"\(weight)\"" }
        if let anchor { attributes += " text-anchor=\"\(anchor)\"" }
        if halo { attributes += " stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\" stroke-linejoin=\"round\"" }
        text += "<text \(attributes)>\(Self.escape(content))</text>\n"
    }
}
