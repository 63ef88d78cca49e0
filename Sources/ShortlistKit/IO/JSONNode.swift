/// A parsed JSON value together with the place in the document where it starts.
///
/// Produced by ``JSONParser``; the positions let decoding layers report
/// `file:line:column` for every problem they find. Equality compares values and locations.
public struct JSONNode: Sendable, Equatable {
    /// The kinds of JSON values.
    public enum Value: Sendable, Equatable {
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
    public var value: Value
    /// Where the value starts: its first character (`{`, `[`, `"`, a digit, `-` or a letter).
    public var location: SourceLocation

    /// Creates a node for `value` starting at `location`.
    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// A short description of the value's kind for messages, such as "an object" or "a number".
    ///
    /// One of "an object", "an array", "a string", "a number", "a boolean" or "null".
    public var kindDescription: String {
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
public struct JSONMember: Sendable, Equatable {
    /// The key, with all escapes resolved.
    public var key: String
    /// Where the key's opening quote is.
    public var keyLocation: SourceLocation
    /// The member's value.
    public var value: JSONNode

    /// Creates a member from its key, the key's location and its value.
    public init(key: String, keyLocation: SourceLocation, value: JSONNode) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}
