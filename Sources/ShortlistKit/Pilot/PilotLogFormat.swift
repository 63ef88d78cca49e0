/// The line format of pilot logs (`pilots/<vendor>.log.jsonl`): one compact JSON object per entry, keys sorted.
package enum PilotLogFormat {
    /// An entry as one log line (without the newline).
    package static func line(_ entry: PilotObservation) -> [UInt8] {
        var w = JSONWriter(pretty: false)
        w.beginObject()
        if let amends = entry.amends { w.key("amends"); w.string(amends) }
        w.key("by"); w.string(entry.by)
        w.key("date"); w.string(entry.date)
        w.key("id"); w.string(entry.id)
        w.key("metric"); w.string(entry.metric)
        if let note = entry.note { w.key("note"); w.string(note) }
        w.key("recorded"); w.string(entry.recorded)
        w.key("value"); w.number(entry.value)
        w.endObject()
        var bytes = w.bytes
        if bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
        return bytes
    }

    /// Parses one complete log line into an entry of `plan`'s pilot, given the entries before it;
    /// the error says why the line does not count (it stays in the log either way).
    package static func parse(line: String, number: Int, plan: PilotPlan, earlier: [PilotObservation]) -> Result<PilotObservation, PilotLogLineError> {
        PilotDecoder.observation(line: line, number: number, plan: plan, earlier: earlier)
    }
}

/// Why a pilot log line does not count.
package struct PilotLogLineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The reason, naming the line.
    package var message: String
    /// The reason.
    package var description: String { message }
}
