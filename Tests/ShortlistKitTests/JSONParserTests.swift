import Testing
@testable import ShortlistKit

/// A named JSON input for parameterised tests, kept as bytes so invalid UTF-8 can be expressed.
struct JSONInput: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]

    init(_ name: String, _ text: String) {
        self.name = name
        self.bytes = Array(text.utf8)
    }

    init(_ name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    var testDescription: String { name }
}

/// Parses `text` and returns the error, or nil when it parses.
private func syntaxError(_ text: String) -> JSONSyntaxError? {
    syntaxError(Array(text.utf8))
}

private func syntaxError(_ bytes: [UInt8]) -> JSONSyntaxError? {
    do {
        _ = try JSONParser.parse(bytes)
        return nil
    } catch {
        return error
    }
}

/// The element of a one-element array document.
private func single(_ text: String) throws -> JSONNode.Value {
    let node = try JSONParser.parse(text)
    guard case .array(let elements) = node.value, elements.count == 1 else {
        Issue.record("expected a one-element array in \(text)")
        return .null
    }
    return elements[0].value
}

@Suite struct JSONParserTests {
    // MARK: JSONTestSuite-style acceptance (y_) cases

    static let accepted: [JSONInput] = [
        JSONInput("y_array_arraysWithSpaces", "[[]   ]"),
        JSONInput("y_array_empty", "[]"),
        JSONInput("y_array_empty-string", "[\"\"]"),
        JSONInput("y_array_false", "[false]"),
        JSONInput("y_array_heterogeneous", "[null, 1, \"1\", {}]"),
        JSONInput("y_array_with_several_null", "[1,null,null,null,2]"),
        JSONInput("y_array_with_leading_space", " [1]"),
        JSONInput("y_array_with_trailing_space", "[2] "),
        JSONInput("y_number", "[123e65]"),
        JSONInput("y_number_0e+1", "[0e+1]"),
        JSONInput("y_number_0e1", "[0e1]"),
        JSONInput("y_number_after_space", "[ 4]"),
        JSONInput("y_number_double_close_to_zero", "[-0.000000000000000000000000000000000000000000000000000000000000000000000000000000001]"),
        JSONInput("y_number_int_with_exp", "[20e1]"),
        JSONInput("y_number_minus_zero", "[-0]"),
        JSONInput("y_number_negative_int", "[-123]"),
        JSONInput("y_number_real_capital_e", "[1E22]"),
        JSONInput("y_number_real_capital_e_neg_exp", "[1E-2]"),
        JSONInput("y_number_real_capital_e_pos_exp", "[1E+2]"),
        JSONInput("y_number_real_fraction_exponent", "[123.456e78]"),
        JSONInput("y_number_real_underflow", "[123e-10000000]"),
        JSONInput("y_number_simple_real", "[123.456789]"),
        JSONInput("y_number_very_big_negative_int", "[-237462374673276894279832749832423479823246327846]"),
        JSONInput("y_object_basic", "{\"asd\":\"sdf\"}"),
        JSONInput("y_object_empty", "{}"),
        JSONInput("y_object_empty_key", "{\"\":0}"),
        JSONInput("y_object_escaped_null_in_key", "{\"foo\\u0000bar\": 42}"),
        JSONInput("y_object_extreme_numbers", "{ \"min\": -1.0e+28, \"max\": 1.0e+28 }"),
        JSONInput("y_object_simple", "{\"a\":[]}"),
        JSONInput("y_object_with_newlines", "{\n\"a\": \"b\"\n}"),
        JSONInput("y_object_same_key_in_different_objects", "[{\"a\":1},{\"a\":2}]"),
        JSONInput("y_string_1_2_3_bytes_UTF-8_sequences", "[\"\\u0060\\u012a\\u12AB\"]"),
        JSONInput("y_string_accepted_surrogate_pair", "[\"\\uD801\\udc37\"]"),
        JSONInput("y_string_allowed_escapes", "[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"]"),
        JSONInput("y_string_backslash_and_u_escaped_zero", "[\"\\\\u0000\"]"),
        JSONInput("y_string_comments", "[\"a/*b*/c/*d//e\"]"),
        JSONInput("y_string_last_surrogates_1_and_2", "[\"\\uDBFF\\uDFFF\"]"),
        JSONInput("y_string_nonCharacterInUTF-8_U+FFFF", bytes: [0x5B, 0x22, 0xEF, 0xBF, 0xBF, 0x22, 0x5D]),
        JSONInput("y_string_unescaped_char_delete", bytes: [0x5B, 0x22, 0x7F, 0x22, 0x5D]),
        JSONInput("y_string_utf8", "[\"€𝄞\"]"),
        JSONInput("y_string_u+2028_line_sep", "[\"\u{2028}\"]"),
        JSONInput("y_structure_lonely_false", "false"),
        JSONInput("y_structure_lonely_int", "42"),
        JSONInput("y_structure_lonely_negative_real", "-0.1"),
        JSONInput("y_structure_lonely_null", "null"),
        JSONInput("y_structure_lonely_string", "\"asd\""),
        JSONInput("y_structure_lonely_true", "true"),
        JSONInput("y_structure_string_empty", "\"\""),
        JSONInput("y_structure_trailing_newline", "[\"a\"]\n"),
        JSONInput("y_structure_whitespace_array", " \t\r\n[] \r\n"),
        JSONInput("y_structure_utf8_bom", "\u{FEFF}{}"),
        JSONInput("y_structure_512_deep", String(repeating: "[", count: 512) + String(repeating: "]", count: 512)),
    ]

