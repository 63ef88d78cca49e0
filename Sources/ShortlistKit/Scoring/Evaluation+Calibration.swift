extension Evaluation {
    /// The panel notes on evaluators' offsets: every evaluator with calibration on, else only those flagged
    /// lenient or severe, e.g. "zhou-min: offset +1.5 on the 0–10 scale (15% of the scale) over 12 cells
    /// shared with the rest of the panel: lenient (threshold 10%); ratings shifted by −1.5".
    static func calibrationNotes(_ panel: PanelConsensus, settings: PanelSettings, scales: [RatingScale]) -> [String] {
        let common = scales.first.flatMap { first in scales.allSatisfy { $0 == first } ? first : nil }
        // An offset in the common scale's points with its share, or as a share alone when scales differ.
        func points(_ share: Double, withShare: Bool = true) -> String {
            let sign = share > 0 ? "+" : share < 0 ? "−" : ""
            let percent = NumberFormatting.percent(abs(share), 1)
            guard let common else { return sign + percent + " of the scale" }
            let value = sign + NumberFormatting.short(abs(share) * (common.max - common.min))
            guard withShare else { return value }
            return value + " on the \(NumberFormatting.short(common.min))–\(NumberFormatting.short(common.max)) scale (\(percent) of the scale)"
        }
        var notes: [String] = []
        for entry in panel.calibration where settings.calibrate || entry.flag != nil {
            guard let offset = entry.offset else {
                notes.append("\(entry.evaluator): no cell shared with the rest of the panel, so no offset can be estimated; ratings left uncalibrated")
                continue
            }
            var text = "\(entry.evaluator): offset \(points(offset)) over \(entry.sharedCells) cell\(entry.sharedCells == 1 ? "" : "s") shared with the rest of the panel"
            if let flag = entry.flag {
                text += ": \(flag == .lenient ? "LENIENT" : "SEVERE") (threshold \(NumberFormatting.percent(settings.leniencyThreshold, 0)) of the scale)"
            }
            if settings.calibrate {
                text += offset == 0 ? "; ratings unchanged" : "; ratings shifted by \(points(-offset, withShare: false))"
            } else if entry.flag != nil {
                text += "; set panel.calibrate to true to remove the offset from these ratings"
            }
            notes.append(text)
        }
        return notes
    }
}
