/// The control map as one HTML page that needs no network: the SVG inline, then a table of
/// the places, their holders, since when, and the day of the latest fact.
public enum ControlMapHTML {
    public static func render(_ map: ControlMap) -> String {
        let svg = ControlMapSVG.render(map).split(separator: "\n", omittingEmptySubsequences: false)
            .drop { $0.hasPrefix("<?xml") }.joined(separator: "\n")
        let names = map.factions.mapValues(\.name)
        var rows = ""
        for holding in map.holdings {
            let holders = holding.controllers.map { names[$0] ?? $0 }.joined(separator: " / ")
            rows += "<tr><td>\(SVGWriter.escape(holding.place.name))</td><td>\(SVGWriter.escape(holding.place.ref))</td>"
                + "<td>\(SVGWriter.escape(holders))</td><td>\(holding.since)</td><td>\(holding.lastFact)</td></tr>\n"
        }
        let title = SVGWriter.escape("Control of places in \(map.admin1) as of \(map.asOf)")
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>\(title)</title>
            <style>
            body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 1.5em; color: #111; }
            table { border-collapse: collapse; margin-top: 1em; font-size: 13px; }
            th, td { border: 1px solid #ccc; padding: 3px 8px; text-align: left; }
            th { background: #f0f0f0; }
            </style>
            </head>
            <body>
            \(svg)
            <table>
            <tr><th>place</th><th>ref</th><th>holder</th><th>since</th><th>latest fact</th></tr>
            \(rows)</table>
            </body>
            </html>

            """
    }
}