    @Test(arguments: accepted)
    func acceptsValidDocument(_ input: JSONInput) {
        #expect(syntaxError(input.bytes) == nil)
    }

    // MARK: JSONTestSuite-style rejection (n_) cases

    static let rejected: [JSONInput] = [
        // arrays
        JSONInput("n_array_1_true_without_comma", "[1 true]"),
        JSONInput("n_array_comma_after_close", "[\"\"],"),
        JSONInput("n_array_comma_and_number", "[,1]"),
        JSONInput("n_array_double_comma", "[1,,2]"),
        JSONInput("n_array_extra_close", "[\"x\"]]"),
        JSONInput("n_array_extra_comma", "[\"\",]"),
        JSONInput("n_array_incomplete", "[\"x\""),
        JSONInput("n_array_inner_array_no_comma", "[3[4]]"),
        JSONInput("n_array_just_comma", "[,]"),
        JSONInput("n_array_missing_value", "[   , \"\"]"),
        JSONInput("n_array_newlines_unclosed", "[\"a\",\n4\n,1,"),
        JSONInput("n_array_number_and_comma", "[1,]"),
        JSONInput("n_array_star_inside", "[*]"),
        JSONInput("n_array_unclosed_trailing_comma", "[1,"),
        JSONInput("n_array_colon_instead_of_comma", "[\"\": 1]"),
        // literals
        JSONInput("n_incomplete_false", "[fals]"),
        JSONInput("n_incomplete_null", "[nul]"),
        JSONInput("n_incomplete_true", "[tru]"),
        JSONInput("n_structure_capitalized_True", "[True]"),
        // numbers
        JSONInput("n_number_++", "[++1234]"),
        JSONInput("n_number_+1", "[+1]"),
        JSONInput("n_number_-01", "[-01]"),
        JSONInput("n_number_-1.0.", "[-1.0.]"),
        JSONInput("n_number_.-1", "[.-1]"),
        JSONInput("n_number_.2e-3", "[.2e-3]"),
        JSONInput("n_number_0.e1", "[0.e1]"),
        JSONInput("n_number_0_capital_E", "[0E]"),
        JSONInput("n_number_1.0e+", "[1.0e+]"),
        JSONInput("n_number_2.e3", "[2.e3]"),
        JSONInput("n_number_real_without_fractional_part", "[1.]"),
        JSONInput("n_number_starting_with_dot", "[.123]"),
        JSONInput("n_number_with_leading_zero", "[012]"),
        JSONInput("n_number_-00.0", "-00.0"),
        JSONInput("n_number_hex_1_digit", "[0x1]"),
        JSONInput("n_number_Inf", "[Inf]"),
        JSONInput("n_number_NaN", "[NaN]"),
        JSONInput("n_number_infinity", "[Infinity]"),
        JSONInput("n_number_minus_infinity", "[-Infinity]"),
        JSONInput("n_number_minus_space_1", "[- 1]"),
        JSONInput("n_number_real_garbage_after_e", "[1ea]"),
        JSONInput("i_number_huge_exp", "[0.4e00669999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999969999999006]"),
        JSONInput("i_number_real_pos_overflow", "[123123e100000]"),
        JSONInput("i_number_neg_real_overflow", "[-123123e100000]"),
        // objects
        JSONInput("n_object_bad_value", "[\"x\", truth]"),
        JSONInput("n_object_comma_instead_of_colon", "{\"x\", null}"),
        JSONInput("n_object_double_colon", "{\"x\"::\"b\"}"),
        JSONInput("n_object_missing_colon", "{\"a\" b}"),
        JSONInput("n_object_missing_key", "{:\"b\"}"),
        JSONInput("n_object_missing_value", "{\"a\":"),
        JSONInput("n_object_non_string_key", "{1:1}"),
        JSONInput("n_object_single_quote", "{'a':0}"),
        JSONInput("n_object_trailing_comma", "{\"id\":0,}"),
        JSONInput("n_object_several_trailing_commas", "{\"id\":0,,,,,}"),
        JSONInput("n_object_trailing_comment", "{\"a\":\"b\"}/**/"),
        JSONInput("n_object_trailing_comment_slash_open", "{\"a\":\"b\"}//"),
        JSONInput("n_object_unquoted_key", "{a: \"b\"}"),
        JSONInput("n_object_duplicated_key", "{\"a\":\"b\",\"a\":\"c\"}"),
        // strings
        JSONInput("n_string_1_surrogate_then_escape", "[\"\\uD800\\\"]"),
        JSONInput("n_string_escape_x", "[\"\\x00\"]"),
        JSONInput("n_string_escaped_backslash_bad", "[\"\\\\\\\"]"),
        JSONInput("n_string_escaped_ctrl_char_tab", "[\"\\\t\"]"),
        JSONInput("n_string_incomplete_escape", "[\"\\\"]"),
        JSONInput("n_string_incomplete_surrogate", "[\"\\uD834\\uDd\"]"),
        JSONInput("n_string_invalid_unicode_escape", "[\"\\uqqqq\"]"),
        JSONInput("n_string_octal_escape", "[\"\\012\"]"),
        JSONInput("n_string_single_quote", "['single quote']"),
        JSONInput("n_string_single_doublequote", "\""),
        JSONInput("n_string_start_escape_unclosed", "[\"\\"),
        JSONInput("n_string_unescaped_newline", "[\"new\nline\"]"),
        JSONInput("n_string_unescaped_tab", "[\"\t\"]"),
        JSONInput("n_string_unescaped_ctrl_char", bytes: [0x5B, 0x22, 0x61, 0x00, 0x61, 0x22, 0x5D]),
        JSONInput("n_string_no_quotes_with_bad_escape", "[\\n]"),
        JSONInput("i_string_1st_surrogate_but_2nd_missing", "[\"\\uDADA\"]"),
        JSONInput("i_string_lone_second_surrogate", "[\"\\uDFAA\"]"),
        JSONInput("i_string_inverted_surrogates_U+1D11E", "[\"\\uDd1e\\uD834\"]"),
        JSONInput("i_string_incomplete_surrogate_and_escape_valid", "[\"\\uD800\\n\"]"),
        // invalid UTF-8
        JSONInput("n_array_invalid_utf8", bytes: [0x5B, 0xFF, 0x5D]),
        JSONInput("n_string_invalid_utf8_after_escape", bytes: [0x5B, 0x22, 0x5C, 0xE5, 0x22, 0x5D]),
        JSONInput("i_string_lone_utf8_continuation_byte", bytes: [0x5B, 0x22, 0x81, 0x22, 0x5D]),
        JSONInput("i_string_overlong_sequence_2_bytes", bytes: [0x5B, 0x22, 0xC0, 0xAF, 0x22, 0x5D]),
        JSONInput("i_string_UTF-8_invalid_sequence", bytes: [0x5B, 0x22, 0xE6, 0x97, 0xA5, 0xD1, 0x88, 0xFA, 0x22, 0x5D]),
        JSONInput("i_string_UTF8_surrogate_U+D800", bytes: [0x5B, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x5D]),
        JSONInput("i_string_truncated-utf-8", bytes: [0x5B, 0x22, 0xE0, 0xFF, 0x22, 0x5D]),
        JSONInput("i_string_not_in_unicode_range", bytes: [0x5B, 0x22, 0xF4, 0xBF, 0xBF, 0xBF, 0x22, 0x5D]),
        JSONInput("i_string_invalid_utf-8", bytes: [0x5B, 0x22, 0xFF, 0x22, 0x5D]),
        // structure
        JSONInput("n_structure_angle_bracket_.", "<.>"),
        JSONInput("n_structure_array_with_extra_array_close", "[1]]"),
        JSONInput("n_structure_ascii-unicode-identifier", "aå"),
        JSONInput("n_structure_close_unopened_array", "1]"),
        JSONInput("n_structure_comma_instead_of_closing_brace", "{\"x\": true,"),
        JSONInput("n_structure_double_array", "[][]"),
        JSONInput("n_structure_end_array", "]"),
        JSONInput("n_structure_lone-open-bracket", "["),
        JSONInput("n_structure_no_data", ""),
        JSONInput("n_structure_null-byte-outside-string", bytes: [0x5B, 0x00, 0x5D]),
        JSONInput("n_structure_number_with_trailing_garbage", "2@"),
        JSONInput("n_structure_object_followed_by_closing_object", "{}}"),
        JSONInput("n_structure_open_object", "{"),
        JSONInput("n_structure_single_star", "*"),
        JSONInput("n_structure_trailing_#", "{\"a\":\"b\"}#{}"),
        JSONInput("n_structure_unclosed_array", "[1"),
        JSONInput("n_structure_unclosed_object", "{\"asd\":\"asd\""),
        JSONInput("n_structure_whitespace_formfeed", "[\u{0C}]"),
        JSONInput("n_structure_whitespace_U+2060_word_joiner", "[\u{2060}]"),
        JSONInput("n_structure_UTF8_BOM_no_data", "\u{FEFF}"),
        JSONInput("n_structure_double_UTF8_BOM", "\u{FEFF}\u{FEFF}[]"),
        JSONInput("n_single_space", " "),
        JSONInput("n_structure_600_opening_arrays", String(repeating: "[", count: 600) + String(repeating: "]", count: 600)),
        JSONInput("n_structure_100000_opening_arrays", String(repeating: "[", count: 100_000)),
        JSONInput("n_structure_open_array_object", String(repeating: "[{\"\":", count: 50_000)),
    ]

