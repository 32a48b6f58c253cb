import ArgumentParser
import Reports

struct ControlCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "control", abstract: CannedReport.control.title + ": who holds each place at a date.",
        discussion: CannedReport.control.discussion)

    @Option(help: "Governorate, any spelling (Homs, hims, 'Rural Damascus'); all places when omitted.") var province: String?
    @Option(name: .customLong("as-of"), help: "The day to report (YYYY-MM-DD; YYYY-MM or YYYY mean its last day). Default: today.")
    var asOf: String?
    @Flag(help: "Every fact in date order instead of the holder at the date.") var history = false
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try runReport(database, output) { try $0.controlQuery(province: province, asOf: asOf, history: history) }
    }
}
