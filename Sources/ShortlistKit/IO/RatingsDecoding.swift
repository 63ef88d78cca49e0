/// Decodes one evaluator's ratings file and checks it against the catalog's rated criteria and the vendors.
struct RatingsDecoder {
    let context: DecodingContext
    /// Rated criteria by id, with their scales.
    let scales: [String: RatingScale]
    /// The ids of rated criteria, in catalog order, for messages.
    let criterionIDs: [String]
    /// The vendors' ids, in workspace order (for suggestions) and as a set (to look them up).
    let vendorIDs: [String]
    private let knownVendors: Set<String>
    /// Every criterion id with its rule kind, to explain that a scored criterion is not rated.
    let ruleKinds: [String: String]
    /// Dossiers that failed to load (by file name): their ratings are skipped without a second error.
    let unreadableVendors: [String]
    /// Criteria `selection.json`'s `criteria` took out of the catalog (`drop`, or not listed by `keep`).
    let removed: TailoringRemovals

    init(context: DecodingContext, scales: [String: RatingScale], criterionIDs: [String], vendorIDs: [String], ruleKinds: [String: String], unreadableVendors: [String], removed: TailoringRemovals = TailoringRemovals()) {
        self.removed = removed
        self.context = context
        self.scales = scales
        self.criterionIDs = criterionIDs
        self.vendorIDs = vendorIDs
        knownVendors = Set(vendorIDs)
        self.ruleKinds = ruleKinds
        self.unreadableVendors = unreadableVendors
    }

    static let keys = ["version", "evaluator", "name", "conflicts", "ratings"]

    func decode(_ reader: JSONReader, file: String) -> EvaluatorSheet? {
        let before = context.errorCount
        guard let object = reader.object(keys: Self.keys) else { return nil }
        object.version()
        let evaluator = object.required("evaluator", "the evaluator's id")?.identifier()
        let name = object.optional("name")?.string()
        var conflicts: [ConflictDeclaration] = []
        if let list = object.optional("conflicts")?.array() {
            for element in list {
                guard let entry = element.object(keys: ["vendor", "reason"]) else { continue }
                let vendor = entry.required("vendor", "the vendor's id").flatMap(vendorID)
                let reason = entry.required("reason", "why the evaluator is conflicted")?.string()
                if let vendor, conflicts.contains(where: { $0.vendor == vendor }) {
                    element.fail("a conflict with \"\(vendor)\" is already declared")
                } else if let vendor, let reason {
                    conflicts.append(ConflictDeclaration(vendor: vendor, reason: reason))
                }
            }
        }
        var ratings: [Rating] = []
        var seen: [String: SourceLocation] = [:]
        if let list = object.required("ratings", "the ratings, possibly empty")?.array() {
            for element in list {
                guard let entry = element.object(keys: ["vendor", "criterion", "value", "comment", "date"]) else { continue }
                let vendor = entry.required("vendor", "the vendor's id").flatMap(vendorID)
                let criterionReader = entry.required("criterion", "a rated criterion's id")
                let criterion = criterionReader.flatMap(criterionID)
                let comment = entry.optional("comment")?.string()
                let date = entry.optional("date").flatMap(isoDate)
                guard let vendor, let criterion, let scale = scales[criterion], let valueReader = entry.required("value", "the rating") else { continue }
                guard let value = valueReader.number(.between(scale.min, scale.max)) else { continue }
                if (value == scale.min || value == scale.max) && comment == nil {
                    valueReader.fail("a rating of \(NumberFormatting.short(value)) is the \(value == scale.min ? "lowest" : "highest") level of the scale; give the reason in \"comment\"")
                    continue
                }
                let key = vendor + "/" + criterion
                if let first = seen[key] {
                    element.fail("\"\(criterion)\" for \"\(vendor)\" is already rated at line \(first.line), column \(first.column)")
                    continue
                }
                seen[key] = element.node.location
                ratings.append(Rating(evaluator: evaluator ?? "", vendor: vendor, criterion: criterion, value: value, comment: comment, date: date, location: valueReader.node.location))
            }
        }
        if let evaluator, let reader = object.optional("evaluator") {
            let base = file.split(separator: "/").last ?? ""
            if !(base.hasSuffix(".json") && base.dropLast(5) == evaluator) {
                reader.warn("the evaluator \"\(evaluator)\" differs from the file name \"\(base)\"; naming the file after the evaluator keeps workspaces easy to read")
            }
        }
        guard context.errorCount == before, let evaluator else { return nil }
        return EvaluatorSheet(evaluator: evaluator, name: name, file: file, conflicts: conflicts, ratings: ratings)
    }

    private func vendorID(_ reader: JSONReader) -> String? {
        guard let id = reader.string() else { return nil }
        guard knownVendors.contains(id) else {
            if unreadableVendors.contains(id) || vendorIDs.isEmpty { return nil }
            reader.fail(unknownIDMessage(id, known: vendorIDs, kind: "vendor"))
            return nil
        }
        return id
    }

    private func criterionID(_ reader: JSONReader) -> String? {
        guard let id = reader.string() else { return nil }
        guard scales[id] != nil else {
            if let message = removed.message(id, consequence: "its ratings cannot count") {
                reader.fail(message)
            } else if criterionIDs.isEmpty {
                reader.fail("the catalog has no rated criteria (rule kind \"rating\"), so nothing can be rated")
            } else if let kind = ruleKinds[id] {
                reader.fail("\"\(id)\" is scored by its rule (\"\(kind)\"), not rated by evaluators; rated criteria: \(NearestMatch.listed(criterionIDs))")
            } else {
                reader.fail(unknownIDMessage(id, known: criterionIDs, kind: "rated criterion"))
            }
            return nil
        }
        return id
    }
}

/// Reads a calendar date written `YYYY-MM-DD`.
func isoDate(_ reader: JSONReader) -> String? {
    guard let text = reader.string() else { return nil }
    if CalendarDate(text) != nil { return text }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    if parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2, parts.allSatisfy({ Int($0) != nil }) {
        reader.fail("expected a date written YYYY-MM-DD, found \"\(text)\", a day that does not exist")
    } else {
        reader.fail("expected a date written YYYY-MM-DD, found \"\(text)\"")
    }
    return nil
}
