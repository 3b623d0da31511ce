// The Scorer contract, the Judgment it returns, and the registry of named, versioned scorers.

/// One judged response: whether it is correct, the answer text extracted, and why.
public struct Judgment: Sendable, Codable {
    /// Whether the response's answer equals the gold.
    public var correct: Bool
    /// The answer text extracted from the response, or nil when none was found.
    public var extracted: String?
    /// The extraction rule and the comparison outcome, e.g. `boxed: equal as values`.
    public var reason: String
    /// A judgment.
    public init(correct: Bool, extracted: String?, reason: String) {
        self.correct = correct; self.extracted = extracted; self.reason = reason
    }
}

/// A named, versioned way of judging a response against a gold answer. Every stored score carries both.
public protocol Scorer: Sendable {
    /// The registry name, stored with every score.
    var name: String { get }
    /// The version, stored with every score; bumped whenever a verdict can change.
    var version: String { get }
    /// Judges `response` against `gold` under `policy`.
    func judge(response: String, gold: String, policy: AnswerPolicy) -> Judgment
}

/// The registered scorers: `gaprun` (default), `paper-rule`, `gsm8k-flexible`.
public struct ScorerRegistry: Sendable {
    /// The registered scorers, default first.
    public let scorers: [any Scorer]

    /// A registry of `scorers`.
    public init(scorers: [any Scorer]) { self.scorers = scorers }

    /// The three built-in scorers.
    public static let standard = ScorerRegistry(scorers: [GaprunScorer(), PaperRuleScorer(), GSM8KFlexibleScorer()])

    /// The registered names, default first.
    public var names: [String] { scorers.map(\.name) }

    /// The scorer called `named`; throws `ScoreError.unknownScorer` with the nearest name and the list.
    public func scorer(named: String) throws -> any Scorer {
        if let found = scorers.first(where: { $0.name == named }) { return found }
        throw ScoreError.unknownScorer(name: named, nearest: nearestName(named, in: names), available: names)
    }
}

/// gaprun's own judge: the extraction pipeline, then `verify(gold:candidate:)` on the exact math core.
public struct GaprunScorer: Scorer {
    /// The registry name.
    public let name = "gaprun"
    /// `judgeVersion`.
    public var version: String { judgeVersion }
    /// The scorer.
    public init() {}

    /// Words that negate a sentence, in the languages the judge reads answer phrases in.
    static let negationWords: Set<String> = ["not", "no", "never", "neither", "nor", "isn't", "pas", "ni", "nicht", "kein", "keine",
                                             "non", "nie", "nem", "não", "не", "нет", "ei", "inte", "ikke", "değil"]

    /// Words that name a percentage as the size of a decrease ("a 4% decrease", "4% lower"), and the ways the percentage
    /// ends before them.
    static let decreaseWords = ["decrease", "lower", "less", "drop", "loss", "reduction", "decline"]
    static let percentMarks = ["% ", "\\% ", "\\%$ ", " percent "]

    /// A gold's word answer: the text it parses to (`\text{Yes}`, `\text{parabola}`), or "yes" and "no", which a parser
    /// reads as products of names.
    static func wordAnswer(_ plainGold: String) -> String? {
        if case let .text(word) = GoldCache.parsed(plainGold) { return word }
        let word = Bytes.string(compactLowered(plainGold))
        return word == "yes" || word == "no" ? word : nil
    }

