/// The files of a new, empty workspace: every field shown with an example value.
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
        "note": "annual: recurring fees a year; oneTime: one-off fees. limit hard, or soft with tolerancePercent. Tested by the catalog's gate-budget (a knock-out; make it a flag under criteria.severity).",
        "annual": 120000,
        "oneTime": 30000,
        "currency": "CNY",
        "limit": "soft",
        "tolerancePercent": 10
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
        "note": "How `decide` blends desk scoring, demo ratings and the pilot (points of each stage), and what a clear winner's margin is.",
        "stages": { "desk": 40, "demo": 30, "pilot": 30 },
        "notPiloted": "rescale",
        "clearWinnerPercent": 10
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
      "pricing": {
        "currency": "CNY",
        "source": "quote Q-2026-001",
        "perEmployeeMonth": 25,
        "annualBaseFee": 10000,
        "annualSupportFee": 5000,
        "implementationFee": 20000,
        "trainingFee": 5000,
        "otherOneTimeFees": 0,
        "escalationPercent": 3
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
}
