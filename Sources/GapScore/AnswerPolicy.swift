// AnswerPolicy: the documented choices where public evaluators disagree, with named alternatives (docs/scoring.md).

/// How extraction and equivalence resolve the cases public evaluators disagree on. Each benchmark carries a default.
public struct AnswerPolicy: Sendable, Codable, Equatable {
    /// Which `#### N` marker counts when a response has several (few-shot run-ons repeat the marker).
    public enum HashMarker: String, Sendable, Codable { case first, last, ignored }
    /// What extraction may fall back to when no answer marker is found.
    public enum Fallback: String, Sendable, Codable {
        /// No fallback: no marker means no answer.
        case none
        /// The last math segment (`$…$`, `\[…\]`), or the whole response when it is a bare answer.
        case lastMath
        /// As `lastMath`, or the last number, whichever comes later in the response.
        case lastMathOrNumber
    }
    /// How `28\%` compares with `28` and `0.28`.
    public enum Percent: String, Sendable, Codable {
        /// The percent sign is optional: `28\%` = `28` (MATH-style graders strip `\%`). `0.28` does not match.
        case signOptional
        /// `28\%` means 0.28 (Math-Verify style): matches `0.28` and `28\%`, not `28`.
        case asFraction
    }

    /// Which `####` marker counts.
    public var hashMarker: HashMarker
    /// What extraction falls back to without a marker.
    public var fallback: Fallback
    /// How percentages compare.
    public var percent: Percent
    /// `\frac{6}{8}` matches `\frac{3}{4}` when false (default); rejected when true (PRM800K grader).
    public var requireReducedFractions: Bool
    /// `0.3333` matches an exact rational gold `1/3` when it is that gold rounded (>= 4 significant digits; `0.333` does not).
    /// Decimals never match irrational golds such as `\pi`.
    public var acceptRoundedDecimals: Bool
    /// `x = 5` matches `5` (and `5` matches gold `x = 5`).
    public var ignoreVariablePrefix: Bool
    /// With exactly one variable on each side, `f(y)` matches `f(x)` (Math-Verify's non-strict mode).
    public var allowVariableRenaming: Bool
    /// Relative tolerance for numeric comparison of non-rational values.
    public var relativeTolerance: Double
    /// Treat `$…$` as math delimiters when looking for numbers (off for GSM8K, where `$` is currency).
    public var dollarsAreMath: Bool
    /// The gold comes from a JSON number (AMC's `27.0`). Only `paper-rule` looks at this: its rule can never match.
    public var goldIsFloat: Bool

    /// A policy; every argument defaults to the `standard` choice.
    public init(hashMarker: HashMarker = .first, fallback: Fallback = .lastMathOrNumber, percent: Percent = .signOptional,
                requireReducedFractions: Bool = false, acceptRoundedDecimals: Bool = true, ignoreVariablePrefix: Bool = true,
                allowVariableRenaming: Bool = true, relativeTolerance: Double = 1e-9, dollarsAreMath: Bool = true, goldIsFloat: Bool = false) {
        self.hashMarker = hashMarker; self.fallback = fallback; self.percent = percent
        self.requireReducedFractions = requireReducedFractions; self.acceptRoundedDecimals = acceptRoundedDecimals
        self.ignoreVariablePrefix = ignoreVariablePrefix; self.allowVariableRenaming = allowVariableRenaming
        self.relativeTolerance = relativeTolerance; self.dollarsAreMath = dollarsAreMath; self.goldIsFloat = goldIsFloat
    }

    /// The default for free-form pairs (`gaprun judge`): every marker, then math or last-number fallback.
    public static let standard = AnswerPolicy()
    /// GSM8K and gsm-synth: first `####`, then answer phrases, then the last number; `$` is currency.
    public static let gsm8k = AnswerPolicy(hashMarker: .first, fallback: .lastMathOrNumber, dollarsAreMath: false)
    /// MATH-style benchmarks (math500, math, aime24, amc23, olympiadbench): markers and last math segment, no last number.
    public static let boxedMath = AnswerPolicy(hashMarker: .ignored, fallback: .lastMath)
    /// math-synth and amc-synth: boxed answers and answer phrases only, no fallback at all.
    public static let boxedOnly = AnswerPolicy(hashMarker: .ignored, fallback: .none)

    /// Named alternatives, selectable by name (e.g. `--policy strict-fractions`).
    public static let named: [String: AnswerPolicy] = [
        "standard": .standard,
        "gsm8k": .gsm8k,
        "boxed-math": .boxedMath,
        "boxed-only": .boxedOnly,
        "percent-as-fraction": AnswerPolicy(percent: .asFraction),
        "strict-fractions": AnswerPolicy(requireReducedFractions: true),
        "exact-decimals": AnswerPolicy(acceptRoundedDecimals: false),
        "strict-prefix": AnswerPolicy(ignoreVariablePrefix: false),
        "strict-variables": AnswerPolicy(allowVariableRenaming: false),
        "last-hash": AnswerPolicy(hashMarker: .last),
    ]
}
