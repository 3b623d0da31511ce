// DatabaseOptions: the `--db` option every command that reads or writes results shares.
import ArgumentParser

struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "The results database (SQLite).")
    var path: String = "results.sqlite"
}