    @Test(arguments: rejected)
    func rejectsInvalidDocument(_ input: JSONInput) {
        #expect(syntaxError(input.bytes) != nil)
    }

    @Test func rejectedCasesCoverTheSuite() {
        #expect(Self.rejected.count >= 40)
    }

    // MARK: Exact messages and locations

    static let messages: [(input: String, expected: String)] = [
        ("", "1:1: expected a value, found end of input"),
        ("   ", "1:4: expected a value, found end of input"),
        ("[NaN]", "1:2: expected a value, found 'N'"),
        ("{\"a\": 1 \"b\": 2}", "1:9: expected ',' or '}' after an object member, found '\"'"),
        ("[1 2]", "1:4: expected ',' or ']' after an array element, found '2'"),
        ("[1,]", "1:4: expected a value, found ']' (trailing commas are not allowed)"),
        ("{\"a\":1,}", "1:8: expected a string key after ',', found '}' (trailing commas are not allowed)"),
        ("{a:1}", "1:2: expected a string key or '}', found 'a' (keys must be quoted)"),
        ("{'a':1}", "1:2: expected a string key or '}', found \"'\" (keys use double quotes)"),
        ("['a']", "1:2: expected a value, found \"'\" (strings use double quotes)"),
        ("{\"a\" 1}", "1:6: expected ':' after an object key, found '1'"),
        ("[\"abc", "1:6: unexpected end of input inside a string"),
        ("[1", "1:3: expected ',' or ']' after an array element, found end of input"),
        ("{\"a\":1", "1:7: expected ',' or '}' after an object member, found end of input"),
        ("{\"a\":1}}", "1:8: unexpected '}' after the JSON value"),
        ("1 // comment", "1:3: unexpected '/' after the JSON value"),
        ("[tru]", "1:2: expected 'true', found 'tru'"),
        ("[nul", "1:2: expected 'null', found 'nul'"),
        ("[012]", "1:2: leading zeros are not allowed in numbers"),
        ("[1.]", "1:4: expected a digit after '.' in a number, found ']'"),
        ("[1e+]", "1:5: expected a digit in the exponent of a number, found ']'"),
        ("[-x]", "1:3: expected a digit after '-', found 'x'"),
        ("[+1]", "1:2: expected a value, found '+'"),
        ("[1e400]", "1:2: number 1e400 is out of range"),
        ("[-1e400]", "1:2: number -1e400 is out of range"),
        ("[\"a\\qb\"]", "1:4: invalid escape '\\q' in a string"),
        ("[\"\\u12x4\"]", "1:7: expected 4 hex digits after '\\u', found 'x'"),
        ("[\"ab\\uD800\"]", "1:5: lone high surrogate \\uD800 in a string (it must be followed by a low surrogate \\uDC00-\\uDFFF)"),
        ("[\"\\uDC00\"]", "1:3: lone low surrogate \\uDC00 in a string (it must follow a high surrogate \\uD800-\\uDBFF)"),
        ("[\"a\tb\"]", "1:4: unescaped tab in a string (write it as \\t)"),
        ("[\"a\u{01}\"]", "1:4: unescaped control character U+0001 in a string (write it as \\u0001)"),
        ("[\u{0C}]", "1:2: expected a value, found control character U+000C"),
        ("[\u{A0}1]", "1:2: expected a value, found '\u{A0}' (U+00A0)"),
        (
            "{\n  \"name\": \"a\",\n  \"size\": 2,\n  \"name\": \"b\"\n}",
            "4:3: duplicate key \"name\" (first at line 2, column 3)"
        ),
    ]

