/// The one rule for matching the header row of a sheet a user filled in (CSV or .xlsx) against the
/// columns a command reads: columns are found by name wherever they stand, case and surrounding
/// spaces ignored; an unknown column gets a "did you mean", a repeated one and a missing required one are errors.
struct SheetHeader {
    /// The column index of each known column, by its canonical name.
    var index: [String: Int] = [:]

    /// Matches `header` against `columns`; `aliases` maps other accepted names (such as a Chinese
    /// heading) to a canonical column. With `ignoringOthers`, columns that are neither are skipped (a vendor's
    /// own notes), and a missing required column names the unknown one most like it. `fail` receives each
    /// problem with its column (nil for the row).
    init(_ header: [String], columns: [String], aliases: [String: String] = [:], required: [String], ignoringOthers: Bool = false, fail: (_ column: Int?, _ message: String) -> Void) {
        let trimmed = header.map { $0.trimmingSpaces.lowercased() }
        var unknown: [String] = []
        for (i, name) in trimmed.enumerated() {
            guard let canonical = columns.contains(name) ? name : aliases[name] else {
                if ignoringOthers { unknown.append(name); continue }
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
        if ignoringOthers {
            for name in required where index[name] == nil {
                var message = "the header lacks the column \"\(name)\""
                if let k = trimmed.firstIndex(where: { !$0.isEmpty && NearestMatch.suggestion(for: $0, among: [name]) != nil }) {
                    message += "; is \"\(header[k])\" meant to be \"\(name)\"?"
                }
                fail(nil, message)
            }
            return
        }
        let suggested = Set(unknown.compactMap { NearestMatch.suggestion(for: $0, among: columns) })
        for name in required where index[name] == nil && !suggested.contains(name) {
            fail(nil, "the header lacks the column \"\(name)\"")
        }
    }
}
