/// Small objects that several JSON documents of the tool write alike.
extension JSONWriter {
    /// Writes the tool that wrote the document: `{"name": "shortlist", "version": …}`.
    mutating func tool() {
        beginObject()
        key("name"); string("shortlist")
        key("version"); string(ToolVersion.current)
        endObject()
    }

    /// Writes `values` as an array of strings, in order.
    mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    /// Writes a weight shift as `{from, overtaken, overtaker, points, to}` (points of total weight), or null.
    mutating func weightShift(_ shift: WeightShift?) {
        guard let shift else { return null() }
        beginObject()
        key("from"); string(shift.from)
        key("overtaken"); string(shift.overtaken)
        key("overtaker"); string(shift.overtaker)
        key("points"); number(shift.delta * 100)
        key("to"); string(shift.to)
        endObject()
    }
}
