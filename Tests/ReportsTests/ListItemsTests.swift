import Testing
@testable import Reports

/// List cells (`["a.txt", "b.txt"]`) are read from their bytes when every item is a plain string,
/// and give what JSONSerialization gives; anything else is left to JSONSerialization.
@Suite struct ListItemsTests {
    @Test func plainStringListsReadFromBytesEqualJSONSerialization() {
        let lists = [#"["a.txt","b.txt"]"#, #"[ "dev_01.txt" , "x y.txt" ]"#, "[]", " [ ] ", #"["Ḥamā", "حمص"]"#, #"[""]"#]
        for json in lists {
            #expect(SQLiteValueText.plainStrings(json) != nil, "\(json)")
            #expect(SQLiteValueText.listItems(json) == SQLiteValueText.listItemsBySerialization(json), "\(json)")
        }
        #expect(SQLiteValueText.plainStrings(#"["a.txt","b.txt"]"#) == ["a.txt", "b.txt"])
    }

    @Test func otherShapesGoToJSONSerialization() {
        let others = [#"["a\"b"]"#, #"["a\u0041"]"#, "[1, 2.5]", #"["a", null]"#, #"[["a"]]"#, #"["a",]"#, #"["a" "b"]"#,
                      #"["a"] x"#, "not json", #"{"a": 1}"#, "[\"tab\tin\"]"]
        for json in others {
            #expect(SQLiteValueText.plainStrings(json) == nil, "\(json)")
            #expect(SQLiteValueText.listItems(json) == SQLiteValueText.listItemsBySerialization(json), "\(json)")
        }
        #expect(SQLiteValueText.listItems("[1, 2.5]") == ["1", "2.5"])
    }
}
