@testable import Reports
import Store
import Testing

@Suite struct RendererTests {
    /// Two rows covering every kind of value: text needing escapes, NULL, integer, real, faction, list.
    let table = ResultTable(
        columns: [Column("location"), Column("controller", .faction), Column("fatalities"), Column("latitude"), Column("articles", .list)],
        rows: [
            [.text("Mahin"), .text("islamic_state"), .integer(12), .real(34.26), .text(#"["a.txt","b.txt"]"#)],
            [.text("Say \"hi\", | then\nleave\t"), .null, .null, .real(35), .text("[]")],
        ])

    @Test func jsonIsOneArrayWithNullsNumbersAndNestedLists() {
        #expect(JSONRenderer(lines: false).render(table) == #"""
            [
              {"location": "Mahin", "controller": "islamic_state", "fatalities": 12, "latitude": 34.26, "articles": ["a.txt","b.txt"]},
              {"location": "Say \"hi\", | then\nleave\t", "controller": null, "fatalities": null, "latitude": 35.0, "articles": []}
            ]

            """#)
    }

    @Test func jsonOfNoRowsIsAnEmptyArray() {
        #expect(JSONRenderer(lines: false).render(ResultTable(columns: table.columns, rows: [])) == "[]\n")
        #expect(JSONRenderer(lines: true).render(ResultTable(columns: table.columns, rows: [])) == "")
    }

    @Test func ndjsonIsOneObjectPerLine() {
        let lines = JSONRenderer(lines: true).render(table).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0] == #"{"location": "Mahin", "controller": "islamic_state", "fatalities": 12, "latitude": 34.26, "articles": ["a.txt","b.txt"]}"#)
    }

    @Test func jsonEscapesControlCharacters() {
        let control = ResultTable(columns: [Column("x")], rows: [[.text("a\u{1}b\u{2028}")]])
        #expect(JSONRenderer(lines: true).render(control) == #"{"x": "a\u0001b\u2028"}"# + "\n")
    }

    @Test func jsonCopiesTextWithoutEscapesWholeAndEscapesTheRest() {
        let cases: [(String, String)] = [
            ("Tentara Suriah merebut kembali Maheen", #""Tentara Suriah merebut kembali Maheen""#),
            ("“Negara Islam” (IS) — Ḥimṣ, 🇸🇾", #""“Negara Islam” (IS) — Ḥimṣ, 🇸🇾""#),
            ("\u{2027}\u{2029}\u{202A}", #""\#u{2027}\u2029\#u{202A}""#),
            ("say \"hi\" \\ back", #""say \"hi\" \\ back""#),
            ("tab\there\u{7F}", #""tab\there\#u{7F}""#),
            ("", #""""#),
        ]
        for (text, expected) in cases {
            #expect(JSONRenderer.quote(text) == expected, "\(text)")
        }
    }

    @Test func csvQuotesWhatNeedsQuotingAndLeavesNullEmpty() {
        #expect(DelimitedRenderer.csv.render(table) == """
            location,controller,fatalities,latitude,articles
            Mahin,islamic_state,12,34.26,"[""a.txt"",""b.txt""]"
            "Say ""hi"", | then
            leave\t",,,35.0,[]

            """)
    }

    @Test func tsvEscapesTabsAndNewlines() {
        #expect(DelimitedRenderer.tsv.render(table) == """
            location\tcontroller\tfatalities\tlatitude\tarticles
            Mahin\tislamic_state\t12\t34.26\t["a.txt","b.txt"]
            Say "hi", | then\\nleave\\t\t\t\t35.0\t[]

            """)
    }

    @Test func delimitedFieldsQuoteEveryLineBreakAndLeaveOtherTextAsItIs() {
        let breaks = ResultTable(columns: [Column("x")], rows: [
            [.text("Ḥimṣ — “kota”")], [.text("a\r\nb")], [.text("a\u{85}b")], [.text("a\u{2028}b")], [.text("a\u{2029}b")],
            [.text("a\u{B}b\u{C}")], [.text("a\rb\\c")], [.text("say \"hi\"")],
        ])
        #expect(DelimitedRenderer.csv.render(breaks) == "x\nḤimṣ — “kota”\n\"a\r\nb\"\n\"a\u{85}b\"\n\"a\u{2028}b\"\n\"a\u{2029}b\"\n"
            + "\"a\u{B}b\u{C}\"\n\"a\rb\\c\"\n\"say \"\"hi\"\"\"\n")
        #expect(DelimitedRenderer.tsv.render(breaks) == "x\nḤimṣ — “kota”\na\\nb\na\u{85}b\na\u{2028}b\na\u{2029}b\n"
            + "a\u{B}b\u{C}\na\\rb\\\\c\nsay \"hi\"\n")
    }

    @Test func tableAlignsColumnsRightAlignsNumbersAndCutsLongText() {
        #expect(TableRenderer(maxWidth: 12).render(table) == """
            location      controller    fatalities  latitude  articles
            ------------  ------------  ----------  --------  ------------
            Mahin         islamic_sta…          12     34.26  a.txt, b.txt
            Say "hi", |…                                35.0

            """)
    }

    @Test func markdownEscapesPipesAndJoinsLists() {
        #expect(MarkdownRenderer().render(table) == """
            | location | controller | fatalities | latitude | articles |
            | --- | --- | ---: | ---: | --- |
            | Mahin | islamic_state | 12 | 34.26 | a.txt, b.txt |
            | Say "hi", \\| then leave\t |  |  | 35.0 |  |

            """)
    }

    @Test func peopleSeeFactionDisplayNamesScriptsSeeKeys() {
        let named = table.withDisplayNames(["islamic_state": "Islamic State"])
        #expect(named.values("controller") == [.text("Islamic State"), .null])
        #expect(table.values("controller") == [.text("islamic_state"), .null])
    }

    @Test func selectingColumnsKeepsTheirOrderAndRefusesUnknownNames() throws {
        #expect(try table.selecting(["fatalities", "location"]).columnNames == ["fatalities", "location"])
        #expect(throws: ReportsError.self) { try table.selecting(["nope"]) }
    }

    @Test func emptyTablesPrintNothingForPeople() {
        let empty = ResultTable(columns: table.columns, rows: [])
        #expect(TableRenderer().render(empty) == "")
        #expect(MarkdownRenderer().render(empty) == "")
        #expect(DelimitedRenderer.csv.render(empty) == "location,controller,fatalities,latitude,articles\n")
    }
}
