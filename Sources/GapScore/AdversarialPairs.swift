// AdversarialPairs: (response, gold) pairs built to be slow to judge — 200,000-character repetitions, deep nesting,
// answers just under the parser's length limit, huge exact arithmetic. `gaprun bench judge` times them (the judge's
// speed is measured there, on a named CPU); the fuzz tests check that each one ends with a verdict and a reason.
public enum AdversarialPairs {
    /// Units repeated into 200,000-character responses (and into a `\boxed{…}` of 2,000 characters).
    public static let longUnits = ["\\boxed{", "answer ", "The answer is ", "\\(", "\\[", "$", "$$", "{", "(", "((((1", "\\sqrt{",
                                   "####", "1,", "1\\pm", "(1,2),", "x<", "\\frac{", "x=", "\\begin{pmatrix}", "-", "1e",
                                   "10^{10^{", "\\pm", "\\cup", "\\{", "a", "9"]
    /// Units repeated into answers just under the parser's length limit (590 characters).
    public static let nearLimitUnits = ["1\\pm", "1,", "(1,2),", "x<", "\\{1,", "[", "2^", "\\sqrt{", "x=", "-(", "\\frac{1}{",
                                        "a_{", "1 and "]
    /// Exact arithmetic far beyond machine numbers.
    public static let heavyArithmetic = ["2^{4000}", "\\frac{2^{4000}}{3^{2500}}", "3^{4096}-2^{4096}", "400!", "\\frac{400!}{399!}",
                                         "\\binom{60}{30}^{50}", "(10^{30}+7)^{40}", "\\frac{1}{7}^{4000}", "2^{2^{2^{2^{2}}}}",
                                         "e^{e^{e^{e}}}", "\\sqrt{\\sqrt{\\sqrt{x}}}^{1000}", "\\sum_{k=1}^{999} k^{k}",
                                         "\\sum_{k=1}^{999}\\sum_{j=1}^{999} jk", "\\prod_{k=1}^{n} \\sum_{j=1}^{k} j",
                                         "\\begin{pmatrix}1&2&3&4\\\\5&6&7&9\\\\2&7&1&8\\\\3&1&4&1\\end{pmatrix}^{-1}",
                                         String(repeating: "\\begin{pmatrix}1&2&3&4\\\\5&6&7&9\\\\2&7&1&8\\\\3&1&4&1\\end{pmatrix}^{-1}", count: 8)]

    /// The pairs, each with an id that says how it was built (e.g. `long:\boxed{:self`).
    public static var all: [JudgePair] {
        var pairs: [JudgePair] = []
        func add(_ id: String, _ prediction: String, _ gold: String) {
            pairs.append(JudgePair(prediction: prediction, gold: gold, expected: nil, id: id, line: pairs.count + 1, carried: []))
        }
        for unit in longUnits {
            let response = String(repeating: unit, count: 200_000 / unit.count)
            add("long:\(unit):self", response, response)
            add("long:\(unit):fraction", response, "\\frac{1}{2}")
            add("long:\(unit):pair", response, "(1,2)")
            add("boxed:\(unit)", "\\boxed{" + String(repeating: unit, count: 2_000 / unit.count) + "}", "\\frac{1}{2}")
        }
        for unit in nearLimitUnits {
            for count in [8, 40, 150] {
                let answer = String(repeating: unit, count: min(count, 590 / unit.count)) + "1"
                add("near-limit:\(unit):\(count):wrong", "\\boxed{\(answer)}", answer + "2")
                add("near-limit:\(unit):\(count):right", "\\boxed{\(answer)}", answer)
            }
        }
        for answer in heavyArithmetic { add("arithmetic:\(answer)", answer + "+1", answer) }
        return pairs
    }
}
