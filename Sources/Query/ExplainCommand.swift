import ArgumentParser
import Reports

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Why the database believes an event: sentences, cues, and how date, place and factions were resolved.",
        discussion: """
            For each article that told of the event: the sentence, the words that triggered it \
            (the cue), the extractor's steps (how the date was fixed, e.g. "Senin (23/11): weekday \
            Monday fixes the year 2015"; which gazetteer entry the place matched and why; which \
            faction names matched), and the aliases of the event's factions found in the sentence. \
            Analysts' corrections of the event are listed last. --format json gives one object.

            Examples:
              query explain 12
              query explain 12 --format json
            """)

    @Argument(help: "The event's id (the id column of `query events`).") var eventID: Int64
    @Option(name: .long, help: ArgumentHelp("text (default) or json.", valueName: "format")) var format: String = "text"
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if !["text", "json"].contains(format) { throw ValidationError("--format is text or json for explain, not '\(format)'") }
    }

    func run() throws {
        let connection = try database.open()
        try reporting {
            let explanation = try Reports(database: connection).explain(eventID: eventID)
            Output.print(format == "json" ? explanation.json : explanation.text)
        }
    }
}