    /// Extracts an answer under `policy` and verifies it against `gold`.
    public func judge(response: String, gold: String, policy: AnswerPolicy) -> Judgment {
        // "… so it's a hyperbola! 🎯": the fallbacks below read the response's sentences without their pictographs.
        let response = AnswerExtractor.removingEmoji(response)
        // The gold as the tests below read it, looked up once (both pure functions of the gold): its plain normalised
        // text and the one choice letter that text names.
        lazy var plainGold = GoldCache.plainNormalized(gold).text
        lazy var goldLetter = choiceLetter(ofNormalized: plainGold)
        let extraction = AnswerExtractor.extract(response, policy: policy)
        let cut = extraction.cutOff.map { " [cut off: \($0)]" } ?? ""
        // Several choice letters (`\text{A, C, E}`) answered by a sentence that ends with them, in any order.
        if gold.utf8.count <= 40, let goldLetters = choiceLetterSet(ofNormalized: plainGold),
           let sentence = AnswerExtractor.lastSentence(response), let chosen = trailingChoiceLetters(sentence) {
            let correct = chosen == goldLetters
            return Judgment(correct: correct, extracted: String(chosen.sorted()), reason: "choice-letters: \(correct ? "same choice letters" : "different choices")\(cut)")
        }
        // The same, answered by a box or phrase that lists the letters (`\boxed{\text{A, C}}` against `AC`).
        if gold.utf8.count <= 40, let answer = extraction.answer, answer.utf8.count <= 40,
           let goldLetters = choiceLetterSet(ofNormalized: plainGold),
           let chosen = choiceLetterSet(ofNormalized: Normalizer.normalize(answer).text) {
            let correct = chosen == goldLetters
            return Judgment(correct: correct, extracted: String(chosen.sorted()), reason: "choice-letters: \(correct ? "same choice letters" : "different choices")\(cut)")
        }
        // "… so the correct choices are (A) and (C).": several letters named last answer a one-letter gold with neither.
        if gold.utf8.count <= 64, gold.utf8.contains(where: { (65...69).contains($0) }),
           let letter = goldLetter,
           let sentence = AnswerExtractor.lastSentence(response), let chosen = trailingChoiceLetters(sentence), chosen.count >= 2 {
            return Judgment(correct: false, extracted: String(chosen.sorted()), reason: "choice-letters: several choices against the one letter \(letter)\(cut)")
        }
        guard var answer = extraction.answer else {
            // Multiple-choice golds may still be answered with a bare "(C)".
            if gold.utf8.count <= 64, let letter = goldLetter,
               let chosen = AnswerExtractor.choiceLetter(response) {
                let correct = chosen == letter
                return Judgment(correct: correct, extracted: String(chosen), reason: "choice-letter: \(correct ? "same choice letter" : "different choice")\(cut)")
            }
            // A word answer stated in the last sentence ("Therefore, there are no real solutions." against `\emptyset`,
            // "The function is odd."): verify reads such sentences; with no number or math there is nothing else to read.
            // Only under a policy with fallbacks: a boxed-only policy reads nothing outside boxes and phrases.
            // Not after a guess the response doubts ("probably around 50 minutes, but I can't determine the exact value"),
            // nor in a response cut off in a sentence about numbers ("That doesn't give 17 at all, so for the actual
            // question which asks for the number of moves to transfer" is no answer of 17).
            if policy.fallback != .none, !extraction.rule.hasPrefix("none (a guess"), !extraction.rule.hasPrefix("none (the response stops"),
               let sentence = AnswerExtractor.lastSentence(response),
               !(response.utf8.last(where: { !Bytes.isSpace($0) }).map(Bytes.isLetter) == true
                 && sentence.utf8.contains(where: Bytes.isDigit) && gold.utf8.contains(where: Bytes.isDigit)),
               verify(gold: gold, candidate: sentence, policy: policy).equivalent {
                return Judgment(correct: true, extracted: sentence, reason: "last-sentence: equal as text\(cut)")
            }
            // "Il sesto oggetto … è rosso.", "… is altijd even.": the last word of a plain last clause, or its translation.
            if policy.fallback != .none, gold.utf8.count <= 40, !gold.utf8.contains(where: Bytes.isDigit),
               case .text = GoldCache.parsed(plainGold), let sentence = AnswerExtractor.lastSentence(response),
               let word = AnswerProse.lastWordOfPlainClause(sentence) {
                for candidate in [word, EquivalenceChecker.englishWord[word.lowercased()]].compactMap({ $0 })
                where verify(gold: gold, candidate: candidate, policy: policy).equivalent {
                    return Judgment(correct: true, extracted: candidate, reason: "last-sentence: its last word\(cut)")
                }
            }
            // "There are infinitely many such pairs.", "… so the limit does not exist.": the answer stated in words.
            if policy.fallback != .none, let sentence = AnswerExtractor.lastSentence(response), let stated = AnswerProse.statedInWords(sentence),
               verify(gold: gold, candidate: stated, policy: policy).equivalent {
                return Judgment(correct: true, extracted: stated, reason: "last-sentence: stated in words\(cut)")
            }
            // "…, so yes, such a configuration exists.": a yes or no the last sentence states, against a yes/no gold.
            if policy.fallback != .none, gold.utf8.count <= 24, let sentence = AnswerExtractor.lastSentence(response),
               let word = AnswerProse.yesNoClause(sentence), verify(gold: gold, candidate: word, policy: policy).equivalent {
                return Judgment(correct: true, extracted: word, reason: "last-sentence: a yes or no it states\(cut)")
            }
            // A short response that opens with the word answer and never turns back: "Yes. Such an arrangement exists, as
            // the construction above shows." against `\text{Yes}`.
            if policy.fallback != .none, response.utf8.count <= 300, let word = Self.wordAnswer(plainGold),
               word.utf8.count >= 2, AnswerProse.opensWith(response.trimmingCharacters(in: .whitespacesAndNewlines), word),
               !AnswerProse.turnsBack(response, negativeAnswer: word.lowercased() == "no") {
                return Judgment(correct: true, extracted: word, reason: "first-sentence: opens with the word answer\(cut)")
            }
            // A one-word name answer (`\text{Evelyn}`) that the response names, and no other name.
            if policy.fallback != .none, gold.utf8.count <= 64, !gold.utf8.contains(where: Bytes.isDigit) {
                let name = plainGold
                // "… so they are the ones telling the truth: **Dana and Bob**." against `\text{Bob, Dana}`: the names the
                // last line sets in bold, in any order.
                if let names = AnswerProse.namesListed(name), let bold = AnswerProse.lastBoldNames(response) {
                    let correct = bold == names
                    return Judgment(correct: correct, extracted: bold.sorted().joined(separator: ", "),
                                    reason: "last-sentence: the names set in bold\(correct ? "" : " differ")\(cut)")
                }
                // "… the only days on which all three are free are Thursday and Monday.": the names the last sentence lists
                // after "are", "is" or a colon, in any order.
                if let names = AnswerProse.namesListed(name), let sentence = AnswerExtractor.lastSentence(response),
                   let listed = AnswerProse.closingNames(sentence) {
                    let correct = listed == names
                    return Judgment(correct: correct, extracted: listed.sorted().joined(separator: ", "),
                                    reason: "last-sentence: the names it lists\(correct ? "" : " differ")\(cut)")
                }
                // The response's last line sets one name in bold: that is its answer ("… belongs to **Evelyn**.").
                if let bold = AnswerProse.lastBoldWord(response), bold.utf8.count >= 3, name.utf8.count >= 3,
                   (65...90).contains(name.utf8.first!) {
                    let correct = bold == name
                    return Judgment(correct: correct, extracted: bold, reason: "last-sentence: the name set in bold\(correct ? "" : " differs")\(cut)")
                }
                if AnswerProse.namesOnly(name, in: response) {
                    return Judgment(correct: true, extracted: name, reason: "last-sentence: names the answer and no other\(cut)")
                }
                if AnswerProse.concludingParts(response).contains(where: { AnswerProse.namesOnly(name, in: $0) }) {
                    return Judgment(correct: true, extracted: name, reason: "last-sentence: its conclusion names the answer and no other\(cut)")
                }
            }
            return Judgment(correct: false, extracted: nil, reason: "none: no answer found\(cut)")
        }
        // "Η σωστή απάντηση είναι (Ε).": a Greek option letter, Α to Ε, is the Latin letter A to E.
        if gold.utf8.count <= 64, answer.utf8.count <= 8, let letter = goldLetter, let greek = greekOptionLetter(answer) {
            let correct = greek == letter
            return Judgment(correct: correct, extracted: String(greek), reason: "choice-letter: a Greek option letter\(correct ? "" : ", different choice")\(cut)")
        }
        var verification = verify(gold: gold, candidate: answer, policy: policy)
        // "Write $y = a(x-h)^2 + k$ … ANSWER: 2h" against `2k`: one variable renamed is the same answer only where the
        // response never writes the gold's name itself; where it does, the two names are two quantities.
        // (A gold without a letter names nothing to rename: most golds, tested before the answer is normalised again.)
        if verification.equivalent, policy.allowVariableRenaming, answer.utf8.count <= 80, !answer.utf8.contains(61),
           plainGold.utf8.contains(where: Bytes.isLetter), let names = RenamedNames.renamed(gold: plainGold, answer: Normalizer.normalize(answer).text),
           RenamedNames.writes(names.gold, in: response) {
            var strict = policy
            strict.allowVariableRenaming = false
            if !verify(gold: gold, candidate: answer, policy: strict).equivalent {
                let (goldName, answerName) = (String(UnicodeScalar(names.gold)), String(UnicodeScalar(names.answer)))
                let reason = "different (\(answerName) is not renamed \(goldName): the response writes \(goldName) itself)"
                verification = Verification(equivalent: false, reason: reason)
            }
        }
        // "The choices are (A) 12, (B) 16, (C) 20, (D) 24, (E) 28. … $\boxed{(D)\ 20}$": a letter with a value that the
        // response's own list gives another letter names two options, and answers with neither.
        if verification.equivalent, verification.reason == "same choice letter", answer.utf8.count <= 40, let letter = goldLetter,
           let labelled = leadingChoiceLetter(Normalizer.normalize(answer).text), labelled.letter == letter,
           case let value = labelled.rest.trimmingCharacters(in: .whitespaces), value.utf8.contains(where: Bytes.isDigit),
           // The options as listed before the answer ("Options: (A) 10 (B) 12 (C) 14 … Answer: (C) 12"), not the answer's own line.
           case let listing = extraction.rule == "boxed" ? FoundationText.range(of: "\\boxed", in: response, backwards: true).map({ String(response[..<$0.lowerBound]) }) ?? response
               : response.range(of: answer, options: .backwards).map({ String(response[..<$0.lowerBound]) }) ?? response,
           let listed = optionEqual(to: value, in: listing, policy: policy), listed != letter {
            return Judgment(correct: false, extracted: answer, reason: "choice-letter: the letter and the value name different options (\(letter) and \(listed))\(cut)")
        }
        // "**35 minutes.**⏎⏎Here's why: … That leaves her 25 minutes of her 60-minute hour …": a chat answer that opens with
        // its value in bold and explains it after answers with that value, not with a number a fallback read from the
        // explanation.
        if extraction.rule.hasPrefix("last-"), let opening = AnswerProse.boldOpeningBeforeExplanation(response) {
            let second = verify(gold: gold, candidate: opening, policy: policy)
            return Judgment(correct: second.equivalent, extracted: opening,
                            reason: "first-line: the bold value before its explanation: \(second.reason)\(cut)")
        }
        // "**Answer:** the graphs do not intersect exactly when $k<-5$.": an answer phrase of words that closes with one
        // math segment answers with that segment. Not a bare rate against a percent gold ("The discount rate is $0.25$."
        // against `25\%`): the words may say what the number is, and labels split on it.
        if !verification.equivalent, extraction.rule == "answer-phrase", let math = AnswerProse.closingMathOfWords(answer),
           !(gold.utf8.contains(37) && !math.utf8.contains(37)),
           case let second = verify(gold: gold, candidate: math, policy: policy), second.equivalent {
            return Judgment(correct: true, extracted: math, reason: "answer-phrase (the math that closes its words): \(second.reason)\(cut)")
        }
        // `\text{(C) Parabola}` against `\text{parabola}`: an option's label before its content, against a gold that names
        // the content.
        if !verification.equivalent, goldLetter == nil, leadingChoiceLetter(plainGold) == nil, answer.utf8.count <= 64,
           let (_, rest) = leadingChoiceLetter(Normalizer.normalize(answer).text), rest.contains(where: \.isLetter),
           case let second = verify(gold: gold, candidate: String(rest), policy: policy), second.equivalent {
            return Judgment(correct: true, extracted: String(rest), reason: "\(extraction.rule) (the content after its option label): \(second.reason)\(cut)")
        }
        // `\boxed{18 \text{ (attained at } x = 3)}`: a remark in parentheses after the boxed value is no part of it; an
        // alternative (`12 \text{ (or 13)}`) is.
        if !verification.equivalent, extraction.rule == "boxed", case let bytes = Array(answer.utf8),
           let remark = Bytes.find(bytes, Array("\\text{ (".utf8)) ?? Bytes.find(bytes, Array("\\text{(".utf8)), bytes[..<remark].contains(where: Bytes.isDigit),
           case let words = bytes[remark...].drop(while: { $0 != 40 }).dropFirst().drop(while: { $0 == 32 }),
           !Bytes.hasPrefixIgnoringCase(Array(words), at: 0, Array("or ".utf8)),
           case let value = Bytes.string(Bytes.trimSpaces(bytes[..<remark])), case let second = verify(gold: gold, candidate: value, policy: policy),
           second.equivalent {
            return Judgment(correct: true, extracted: value, reason: "boxed (without the remark after it): \(second.reason)\(cut)")
        }
        // `\boxed{\text{He needs 15 more stickers}}`: a box of words around one number answers with the number.
        if !verification.equivalent, extraction.rule == "boxed", let number = AnswerProse.loneNumberInTextBox(answer),
           case let second = verify(gold: gold, candidate: number, policy: policy), second.equivalent {
            return Judgment(correct: true, extracted: number, reason: "boxed (the one number of its words): \(second.reason)\(cut)")
        }
        // "**Answer:** It is impossible." against a yes/no gold.
        if !verification.equivalent, extraction.rule == "answer-phrase", answer.utf8.count <= 40, let word = AnswerProse.yesNoClause(answer),
           verify(gold: gold, candidate: word, policy: policy).equivalent {
            return Judgment(correct: true, extracted: word, reason: "answer-phrase: a yes or no it states\(cut)")
        }
        // "Comparing $3.2$, $3.25$ and $\tfrac{19}{6}\approx 3.17$, \textbf{Bob} ran the farthest.": a name gold that the last
        // line sets in bold, when a fallback read a number from the reasons.
        if !verification.equivalent, policy.fallback != .none, extraction.rule.hasPrefix("last-"), gold.utf8.count <= 64,
           !gold.utf8.contains(where: Bytes.isDigit), case .text = GoldCache.parsed(plainGold),
           let bold = AnswerProse.lastBoldWord(response), bold.utf8.count >= 3, bold == plainGold, (65...90).contains(bold.utf8.first!) {
            return Judgment(correct: true, extracted: bold, reason: "last-sentence: the name set in bold (after \(extraction.rule))\(cut)")
        }
        // "Maria saves €240 and Jonas €210. Maria saves more.": a name gold that the last sentence names, and no rival,
        // when a fallback read a number from the reasons.
        if !verification.equivalent, policy.fallback != .none, extraction.rule.hasPrefix("last-"), gold.utf8.count <= 64,
           !gold.utf8.contains(where: Bytes.isDigit), case .text = GoldCache.parsed(plainGold),
           let sentence = AnswerExtractor.lastSentence(response), AnswerProse.namesOnly(plainGold, in: sentence) {
            return Judgment(correct: true, extracted: plainGold, reason: "last-sentence: names the answer and no other (after \(extraction.rule))\(cut)")
        }
        // "Answer: B\n\nExplanation: … Therefore, the correct option is D.": a last sentence that names another letter
        // as the correct one is the response's final choice.
        if gold.utf8.count <= 64, gold.utf8.contains(where: { (65...69).contains($0) }),
           let letter = goldLetter,
           let sentence = AnswerExtractor.lastSentence(response), let named = AnswerExtractor.correctChoiceNamed(sentence),
           let given = leadingChoiceLetter(Normalizer.normalize(answer).text)?.letter ?? choiceLetter(ofNormalized: Normalizer.normalize(answer).text),
           named != given {
            let correct = named == letter
            return Judgment(correct: correct, extracted: String(named), reason: "choice-letter: the correct option named last\(correct ? "" : ", different choice")\(cut)")
        }
        // Against a choice-letter gold, a boxed value that the response's own list of options gives one letter ("(A) 10,
        // (B) 12, … $\boxed{12}$") answers with that letter.
        // So does a value stated by an answer phrase or read last ("(A) 8, (B) 10, (C) 12 … The answer is 12.").
        if !verification.equivalent, gold.utf8.count <= 64, AnswerExtractor.lastSide(answer).utf8.count <= 24,
           extraction.rule == "boxed" || extraction.rule == "answer-phrase" || extraction.rule.hasPrefix("last-"),
           gold.utf8.contains(where: { (65...69).contains($0) }), let letter = goldLetter,
           leadingChoiceLetter(Normalizer.normalize(answer).text) == nil,
           extraction.rule == "boxed" || extraction.rule.hasSuffix(AnswerExtractor.optionListMark)
            || AnswerExtractor.statedAfterLastChoiceLabel(response, value: AnswerExtractor.lastSide(answer)),
           let chosen = AnswerExtractor.choiceListedWithValue(response, value: AnswerExtractor.lastSide(answer))
            ?? optionEqual(to: AnswerExtractor.lastSide(answer), in: response, policy: policy) {
            let correct = chosen == letter
            return Judgment(correct: correct, extracted: String(chosen), reason: "choice-letter: the listed option with the answer's value\(correct ? "" : ", different choice")\(cut)")
        }
        // "(A) 1/2  (B) 2/3  (C) 3/4 … Answer: C" against the value `\frac{3}{4}`: a lone choice letter answers with the
        // option the response lists under it.
        if !verification.equivalent, goldLetter == nil, answer.utf8.count <= 8,
           let chosen = choiceLetter(ofNormalized: Normalizer.normalize(answer).text),
           let listed = optionEqual(to: gold, in: response, policy: policy) {
            let correct = listed == chosen
            return Judgment(correct: correct, extracted: String(chosen), reason: "choice-letter: the option listed under the letter\(correct ? "" : ", a different option")\(cut)")
        }
        // Against a choice-letter gold, a letter the response names beats a bare number or math fallback
        // ("choice (D) gives 45").
        // So does one written after a box that names no choice ("$\boxed{\Delta E}$ … **Answer: D**"); a box that hedges
        // between letters (`\boxed{\text{A or E}}`) names several and stays wrong.
        if !verification.equivalent, gold.utf8.count <= 64, gold.utf8.contains(where: { (65...69).contains($0) }),
           extraction.rule.hasPrefix("last-") || extraction.rule == "whole-response"
            || extraction.rule == "boxed" && leadingChoiceLetter(Normalizer.normalize(answer).text) == nil
                && !severalChoices(Normalizer.normalize(answer).text),
           let letter = goldLetter, let chosen = AnswerExtractor.choiceLetter(response) {
            let correct = chosen == letter
            return Judgment(correct: correct, extracted: String(chosen), reason: "choice-letter: \(correct ? "same choice letter" : "different choice")\(cut)")
        }
        // A choice-letter gold answered by a value with a remark that names its letter ("The answer is $\frac14$, which is
        // option (A)."): that letter.
        if !verification.equivalent, gold.utf8.count <= 64, extraction.rule == "answer-phrase" || extraction.rule == "boxed",
           let letter = goldLetter,
           leadingChoiceLetter(Normalizer.normalize(answer).text) == nil, let chosen = AnswerExtractor.choiceNamedAfterValue(response) {
            let correct = chosen == letter
            return Judgment(correct: correct, extracted: String(chosen), reason: "choice-letter: named in a remark after the answer\(correct ? "" : ", different choice")\(cut)")
        }
        // A choice-letter gold answered by a value the response identifies with a letter ("option (B) is 12. The answer
        // is 12."): that letter.
        if !verification.equivalent, gold.utf8.count <= 64, extraction.rule == "answer-phrase",
           let letter = goldLetter,
           let chosen = AnswerExtractor.choiceNamedWithValue(response, value: answer) {
            let correct = chosen == letter
            return Judgment(correct: correct, extracted: String(chosen), reason: "choice-letter: named with the answer's value\(correct ? "" : ", different choice")\(cut)")
        }
        // A value gold answered by a choice letter named with its value ("$\sqrt{2}$, which is choice $\textbf{(C)}$"): the value.
        // The gold (cached) is tested before the answer is normalised again.
        if !verification.equivalent, answer.utf8.count <= 24, goldLetter == nil,
           choiceLetter(ofNormalized: Normalizer.normalize(answer).text) != nil,
           let value = AnswerExtractor.valueNamedWithChoice(response, policy: policy) {
            let second = verify(gold: gold, candidate: value, policy: policy)
            if second.equivalent {
                return Judgment(correct: true, extracted: value, reason: "value-named-with-choice: \(second.reason)\(cut)")
            }
        }
        // A word gold (`\text{east}`, `\text{Priya}`) that a fallback answered with a number or math from the reasoning
        // ("… plus 90°, so she is facing East."): the last sentence is read as a word answer, and a name named alone
        // counts, as when nothing was extracted.
        // So is an answer phrase that is a sentence with no negation ("Réponse : la fonction est paire.").
        let sentencePhrase = extraction.rule == "answer-phrase" && answer.utf8.contains(32) && answer.utf8.count <= 80
            && !answer.lowercased().split(separator: " ").contains(where: { Self.negationWords.contains(String($0)) })
        if !verification.equivalent, policy.fallback != .none, extraction.rule.hasPrefix("last-") || sentencePhrase, gold.utf8.count <= 64,
           !gold.utf8.contains(where: Bytes.isDigit), case .text = GoldCache.parsed(plainGold) {
            if let sentence = AnswerExtractor.lastSentence(response) {
                // "The graph is an ellipse (centred at $(6,0)$).": the remark in parentheses is not part of the answer.
                // "Since $40 \equiv 5 \pmod 7$, the day is five days after Thursday, which is Tuesday.": the words after the
                // sentence's last math.
                let afterMath = FoundationText.range(of: "$", in: sentence, backwards: true).map { String(sentence[$0.upperBound...]) }
                // "…, so the 50th bead is the 2nd color: blue.": the word after the sentence's last colon.
                let afterColon = FoundationText.range(of: ": ", in: sentence, backwards: true).map { String(sentence[$0.upperBound...]) }
                    .flatMap { $0.split(separator: " ").count <= 2 ? "It is " + $0 : nil }
                // "…, donc deux jours après dimanche : ce sera un mardi.": a last word in another language that the gold's
                // word translates.
                let translated = AnswerProse.lastWord(sentence).flatMap { EquivalenceChecker.englishWord[$0] ?? EquivalenceChecker.englishWordEnding($0) }
                // "Since the terms do not approach 0, the series diverges.": the last clause's last word, when that clause
                // negates nothing.
                let lastClauseWord = AnswerProse.lastWordOfPlainClause(sentence)
                // "… fonksiyon **tek** fonksiyondur.": a word set in bold on the last line, translated.
                let boldTranslated = AnswerProse.lastBoldWord(response).flatMap { EquivalenceChecker.englishWord[$0.lowercased()] }
                // "La función no es ni par ni impar.": a sentence that says neither even nor odd names no parity by its last word.
                let neither = EquivalenceChecker.saysNeither(sentence)
                for candidate in [sentence, AnswerProse.withoutClosingParenthesis(sentence), afterMath, afterColon, neither ? nil : translated,
                                  neither ? nil : lastClauseWord, neither ? nil : boldTranslated].compactMap({ $0 })
                where verify(gold: gold, candidate: candidate, policy: policy).equivalent {
                    return Judgment(correct: true, extracted: candidate, reason: "last-sentence: equal as text (after \(extraction.rule))\(cut)")
                }
            }
            let name = plainGold
            // "… It is Sarah who ran farther.": a last sentence that puts the name first in a cleft.
            if AnswerProse.namesOnly(name, in: response, allowingDigits: true)
                || AnswerProse.concludingParts(response).contains(where: { AnswerProse.namesOnly(name, in: $0) })
                || AnswerExtractor.lastSentence(response).map({ AnswerProse.cleftNames($0, name) }) == true {
                return Judgment(correct: true, extracted: name, reason: "last-sentence: names the answer and no other (after \(extraction.rule))\(cut)")
            }
        }
        // A gold of several plain numbers (`7,4`, or the tuple `(5, 3, 2)`) answered by a last sentence that counts as many
        // things in prose, in the same order ("She bought 7 stuffed goats and 4 toy helicopters.", "She has 5 pennies, 3
        // nickels and 2 dimes.").
        if !verification.equivalent, policy.fallback == .lastMathOrNumber, extraction.rule.hasPrefix("last-number"), gold.utf8.count <= 40,
           gold.utf8.contains(44) {
            let listed = gold.hasPrefix("(") && gold.hasSuffix(")") ? gold.dropFirst().dropLast() : gold[...]
            let parts = listed.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            if (2...4).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { Bytes.isDigit($0) || $0 == 45 || $0 == 46 } }),
               let values = AnswerExtractor.countedValues(response), values.count == parts.count,
               zip(parts, values).allSatisfy({ verify(gold: $0.0, candidate: $0.1, policy: policy).equivalent }) {
                return Judgment(correct: true, extracted: values.joined(separator: ", "), reason: "last-number (values counted in prose, in the gold's order): equal as values\(cut)")
            }
        }
        // A gold that joins the values of one unknown by "or" or "and" (`x = 10 or x = 40`, `t = 1 and t = 3`) is a set: a last
        // sentence that counts as many values in prose names them in any order ("Break-even happens at 10 units and at 40
        // units.").
        if !verification.equivalent, policy.fallback == .lastMathOrNumber, extraction.rule.hasPrefix("last-number"), gold.utf8.count <= 40,
           let parts = Self.valuesOfOneUnknown(gold), let values = AnswerExtractor.countedValues(response),
           Self.matchInAnyOrder(parts, values, policy: policy) {
            return Judgment(correct: true, extracted: values.joined(separator: ", "), reason: "last-number (a solution set counted in prose): equal as values\(cut)")
        }
        // A gold of several plain numbers answered by a last sentence that states each in a clause of its own, in any order:
        // "Paolo is 18, Qing is 14 and Rayna is 7." against `7,14,18`; "the minimum is 1 and the maximum is 5" against `5,1`
        // (each value is tied to its name, which the gold's order follows).
        if !verification.equivalent, policy.fallback == .lastMathOrNumber, extraction.rule.hasPrefix("last-"), gold.utf8.count <= 40,
           gold.utf8.contains(44) {
            let parts = gold.replacingOccurrences(of: "$", with: "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            if (2...4).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { Bytes.isDigit($0) || $0 == 45 || $0 == 46 } }),
               let values = AnswerExtractor.statedValues(response), Self.matchInAnyOrder(parts, values, policy: policy) {
                return Judgment(correct: true, extracted: values.joined(separator: ", "), reason: "last-sentence (values stated clause by clause): equal as values\(cut)")
            }
        }
        // A gold of several plain numbers answered by a last sentence that lists them in prose, one to a clause, in the gold's
        // order, or in any order when the gold is no tuple and nothing ties them to it ("The possible areas are 864, 1 350
        // and 2 400.", "The numbers are 6¼ and 3¾.", "Notebook: €2,25; pen: €1,00").
        if !verification.equivalent, policy.fallback == .lastMathOrNumber, extraction.rule.hasPrefix("last-"), gold.utf8.count <= 60,
           gold.utf8.contains(44) {
            var listed = Substring(gold.replacingOccurrences(of: "$", with: "")).trimmingCharacters(in: .whitespaces)[...]
            var tuple = listed.hasPrefix("(") && listed.hasSuffix(")")   // an ordered tuple: its order is the answer's
            if tuple { listed = listed.dropFirst().dropLast() }
            var parts = listed.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            // Values named in the gold (`W = 9, L = 7, T = 4`, `12 \text{ chickens}, 8 \text{ cows}`) are listed in its order,
            // each with the gold's word for it when the gold gives one ("12 chickens and 8 cows", never "12 cows and 8 chickens").
            let named = parts.map(Self.namedGoldValue)
            if named.allSatisfy({ $0 != nil }), case let closing = AnswerExtractor.lastSentence(response)?.lowercased() ?? "",
               named.allSatisfy({ $0!.word.map { closing.contains($0) } ?? true }) {
                parts = named.map { $0!.value }; tuple = true
            }
            if (2...4).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { Bytes.isDigit($0) || $0 == 45 || $0 == 46 } }),
               let listedValues = AnswerExtractor.listedValues(response), listedValues.values.count == parts.count {
                let inOrder = zip(parts, listedValues.values).allSatisfy { verify(gold: $0.0, candidate: $0.1, policy: policy).equivalent }
                if inOrder || !tuple && listedValues.anyOrder && Self.matchInAnyOrder(parts, listedValues.values, policy: policy) {
                    return Judgment(correct: true, extracted: listedValues.values.joined(separator: ", "),
                                    reason: "last-sentence (values listed in prose\(inOrder ? "" : ", in another order")): equal as values\(cut)")
                }
            }
        }
        // "The price ends at $99, which is a 1% decrease from the original." against `-1\%`: a percentage the closing sentence
        // names as the size of a decrease ("4% lower", "a $4\%$ decrease") is a negative change.
        // A bare negative gold (`-4`, OlympiadBench's change in percent) reads the same way.
        if !verification.equivalent, gold.utf8.contains(45),
           gold.utf8.contains(37) || gold.utf8.allSatisfy({ Bytes.isDigit($0) || $0 == 45 || $0 == 46 || $0 == 36 }),
           answer.utf8.first != 45, answer.utf8.count <= 20,
           case let digits = String(answer.unicodeScalars.filter { ("0"..."9").contains($0) || $0 == "." }), !digits.isEmpty,
           let sentence = AnswerExtractor.lastSentence(response)?.lowercased(),
           Self.percentMarks.contains(where: { mark in Self.decreaseWords.contains { sentence.contains(digits + mark + $0) } }),
           verify(gold: gold, candidate: "-" + answer, policy: policy).equivalent {
            return Judgment(correct: true, extracted: "-" + answer, reason: "\(extraction.rule): equal as values (a percentage named as a decrease)\(cut)")
        }
        // An amount in two units: "#### 5 dollars and 50 cents" is 5.50; "2 hours and 40 minutes" is also 160 minutes.
        if !verification.equivalent, answer.utf8.contains(where: Bytes.isLetter) {
            for reading in AnswerExtractor.compoundReadings(answer) {
                let second = verify(gold: gold, candidate: reading, policy: policy)
                if second.equivalent {
                    return Judgment(correct: true, extracted: reading, reason: "\(extraction.rule): \(second.reason) (an amount in two units)\(cut)")
                }
            }
        }
        // "Counting forward 30 days from May 21, the date is June 20th." against `\text{June 20}`: the last date named.
        if !verification.equivalent, gold.utf8.count <= 40, let goldDate = AnswerProse.monthDays(gold).last, AnswerProse.monthDays(gold).count == 1,
           let sentence = AnswerExtractor.lastSentence(response), let date = AnswerProse.monthDays(sentence).last {
            let correct = date == goldDate
            return Judgment(correct: correct, extracted: "\(AnswerProse.monthNames[date.month - 1]) \(date.day)",
                            reason: "last-sentence: \(correct ? "the same date" : "a different date")\(cut)")
        }
        // "The quotient is $x^8 + … + 1$ and the remainder is $2$.": the remainder read last fails; the quotient may be
        // what the problem asked for.
        // Never after a box: "… = \boxed{x^5 - … - \frac{2}{x+1}}" commits to quotient and remainder together.
        if !verification.equivalent, extraction.rule.hasPrefix("last-"), let quotient = AnswerExtractor.quotientStated(response) {
            let second = verify(gold: gold, candidate: quotient, policy: policy)
            if second.equivalent {
                return Judgment(correct: true, extracted: quotient, reason: "\(extraction.rule) (the quotient beside the remainder): \(second.reason)\(cut)")
            }
        }
        // "7 horas, es decir, 420 minutos", "2 tam 1/3, yani 7/3": one value said twice; either form answers.
        if !verification.equivalent, answer.utf8.count <= 200, case let bytes = Array(answer.utf8),
           let (at, marker) = AnswerExtractor.restatementMarkers.compactMap({ marker in Bytes.find(bytes, marker).map { ($0, marker) } }).min(by: { $0.0 < $1.0 }),
           at > 0 {
            for form in [bytes[..<at], bytes[(at + marker.count)...]].map({ Bytes.string(Bytes.trimSpaces($0)) }) where !form.isEmpty {
                let second = verify(gold: gold, candidate: form, policy: policy)
                if second.equivalent {
                    return Judgment(correct: true, extracted: form, reason: "\(extraction.rule) (one form of a value said twice): \(second.reason)\(cut)")
                }
            }
        }
        // "Ответ: Эвелин (Evelyn)", "答え：ナビン (Navin)": a name in another script with its Latin spelling after it.
        if !verification.equivalent, answer.utf8.count <= 40, answer.unicodeScalars.contains(where: { $0.value >= 0x400 }),
           let latin = AnswerExtractor.latinSpellingAfter(answer, in: response) {
            let second = verify(gold: gold, candidate: latin, policy: policy)
            if second.equivalent {
                return Judgment(correct: true, extracted: latin, reason: "\(extraction.rule) (the Latin spelling after a name): \(second.reason)\(cut)")
            }
        }
        // "Up to permutation the solutions are $(2,2,2)$ and $(3,5,7)$; all permutations of these are solutions.": the
        // tuples with every ordering of each, against a gold that lists them.
        if !verification.equivalent, gold.utf8.count <= 1_000, answer.utf8.count <= 300, answer.hasPrefix("("),
           let listed = AnswerExtractor.permutationsListed(answer, in: response) {
            let second = verify(gold: gold, candidate: listed, policy: policy)
            if second.equivalent {
                return Judgment(correct: true, extracted: listed, reason: "\(extraction.rule) (every ordering of the tuples listed): \(second.reason)\(cut)")
            }
        }
        // "La réponse est douze.": one number word of another language.
        if !verification.equivalent, answer.utf8.count <= 48, let value = NumberWords.foreignWordValue(answer) {
            let second = verify(gold: gold, candidate: value, policy: policy)
            if second.equivalent {
                return Judgment(correct: true, extracted: value, reason: "\(extraction.rule) (a number word in another language): \(second.reason)\(cut)")
            }
        }
        // "3 degrees below zero", "5 below zero": a temperature below zero is negative (as the last-number reading says).
        if !verification.equivalent, answer.utf8.count <= 48, let number = answer.split(separator: " ").first,
           !number.isEmpty, number.utf8.allSatisfy({ Bytes.isDigit($0) || $0 == 46 }),
           AnswerExtractor.belowZeroEnd(Array(answer.utf8), from: number.utf8.count) == answer.utf8.count {
            let second = verify(gold: gold, candidate: "-" + number, policy: policy)
            if second.equivalent {
                return Judgment(correct: true, extracted: "-" + number, reason: "\(extraction.rule) (below zero): \(second.reason)\(cut)")
            }
        }
        // "The solution is all x greater than 5." against `x>5`: a bound in words is the relation on the gold's variable.
        if !verification.equivalent, gold.utf8.count <= 40, answer.utf8.count <= 40, let relation = AnswerExtractor.relationFromBound(answer, gold: gold) {
            let second = verify(gold: gold, candidate: relation, policy: policy)
            if second.equivalent {
                return Judgment(correct: true, extracted: relation, reason: "\(extraction.rule) (a bound in words): \(second.reason)\(cut)")
            }
        }
        // "so $a = 1$ and $$y = (x-2)^2 - 1.$$" against `y=x^2-4x+3`: a list read last whose one item names the left side
        // of an equation gold is that item.
        if !verification.equivalent, extraction.rule.hasPrefix("last-"), gold.utf8.count <= 80, !gold.utf8.contains(44),
           answer.utf8.count <= 200, answer.utf8.contains(44), let item = AnswerExtractor.itemNaming(gold: gold, in: answer) {
            let second = verify(gold: gold, candidate: item, policy: policy)
            if second.equivalent {
                return Judgment(correct: true, extracted: item, reason: "\(extraction.rule) (the item of a list that names the gold's left side): \(second.reason)\(cut)")
            }
        }
        // "…, so there are infinitely many such $n$.": a fallback's value gives way to the answer the last sentence
        // states in words after it.
        // So does an answer phrase in another script that states it in words ("答え：無限個").
        if !verification.equivalent, policy.fallback != .none,
           extraction.rule.hasPrefix("last-") || extraction.rule == "answer-phrase" && answer.utf8.contains(where: { $0 >= 0x80 }),
           let sentence = AnswerExtractor.lastSentence(response), let stated = AnswerProse.statedInWords(sentence),
           verify(gold: gold, candidate: stated, policy: policy).equivalent {
            return Judgment(correct: true, extracted: stated, reason: "last-sentence: stated in words (after \(extraction.rule))\(cut)")
        }
        // "So there are no such integers $n$.", "So the number of real solutions is none.": against a gold of 0, a last sentence
        // that says nothing of the kind exists, when a fallback read math or a number from the reasons.
        if !verification.equivalent, policy.fallback != .none, extraction.rule.hasPrefix("last-"), plainGold == "0",
           let sentence = AnswerExtractor.lastSentence(response), AnswerProse.statesNoneExist(sentence) {
            return Judgment(correct: true, extracted: "0", reason: "last-sentence: none exist, a count of 0 in words\(cut)")
        }
        // "**Answer:** Only the identity function works.": an answer phrase of words alone states its answer in words.
        if !verification.equivalent, policy.fallback != .none, extraction.rule == "answer-phrase", answer.utf8.count <= 120,
           !answer.utf8.contains(where: { Bytes.isDigit($0) || $0 == 36 || $0 == 92 }), let stated = AnswerProse.statedInWords(answer),
           verify(gold: gold, candidate: stated, policy: policy).equivalent {
            return Judgment(correct: true, extracted: stated, reason: "answer-phrase: stated in words\(cut)")
        }
        // "Since the sum is divisible by 9, yes, the number is divisible by 9.": a yes or no set off by commas in the last
        // sentence (or a last sentence "It is not possible.") answers a yes/no gold that a number or math read from the
        // reasoning did not.
        if !verification.equivalent, policy.fallback != .none, extraction.rule.hasPrefix("last-"), gold.utf8.count <= 24,
           let sentence = AnswerExtractor.lastSentence(response), let word = AnswerProse.yesNoClause(sentence),
           verify(gold: gold, candidate: word, policy: policy).equivalent {
            return Judgment(correct: true, extracted: word, reason: "last-sentence: a yes or no it states\(cut)")
        }
        // "**Yes**, it is possible. For example, take $a = 3$ …": a yes/no gold answered by the opening word (bold or not)
        // of a short response that never turns back, when a fallback read a number from its reasons.
        if !verification.equivalent, policy.fallback != .none, extraction.rule.hasPrefix("last-"), gold.utf8.count <= 24,
           // The gold's word read as text: a parser reads "No" as the product of two names.
           case let word = Bytes.string(compactLowered(plainGold)), word == "yes" || word == "no",
           response.utf8.count <= 600, !AnswerProse.turnsBack(response, negativeAnswer: word == "no"),
           AnswerProse.opensWith(response.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "**", with: ""), word) {
            return Judgment(correct: true, extracted: word, reason: "first-sentence: opens with the word answer (after \(extraction.rule))\(cut)")
        }
        // `$S_1:S_2=4:9$` against `4:9`: a gold that sets a ratio of names to a ratio of values is that ratio of values.
        if !verification.equivalent, gold.utf8.count <= 60, case let plain = gold.filter({ $0 != "$" && $0 != " " }),
           plain.filter({ $0 == "=" }).count == 1, let equals = plain.firstIndex(of: "="),
           case let left = plain[..<equals], case let right = plain[plain.index(after: equals)...],
           left.contains(":"), right.contains(":"), left.first?.isLetter == true, !right.contains(where: \.isLetter),
           verify(gold: String(right), candidate: answer, policy: policy).equivalent {
            return Judgment(correct: true, extracted: answer, reason: "\(extraction.rule): equal as values (the ratio a ratio of names is set to)\(cut)")
        }
        // "The center is $(-3, 2)$ and the radius is $5$.": a point gold against the one point of the last sentence, when
        // a fallback read a single other value of it.
        if !verification.equivalent, policy.fallback != .none, extraction.rule.hasPrefix("last-"), gold.utf8.count <= 80,
           !answer.contains(","), !answer.contains("("),
           let commas = AnswerProse.singlePointCommas(gold), let sentence = AnswerExtractor.lastSentence(response),
           let point = AnswerProse.onlyPoint(sentence, commas: commas), point != answer,
           verify(gold: gold, candidate: point, policy: policy).equivalent {
            return Judgment(correct: true, extracted: point, reason: "last-sentence: the one point it states\(cut)")
        }
        // "… intersect at the origin and at $(1,1)$.": the origin named in words is a point of the list (of the gold's
        // dimension) beside the points the fallback read.
        if !verification.equivalent, policy.fallback != .none, extraction.rule.hasPrefix("last-"), gold.utf8.count <= 80,
           case let compactGold = gold.filter({ $0 != " " && $0 != "$" }), compactGold.contains("(0,0"), compactGold.contains("),("),
           answer.hasPrefix("("), let sentence = AnswerExtractor.lastSentence(response)?.lowercased(), sentence.contains("the origin"),
           !sentence.contains("not the origin"), !sentence.contains("than the origin"), !sentence.contains("from the origin") {
            let origin = compactGold.contains("(0,0,0)") ? "(0,0,0)" : "(0,0)"
            if verify(gold: gold, candidate: origin + ", " + answer, policy: policy).equivalent {
                return Judgment(correct: true, extracted: origin + ", " + answer, reason: "last-sentence: the origin named in words\(cut)")
            }
        }
        // "… so the inverse does not exist. As instructed, we enter the zero matrix.": a zero-matrix gold named in words.
        if !verification.equivalent, policy.fallback != .none, FoundationText.contains(gold, "matrix"), GoldCache.isZeroMatrix(gold),
           let sentence = AnswerExtractor.lastSentence(response)?.lowercased(), sentence.contains("zero matrix"),
           !sentence.contains("not the zero matrix"), !sentence.contains("not a zero matrix") {
            return Judgment(correct: true, extracted: "the zero matrix", reason: "last-sentence: the zero matrix named in words\(cut)")
        }
        // "$A^4$ is the $2 \times 2$ identity matrix $I$.": an identity-matrix gold named in words (of the size named, if any).
        if !verification.equivalent, policy.fallback != .none, FoundationText.contains(gold, "matrix"),
           let sentence = AnswerExtractor.lastSentence(response)?.lowercased(), let named = sentence.range(of: "identity matrix"),
           !sentence[..<named.lowerBound].contains(" not ") {
            let identity = AnswerProse.squareSize(sentence).map { size in
                "\\begin{pmatrix}" + (0..<size).map { row in (0..<size).map { $0 == row ? "1" : "0" }.joined(separator: "&") }.joined(separator: "\\\\") + "\\end{pmatrix}"
            } ?? "I"
            if verify(gold: gold, candidate: identity, policy: policy).equivalent {
                return Judgment(correct: true, extracted: "the identity matrix", reason: "last-sentence: the identity matrix named in words\(cut)")
            }
        }
        // "… $(2,2,2)$ and all permutations of $(1,2,3)$": a gold of several tuples against tuples and permutations named
        // in the last sentence.
        if !verification.equivalent, policy.fallback != .none, gold.utf8.count <= 400, FoundationText.contains(gold, "),"),
           let sentence = AnswerExtractor.lastSentence(response), let listed = AnswerProse.permutationsListed(sentence),
           verify(gold: gold, candidate: listed, policy: policy).equivalent {
            return Judgment(correct: true, extracted: listed, reason: "last-sentence: tuples and their permutations: equal as values\(cut)")
        }
        // "정답은 ③입니다" against `C`: options numbered ① to ⑤ are the letters A to E; so are Arabic option letters.
        // "정답은 ② $3^{20}$입니다.": the one numbered option the last sentence names, before its value.
        if !verification.equivalent, gold.utf8.count <= 16, let letter = goldLetter,
           let chosen = circledChoice(answer) ?? AnswerExtractor.lastSentence(response).flatMap(onlyCircledChoice) {
            let correct = chosen == letter
            return Judgment(correct: correct, extracted: String(chosen), reason: "choice-letter: a numbered option read as its letter\(correct ? "" : ", a different choice")\(cut)")
        }
        // `x \equiv 25 \equiv 4 \pmod{7}` against a number: the last residue of the congruence.
        if !verification.equivalent, let residue = AnswerExtractor.congruenceResidue(answer) {
            let second = verify(gold: gold, candidate: residue, policy: policy)
            if second.equivalent {
                return Judgment(correct: true, extracted: residue, reason: "\(extraction.rule): \(second.reason) (the residue of a congruence)\(cut)")
            }
        }
        // "3k + 7 = 0, k = -7/3", "$500 × 149.2 = ¥74,600" read whole: the derivation's last step is its answer.
        // "$\mathbf{A}^{27} + \mathbf{A}^{31} = -\mathbf{I} + \mathbf{A} - \mathbf{A} = -\mathbf{I}$" against a matrix: so is a last
        // segment's.
        if !verification.equivalent, extraction.rule.hasPrefix("whole-response") || extraction.rule.hasPrefix("last-math (LaTeX written without")
            || extraction.rule == "last-math" && FoundationText.contains(gold, "matrix"),
           !gold.utf8.contains(61), let step = AnswerExtractor.lastStep(answer) {
            let second = verify(gold: gold, candidate: step, policy: policy)
            if second.equivalent {
                return Judgment(correct: true, extracted: step, reason: "\(extraction.rule): \(second.reason) (its last step)\(cut)")
            }
        }
        // "Answer: 937.5 g" against `937.5`: a unit symbol of one letter after a plain number.
        if !verification.equivalent, !gold.utf8.contains(where: Bytes.isLetter), let number = AnswerExtractor.numberBeforeOneLetterUnit(answer) {
            let second = verify(gold: gold, candidate: number, policy: policy)
            if second.equivalent {
                return Judgment(correct: true, extracted: answer, reason: "\(extraction.rule): \(second.reason) (a unit symbol after the number)\(cut)")
            }
        }
        // "The limit equals $e\approx 2.718$" against `e`: a constant written before its approximation is stated exactly
        // (the normaliser reads a one-letter name before `\approx` as a name for the value after it).
        if !verification.equivalent, answer.utf8.count <= 60,
           let sign = FoundationText.range(of: "\\approx", in: answer, backwards: false) ?? FoundationText.range(of: "≈", in: answer, backwards: false) {
            let left = FoundationText.trimmingWhitespace(answer[..<sign.lowerBound], newlines: true).replacingOccurrences(of: "$", with: "")
            if left.utf8.count == 1, Bytes.isLetter(left.utf8.first!), plainGold == left {
                return Judgment(correct: true, extracted: left, reason: "\(extraction.rule): the constant before its approximation\(cut)")
            }
        }
        // … and in plain text, where the last number read is the approximation: "The limit is e ≈ 2.718."
        if !verification.equivalent, plainGold.utf8.count == 1, Bytes.isLetter(plainGold.utf8.first!), extraction.rule.hasPrefix("last-number"),
           let sentence = AnswerExtractor.lastSentence(response),
           sentence.contains(" " + plainGold + " ≈ " + answer) || sentence.contains(" " + plainGold + " \\approx " + answer) {
            return Judgment(correct: true, extracted: plainGold, reason: "\(extraction.rule): the constant before its approximation\(cut)")
        }
        // "She gets 35 cents back." against `\$0.35`; "… = $0.40." against `40\text{ cents}`.
        if !verification.equivalent, extraction.rule.hasPrefix("last-"), gold.utf8.count <= 40 {
            let dollarGold = gold.utf8.contains(36) || FoundationText.contains(gold, "dollar")
            let centGold = !dollarGold && FoundationText.contains(gold, "cent")
            let sentence = dollarGold || centGold ? AnswerExtractor.lastSentence(response) : nil
            let converted = sentence.flatMap { dollarGold ? CentAmounts.dollars(answer: answer, sentence: $0) : CentAmounts.cents(answer: answer, sentence: $0) }
            if let converted, verify(gold: gold, candidate: converted, policy: policy).equivalent {
                return Judgment(correct: true, extracted: converted, reason: "\(extraction.rule): the same amount in dollars and cents\(cut)")
            }
        }
        // `4k, 4k+3` against `n \equiv 0, 3 \pmod{4}`: the same residue classes.
        if !verification.equivalent, ResidueClasses.same(gold: gold, candidate: answer) {
            return Judgment(correct: true, extracted: answer, reason: "\(extraction.rule): the same residue classes\(cut)")
        }
        if !verification.equivalent, extraction.allBoxed.count > 1 {
            let joined = extraction.allBoxed.joined(separator: ", ")
            let second = verify(gold: gold, candidate: joined, policy: policy)
            if second.equivalent { verification = second; verification.reason += " (all boxed answers together)"; answer = joined }
        }
        return Judgment(correct: verification.equivalent, extracted: answer, reason: "\(extraction.rule): \(verification.reason)\(cut)")
    }

    private static let textbfOpen = Array("\\textbf{".utf8)
    private static let spacingCommands = [Array("\\qquad".utf8), Array("\\quad".utf8)]

    /// The one letter whose option, in the response's own list ("(A) $\frac12$ (B) $\frac35$ …", "(A) 12 (B) 15 …"), is
    /// equal to `value` as an answer (`\frac{3}{5}`, "15 minutes"); nil when no option or more than one is.
    func optionEqual(to value: String, in response: String, policy: AnswerPolicy) -> Character? {
        let text = Array(response.utf8)
        guard text.count <= 20_000, !value.isEmpty else { return nil }
        // `(A) 8`, and in math `\textbf{(A)}\ \frac15 \quad \textbf{(B)}\ …`: where each label starts, and its value.
        var labels: [(start: Int, letter: UInt8, value: Int, inMath: Bool)] = []
        for index in 0..<max(0, text.count - 3) where text[index] == 40 && (65...69).contains(text[index + 1]) && text[index + 2] == 41 {
            let braced = text[index + 3] == 125 && index >= 8 && Bytes.hasPrefix(text, at: index - 8, Self.textbfOpen)
            var value = braced ? index + 4 : index + 3
            let spacing = value
            while value < text.count, text[value] == 32 || text[value] == 126 || text[value] == 92 && value + 1 < text.count && text[value + 1] == 32 {
                value += text[value] == 92 ? 2 : 1
            }
            guard value > spacing else { continue }
            labels.append((braced ? index - 8 : index, text[index + 1], value, braced))
        }
        guard labels.count >= 2, labels.count <= 10 else { return nil }
        var found: Character?
        for (number, label) in labels.enumerated() {
            var end = number + 1 < labels.count ? labels[number + 1].start : text.count
            guard label.value < end else { continue }
            // An option set in math ends with the math.
            if let stop = text[label.value..<end].firstIndex(where: { $0 == 10 || label.inMath && $0 == 36 }) { end = stop }
            var option = Bytes.trimSpaces(text[label.value..<end])
            while true {
                if let last = option.last, last == 44 || last == 59 || last == 46 || last == 36 { option = Bytes.trimSpaces(option.dropLast()); continue }
                if let quad = Self.spacingCommands.first(where: { option.count > $0.count && option.suffix($0.count).elementsEqual($0) }) {
                    option = Bytes.trimSpaces(option.dropLast(quad.count)); continue
                }
                break
            }
            guard !option.isEmpty, option.count <= 40, verify(gold: Bytes.string(option), candidate: value, policy: policy).equivalent else { continue }
            let letter = Character(Unicode.Scalar(label.letter))
            if let previous = found, previous != letter { return nil }
            found = letter
        }
        return found
    }
}

