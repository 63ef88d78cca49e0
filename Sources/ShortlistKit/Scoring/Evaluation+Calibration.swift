extension Evaluation {
    /// The panel notes on evaluators' offsets: every evaluator with calibration on, else only those flagged
    /// lenient or severe, e.g. "zhou-min: offset +1.5 on the 0–10 scale (15% of the scale) over 12 cells
    /// shared with the rest of the panel: lenient (threshold 10%); ratings shifted by −1.5".
    static func calibrationNotes(_ panel: PanelConsensus, settings: PanelSettings, scales: [RatingScale]) -> [PanelNote] {
        let common = scales.first.flatMap { first in scales.allSatisfy { $0 == first } ? first : nil }
        return panel.calibration.filter { settings.calibrate || $0.flag != nil }.map { entry in
            .calibration(.init(evaluator: entry.evaluator, offset: entry.offset, sharedCells: entry.sharedCells, flag: entry.flag,
                               threshold: settings.leniencyThreshold, calibrated: settings.calibrate, scale: common.map { [$0.min, $0.max] }))
        }
    }
}
