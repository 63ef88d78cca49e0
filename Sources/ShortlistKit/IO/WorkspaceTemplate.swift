/// The files of a new, empty workspace: every field shown with an example value.
///
/// `shortlist init` writes `selection.json`, `vendors/example-vendor.json`,
/// `ratings/example-evaluator.json` and `pilots/example-vendor.json`; together they validate,
/// rank, explain and decide as they are.
package enum WorkspaceTemplate {
    /// `selection.json` with every field.
    package static let selection = """
    {
      "version": 1,
      "note": "Every section may carry a note like this one, for the reader; Shortlist ignores it. README: Model your own selection.",
      "title": "HRIS selection (replace with your project's name)",
      "catalog": "hris",
      "organisation": {
        "note": "headcountGrowthPercent grows the headcount yearly in the TCO; 0 keeps it flat. State your own figure.",
        "name": "Example Co.",
        "headcount": 250,
        "headcountGrowthPercent": 0,
        "sites": 4,
        "industry": "retail",
        "ownership": "private",
        "countries": ["CN"]
      },
      "modules": {
        "required": ["coreHR", "attendance", "payroll", "performance"],
        "desired": ["recruiting", "training", "wechatSelfService"]
      },
      "budget": {
        "note": "annual: recurring fees a year; oneTime: one-off fees; total: the whole tcoYears horizon, one-off fees included (any of the three may be left out when a gate does not need it). limit hard, or soft with tolerancePercent. Tested by the catalog's gate-budget (basis both: year-1 cash and the TCO; a knock-out, make it a flag under criteria.severity); a gate with basis recurring, oneOff, tco, all or a list checks each year. README: Budgets as buyers hold them.",
        "annual": 120000,
        "oneTime": 30000,
        "total": 390000,
        "currency": "CNY",
        "limit": "soft",
        "tolerancePercent": 10
      },
      "exchangeRates": {
        "EUR": { "rate": 7.82, "date": "2026-11-30", "source": "ECB euro reference rate", "note": "Units of the budget's currency per EUR, for quotes in EUR; every converted line shows this rate, its date and source. README: Quotes as vendors write them." }
      },
      "deployments": ["saas", "privateCloud"],
      "integrations": ["erp"],
      "certifications": [],
      "goLiveWeeks": 12,
      "tcoYears": 3,
      "weights": {
        "cost": 20
      },
      "gates": [
        { "id": "fast-support", "kind": "fact", "fact": "support.responseHours", "operator": "<=", "value": 48, "severity": "flag" }
      ],
      "criteria": {
        "note": "Tailors the catalog for this selection: vocabulary, facts, gates, severity, keep, drop, add, move, rename, weights, scales, points, totals. `shortlist criteria <workspace>` prints the result with each change marked.",
        "rename": { "cost": { "en": "Price", "zh": "价格" } },
        "scales": { "usability": { "min": 0, "max": 10, "anchors": { "0": "unusable", "5": "usable with training", "10": "no training needed" } } },
        "severity": { "gate-response-time": "knockOut" }
      },
      "settings": {
        "missingFacts": "worst",
        "minimumCoverage": 0.9
      },
      "panel": {
        "note": "How evaluators' ratings (ratings/*.json) combine: consensus mean, median or trimmedMean; overrides need a reason.",
        "consensus": "mean",
        "disagreementPercent": 30,
        "calibrate": false,
        "overrides": []
      },
      "decision": {
        "note": "How `decide` blends desk scoring, demo ratings and the pilot (points of each stage), and what a clear winner's margin is. pilotRequired true makes the pilot a gate: only a vendor whose pilot says go (pilots/<vendor>.json, goNoGo) can be recommended; it is false here because the example pilot has no observations yet, so nobody could be. README: The decision.",
        "stages": { "desk": 40, "demo": 30, "pilot": 30 },
        "notPiloted": "rescale",
        "clearWinnerPercent": 10,
        "pilotRequired": false
      },
      "scenarios": {
        "Finance view": {
          "note": "`shortlist compare <workspace>` ranks under each scenario; a scenario may change weights, price formulas, the budget, gate severities, missingFacts and consensus.",
          "description": "cost weighs double",
          "weights": { "cost": 40 }
        },
        "Lowest price": {
          "description": "price scored relative to the lowest bid, no budget tolerance",
          "price": { "total-cost": "lowestPrice" },
          "budget": { "tolerancePercent": 0 }
        }
      }
    }

    """

    /// `vendors/example-vendor.json` with every field of a dossier.
    package static let vendor = """
    {
      "version": 1,
      "id": "example-vendor",
      "name": "Example HR Cloud",
      "source": "RFP response, 2026-03-01",
      "industries": [
        { "industry": "retail", "years": 4, "clients": 80, "source": "reference list" },
        { "industry": "manufacturing", "years": 2, "clients": 25 }
      ],
      "clients": { "total": 500, "subIndustries": 20 },
      "modules": {
        "coreHR": "full",
        "attendance": "full",
        "payroll": "full",
        "performance": { "value": "full", "source": "demo 2026-03-04" },
        "recruiting": "partial",
        "training": "planned",
        "wechatSelfService": "full"
      },
      "quote": {
        "note": "The vendor's own price lines; explain prints each year by year. Other kinds: perSiteMonth, tiers (price by headcount band), minimumSeats, a perpetual licence with yearly maintenance (a line with licence 300000 and maintenancePercent 18: the licence once, 18 % of it a year from year 2), and a quote in another currency with selection.json's exchangeRates. The older pricing object still works. README: Quotes as vendors write them.",
        "currency": "CNY",
        "source": "quote Q-2026-001",
        "discountPercent": 0,
        "lines": [
          { "label": "Subscription", "perEmployeeMonth": 25, "escalationPercent": 5, "escalationCapPercent": 8 },
          { "label": "Platform fee", "annual": 10000, "escalationPercent": 3 },
          { "label": "Implementation", "oneOff": 20000, "category": "implementation", "source": "statement of work SOW-2026-001" },
          { "label": "Training", "oneOff": 5000, "category": "training", "discountPercent": 0 }
        ]
      },
      "deployments": ["saas"],
      "integrations": ["erp", "wechatWork"],
      "releasesPerYear": 3,
      "implementationWeeks": 6,
      "support": { "responseHours": 4, "twentyFourSeven": true, "onsiteTrainingDays": 10 },
      "security": {
        "source": "security questionnaire, 2026-03-02",
        "certifications": ["iso27001"],
        "encryptionInTransit": true,
        "encryptionAtRest": "aes-256",
        "backups": true,
        "offsiteRecovery": true,
        "tieredPermissions": true,
        "auditsPerYear": 2
      },
      "references": [
        { "name": "A 40-store grocery chain", "industry": "retail", "source": "reference call 2026-03-10" }
      ],
      "facts": {
        "binding.employeeConfirmedUnbinding": { "value": true, "source": "demo 2026-03-04", "note": "unbinding asks the employee to confirm in WeChat" },
        "data.residency": { "value": "mainland-china", "source": "RFI answer 3.1", "note": "the PIPL gate applies because organisation.countries includes CN" }
      }
    }

    """

    /// `ratings/example-evaluator.json`: one evaluator's demo ratings, one per panel-rated criterion of the catalog.
    package static let ratings = """
    {
      "version": 1,
      "evaluator": "example-evaluator",
      "name": "Example Evaluator, HR operations lead",
      "ratings": [
        { "vendor": "example-vendor", "criterion": "core-module-demo", "value": 4, "comment": "Payroll and attendance ran end to end in our scenario; one manual step.", "date": "2026-03-05" },
        { "vendor": "example-vendor", "criterion": "usability", "value": 4, "comment": "Store managers found leave approval without help.", "date": "2026-03-05" },
        { "vendor": "example-vendor", "criterion": "wechat-client-demo", "value": 3, "comment": "Payslips in WeChat; shift swaps only in the app.", "date": "2026-03-05" },
        { "vendor": "example-vendor", "criterion": "integration-demo", "value": 3, "comment": "Headcount from ERP shown; postings back as a file.", "date": "2026-03-05" }
      ]
    }

    """

    /// `pilots/example-vendor.json`: a pilot plan with a go/no-go rule and a threshold metric.
    package static let pilot = """
    {
      "version": 1,
      "note": "A time-boxed trial of one vendor. Record observations with `shortlist pilot record` or `shortlist pilot import`; `shortlist pilot status` shows progress and the go/no-go verdict. README: Pilots.",
      "vendor": "example-vendor",
      "department": "Head office HR",
      "start": "2026-04-01",
      "end": "2026-04-30",
      "goNoGo": { "require": "atLeast", "atLeast": 2, "of": ["process-time", "satisfaction", "self-service"] },
      "metrics": [
        { "id": "availability", "name": "Availability", "unit": "%", "target": 99.5, "direction": "higher", "weight": 20, "combine": "mean", "mustPass": true,
          "description": "A threshold metric: no baseline, only met or not met." },
        { "id": "process-time", "name": "Time for the monthly HR close", "unit": "hours", "baseline": 24, "target": 8, "direction": "lower", "weight": 30, "combine": "latest" },
        { "id": "satisfaction", "name": "Employee satisfaction with the system", "unit": "%", "baseline": 60, "target": 75, "direction": "higher", "weight": 30, "combine": "latest" },
        { "id": "self-service", "name": "Leave requests made on the phone", "unit": "%", "baseline": 20, "target": 60, "direction": "higher", "weight": 20, "combine": "latest" }
      ]
    }

    """
}
