/// The files of a new, empty workspace: every field shown with an example value.
public enum WorkspaceTemplate {
    /// `selection.json` with every field.
    public static let selection = """
    {
      "version": 1,
      "title": "HRIS selection (replace with your project's name)",
      "catalog": "hris",
      "organisation": {
        "name": "Example Co.",
        "headcount": 250,
        "headcountGrowthPercent": 5,
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
        { "id": "fast-support", "kind": "fact", "fact": "support.responseHours", "operator": "<=", "value": 48 }
      ],
      "settings": {
        "missingFacts": "worst",
        "minimumCoverage": 0.9
      }
    }

    """

    /// `vendors/example-vendor.json` with every field of a dossier.
    public static let vendor = """
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
