/// Reads back what `shortlist verify` needs from a decision record.
public enum DecisionRecordReader {
    /// A record that cannot be read.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        /// What is wrong.
        public var message: String
        /// Where in the record, when the problem has a place.
        public var location: SourceLocation?

        /// A problem, with its place when it has one.
        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }

        /// A problem without a place, from a whole sentence.
        public init(description: String) {
            self.init(description)
        }

        /// The place (`line:column: `) when there is one, then the message.
        public var description: String { location.map { "\($0): \(message)" } ?? message }
    }

    /// The recorded inputs with their SHA-256, and the date of the decision. An input is
    /// `{"file": …, "sha256": …}`, or `{"catalog": …, "sha256": …}` for a catalog found outside the workspace,
    /// or `{"base": …, "sha256": …}` for a catalog it extends, found outside the workspace.
    public static func inputs(_ bytes: [UInt8]) throws(Problem) -> (inputs: [RecordedInput], date: String) {
        let node: JSONNode
        do { node = try JSONParser.parse(bytes) } catch { throw Problem(error.message, at: error.location) }
        guard case .object(let members) = node.value,
              case .array(let list)? = members.first(where: { $0.key == "inputs" })?.value.value,
              case .string(let date)? = members.first(where: { $0.key == "date" })?.value.value else {
            throw Problem("not a decision record: expected \"date\" and \"inputs\"", at: node.location)
        }
        var inputs: [RecordedInput] = []
        for (i, element) in list.enumerated() {
            guard case .object(let fields) = element.value,
                  case .string(let hash)? = fields.first(where: { $0.key == "sha256" })?.value.value,
                  hash.count == 64 else {
                throw Problem("inputs[\(i)]: expected {\"file\": …, \"sha256\": <64 hex digits>}", at: element.location)
            }
            if case .string(let file)? = fields.first(where: { $0.key == "file" })?.value.value {
                inputs.append(RecordedInput(file: file, sha256: hash))
            } else if case .string(let reference)? = fields.first(where: { $0.key == "catalog" })?.value.value {
                inputs.append(RecordedInput(file: reference, sha256: hash, isCatalogReference: true))
            } else if case .string(let reference)? = fields.first(where: { $0.key == "base" })?.value.value {
                inputs.append(RecordedInput(file: reference, sha256: hash, isBaseReference: true))
            } else {
                throw Problem(description: "inputs[\(i)] (line \(element.location.line)): expected {\"file\": …, \"sha256\": <64 hex digits>}")
            }
        }
        return (inputs, date)
    }
}
