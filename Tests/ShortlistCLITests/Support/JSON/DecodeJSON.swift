import Foundation
import Testing

/// Decodes a command's JSON output into a mirror struct of its documented format (the structs in this
/// folder). A mirror states the README's keys a second time, independently of the renderer: a renamed
/// or retyped key fails here, naming the key path, where a `[String: Any]` chain would quietly give nil.
func decodeJSON<T: Decodable>(_ type: T.Type, from data: Data, sourceLocation: SourceLocation = #_sourceLocation) throws -> T {
    do {
        return try JSONDecoder().decode(T.self, from: data)
    } catch let DecodingError.keyNotFound(key, context) {
        Issue.record("\(T.self): missing key \((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))", sourceLocation: sourceLocation)
        throw DecodingError.keyNotFound(key, context)
    } catch let DecodingError.typeMismatch(expected, context) {
        Issue.record("\(T.self): \(context.codingPath.map(\.stringValue).joined(separator: ".")) is not a \(expected)", sourceLocation: sourceLocation)
        throw DecodingError.typeMismatch(expected, context)
    } catch let DecodingError.valueNotFound(expected, context) {
        Issue.record("\(T.self): \(context.codingPath.map(\.stringValue).joined(separator: ".")) is null, expected a \(expected)", sourceLocation: sourceLocation)
        throw DecodingError.valueNotFound(expected, context)
    }
}

/// Decodes `[UInt8]` output (an in-process `CommandResult`) into a mirror struct.
func decodeJSON<T: Decodable>(_ type: T.Type, from bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws -> T {
    try decodeJSON(type, from: Data(bytes), sourceLocation: sourceLocation)
}

extension BinaryRunner.Result {
    /// The standard output decoded as the mirror struct `type`.
    func json<T: Decodable>(_ type: T.Type, sourceLocation: SourceLocation = #_sourceLocation) throws -> T {
        try decodeJSON(type, from: stdout, sourceLocation: sourceLocation)
    }
}