/// The Latin option letter of an answer that is one Greek capital Α, Β, Γ, Δ or Ε (the order Greek exams letter their
/// options), alone or in parentheses or bold; nil otherwise.
func greekOptionLetter(_ answer: String) -> Character? {
    let core = answer.unicodeScalars.filter { !" ()*.$".unicodeScalars.contains($0) }
    guard core.count == 1, let scalar = core.first, (0x391...0x395).contains(scalar.value) else { return nil }
    return Character(Unicode.Scalar(UInt8(65 + scalar.value - 0x391)))
}

extension GaprunScorer {
    /// `\text{`, as bytes.
    static let textCommand = Array("\\text{".utf8)
    /// The number of a gold part that names it, `W = 9` (a name of letters) or `12 \text{ chickens}` (words after it, given
    /// back as "12 chickens" for the response to contain); nil for any other part.
    static func namedGoldValue(_ part: String) -> (value: String, word: String?)? {
        let bytes = Array(part.utf8)
        func number(_ slice: ArraySlice<UInt8>) -> String? {
            let trimmed = Bytes.trimSpaces(slice)
            guard !trimmed.isEmpty, trimmed.allSatisfy({ Bytes.isDigit($0) || $0 == 45 || $0 == 46 }), trimmed.contains(where: Bytes.isDigit)
            else { return nil }
            return Bytes.string(trimmed)
        }
        if let equals = bytes.firstIndex(of: 61), case let name = Bytes.trimSpaces(bytes[..<equals]), !name.isEmpty,
           name.allSatisfy(Bytes.isLetter), let value = number(bytes[(equals + 1)...]) {
            return (value, nil)
        }
        if let text = Bytes.find(bytes, textCommand), bytes.last == 125, case let words = Bytes.trimSpaces(bytes[(text + 6)..<(bytes.count - 1)]),
           !words.contains(125), words.contains(where: Bytes.isLetter), let value = number(bytes[..<text]) {
            return (value, value + " " + Bytes.string(words).lowercased())
        }
        return nil
    }

