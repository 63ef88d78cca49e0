/// A parsed JSON value together with the place in the document where it starts.
///
/// Produced by ``JSONParser``; the positions let decoding layers report
/// `file:line:column` for every problem they find. Equality compares values and locations.
package struct JSONNode: Sendable, Equatable {
    /// The kinds of JSON values.
    package enum Value: Sendable, Equatable {
        /// The literal `null`.
        case null
        /// The literal `true` or `false`.
        case bool(Bool)
        /// A number, converted to the nearest `Double`.
        case number(Double)
        /// A string, with all escapes resolved.
        case string(String)
        /// An array of values, in document order.
        case array([JSONNode])
        /// An object's members, in document order (keys are unique).
        case object([JSONMember])
    }

    /// The value itself.
    package var value: Value
    /// Where the value starts: its first character (`{`, `[`, `"`, a digit, `-` or a letter).
    package var location: SourceLocation

    /// Creates a node for `value` starting at `location`.
    package init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// A short description of the value's kind for messages, such as "an object" or "a number".
    ///
    /// One of "an object", "an array", "a string", "a number", "a boolean" or "null".
    package var kindDescription: String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// One `"key": value` member of a JSON object, with the position of its key.
package struct JSONMember: Sendable, Equatable {
    /// The key, with all escapes resolved.
    package var key: String
    /// Where the key's opening quote is.
    package var keyLocation: SourceLocation
    /// The member's value.
    package var value: JSONNode

    /// Creates a member from its key, the key's location and its value.
    package init(key: String, keyLocation: SourceLocation, value: JSONNode) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}
