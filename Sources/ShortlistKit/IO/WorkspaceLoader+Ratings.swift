/// Loading the evaluators' ratings (`ratings/*.json`) and checking the panel's overrides.
extension WorkspaceLoader {
    /// Every criterion id with its rule kind.
    static func ruleKinds(_ catalog: Catalog) -> [String: String] {
        var kinds: [String: String] = [:]
        for node in catalog.allNodes {
            if case .criterion(let rule, _) = node.content { kinds[node.id] = rule.kind }
        }
        return kinds
    }

    /// The rated criteria of a catalog (rule kind `rating`) with their scales, in catalog order.
    public static func ratedCriteria(_ catalog: Catalog) -> [PanelConsensus.RatedCriterion] {
        catalog.allNodes.compactMap { node in
            if case .criterion(.rating(_, let scale), _) = node.content { return .init(id: node.id, scale: scale) }
            return nil
        }
    }

    /// Reads `ratings/*.json` (the folder is optional) and checks the panel's overrides in `selection.json`.
    /// - Parameter unreadable: the file stems of dossiers that failed to load: ratings of those vendors are not reported again.
    /// - Parameter entries: the folder's listing (see ``entries(of:in:)``); nil without the folder.
    /// - Parameter removals: what `selection.json`'s `criteria` took out, to say why a rated criterion it removed is unknown.
    func loadRatings(_ directory: String, entries: [String]?, catalog: Catalog, removals: TailoringRemovals = TailoringRemovals(), profile: RequirementProfile?, vendors: [VendorDossier], unreadable: [String], context: DecodingContext) -> [EvaluatorSheet] {
        let rated = Self.ratedCriteria(catalog)
        let scales = Dictionary(rated.map { ($0.id, $0.scale) }, uniquingKeysWith: { a, _ in a })
        let ruleKinds = Self.ruleKinds(catalog)
        let vendorIDs = vendors.map(\.id)
        var sheets: [EvaluatorSheet] = []
        let decoder = RatingsDecoder(context: context, scales: scales, criterionIDs: rated.map(\.id), vendorIDs: vendorIDs, ruleKinds: ruleKinds, unreadableVendors: unreadable, removed: removals)
        if let entries {
            var owners: [String: String] = [:]
            for entry in entries {
                let display = "ratings/" + entry
                guard entry.hasSuffix(".json") else {
                    context.report(Diagnostic(.warning, file: display, message: "ignored: only .json files in ratings/ hold ratings (import CSV sheets with `shortlist sheet import`)"))
                    continue
                }
                guard let node = readDocument(directory + "/ratings/" + entry, display: display, context: context),
                      let sheet = decoder.decode(JSONReader(node: node, path: .root, file: display, context: context), file: display) else { continue }
                if let owner = owners[sheet.evaluator] {
                    var location = node.location
                    if case .object(let members) = node.value, let member = members.first(where: { $0.key == "evaluator" }) { location = member.value.location }
                    context.report(Diagnostic(file: display, location: location, path: "evaluator", message: "evaluator \"\(sheet.evaluator)\" already has a ratings file: \(owner)"))
                    continue
                }
                owners[sheet.evaluator] = display
                sheets.append(sheet)
            }
        }
        for (i, override) in (profile?.panel.overrides ?? []).enumerated() {
            func fail(_ field: String, _ location: SourceLocation?, _ message: String) {
                context.report(Diagnostic(file: "selection.json", location: location, path: "panel.overrides[\(i)].\(field)", message: message))
            }
            if unreadable.contains(override.vendor) || vendorIDs.isEmpty { continue }
            if !vendorIDs.contains(override.vendor) {
                fail("vendor", override.vendorLocation, unknownIDMessage(override.vendor, known: vendorIDs, kind: "vendor"))
            } else if let scale = scales[override.criterion] {
                if override.value < scale.min || override.value > scale.max {
                    fail("value", override.location, "the override \(NumberFormatting.short(override.value)) for \(override.vendor)/\(override.criterion) lies outside the scale \(NumberFormatting.short(scale.min))–\(NumberFormatting.short(scale.max))")
                }
            } else if let kind = ruleKinds[override.criterion] {
                fail("criterion", override.criterionLocation, "\"\(override.criterion)\" is scored by its rule (\"\(kind)\"), not rated by evaluators; rated criteria: \(NearestMatch.listed(rated.map(\.id)))")
            } else {
                fail("criterion", override.criterionLocation, decoder.removed.message(override.criterion, consequence: "it cannot be overridden") ?? (rated.isEmpty ? "the catalog has no rated criteria to override" : unknownIDMessage(override.criterion, known: rated.map(\.id), kind: "rated criterion")))
            }
        }
        return sheets
    }
}
