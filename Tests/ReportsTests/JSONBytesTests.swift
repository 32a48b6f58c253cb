import Foundation
@testable import Reports
import Store
import Testing

/// JSONRenderer writes bytes into one buffer; its text is the one the value-by-value `String`
/// rendering gave (kept here as the reference), for every kind of value and both layouts.
@Suite struct JSONBytesTests {
    /// The rendering before the byte buffer: one String per value, joined per row.
    static func reference(_ table: ResultTable, lines: Bool) -> String {
        let keys = table.columnNames.map(JSONRenderer.quote)
        let objects = table.rows.map { row -> String in
            var text = "{"
            for index in row.indices {
                if index > 0 { text += ", " }
                text += keys[index] + ": " + JSONRenderer.value(row[index], kind: table.columns[index].kind)
            }
            return text + "}"
        }
        if lines { return objects.map { $0 + "\n" }.joined() }
        if objects.isEmpty { return "[]\n" }
        return "[\n" + objects.map { "  " + $0 }.joined(separator: ",\n") + "\n]\n"
    }

    static let table = ResultTable(
        columns: [Column("id"), Column("name \"quoted\""), Column("actor", .faction), Column("articles", .list), Column("x")],
        rows: [
            [.integer(1), .text("Ḥimṣ, Homs"), .text("islamic_state"), .text(#"["a.txt","b \"c\".txt"]"#), .real(34.5)],
            [.integer(-2), .text("line\nbreak\ttab \\ slash \"q\" \u{1}\u{1F}"), .null, .text("[not closed"), .real(.infinity)],
            [.integer(Int64.max), .text("U+2028 \u{2028} U+2029 \u{2029} é 中文 🙂"), .text(""), .text("]"), .real(.nan)],
            [.integer(0), .blob([0x00, 0xFF, 0x22]), .text("a,b"), .null, .real(-0.000001)],
            [.integer(3), .text(""), .text("\u{0}"), .text("[\u{301}]"), .text("[]")],
        ])

    @Test func everyValueIsWrittenAsTheStringRenderingWroteIt() {
        for lines in [false, true] {
            let rendered = JSONRenderer(lines: lines).render(Self.table)
            #expect(rendered == Self.reference(Self.table, lines: lines))
        }
        #expect(JSONRenderer(lines: true).render(Self.table).hasPrefix(
            #"{"id": 1, "name \"quoted\"": "Ḥimṣ, Homs", "actor": "islamic_state", "articles": ["a.txt","b \"c\".txt"], "x": 34.5}"# + "\n"))
    }

    @Test func oneRowAndNoRowsKeepTheirLayout() {
        let one = ResultTable(columns: [Column("a")], rows: [[.text("x")]])
        #expect(JSONRenderer(lines: false).render(one) == "[\n  {\"a\": \"x\"}\n]\n")
        #expect(JSONRenderer(lines: true).render(one) == "{\"a\": \"x\"}\n")
        let none = ResultTable(columns: Self.table.columns, rows: [])
        #expect(JSONRenderer(lines: false).render(none) == Self.reference(none, lines: false))
        #expect(JSONRenderer(lines: true).render(none) == "")
    }
}
