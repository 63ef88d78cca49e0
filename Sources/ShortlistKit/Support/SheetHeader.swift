/// The one rule for matching the header row of a sheet a user filled in (CSV or .xlsx) against the
/// columns a command reads: columns are found by name wherever they stand, case and surrounding
/// spaces ignored; an unknown column gets a "did you mean", a repeated one and a missing required one are errors.
struct SheetHeader {
    /// The column index of each known column, by its canonical name.
    var index: [String: Int] = [:]

    /// Matches `header` against `columns`; `aliases` maps other accepted names (such as a Chinese
    /// heading) to a canonical column. `fail` receives each problem with its column (nil for the row).
    init(_ header: [String], columns: [String], aliases: [String: String] = [:], required: [String], fail: (_ column: Int?, _ message: String) -> Void) {
        let trimmed = header.map { $0.trimmingSpaces.lowercased() }
        var unknown: [String] = []
        for (i, name) in trimmed.enumerated() {
            guard let canonical = columns.contains(name) ? name : aliases[name] else {
                var message = "unknown column \"\(header[i])\""
                if let near = NearestMatch.suggestion(for: name, among: columns) { message += "; did you mean \"\(near)\"?" } else { message += "; expected: \(columns.joined(separator: ", "))" }
                fail(i, message)
                unknown.append(name)
                continue
            }
            if index[canonical] != nil {
                fail(i, "the column \"\(canonical)\" appears twice")
            } else {
                index[canonical] = i
            }
        }
        let suggested = Set(unknown.compactMap { NearestMatch.suggestion(for: $0, among: columns) })
        for name in required where index[name] == nil && !suggested.contains(name) {
            fail(nil, "the header lacks the column \"\(name)\"")
        }
    }
}
