/// A spreadsheet workbook to be written as .xlsx by ``WorkbookWriter``: sheets of typed cells,
/// with the formatting and the rules that make a form usable in Excel, WPS Office or LibreOffice.
package struct Workbook: Sendable {
    /// The sheets in tab order; at least one must be visible.
    package var sheets: [Worksheet]

    /// Creates a workbook from its sheets.
    package init(sheets: [Worksheet]) { self.sheets = sheets }
}

/// One sheet of a ``Workbook``.
package struct Worksheet: Sendable {
    /// The tab's name (at most 31 characters, none of `[ ] : * ? / \`; the writer replaces them).
    package var name: String
    /// The rows from the top, each a list of cells from column A.
    package var rows: [[WorkbookCell]] = []
    /// Column widths in characters, from column A; columns beyond keep the default width.
    package var columnWidths: [Double] = []
    /// Whether the first row is a header: bold on a grey fill, frozen while scrolling, with a filter button.
    package var header = true
    /// Drop-down lists and other input rules.
    package var validations: [DataValidation] = []
    /// Whether the sheet is protected, so that only cells marked ``WorkbookCell/editable`` can change
    /// (no password: it guards against slips, not people); sorting and filtering stay allowed.
    package var protected = false
    /// Whether the sheet is hidden (it then carries data for the program, not for people).
    package var hidden = false
    /// Whether text is written in the cells themselves (inline strings) rather than in the shared-string
    /// table: for a sheet whose texts rarely repeat, such as a questionnaire's answers.
    package var inlineStrings = false

    /// Creates an empty sheet.
    package init(name: String) { self.name = name }
}

/// A cell's value and how it is shown.
package struct WorkbookCell: Sendable, Equatable {
    /// What a cell holds.
    package enum Value: Sendable, Equatable {
        /// Nothing (the cell is written only when it has a style).
        case empty
        /// Text (a shared string).
        case text(String)
        /// A number; a value that is not finite is written as text.
        case number(Double)
        /// TRUE or FALSE.
        case bool(Bool)
        /// A calendar day, written as a date serial with a date format.
        case date(CalendarDate)
    }

    /// The value.
    package var value: Value
    /// Whether long text wraps within the column.
    package var wrap = false
    /// Whether the filler may change the cell on a protected sheet.
    package var editable = false

    /// Creates a cell.
    package init(_ value: Value, wrap: Bool = false, editable: Bool = false) {
        self.value = value
        self.wrap = wrap
        self.editable = editable
    }

    /// A text cell.
    package static func text(_ text: String, wrap: Bool = false) -> WorkbookCell { WorkbookCell(.text(text), wrap: wrap) }
    /// A number cell.
    package static func number(_ number: Double) -> WorkbookCell { WorkbookCell(.number(number)) }
}

/// An input rule on a range of cells: a drop-down list or a number range, with a message shown
/// when a cell is selected and an error message when the input breaks the rule.
package struct DataValidation: Sendable, Equatable {
    /// What the cells accept.
    package enum Rule: Sendable, Equatable {
        /// One of these texts, offered in a drop-down (yes/no, one-of, a 1…5 scale); the list is
        /// written inline, so the texts must not contain `,` or `"` and may total 255 characters.
        case list([String])
        /// One of the values in a range of another sheet, such as `'Lists'!$A$2:$A$40`.
        case listRange(String)
        /// A decimal number between these bounds, inclusive.
        case decimal(min: Double, max: Double)
    }

    /// The cells, as a space-separated list of A1 references or ranges (`G2 G5:G9`).
    package var cells: String
    /// What they accept.
    package var rule: Rule
    /// The title of the input message (at most 32 characters; longer is cut).
    package var promptTitle = ""
    /// The input message shown when a cell is selected (at most 255 characters; longer is cut).
    package var prompt = ""
    /// The message shown when the input breaks the rule (at most 255 characters).
    package var error = ""

    /// Creates a rule.
    package init(cells: String, rule: Rule, promptTitle: String = "", prompt: String = "", error: String = "") {
        self.cells = cells
        self.rule = rule
        self.promptTitle = promptTitle
        self.prompt = prompt
        self.error = error
    }
}
