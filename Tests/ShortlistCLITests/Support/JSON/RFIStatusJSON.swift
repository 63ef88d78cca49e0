/// `rfi status --format json`: the number of `questions`, and per vendor the answered, unanswered
/// and failed must-have questions overall and by `sections`, its `standing` and whether it `ranks`.
struct RFIStatusJSON: Decodable {
    var questions: Int
    var vendors: [Vendor]

    /// One vendor's answers.
    struct Vendor: Decodable {
        var vendor: String
        var name: String
        var questions: Int
        var answered: Int
        var unanswered: Int
        var mustHaveFailed: [String]
        var mustHaveUnanswered: [String]
        var knockOuts: [String]
        var coverage: Double
        var ranks: Bool
        var standing: String
        var sections: [Section]
    }

    /// One section of the questionnaire.
    struct Section: Decodable {
        var section: String
        var name: String
        var questions: Int
        var answered: Int
        var mustHaveFailed: [String]
        var mustHaveUnanswered: [String]
    }
}
