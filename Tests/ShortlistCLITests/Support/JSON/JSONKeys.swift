/// The keys of a JSON object, whatever their values: for a test that states a document's whole set
/// of top-level keys (the mirror structs ignore keys they do not name).
struct JSONKeys: Decodable {
    var keys: Set<String>

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        keys = Set(try decoder.container(keyedBy: AnyKey.self).allKeys.map(\.stringValue))
    }
}