    @Test(arguments: messages)
    func reportsMessageAndLocation(_ input: String, _ expected: String) throws {
        let error = try #require(syntaxError(input))
        #expect(error.description == expected)
    }

    @Test func reportsInvalidUTF8WithItsPosition() throws {
        // [ " a <FF> " ]
        let error = try #require(syntaxError([0x5B, 0x22, 0x61, 0xFF, 0x22, 0x5D]))
        #expect(error.message == "invalid UTF-8 byte 0xFF in a string")
        #expect(error.location == SourceLocation(line: 1, column: 4, offset: 3))
        // A UTF-8-encoded surrogate after "é" (2 bytes, 1 column).
        let surrogate = try #require(syntaxError([0x22, 0xC3, 0xA9, 0xED, 0xA0, 0x80, 0x22]))
        #expect(surrogate.message == "invalid UTF-8 sequence starting with byte 0xED in a string")
        #expect(surrogate.location == SourceLocation(line: 1, column: 3, offset: 3))
        let outside = try #require(syntaxError([0x5B, 0x31, 0x2C, 0xFE, 0x5D]))
        #expect(outside.description == "1:4: expected a value, found invalid UTF-8 byte 0xFE")
    }

    @Test func countsColumnsInUnicodeScalarsAfterChineseText() throws {
        let text = "{\n  \"名称\": \"供应商\" ,\n  \"评分\": 1 2\n}"
        let error = try #require(syntaxError(text))
        #expect(error.message == "expected ',' or '}' after an object member, found '2'")
        #expect(error.location.line == 3)
        #expect(error.location.column == 11)
        #expect(error.location.offset == Array(text.utf8).firstIndex(of: UInt8(ascii: "2")))
    }

