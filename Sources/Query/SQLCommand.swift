import ArgumentParser
import Reports

/// `--param name=value`, shared by `sql` and `run`.
struct ParameterOptions: ParsableArguments {
    @Option(name: [.customShort("p"), .long], help: ArgumentHelp("A named parameter: --param province=Homs binds :province.", valueName: "name=value"))
    var param: [String] = []

    func parsed() throws -> [String: String] {
        var values: [String: String] = [:]
        for item in param {
            guard let equals = item.firstIndex(of: "="), equals != item.startIndex else {
                throw ValidationError("--param takes name=value, not '\(item)'")
            }
            var name = String(item[..<equals])
            if let first = name.first, ":@$".contains(first) { name.removeFirst() }
            values[name] = String(item[item.index(after: equals)...])
        }
        return values
    }
}

struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql", abstract: "Run one read-only SQL statement.",
        discussion: """
            The database is opened read-only and the connection refuses writes, ATTACH and \
            extension loading: a statement that would change anything fails with an error and \
            the file is left unchanged. Values go in as named parameters, never into the SQL text. \
            Views worth knowing: event_details, control_current, article_summary, faction_summary, \
            source_summary, casualties_by_month.

            Examples:
              query sql "SELECT admin1, count(*) AS events FROM event_details GROUP BY admin1"
              query sql "SELECT * FROM control_current WHERE admin1 = :p" --param p=Homs --format json
            """)

    @Argument(help: "One SQL statement.") var sql: String
    @OptionGroup var parameters: ParameterOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let values = try parameters.parsed()
        let connection = try database.open()
        try reporting {
            if output.showSQL { Output.print(sql + "\n"); return }
            try Output.write(try AdHocSQL.run(sql, parameters: values, on: connection), options: output, database: connection)
        }
    }
}
