/// One line of the append-only pilot log `pilots/<vendor>.log.jsonl` (README "Pilots"): `id`
/// (`o0001`, …), `metric`, `value`, `date`, `by`, `recorded`, and `note` and `amends` when given.
struct PilotLogEntryJSON: Decodable {
    var id: String
    var metric: String
    var value: Double
    var date: String
    var by: String
    var recorded: String
    var note: String?
    var amends: String?
}
