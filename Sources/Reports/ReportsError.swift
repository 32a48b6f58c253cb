import Store

/// Every failure of a report: a name that matches nothing (with the near matches), a bad
/// argument, SQL that would write, or an error of the database underneath.
public struct ReportsError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable, Equatable {
        /// A province, place, faction, type or report name that matches nothing.
        case unknownName
        /// A value the report cannot use (a malformed date, a bad parameter).
        case invalidArgument
        /// Ad-hoc SQL that would change the database, attach one or load an extension.
        case writeRefused
        /// The database failed underneath.
        case database
        /// `query check` found a damaged database.
        case damaged
    }

    public let kind: Kind
    public let message: String
    /// For `.unknownName`: the closest known names, best first.
    public let suggestions: [String]

    public init(_ kind: Kind, _ message: String, suggestions: [String] = []) {
        self.kind = kind
        self.message = message
        self.suggestions = suggestions
    }

    public var description: String {
        guard !suggestions.isEmpty else { return message }
        return message + "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
    }
}
