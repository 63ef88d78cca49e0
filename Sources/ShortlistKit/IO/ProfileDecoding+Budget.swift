extension ProfileDecoder {
    /// Reports each budget gate in effect, and each price rule scored against the budget, that needs a budget
    /// figure `budget` does not state — at the budget, naming the gate or criterion, the field it needs and the
    /// checks this budget does cover.
    func checkBudgetFigures(_ reader: JSONReader, budget: Budget, gates: [Gate], organisation: Organisation?, scenarios: [WeightScenario]) {
        let covered = BudgetCheckKind.allCases.filter { budget.budgeted($0, years: 1) != nil }
        let cover = covered.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        let catalogGates = Set((catalog?.gates ?? []).map(\.id))
        let inEffect = ((catalog?.gates ?? []) + gates).filter { gate in organisation.map { gate.when?.holds(for: $0) ?? true } ?? true }
        for gate in inEffect {
            guard case .budget(let test) = gate.kind else { continue }
            let lacking = test.checks.filter { budget.budgeted($0, years: 1) == nil }
            guard !lacking.isEmpty else { continue }
            let fields = Self.fields(lacking)
            // A catalog's gate is changed by dropping it (criteria.drop) and adding one in its place (criteria.gates).
            let instead = catalogGates.contains(gate.id)
                ? "or drop the gate (\"criteria\": {\"drop\": [\"\(gate.id)\"]}) and add one in \"criteria\".\"gates\" whose basis this budget covers (\(cover))"
                : "or give the gate a basis this budget covers (\(cover))"
            reader.fail("gate \"\(gate.id)\" (basis \"\(test.name)\") checks \(lacking.map(Self.checkPhrase).joined(separator: " and ")), which needs \(fields); add \(fields) to the budget, \(instead)")
        }
        // Price rules measured against the budget (budgetRange), as the catalog has them and as scenarios set them.
        var ranged: [(criterion: String, basis: CostBasis, scenario: String?)] = []
        for node in catalog?.allNodes ?? [] {
            guard case .criterion(.cost(let basis, let method), _) = node.content else { continue }
            if case .budgetRange = method { ranged.append((node.id, basis, nil)) }
            for scenario in scenarios {
                for price in scenario.overrides.price where price.criterion == node.id {
                    if case .budgetRange = price.method { ranged.append((node.id, basis, scenario.name)) }
                }
            }
        }
        for rule in ranged {
            let check = RuleEvaluator.budgetCheck(rule.basis)
            guard budget.budgeted(check, years: 1) == nil else { continue }
            let fields = Self.fields([check])
            let place = rule.scenario.map { "scenario \"\($0)\" scores criterion \"\(rule.criterion)\"" } ?? "criterion \"\(rule.criterion)\" is scored"
            reader.fail("\(place) by budgetRange against the budgeted \(Self.basisPhrase(rule.basis)), which needs \(fields); add \(fields) to the budget")
        }
    }

    /// Reports each scenario whose budget override leaves a total below one year's budget (annual + oneTime),
    /// at the scenario's `budget`.
    func checkScenarioBudgets(_ scenariosReader: JSONReader?, budget: Budget, scenarios: [WeightScenario]) {
        guard let scenariosReader, case .object(let members) = scenariosReader.node.value else { return }
        for scenario in scenarios where scenario.overrides.budget != ScenarioOverrides.BudgetOverride() {
            var applied = budget
            scenario.overrides.budget.apply(to: &applied)
            guard let total = applied.total, total < (applied.annual ?? 0) + (applied.oneTime ?? 0) else { continue }
            guard let member = members.first(where: { $0.key == scenario.name }), case .object(let fields) = member.value.value,
                  let field = fields.first(where: { $0.key == "budget" }) else { continue }
            let path = scenariosReader.path.appending(key: scenario.name).appending(key: "budget")
            let parts = [applied.annual.map { "annual \(NumberFormatting.amount($0))" }, applied.oneTime.map { "oneTime \(NumberFormatting.amount($0))" }].compactMap { $0 }
            JSONReader(node: field.value, path: path, file: scenariosReader.file, context: context)
                .fail("with this scenario's budget the total \(JSONWriter.formatNumber(total)) is less than one year's budget (\(parts.joined(separator: " + ")) = \(NumberFormatting.amount((applied.annual ?? 0) + (applied.oneTime ?? 0)))); \"total\" is the budget for the whole horizon of tcoYears years, one-off fees included")
        }
    }

    /// "\"annual\"", "\"annual\" and \"oneTime\"", "\"total\" or \"annual\"".
    private static func fields(_ checks: [BudgetCheckKind]) -> String {
        var out: [String] = []
        for check in checks {
            let field: String
            switch check {
            case .firstYear, .recurring: field = "\"annual\""
            case .oneOff: field = "\"oneTime\""
            case .tco: field = "\"total\" or \"annual\""
            }
            if !out.contains(field) { out.append(field) }
        }
        return out.joined(separator: " and ")
    }

    /// A check in words: "the first-year cost (firstYear)".
    private static func checkPhrase(_ check: BudgetCheckKind) -> String {
        switch check {
        case .firstYear: return "the first-year cost (firstYear)"
        case .recurring: return "each year's recurring cost (recurring)"
        case .oneOff: return "the one-off cost (oneOff)"
        case .tco: return "the TCO (tco)"
        }
    }

    /// A cost basis in words.
    private static func basisPhrase(_ basis: CostBasis) -> String {
        switch basis {
        case .tco: return "TCO"
        case .firstYear: return "first-year cost"
        case .annual: return "annual cost"
        }
    }
}
