// `gaprun table`: the paper's Tables 1–3 (long-short, teacher, mix) as Markdown, booktabs LaTeX or CSV.
import ArgumentParser
import GapReport

extension PaperTableKind: ExpressibleByArgument {}
extension TableFormat: ExpressibleByArgument {}

struct TableCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "table", abstract: "Regenerate the paper's tables.",
        discussion: """
        long-short: Student, P_Long, P_Short, Δ_Long, Better? (needs the gap `long`). teacher: Student, P_Large, \
        P_Small, Δ_Large, Better? (needs the gap `large`). mix: every mix per benchmark plus Average, best bold and \
        second underlined per student. Mean ± std when cells have several seeds; a 95% CI column when seeds or \
        per-item results allow one.
        """)

    @Argument(help: "Which table.")
    var kind: PaperTableKind

    @OptionGroup var results: ResultsOptions

    @Option(name: .long, help: "Output format: markdown, latex or csv.")
    var format: TableFormat = .markdown

    func run() async throws {
        let (experimentResults, _) = try results.load()
        print(try PaperTables().render(kind, experimentResults, format: format), terminator: "")
    }
}
