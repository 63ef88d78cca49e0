import Testing
@testable import ShortlistKit

@Suite struct JSONWriterTests {
    // MARK: Layout

    @Test func writesPrettyDocumentWithTwoSpaceIndent() {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("name")
        writer.string("Acme")
        writer.key("scores")
        writer.beginArray()
        writer.number(0.5)
        writer.integer(1)
        writer.beginObject()
        writer.key("a")
        writer.null()
        writer.endObject()
        writer.endArray()
        writer.key("tags")
        writer.beginArray()
        writer.endArray()
        writer.key("vendor")
        writer.beginObject()
        writer.endObject()
        writer.key("yes")
        writer.bool(true)
        writer.endObject()
        #expect(writer.text == """
            {
              "name": "Acme",
              "scores": [
                0.5,
                1,
                {
                  "a": null
                }
              ],
              "tags": [],
              "vendor": {},
              "yes": true
            }

            """)
        #expect(writer.bytes == Array(writer.text.utf8))
    }

    @Test func writesCompactDocument() {
        var writer = JSONWriter(pretty: false)
        writer.beginObject()
        writer.key("a")
        writer.beginArray()
        writer.integer(1)
        writer.bool(false)
        writer.beginArray()
        writer.endArray()
        writer.endArray()
        writer.key("b")
        writer.string("x")
        writer.endObject()
        #expect(writer.text == "{\"a\":[1,false,[]],\"b\":\"x\"}\n")
    }

    @Test func endsWithNewlineOnlyWhenTheTopLevelValueIsComplete() {
        var writer = JSONWriter()
        writer.beginArray()
        writer.integer(1)
        #expect(writer.text == "[\n  1")
        writer.endArray()
        #expect(writer.text == "[\n  1\n]\n")

        var scalar = JSONWriter()
        scalar.string("only")
        #expect(scalar.text == "\"only\"\n")
    }

    @Test func writesKeysInTheOrderGivenWhichMustBeSorted() {
        let keys = ["B", "a", "a0", "ab", "b", "é"]
        #expect(keys == keys.sorted())
        var writer = JSONWriter(pretty: false)
        writer.beginObject()
        for (n, key) in keys.enumerated() {
            writer.key(key)
            writer.integer(n)
        }
        writer.endObject()
        #expect(writer.text == "{\"B\":0,\"a\":1,\"a0\":2,\"ab\":3,\"b\":4,\"é\":5}\n")
    }

    @Test func sameKeyMayRepeatInDifferentObjects() {
        var writer = JSONWriter(pretty: false)
        writer.beginArray()
        for n in 0..<2 {
            writer.beginObject()
            writer.key("z")
            writer.integer(n)
            writer.endObject()
        }
        writer.endArray()
        #expect(writer.text == "[{\"z\":0},{\"z\":1}]\n")
    }

    // MARK: Numbers

    static let numbers: [(value: Double, text: String)] = [
        (0, "0"),
        (-0.0, "0"),
        (1, "1"),
        (-1, "-1"),
        (0.5, "0.5"),
        (-0.25, "-0.25"),
        (1.0 / 3.0, "0.333333"),
        (2.0 / 3.0, "0.666667"),
        (-2.0 / 3.0, "-0.666667"),
        (0.1 + 0.2, "0.3"),
        (1234567.125, "1234567.125"),
        (80000, "80000"),
        (100, "100"),
        (0.000001, "0.000001"),
        (0.0000004, "0"),
        (-0.0000004, "0"),
        (0.0000015, "0.000002"),
        (0.9999996, "1"),
        (-0.9999996, "-1"),
        (19.9999999, "20"),
        (0.125, "0.125"),
        (12.5e-3, "0.0125"),
        (3.14159265358979, "3.141593"),
        (123456789.987654321, "123456789.987654"),
        (1e15, "1000000000000000"),
        (-1e15, "-1000000000000000"),
        (999999999999999.9, "999999999999999.875"),
        (2e15, "2e+15"),
        (1e16, "1e+16"),
        (1.5e300, "1.5e+300"),
        (-1.2345678901234567e20, "-1.2345678901234567e+20"),
        (.greatestFiniteMagnitude, "1.7976931348623157e+308"),
        (.leastNonzeroMagnitude, "0"),
    ]

    @Test(arguments: numbers)
    func formatsNumbers(_ value: Double, _ text: String) {
        #expect(JSONWriter.formatNumber(value) == text)
        var writer = JSONWriter()
        writer.number(value)
        #expect(writer.text == text + "\n")
    }

    @Test func roundsHalvesOfTheExactBinaryValue() {
        // 0.0000005 is stored slightly below 5e-7 and 0.0000025 slightly above 2.5e-6.
        #expect(JSONWriter.formatNumber(0.0000005) == "0")
        #expect(JSONWriter.formatNumber(0.0000025) == "0.000003")
        // 1/128 = 0.0078125 is an exact tie at 6 decimals and rounds away from zero.
        #expect(JSONWriter.formatNumber(1.0 / 128.0) == "0.007813")
        #expect(JSONWriter.formatNumber(-3.0 / 128.0) == "-0.023438")
    }

    @Test func formattedNumbersParseBackToTheRoundedValue() throws {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let value = Double(Int64(bitPattern: seed) >> 20) / 1_000_003.0
            let text = JSONWriter.formatNumber(value)
            let parsed = try JSONParser.parse(text)
            guard case .number(let number) = parsed.value else {
                Issue.record("\(text) did not parse as a number")
                continue
            }
            #expect(abs(number - value) <= 0.0000005 + abs(value) * 1e-15, "\(value) -> \(text)")
            #expect(!text.contains("e"))  // absence of an exponent anywhere in the number: kept
        }
    }

    @Test func writesIntegers() {
        var writer = JSONWriter(pretty: false)
        writer.beginArray()
        for n in [0, 7, -42, Int.max, Int.min] { writer.integer(n) }
        writer.endArray()
        #expect(writer.text == "[0,7,-42,9223372036854775807,-9223372036854775808]\n")
    }

    // MARK: Strings

    static let strings: [(value: String, json: String)] = [
        ("", "\"\""),
        ("plain", "\"plain\""),
        ("quote \" backslash \\ slash /", "\"quote \\\" backslash \\\\ slash /\""),
        ("\n\r\t\u{08}\u{0C}", "\"\\n\\r\\t\\b\\f\""),
        ("\u{0}\u{1}\u{1F}", "\"\\u0000\\u0001\\u001f\""),
        ("\u{7F}", "\"\u{7F}\""),
        ("供应商 café 😀", "\"供应商 café 😀\""),
        ("a\u{2028}b\u{2029}c", "\"a\\u2028b\\u2029c\""),
        ("\u{2027}\u{202A}€", "\"\u{2027}\u{202A}€\""),
    ]

    @Test(arguments: strings)
    func escapesStrings(_ value: String, _ json: String) {
        var writer = JSONWriter()
        writer.string(value)
        #expect(writer.text == json + "\n")
    }

    @Test func escapesKeys() {
        var writer = JSONWriter(pretty: false)
        writer.beginObject()
        writer.key("a\"b\n")
        writer.integer(1)
        writer.endObject()
        #expect(writer.text == "{\"a\\\"b\\n\":1}\n")
    }

    // MARK: Round trip through the parser

    @Test(arguments: [true, false])
    func roundTripsThroughTheParser(pretty: Bool) throws {
        let strings = ["", "供应商", "tab\there", "quote\"", "\u{0}\u{1F}", "\u{2028}", "😀", "back\\slash"]
        var writer = JSONWriter(pretty: pretty)
        writer.beginObject()
        writer.key("empty")
        writer.beginObject()
        writer.endObject()
        writer.key("flags")
        writer.beginArray()
        writer.bool(true)
        writer.bool(false)
        writer.null()
        writer.endArray()
        writer.key("numbers")
        writer.beginArray()
        for x in [0, -1.5, 0.333333, 1234567.125, 2e20] { writer.number(x) }
        writer.integer(-7)
        writer.endArray()
        writer.key("strings")
        writer.beginArray()
        for s in strings { writer.string(s) }
        writer.endArray()
        writer.endObject()

        let node = try JSONParser.parse(writer.bytes)
        guard case .object(let members) = node.value else {
            Issue.record("expected an object")
            return
        }
        #expect(members.map(\.key) == ["empty", "flags", "numbers", "strings"])
        #expect(members[0].value.value == .object([]))
        #expect(members[1].value.value.elements == [.bool(true), .bool(false), .null])
        #expect(members[2].value.value.elements == [0, -1.5, 0.333333, 1234567.125, 2e20, -7].map { .number($0) })
        #expect(members[3].value.value.elements == strings.map { .string($0) })
    }
}

extension JSONNode.Value {
    /// The values of an array's elements, or an empty list for other kinds (test helper).
    fileprivate var elements: [JSONNode.Value] {
        if case .array(let nodes) = self { return nodes.map(\.value) }
        return []
    }
}