    @Test func handlesCRLFLineEndings() throws {
        let error = try #require(syntaxError("{\r\n  \"a\": 1,\r\n  \"b\": tru\r\n}\r\n"))
        #expect(error.description == "3:8: expected 'true', found 'tru'")
        let node = try JSONParser.parse("[\r\n1,\r\n\r\n  2]")
        guard case .array(let elements) = node.value else {
            Issue.record("expected an array")
            return
        }
        #expect(elements.map(\.location.description) == ["2:1", "4:3"])
    }

    @Test func skipsByteOrderMarkWithoutCountingIt() throws {
        let node = try JSONParser.parse("\u{FEFF}{\"a\": true}")
        #expect(node.location == SourceLocation(line: 1, column: 1, offset: 3))
        let error = try #require(syntaxError("\u{FEFF}[1,,2]"))
        #expect(error.location == SourceLocation(line: 1, column: 4, offset: 6))
    }

    @Test func reportsEndOfInputAfterTheLastCharacter() throws {
        let error = try #require(syntaxError("[\n  1,\n  \"é"))
        #expect(error.message == "unexpected end of input inside a string")
        #expect(error.location == SourceLocation(line: 3, column: 5, offset: 12))
    }

    @Test func limitsNestingDepthWithoutOverflowingTheStack() throws {
        let deep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        let error = try #require(syntaxError(deep))
        #expect(error.description == "1:513: too deeply nested: more than 512 levels of arrays and objects")
        let objects = try #require(syntaxError(String(repeating: "{\"a\":", count: 1_000_000)))
        #expect(objects.location.column == 512 * 5 + 1)
    }