    /// Whether each of `parts` equals a different one of `values`, in any order, with as many of each.
    static func matchInAnyOrder(_ parts: [String], _ values: [String], policy: AnswerPolicy) -> Bool {
        guard parts.count == values.count else { return false }
        var unmatched = values
        for part in parts {
            guard let match = unmatched.firstIndex(where: { verify(gold: part, candidate: $0, policy: policy).equivalent }) else { return false }
            unmatched.remove(at: match)
        }
        return true
    }

    /// The values of a gold that joins two to four plain numbers, maybe each set to one and the same unknown, by " or " or
    /// " and " (`x = 10 or x = 40` → `10`, `40`; `67 and 73`); nil for anything else (a tuple's order matters, so commas
    /// alone do not make a set here).
    static func valuesOfOneUnknown(_ gold: String) -> [String]? {
        let joined = gold.replacingOccurrences(of: "\\text{ or }", with: " or ").replacingOccurrences(of: "\\text{ and }", with: " and ")
        guard joined.contains(" or ") || joined.contains(" and ") else { return nil }
        let parts = joined.replacingOccurrences(of: " or ", with: ",").replacingOccurrences(of: " and ", with: ",").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard (2...4).contains(parts.count) else { return nil }
        var name: Substring?
        var values: [String] = []
        for part in parts {
            var value = Substring(part)
            if let equals = part.firstIndex(of: "=") {
                let left = part[..<equals].trimmingCharacters(in: .whitespaces)
                guard left.count == 1, left.first!.isLetter, name == nil || name! == Substring(left) else { return nil }
                name = Substring(left)
                value = part[part.index(after: equals)...]
            }
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, trimmed.utf8.allSatisfy({ Bytes.isDigit($0) || $0 == 45 || $0 == 46 }) else { return nil }
            values.append(trimmed)
        }
        return values
    }
}
