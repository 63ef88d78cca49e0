/// The summary line of `shortlist validate`, both languages on one line.
package enum ValidationWording {
    /// "ok: samples/x is valid — 3 vendors, catalog hris (52 criteria, 9 gates), 1 warning".
    package static func valid(_ workspace: String, vendors: Int, catalog: String, criteria: Int, gates: Int, warnings: Int) -> LocalizedText {
        LocalizedText(en: "ok: \(workspace) is valid — \(vendors) vendor\(vendors == 1 ? "" : "s"), catalog \(catalog) (\(criteria) criteria, \(gates) gates)\(warnings == 0 ? "" : ", \(warnings) warning\(warnings == 1 ? "" : "s")")",
                      zh: "通过：\(workspace) 有效 — \(vendors) 家供应商，目录 \(catalog)（\(criteria) 项指标，\(gates) 个门槛）\(warnings == 0 ? "" : "，\(warnings) 条警告")")
    }
}
