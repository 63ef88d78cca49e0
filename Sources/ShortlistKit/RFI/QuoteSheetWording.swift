/// The questions and units of the quote price sheet (``QuoteSheet``), English and Chinese side by side.
enum QuoteSheetWording {
    static func perEmployeeMonth(_ c: String) -> LocalizedText { LocalizedText(en: "What is the subscription price per employee per month, in \(c)?", zh: "按人数订阅，每名员工每月的价格是多少（\(c)）？") }

    static let minimumSeats = LocalizedText(en: "What is the fewest employees the per-employee price charges for (minimum seats)?", zh: "按人计价的最低计费人数（最低席位数）是多少？")

    static let escalationPercent = LocalizedText(en: "By how many percent a year does the per-employee price rise from year 2?", zh: "从第 2 年起，每人单价每年上涨百分之几？")

    static let escalationCapPercent = LocalizedText(en: "What is the most, in percent over the year-1 price, that the per-employee price may rise in all (the cap)?", zh: "每人单价累计涨幅最多比第 1 年高百分之几（封顶）？")

    static func perSiteMonth(_ c: String) -> LocalizedText { LocalizedText(en: "What is the price per site (store, plant) per month, in \(c)?", zh: "每个门店或工厂每月的价格是多少（\(c)）？") }

    static func annual(_ c: String) -> LocalizedText { LocalizedText(en: "What is the flat fee per year that does not depend on headcount, in \(c)?", zh: "与人数无关的固定年费是多少（\(c)）？") }

    static func licence(_ c: String) -> LocalizedText { LocalizedText(en: "If you sell a perpetual licence, what is its one-off price, in \(c)?", zh: "如采用买断许可，一次性许可费是多少（\(c)）？") }

    static let maintenancePercent = LocalizedText(en: "What is the yearly maintenance, in percent of the licence price?", zh: "年度维护费占许可费的百分之几？")

    static let maintenanceFrom = LocalizedText(en: "From which year is maintenance paid: 1 (with the licence) or 2?", zh: "维护费从第几年开始收取：1（与许可同年）还是 2？")

    static func implementation(_ c: String) -> LocalizedText { LocalizedText(en: "What is the one-off implementation fee, in \(c)?", zh: "一次性实施费是多少（\(c)）？") }

    static func migration(_ c: String) -> LocalizedText { LocalizedText(en: "What is the one-off data migration fee, in \(c)?", zh: "一次性数据迁移费是多少（\(c)）？") }

    static func training(_ c: String) -> LocalizedText { LocalizedText(en: "What is the one-off training fee, in \(c)?", zh: "一次性培训费是多少（\(c)）？") }

    static func hardware(_ c: String) -> LocalizedText { LocalizedText(en: "What does the hardware (time clocks, face-recognition devices) cost, one-off, in \(c)?", zh: "硬件（考勤机、人脸识别设备）一次性费用是多少（\(c)）？") }

    static func customDevelopment(_ c: String) -> LocalizedText { LocalizedText(en: "What is the one-off fee for custom development, in \(c)?", zh: "一次性定制开发费是多少（\(c)）？") }

    static func other(_ c: String) -> LocalizedText { LocalizedText(en: "What do all other one-off fees come to, in \(c)?", zh: "其他一次性费用合计多少（\(c)）？") }

    static let discountPercent = LocalizedText(en: "What discount, in percent, applies to the whole quote?", zh: "整单折扣是百分之几？")

    static let unitSeats = LocalizedText(en: "employees", zh: "人")

    static func unitPerSiteMonth(_ c: String) -> LocalizedText { LocalizedText(en: "\(c) per site per month", zh: "\(c)/店/月") }

    static let unitPercentOfLicencePerYear = LocalizedText(en: "% of the licence per year", zh: "许可费的 %/年")

    static let unitYear = LocalizedText(en: "year", zh: "第几年")
}
