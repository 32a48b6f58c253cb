import Store
import Testing

@Suite struct TSVTests {
    private static func rows(_ text: String, _ columns: [String]) throws -> [[String]] {
        let table = try TSV(bytes: Array(text.utf8), name: "test.tsv")
        var rows: [[String]] = []
        try table.forEachRow { row in rows.append(columns.map { row[$0] }) }
        return rows
    }

    @Test func fieldsAreTheBytesBetweenTabsWithEmptyAndTrailingFieldsKept() throws {
        let text = "a\tb\tc\n1\t\t3\n\t2\t\n\"x\ty\"\t'z'\n \t\t \n"
        #expect(try Self.rows(text, ["a", "b", "c"]) == [["1", "", "3"], ["", "2", ""], ["\"x", "y\"", "'z'"], [" ", "", " "]])
    }

    @Test func blankLinesCommentsAndCarriageReturnsAreSkipped() throws {
        let text = "# a comment before the header\r\n\nkey\tname\r\n# a comment\r\n\r\nk1\tDayr az-Zawr\r\nk2\tḤimṣ"
        let table = try TSV(bytes: Array(text.utf8), name: "test.tsv")
        #expect(table.columns == ["key", "name"])
        #expect(try Self.rows(text, ["key", "name"]) == [["k1", "Dayr az-Zawr"], ["k2", "Ḥimṣ"]])
    }

    @Test func aMissingColumnOrFieldReadsAsEmptyAndOptionalAsNil() throws {
        let table = try TSV(bytes: Array("a\tb\tc\n1\n".utf8), name: "test.tsv")
        var seen: [String?] = []
        try table.forEachRow { row in
            seen = [row["a"], row["b"], row["nope"], row.optional("a"), row.optional("b"), row.optional("nope")]
        }
        #expect(seen == ["1", "", "", "1", nil, nil])
    }

    @Test func numbersAndListsAreReadFromTheirFields() throws {
        let text = "lat\tpopulation\tnames\n33.5102\t1512000\tHasaka||Al-Hasakah|Ḥasakah|\n\tx\t|\n"
        let table = try TSV(bytes: Array(text.utf8), name: "test.tsv")
        var seen: [(Double?, Int?, [String])] = []
        try table.forEachRow { row in seen.append((row.double("lat"), row.int("population"), row.list("names"))) }
        #expect(seen.count == 2)
        #expect(seen[0].0 == 33.5102 && seen[0].1 == 1_512_000 && seen[0].2 == ["Hasaka", "Al-Hasakah", "Ḥasakah"])
        #expect(seen[1].0 == nil && seen[1].1 == nil && seen[1].2 == [])
    }

    @Test func aRowWithMoreFieldsThanTheHeaderIsAnErrorNamingItsLine() throws {
        let text = "a\tb\n# comment\n1\t2\n1\t2\t3\n"
        let table = try TSV(bytes: Array(text.utf8), name: "test.tsv")
        let error = #expect(throws: StoreError.self) { try table.forEachRow { _ in } }
        #expect(error?.message == "test.tsv, line 4: 3 fields, the header names 2")
    }

    @Test func aHeaderNamingAColumnTwiceOrNoHeaderIsAnError() {
        #expect(throws: StoreError.self) { try TSV(bytes: Array("a\tb\ta\n1\t2\t3\n".utf8), name: "test.tsv") }
        #expect(throws: StoreError.self) { try TSV(bytes: Array("# only a comment\n\n".utf8), name: "test.tsv") }
    }
}