    // MARK: Duplicate keys

    @Test func rejectsDuplicateKeys() throws {
        let error = try #require(syntaxError("{\"a\": 1, \"b\": {\"a\": 2}, \"a\": 3}"))
        #expect(error.description == "1:25: duplicate key \"a\" (first at line 1, column 2)")
    }

    @Test func rejectsDuplicateKeysInLargeObjects() throws {
        let members = (0..<40).map { "\"k\($0)\": \($0)" }
        let valid = "{" + members.joined(separator: ", ") + "}"
        #expect(syntaxError(valid) == nil)
        let duplicate = "{" + members.joined(separator: ",") + ",\"k7\":0}"
        let error = try #require(syntaxError(duplicate))
        #expect(error.message.hasPrefix("duplicate key \"k7\" (first at line 1, column "))
        #expect(error.location.offset == duplicate.utf8.count - 7)
    }

    @Test func escapesDuplicateKeyInMessage() throws {
        let error = try #require(syntaxError("{\"a\\n\\\"\":1,\"a\\u000a\\\"\":2}"))
        #expect(error.message == "duplicate key \"a\\n\\\"\" (first at line 1, column 2)")
    }

    // MARK: Values and positions

    @Test func parsesNestedDocumentWithPositions() throws {
        let text = """
            {
              "name": "Acme",
              "tags": ["a", "b"],
              "score": -12.5,
              "ok": true,
              "none": null
            }
            """
        let node = try JSONParser.parse(text)
        #expect(node.location == SourceLocation(line: 1, column: 1, offset: 0))
        #expect(node.kindDescription == "an object")
        guard case .object(let members) = node.value else {
            Issue.record("expected an object")
            return
        }
        #expect(members.map(\.key) == ["name", "tags", "score", "ok", "none"])
        #expect(members.map(\.keyLocation.description) == ["2:3", "3:3", "4:3", "5:3", "6:3"])
        #expect(members.map(\.value.location.description) == ["2:11", "3:11", "4:12", "5:9", "6:11"])
        #expect(members[0].value.value == .string("Acme"))
        #expect(members[2].value.value == .number(-12.5))
        #expect(members[3].value.value == .bool(true))
        #expect(members[4].value.value == .null)
        #expect(members.map(\.value.kindDescription) == ["a string", "an array", "a number", "a boolean", "null"])
        guard case .array(let tags) = members[1].value.value else {
            Issue.record("expected an array")
            return
        }
        #expect(tags.map(\.value) == [.string("a"), .string("b")])
        #expect(tags.map(\.location.description) == ["3:12", "3:17"])
    }

