extension CatalogDecoder {
    /// Reads a node's optional `question`, `rationale` and `source`.
    func decodeNotes(_ object: ObjectReader, into node: inout CriterionNode) {
        node.question = object.optional("question")?.localizedText()
        node.rationale = object.optional("rationale")?.localizedText()
        node.source = object.optional("source")?.string()
    }
}
