import Foundation
import Reports
import Store
import Testing

/// End-to-end runs of the built `query` executable: exact stdout, stderr and exit status.
@Suite struct QueryCommandTests {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The `query` binary built next to this test bundle (`swift build` builds it with the tests).
    static var executable: URL? {
        let candidates = [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        for directory in candidates {
            for folder in [directory, directory.deletingLastPathComponent()] {
                let url = folder.appendingPathComponent("query")
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        return nil
    }

    func query(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let executable = try #require(Self.executable, "build the query executable first (swift build)")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func controlOfHomsInEveryFormat() throws {
        let folder = try TemporaryDirectory()
        let db = try Fixture.make(folder)
        let base = ["control", "--db", db, "--province", "Homs", "--as-of", "2015-11-23"]

        let json = try query(base + ["--format", "json"])
        #expect(json.status == 0)
        #expect(json.stdout == #"""
            [
              {"location": "Al-Qaryatayn", "admin1": "Homs", "country": "Syria", "controller": "islamic_state", "since": "2015-11-23", "previous": null, "evidence": "tentara Suriah sedang menuju ke Al-Qaryantain untuk membebaskan daerah ini", "articles": ["a.txt"]},
              {"location": "Hawarin", "admin1": "Homs", "country": "Syria", "controller": "syrian_government", "since": "2015-11-23", "previous": null, "evidence": "Tentara Suriah merebut kembali Hawareen", "articles": ["a.txt"]},
              {"location": "Hawarin", "admin1": "Homs", "country": "Syria", "controller": "syrian_opposition", "since": "2015-11-23", "previous": null, "evidence": "Oposisi merebut Hawareen", "articles": ["c.txt"]},
              {"location": "Mahin", "admin1": "Homs", "country": "Syria", "controller": "syrian_government", "since": "2015-11-23", "previous": "islamic_state", "evidence": "Tentara Suriah merebut kembali Maheen", "articles": ["a.txt"]}
            ]

            """#)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 4)

        let csv = """
            location,admin1,country,controller,since,previous,evidence,articles
            Al-Qaryatayn,Homs,Syria,islamic_state,2015-11-23,,tentara Suriah sedang menuju ke Al-Qaryantain untuk membebaskan daerah ini,"[""a.txt""]"
            Hawarin,Homs,Syria,syrian_government,2015-11-23,,Tentara Suriah merebut kembali Hawareen,"[""a.txt""]"
            Hawarin,Homs,Syria,syrian_opposition,2015-11-23,,Oposisi merebut Hawareen,"[""c.txt""]"
            Mahin,Homs,Syria,syrian_government,2015-11-23,islamic_state,Tentara Suriah merebut kembali Maheen,"[""a.txt""]"

            """
        #expect(try query(base + ["--format", "csv"]).stdout == csv)
        // Any spelling of the province gives the same rows; CSV is also the default into a pipe.
        #expect(try query(["control", "--db", db, "--province", "hims", "--as-of", "2015-11-23", "--format", "csv"]).stdout == csv)
        #expect(try query(["control", "--db", db, "--province", "Provinsi Homs", "--as-of", "2015-11-23"]).stdout == csv)

        #expect(try query(base + ["--format", "table", "--max-width", "40"]).stdout == """
            location      admin1  country  controller                  since       previous       evidence                                  articles
            ------------  ------  -------  --------------------------  ----------  -------------  ----------------------------------------  --------
            Al-Qaryatayn  Homs    Syria    Islamic State               2015-11-23                 tentara Suriah sedang menuju ke Al-Qary…  a.txt
            Hawarin       Homs    Syria    Syrian government forces    2015-11-23                 Tentara Suriah merebut kembali Hawareen   a.txt
            Hawarin       Homs    Syria    Syrian opposition / rebels  2015-11-23                 Oposisi merebut Hawareen                  c.txt
            Mahin         Homs    Syria    Syrian government forces    2015-11-23  Islamic State  Tentara Suriah merebut kembali Maheen     a.txt

            """)
        #expect(try query(base + ["--format", "markdown", "--columns", "location,controller,since"]).stdout == """
            | location | controller | since |
            | --- | --- | --- |
            | Al-Qaryatayn | Islamic State | 2015-11-23 |
            | Hawarin | Syrian government forces | 2015-11-23 |
            | Hawarin | Syrian opposition / rebels | 2015-11-23 |
            | Mahin | Syrian government forces | 2015-11-23 |

            """)
        #expect(try query(base + ["--format", "tsv", "--columns", "location,controller"]).stdout
                == "location\tcontroller\nAl-Qaryatayn\tislamic_state\nHawarin\tsyrian_government\nHawarin\tsyrian_opposition\nMahin\tsyrian_government\n")
        #expect(try query(base + ["--format", "ndjson", "--columns", "location"]).stdout
                == "{\"location\": \"Al-Qaryatayn\"}\n{\"location\": \"Hawarin\"}\n{\"location\": \"Hawarin\"}\n{\"location\": \"Mahin\"}\n")
    }

    @Test func anEmptyResultIsAnEmptyArrayAndSaysSoOnStderr() throws {
        let folder = try TemporaryDirectory()
        let db = try Fixture.make(folder)
        let run = try query(["control", "--db", db, "--province", "Rural Damascus", "--format", "json"])
        #expect(run.status == 0)
        #expect(run.stdout == "[]\n")
        #expect(run.stderr == "no rows\n")
    }

    @Test func aMissingDatabaseSaysToRunIngest() throws {
        let folder = try TemporaryDirectory()
        let missing = folder.path("none.db")
        let run = try query(["events", "--db", missing])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("no database at \(missing): run `ingest"))
        #expect(!FileManager.default.fileExists(atPath: missing))
        let viaEnvironment = try query(["articles"], environment: ["EVENTS_DB": missing])
        #expect(viaEnvironment.stderr.contains("no database at \(missing)"))
    }

    @Test func sqlCannotDeleteAndTheFileIsUnchanged() throws {
        let folder = try TemporaryDirectory()
        let db = try Fixture.make(folder)
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let run = try query(["sql", "--db", db, "DELETE FROM events"])
        #expect(run.status != 0)
        #expect(run.stderr.hasPrefix("Error: query sql only reads"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
        let read = try query(["sql", "--db", db, "SELECT count(*) AS n FROM events WHERE type = :t", "--param", "t=Air/drone strike", "--format", "csv"])
        #expect(read.stdout == "n\n2\n")
    }

    @Test func aHostileProvinceIsAnUnknownNameAndChangesNothing() throws {
        let folder = try TemporaryDirectory()
        let db = try Fixture.make(folder)
        let run = try query(["control", "--db", db, "--province", "Homs'; DROP TABLE events; --"])
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("Error: no province named 'Homs'; DROP TABLE events; --'"))
        #expect(try query(["sql", "--db", db, "SELECT count(*) FROM events", "--format", "csv"]).stdout == "count(*)\n8\n")
    }

    @Test func saveThenRunThenList() throws {
        let folder = try TemporaryDirectory()
        let db = try Fixture.make(folder)
        let save = try query(["save", "--db", db, "by_type", "SELECT type, count(*) AS n FROM events WHERE date_start >= :since GROUP BY type ORDER BY type"])
        #expect(save.status == 0)
        #expect(save.stderr == "saved report 'by_type'; run it with: query run by_type\n")
        #expect(try query(["run", "--db", db, "by_type", "--param", "since=2015-11-20", "--format", "csv"]).stdout
                == "type,n\nAir/drone strike,2\nGovernment regains territory,2\nNon-state actor overtakes territory,2\n")
        let refused = try query(["save", "--db", db, "wipe", "DELETE FROM events"])
        #expect(refused.status == 1)
        let reports = try query(["reports", "--db", db, "--format", "csv", "--columns", "name,kind"])
        #expect(reports.stdout.hasSuffix("search,built-in\nby_type,saved\n"))
    }

    @Test func checkReportsASoundDatabase() throws {
        let folder = try TemporaryDirectory()
        let db = try Fixture.make(folder)
        let run = try query(["check", "--db", db, "--format", "csv"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("check,result\nintegrity_check,ok\nforeign_key_check,ok\nschema_version,\(Migrator.embedded.latestVersion)\n"))
    }

    @Test func showSQLPrintsTheStatementAndItsValues() throws {
        let folder = try TemporaryDirectory()
        let db = try Fixture.make(folder)
        let run = try query(["events", "--db", db, "--province", "hims", "--since", "2015", "--show-sql"])
        #expect(run.stdout.hasSuffix("""
            FROM event_details
            WHERE id IN (
                SELECT id FROM event_details
                WHERE admin1 = :admin1
                  AND date_end >= :since AND date_start >= date(:since, '-366 days')
            )
            ORDER BY date_start IS NULL, date_start, id;
            -- :admin1 = 'Homs'
            -- :since = '2015-01-01'

            """))
    }

    @Test(arguments: ["events", "control", "timeline", "articles", "factions", "sources", "casualties", "locations", "search",
                      "sql", "save", "run", "reports", "check"])
    func everySubcommandExplainsItselfWithAnExample(name: String) throws {
        let run = try query([name, "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Example"), "\(name) --help has no example")
        #expect(run.stdout.contains("--db"))
    }
}