    @Test func bytesAndStringOverloadsAgree() throws {
        let text = "{\"名\": [1, 2.5, \"x\\u00e9\"], \"b\": {}}"
        #expect(try JSONParser.parse(text) == JSONParser.parse(Array(text.utf8)))
    }

    static let strings: [(json: String, value: String)] = [
        ("\"\"", ""),
        ("\"plain ascii\"", "plain ascii"),
        ("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"\\/\u{08}\u{0C}\n\r\t"),
        ("\"caf\\u00e9 \\u00E9\"", "café é"),
        ("\"\\u4f9b\\u5e94\\u5546\"", "供应商"),
        ("\"\\ud83d\\ude00 smile\"", "😀 smile"),
        ("\"\\u0000\"", "\u{0}"),
        ("\"raw 供应商 😀\"", "raw 供应商 😀"),
        ("\"mixed é\\n供\"", "mixed é\n供"),
    ]

    @Test(arguments: strings)
    func decodesStrings(_ json: String, _ value: String) throws {
        #expect(try JSONParser.parse(json).value == .string(value))
    }

    static let numbers: [String] = [
        "0", "-0", "1", "-1", "42", "123456789012345", "9007199254740993", "18446744073709551616",
        "12345678901234567890123", "0.1", "0.2", "0.30000000000000004", "3.141592653589793238462643383279",
        "1e22", "1e23", "1.7976931348623157e308", "2.2250738585072014e-308", "4.9e-324", "5e-324",
        "1e-400", "123.456e-7", "0.000001", "2.5E+3", "1E-2", "8.98846567431158e307",
        "0.1000000000000000055511151231257827", "7.0e-10", "100000000000000000000000000000000e-10",
    ]

    @Test(arguments: numbers)
    func convertsNumbersCorrectlyRounded(_ json: String) throws {
        let expected = try #require(Double(json))
        let value = try JSONParser.parse(json).value
        guard case .number(let parsed) = value else {
            Issue.record("expected a number for \(json)")
            return
        }
        #expect(parsed.bitPattern == expected.bitPattern, "\(json)")
    }

    @Test func acceptsLargeFiniteNumbersButRejectsOverflow() throws {
        #expect(try JSONParser.parse("1.7976931348623157e308").value == .number(.greatestFiniteMagnitude))
        let error = try #require(syntaxError("{\"x\": 1.8e308}"))
        #expect(error.description == "1:7: number 1.8e308 is out of range")
    }
}
