// The extraction pipeline: each rule, its order, policies that turn fallbacks off, and garbage input.
import Testing
@testable import GapScore

/// The standard scorer's verdict on one response against one gold, as the round tests below check it.
private func judge(_ response: String, _ gold: String) -> Bool {
    GaprunScorer().judge(response: response, gold: gold, policy: .standard).correct
}

@Test func boxedForms() {
    #expect(AnswerExtractor.extract("so $\\boxed{\\frac{1}{2}}$.", policy: .standard).answer == "\\frac{1}{2}")
    #expect(AnswerExtractor.extract("The answer is \\boxed 5.", policy: .standard).answer == "5.")
    #expect(AnswerExtractor.extract("\\fbox{12} done", policy: .standard).answer == "12")
    let several = AnswerExtractor.extract("\\boxed{1} and \\boxed{2}", policy: .standard)
    #expect(several.answer == "2")
    #expect(several.allBoxed == ["1", "2"])
    #expect(several.rule == "boxed")
    #expect(AnswerExtractor.extract("\\boxed{unbalanced", policy: .boxedOnly).answer == nil)
}

@Test func phrasesAndMarkers() {
    #expect(AnswerExtractor.extract("Final Answer: The final answer is $x = 16$. I hope it is correct.", policy: .standard).answer == "x = 16")
    #expect(AnswerExtractor.extract("work\n#### 5\n\nQuestion: 2+3?\n#### 7", policy: .gsm8k).answer == "5")
    var last = AnswerPolicy.gsm8k
    last.hashMarker = .last
    #expect(AnswerExtractor.extract("work\n#### 5\n#### 7", policy: last).answer == "7")
    let phrase = AnswerExtractor.extract("**Answer:** 64 (check: 64 + 1 = 65)", policy: .gsm8k)
    #expect(phrase.answer == "64")
    #expect(phrase.rule == "answer-phrase")
    #expect(AnswerExtractor.extract("I think A, but the answer is D.", policy: .standard).answer == "D")
}

@Test func fallbacksFollowThePolicy() {
    let response = "So it takes 5 minutes per page, and 50 minutes in total."
    // The unit goes on into "in total" and stays with its number.
    #expect(AnswerExtractor.extract(response, policy: .gsm8k).answer == "50\\text{ minutes}")
    #expect(AnswerExtractor.extract(response, policy: .gsm8k).rule == "last-number (with its unit)")
    #expect(AnswerExtractor.extract(response, policy: .boxedOnly).answer == nil)
    #expect(AnswerExtractor.extract(response, policy: .boxedMath).answer == nil)
    #expect(AnswerExtractor.extract("the pair is $(7, 6)$", policy: .boxedMath).answer == "(7, 6)")
    #expect(AnswerExtractor.extract("-1 + exp(16)", policy: .standard).rule == "whole-response")
    // A number glued to letters is not an answer.
    #expect(AnswerExtractor.extract("AZYUK2A", policy: .standard).answer == nil)
}

@Test func multipleChoiceLetters() {
    let scorer = GaprunScorer()
    #expect(scorer.judge(response: "The choice is (d)", gold: "D", policy: .standard).correct)
    #expect(scorer.judge(response: "**Answer: (A)**", gold: "A", policy: .standard).correct)
    #expect(scorer.judge(response: "$\\textbf{(C)}$", gold: "\\text{(C)}", policy: .standard).correct)
    #expect(!scorer.judge(response: "I think A is tempting, but the answer is D.", gold: "A", policy: .standard).correct)
}

@Test func garbageNeverCrashes() {
    for response in ["", "}}}}{{{{", "\\boxed{", "$$$$", "#### ", "\\frac", String(repeating: "{", count: 5000),
                     String(repeating: "(", count: 3000) + "1", "\\boxed{" + String(repeating: "\\sqrt{", count: 400) + "2"] {
        let judgment = GaprunScorer().judge(response: response, gold: "2", policy: .standard)
        #expect(!judgment.correct || response.hasSuffix("2"))
        #expect(!judgment.reason.isEmpty)
    }
}

@Test func longInputsAreCutWithAReason() {
    let response = String(repeating: "blah ", count: 10_000) + "\\boxed{42}"
    let extraction = AnswerExtractor.extract(response, policy: .standard)
    #expect(extraction.answer == "42")
    #expect(extraction.cutOff != nil)
    let deep = "\\boxed{" + String(repeating: "(", count: 300) + "1" + String(repeating: ")", count: 300) + "}"
    let judgment = GaprunScorer().judge(response: deep, gold: "1", policy: .standard)
    #expect(!judgment.reason.isEmpty)
}

@Test func valuesBeforeRemarksQualifiersAndHedges() {
    func read(_ response: String) -> String? { AnswerExtractor.extract(response, policy: .standard).answer }
    // A comparison or a restatement after the value does not replace it.
    #expect(read("The probability is $\\frac{3}{8}$, which is less than $\\frac{1}{2}$ as expected.") == "\\frac{3}{8}")
    #expect(read("The total is 45, which is indeed less than 50.") == "45")
    #expect(read("The remainder is 6 (equivalently, $-1 \\pmod 7$).") == "6")
    #expect(read("The probability is $\\frac{2}{9}$ (approximately $0.22$).") == "\\frac{2}{9}")
    #expect(read("The final answer is 1/2, or 50% as a percent.") == "1/2")
    #expect(read("We need 25% of 80. The answer is 25% of 80, i.e. 20.") == "20")
    // Parts named after "where", a quantified domain, a domain after a bare answer.
    #expect(read("Therefore $a+b = 11$, where $a = 4$ and $b = 7$.") == "a+b = 11")
    #expect(read("The minimum occurs at $x = 1$, where $f(1) = -3$.") != "x = 1")
    #expect(read("Hence the minimum is $2n-2$ for every $n \\ge 2$.") == "2n-2")
    #expect(read("f(x) = 2x for all real x") == "f(x) = 2x")
    #expect(read("84 and 69") == "84, 69")
    // Two boxes joined by "or" answer both; a doubted guess answers nothing.
    #expect(read("I'm not sure; it is either $\\boxed{8}$ or $\\boxed{10}$.") == "8, 10")
    #expect(read("If it is arithmetic the answer might be 5, but I'm not confident.") == nil)
    #expect(read("The answer might be 5.") == "5")
    // A Unicode minus anywhere; a unit that ends the sentence stays with its number.
    #expect(read("The ordered triple is (6, 31, −1).") == "(6, 31, -1)")
    #expect(read("The distance is 150 m.") == "150\\text{ m}")
    #expect(read("So it takes 50 minutes in total.") == "50\\text{ minutes}")
    #expect(read("He drives at 5 miles per hour.") == "5")
}

@Test func severalChoiceLettersAndWordAnswers() {
    #expect(judge("The correct options are A, E, and C.", "\\text{A, C, E}"))
    #expect(!judge("The correct options are A and E.", "\\text{A, C, E}"))
    #expect(judge("Yes. Such an arrangement exists, as the construction above shows.", "\\text{Yes}"))
    #expect(!judge("Yes. Wait, no: such an arrangement cannot exist.", "\\text{Yes}"))
    #expect(judge("After the turns she ends up facing **east**.", "\\text{east}"))
    #expect(judge("Therefore $f$ is neither even nor odd.", "\\text{neither}"))
    #expect(judge("$\\boxed{\\sqrt66}$", "\\sqrt{66}"))
    #expect(judge("(m, n) = (221, 8)", "$221,$8$"))
    #expect(!judge("(m, n) = (8, 221)", "$221,$8$"))
    #expect(!judge("(221, 8)", "$221,$8$"))
    #expect(judge("5.4¢", "5.4 \\text{ cents}"))
}

@Test func roundSixExtraction() {
    func read(_ response: String) -> String? { AnswerExtractor.extract(response, policy: .standard).answer }
    // Solutions joined by "or" inside math, or a named list ending in "or".
    #expect(read("Factoring, $(x-1)(x-2) = 0$, so\n$$x = 2 \\quad\\text{or}\\quad x = 1.$$") == "x = 2 \\quad\\text{or}\\quad x = 1.")
    #expect(read("So $n = 1, 3, 5,$ or $15$.") == "n = 1, 3, 5, 15")
    // A display line that continues a computation; a chain of names given one value.
    #expect(read("The product is $\\tfrac19 - 4$.\n\n$$= -3.\\overline{8}$$") == "-3.\\overline{8}")
    #expect(read("The unique solution is $x = y = z = 1$.") == "x = 1, y = 1, z = 1")
    // A turn after the box to another answer; a check after "but" keeps the box.
    #expect(read("Both $\\boxed{9}$ and $\\boxed{-9}$ square to 81, but the problem wants the positive value, so the answer is 9.") == "9")
    #expect(read("There are $\\boxed{15}$ divisors.\n\nHmm, but only the even ones count: $2 \\cdot 5 = 10$.\n\nSo the number of even divisors is 10.") == "10")
    #expect(read("There are $\\boxed{15}$ divisors. But let me verify: $3 \\cdot 5 = 15$.") == "15")
    #expect(read("The answer is $\\boxed{\\frac{3}{4}}$... no wait: I inverted the ratio. The answer is $\\frac{4}{3}$.") == "\\frac{4}{3}")
    // A box inside a closing aside; a remark in parentheses after the answer.
    #expect(read("The answer is $\\boxed{\\tfrac12}$.\n\n(For comparison, both heads would have probability $\\boxed{\\tfrac14}$.)") == "\\tfrac12")
    #expect(read("$5x - 7y + 11z + 4 = 0$ (normal vector $(5,-7,11)$)") == "$5x - 7y + 11z + 4 = 0$")
    #expect(read("It takes 150 min (that is 2.5 hours)") == "150")
    // Doubt between two values commits to neither; "no real solutions" is the answer of its sentence.
    #expect(read("The value is either 4 or 6; I can't determine which without more information.") == nil)
    #expect(read("$x^2 + 1 = 0$ has no real roots, so there are no real solutions.") == "\\text{no real solutions}")
    #expect(read("So there are no real solutions; the number of real roots is zero.") != "\\text{no real solutions}")
    // Plain-text forms: a base in words, below zero, an expression, a spaced tuple, a few-shot label.
    #expect(read("The quotient is $204$ in base 5.") == "204_{5}")
    #expect(read("52 (base 8)") == "52_{8}")
    #expect(read("In the morning it was 3 degrees below zero.") == "-3")
    #expect(read("So the largest N is 100!/2^50.") == "100!/2^50")
    #expect(read("The midpoint is ( -1 , 6 ).") == "( -1 , 6 )")
    #expect(read("Polar coordinates: (3, π/2)") == "(3, π/2)")
    #expect(read("A: 16\nQ: There are 3 cars and 2 more arrive. How many cars?\nA: 5") == "16")
    // Written from `va`: a final-answer label or heading after the box, a correction between two `####` markers, a bold
    // first line before its explanation, a unit after a computation's result, a number word after a semicolon.
    #expect(read("The perimeter is $\\boxed{26}$.\n\nHmm, the problem asks for the area: $8 \\times 5 = 40$. Final answer: 40.") == "40")
    #expect(read("So $P = \\boxed{\\dfrac{5}{6}}$.\n\n## Final Answer\n\nNot winning: $1 - \\frac{5}{6} = \\frac{1}{6}$.") == "1 - \\frac{5}{6} = \\frac{1}{6}")
    #expect(read("He pays 60,000.\n#### 60,000\nCorrection: what is left is 100,000 - 60,000 = 40,000.\n#### 40,000") == "40,000")
    #expect(read("**42**\n\nExplanation: there are $6$ rows of $7$ seats, and the $3$ reserved seats are among them.") == "42")
    #expect(read("The original price is $14.40 / 0.4 = 36$ cents.") == "36\\text{ cents}")
    #expect(read("The value does not depend on $x$ at all; the expression is always zero.") == "0")
    // Written from `vb` and `vc`: a correction after `####`, a guessed box, a turn that finds no solution, "the correct
    // X is" after an answer phrase, an aside with a number that was rounded, a bare name after a number.
    #expect(read("She has 12 × 3 = 36 pencils.\n#### 36\n\nWait, she gave 4 away first, so 36 − 4 = 32.\nThe answer is 32.") == "32")
    #expect(read("I'll guess $\\boxed{7}$. Let me verify: $7^2 - 35 + 6 = 20 \\neq 0$. So the roots are $x = 3$ and $x = 2$.") == "x = 3, x = 2")
    #expect(read("So the answer would be $\\boxed{4}$. But substituting gives $9 \\neq 7$, a contradiction, so the system has no solution.") == "\\text{no solution}")
    #expect(read("One might think the answer is 10, but that double counts. The correct count is $10 + 8 - 3 = 15$.") == "15")
    #expect(read("21 books / 5 books per box = 4.2, so she needs 5 boxes (4.2 rounded up).") == "5")
    #expect(read("They meet 27 miles from City $A$.") == "27\\text{ miles}")
}

@Test func roundSixEquivalence() {
    #expect(judge("$\\boxed{{3 \\over 4}}$", "\\frac34"))
    #expect(judge("2516₈", "2516_8"))
    #expect(judge("The answer is 2 + log₂3.", "\\log_2 12"))
    #expect(judge("So the largest N is 100!/2^50.", "\\frac{100!}{2^{50}}"))
    #expect(!judge("So the largest N is 100!/2^5.", "\\frac{100!}{2^{50}}"))
    #expect(judge("±2, ±2i", "2, -2, 2i, -2i"))
    #expect(judge("⟨−7, 16, 5⟩", "\\begin{pmatrix} -7 \\\\ 16 \\\\ 5 \\end{pmatrix}"))
    #expect(judge("$r \\approx 4.2\\%$", "4.2"))
    #expect(judge("$N = \\lfloor 2n/3\\rfloor+1$", "$N(n)=\\left\\lfloor\\frac{2 n}{3}\\right\\rfloor+1$"))
    #expect(judge("We get $a = 1$, $b = 3$, $c = 2$.", "(1,3,2)"))
    #expect(!judge("We get $a = 1$, $c = 2$, $b = 3$.", "(1,2,3)"))
    #expect(judge("The unique solution is $x = y = z = 1$.", "(1,1,1)"))
    #expect(judge("$\\boxed{\\text{Tue}}$", "Tuesday"))
    #expect(judge("The meeting ends at 15:45.", "3{:}45 \\text{ PM}"))
    #expect(!judge("The meeting ends at 3:45 AM.", "3{:}45 \\text{ PM}"))
    #expect(!judge("$\\boxed{3:45}$", "3{:}45 \\text{ PM}"))
    // Word answers in a sentence, a name in bold, no solutions.
    #expect(judge("It's an ellipse.", "\\text{ellipse}"))
    #expect(judge("The composition is an even function.", "\\text{even}"))
    #expect(judge("It is an ellipse centered at $(6,0)$.", "\\text{ellipse}"))
    #expect(!judge("The composition is not an even function.", "\\text{even}"))
    #expect(judge("Average speed is distance over time; the steepest line belongs to **Evelyn**.", "\\text{Evelyn}"))
    #expect(!judge("Average speed is distance over time; the steepest line belongs to **Maria**.", "\\text{Evelyn}"))
    #expect(judge("Since the discriminant is negative, there are no real solutions.", "\\emptyset"))
    #expect(judge("The discriminant is negative, so the equation has no real solutions.", "0"))
    #expect(!judge("There is no solution.", "0"))
    #expect(judge("The equation describes an ellipse.", "\\text{ellipse}"))
    #expect(judge("Counting 100 days forward from a Sunday lands on a \\textbf{Tuesday}.", "Tuesday"))
    #expect(judge("5.4 cents", "5.4 \\text{ cents}"))
    #expect(!judge("5.4 dollars", "5.4 \\text{ cents}"))
}

@Test func roundSevenFromTheFinalFirstSightSets() {
    // French interval brackets, a function written as a map, "either … \equiv … or …".
    #expect(judge("$]2, +\\infty[$", "(2,\\infty)"))
    #expect(judge("$[0, 1[$", "[0,1)"))
    #expect(!judge("$]0, 1[$", "[0,1)"))
    #expect(judge("$f\\colon x \\mapsto 2x$", "f(x)=2 x"))
    #expect(!judge("$f\\colon x \\mapsto 3x$", "f(x)=2 x"))
    #expect(judge("Hence either $f(x) \\equiv -1$ or $f(x) = x + 1$.", "$f(x)=-1$,$f(x)=x+1$"))
    // A turn after the box that concludes with ", so" in its own sentence; a check after "But" keeps the box.
    #expect(!judge("This gives $\\binom{6}{3} = \\boxed{20}$ paths. But paths through $(2,2)$ are forbidden, and there are $12$ of those, so the number of valid paths is $20 - 12 = 8$.", "20"))
    #expect(judge("This gives $\\boxed{20}$ paths. But let me verify: $\\binom{6}{3} = 20$, so that is right.", "20"))
    // Word answers: "she faces East"; a name with a parenthesised remark.
    #expect(judge("Turning right a quarter turn from north, she faces **East**.", "\\text{east}"))
    #expect(judge("Navin (from Mauritius) earns the most.", "\\text{Navin}"))
    #expect(!judge("Navin earns more than Maria.", "\\text{Navin}"))
    // A closing parenthesis of blanks after a value is no remark, and reading it does not fail.
    #expect(AnswerExtractor.extract("The total is 45 (              )", policy: .standard).answer == "45")
}

@Test func roundEightInternationalNotation() {
    // `{,}`: a decimal comma unless exactly three digits follow (and the number is not 0{,}…); then thousands.
    #expect(judge("$326{,}5$", "326.5"))
    #expect(judge("$0{,}25$", "\\frac14"))
    #expect(judge("$1{,}234$", "1234"))
    #expect(!judge("$0{,}2$", "\\frac12"))
    // Thousands grouped with dots (two groups or more) or apostrophes; one dot group stays a decimal.
    #expect(judge("Die Antwort lautet 1.234.567.", "1234567"))
    #expect(judge("1'000'000", "1000000"))
    #expect(!judge("1.234", "1234"))
    #expect(!judge("1.234.56", "123456"))
    // Semicolons separate entries of intervals, tuples and sets; reversed brackets in a union.
    #expect(judge("$]3\\,;\\,4]$", "(3,4]"))
    #expect(judge("$[0{,}5\\,;\\,8]$", "$[\\frac{1}{2}, 8]$"))
    #expect(judge("$\\mathcal{S} = \\{1\\,;\\,2\\,;\\,3\\}$", "\\{1, 2, 3\\}"))
    #expect(judge("$x \\in \\left]-\\infty\\,;\\,-1\\right] \\cup \\left[2\\,;\\,+\\infty\\right[$", "x \\leq -1 \\text{ or } x \\geq 2"))
    #expect(!judge("$x \\in \\left]-\\infty\\,;\\,-1\\right[ \\cup \\left[2\\,;\\,+\\infty\\right[$", "x \\leq -1 \\text{ or } x \\geq 2"))
    // "ou" joins solutions; `\ang`; `\cong` before a number is ≈; a map with its domain.
    #expect(judge("$x = -1$ ou $x = 4$", "-1, 4"))
    #expect(!judge("$x = -1$ ou $x = 5$", "-1, 4"))
    #expect(judge("\\ang{30}", "30^\\circ"))
    #expect(judge("Logo, $p \\cong 0{,}25$.", "\\frac14"))
    #expect(judge("$f:\\mathbb{N}\\to\\mathbb{N},\\ n \\mapsto n^2$", "$f(n)=n^{2}$"))
    #expect(!judge("$f:\\mathbb{N}\\to\\mathbb{N},\\ n \\mapsto n^3$", "$f(n)=n^{2}$"))
}

@Test func roundEightAnswersAroundTheBoxAndFamilies() {
    // A "Final:" line after the box; a ", but …, so" clause in the box's own sentence.
    #expect(judge("At first I chose $\\boxed{\\text{(D)}}$, but re-checking the sign shows it must be (E).\n\nFinal: (E)", "\\text{(E)}"))
    #expect(!judge("At first I chose $\\boxed{\\text{(D)}}$, but re-checking the sign shows it must be (E).\n\nFinal: (E)", "\\text{(D)}"))
    #expect(judge("The quadratic gives $x = \\boxed{-5}$ or $x = 5$, but a length cannot be negative, so the side length is $5$.", "5"))
    // A breakdown in parentheses that adds up to the value; one that does not is left to the other rules.
    #expect(judge("Therefore, it takes 3 bolts in total (2 blue + 1 white).", "3"))
    #expect(AnswerExtractor.breakdownSum(Array("2 blue + 1 white".utf8)) == 3)
    #expect(AnswerExtractor.breakdownSum(Array("2 blue and 1 white".utf8)) == nil)
    // Families of solutions: the integer clause goes, the parameter may be renamed, offsets differ by whole periods.
    #expect(judge("\\boxed{x = \\frac{\\pi}{4} + k\\pi,\\ k\\in\\mathbb{Z}}", "x=\\frac{\\pi}{4}+n\\pi"))
    #expect(judge("\\boxed{x = \\frac{5\\pi}{4} + k\\pi}", "\\frac{\\pi}{4}+k\\pi"))
    #expect(!judge("\\boxed{x = \\frac{5\\pi}{4} + k\\pi}", "\\frac{\\pi}{4}+2k\\pi"))
    #expect(!judge("\\boxed{x = \\frac{\\pi}{3} + k\\pi}", "\\frac{\\pi}{4}+k\\pi"))
    #expect(!judge("\\boxed{a_n = 2n + 3}", "a_n = 2n + 1"))
    #expect(!judge("\\boxed{y = k}", "y=n"))
    // Multi-select letters; "infinitely many"; the requested sum after its steps; a value named with its choice.
    #expect(judge("\\boxed{\\text{A, C}}", "AC"))
    #expect(!judge("\\boxed{\\text{A, C}}", "ABC"))
    #expect(judge("\\boxed{\\text{infinitely many}}", "\\infty"))
    #expect(judge("\\boxed{\\frac{m}{n} = \\frac{17}{8},\\ m + n = 25}", "25"))
    #expect(!judge("\\boxed{\\frac{m}{n} = \\frac{17}{8},\\ m + n = 25}", "26"))
    #expect(judge("$\\sqrt{2}$, which is choice $\\textbf{(C)}$", "\\sqrt{2}"))
    #expect(!judge("$\\sqrt{3}$, which is choice $\\textbf{(C)}$", "\\sqrt{2}"))
    // Two values offered after a modal, with doubt, commit to neither; a remark in parentheses after a word answer.
    #expect(!judge("It could be 6 or 8, depending on whether the endpoints are counted.", "8"))
    #expect(judge("The graph is an ellipse (centred at $(6,0)$).", "\\text{ellipse}"))
    #expect(!judge("The graph is a hyperbola (centred at $(6,0)$).", "\\text{ellipse}"))
}

@Test func roundNineOtherLanguagesAndFamilies() {
    // Answer phrases in other languages; words in other scripts are never a bare answer.
    #expect(judge("Решение. Всего $6 \\cdot 7 = 42$ способа.\nОтвет: 42.", "42"))
    #expect(!judge("Решение. Всего $6 \\cdot 7 = 42$ способа.\nОтвет: 41.", "42"))
    #expect(judge("由韦达定理，$x_1 x_2 = \\frac{c}{a} = \\frac{-1}{2}$。\n\n因此，所求的值为 $-\\frac{1}{2}$。", "-\\frac{1}{2}"))
    #expect(judge("解得 $x = 2$。", "2"))
    #expect(!judge("Portanto, a resposta é 7, e não 9.", "9"))
    #expect(judge("Die Antwort ist 1'250 Franken.", "1250"))
    #expect(judge("Ответ: 1 560 рублей.", "1560"))
    #expect(judge("答案是 36 平方厘米。", "36"))
    // Decimal commas: dot thousands then a comma; a bare one against a single number; `0{,}\overline{6}`.
    #expect(judge("El resultado es 1.234,5.", "1234.5"))
    #expect(judge("$(0.125,0.5)$", "(\\frac18, \\frac12)"))
    #expect(judge("Ответ: 3,75.", "\\frac{15}{4}"))
    #expect(!judge("Ответ: 3,75.", "375"))
    #expect(judge("Das entspricht $0{,}\\overline{6}$.", "\\frac{2}{3}"))
    #expect(!judge("8‰", "8\\%"))
    // A leading ≈ names an approximation: equal to a gold that states it, not to an exact value it rounds.
    #expect(judge("Réponse : $\\simeq 2{,}72$", "2.72"))
    #expect(!judge("$\\approx 85.71\\ \\mathrm{km/h}$", "$\\frac{600}{7}$"))
    // Named points and vectors; `f(1, 2)` keeps its name.
    #expect(judge("Der Schnittpunkt ist $S(0{,}5 ; -0{,}75)$.", "\\left(\\frac{1}{2},-\\frac{3}{4}\\right)"))
    #expect(judge("Les points d'intersection sont $A(1, 2)$ et $B(-1, 2)$.", "(1,2),(-1,2)"))
    #expect(judge("Le vecteur cherché est $\\vec{u}(2 ; -1 ; 3)$.", "\\begin{pmatrix} 2 \\\\ -1 \\\\ 3 \\end{pmatrix}"))
    #expect(!judge("$f(1, 2)$", "(1,2)"))
    // A modulus after a residue, a text remark in the box, a derivation's arrow.
    #expect(judge("the remainder is $\\boxed{3 \\pmod 7}$.", "3"))
    #expect(judge("$\\boxed{18\\ \\text{(the other candidate, 24, exceeds the limit)}}$", "18"))
    #expect(judge("$\\cos x = 0 \\Rightarrow x = -\\frac{\\pi}{2}+n\\pi,\\ n\\in\\mathbb{Z}$", "x=\\frac{\\pi}{2}+k\\pi,\\ k\\in\\mathbb{Z}"))
    // Unions of families compare by the numbers they hold; a trailing `$k \in \mathbb{Z}$` only qualifies them.
    #expect(judge("$x=\\frac{\\pi}{4}+k\\pi$ or $x=\\frac{3\\pi}{4}+k\\pi$ $(k\\in\\mathbb{Z})$.", "x=\\frac{\\pi}{4}+\\frac{k\\pi}{2},\\ k\\in\\mathbb{Z}"))
    #expect(!judge("$x=\\frac{\\pi}{4}+k\\pi$ or $x=\\frac{3\\pi}{4}+2k\\pi$ $(k\\in\\mathbb{Z})$.", "x=\\frac{\\pi}{4}+\\frac{k\\pi}{2},\\ k\\in\\mathbb{Z}"))
    #expect(judge("$x=\\frac{k\\pi}{2},\\ k\\in\\mathbb{Z}$", "$x=k\\pi$ or $x=\\frac{\\pi}{2}+k\\pi$, $k\\in\\mathbb{Z}$"))
    #expect(!judge("$x=\\frac{k\\pi}{3},\\ k\\in\\mathbb{Z}$", "$x=k\\pi$ or $x=\\frac{\\pi}{2}+k\\pi$, $k\\in\\mathbb{Z}$"))
    // Set-builder sets whose condition lists values or joins inequalities with "or".
    #expect(judge("$\\{x \\mid x = 1 \\text{ 或 } x = 4\\}$", "\\{1,4\\}"))
    #expect(!judge("$\\{x \\mid x = 1 \\text{ or } x = 5\\}$", "\\{1,4\\}"))
    #expect(judge("\\{x \\mid x<-1 \\text{ or } x>3\\}", "(-\\infty,-1)\\cup(3,+\\infty)"))
    // Answers stated in words.
    #expect(judge("There are infinitely many such pairs.", "\\infty"))
    #expect(judge("The inequality holds for all real numbers.", "(-\\infty,\\infty)"))
    #expect(!judge("The inequality holds for all real numbers except zero.", "(-\\infty,\\infty)"))
    #expect(judge("The left and right limits differ, so the limit does not exist.", "\\text{DNE}"))
    #expect(judge("The discriminant is negative, so there are no real solutions.", "\\text{no solution}"))
}

@Test func roundTenFormsOfTheSameValue() {
    // E-notation in prose; a time of day keeps its am/pm.
    #expect(judge("The result is 1.5e3.", "1500"))
    #expect(!judge("The result is 1.5e3.", "150"))
    #expect(judge("The meeting starts at 2:30 PM.", "14:30"))
    #expect(!judge("The clock will show 12:30 AM.", "12:30 PM"))
    // A parity word with "function" after it.
    #expect(judge("$f$ is an $\\boxed{\\text{odd function}}$.", "\\text{odd}"))
    #expect(!judge("$\\boxed{\\text{even function}}$", "\\text{odd}"))
    // A function evaluated at numbers starts a computation; the one step of a list that gives a matrix.
    #expect(judge("$f(-2)+f(-1)+f(0) = 2 + \\frac{5}{3} + 1 = 4\\frac{2}{3}$", "\\frac{14}{3}"))
    #expect(!judge("$f(-2)+f(-1)+f(0) = 2 + \\frac{5}{3} + 1 = 4\\frac{1}{3}$", "\\frac{14}{3}"))
    #expect(EquivalenceChecker.evaluatesAtNumbers("f(-2)+f(-1)+f(0)"))
    #expect(!EquivalenceChecker.evaluatesAtNumbers("f(x)+2"))
    let inverse = "\\begin{pmatrix} -2 & 1 \\\\ \\frac{3}{2} & -\\frac{1}{2} \\end{pmatrix}"
    #expect(judge("Since $\\det A = -2$, $A^{-1} = -\\frac{1}{2}\\begin{pmatrix} 4 & -2 \\\\ -3 & 1 \\end{pmatrix}$.", inverse))
    #expect(!judge("Since $\\det A = -2$, $A^{-1} = \\frac{1}{2}\\begin{pmatrix} 4 & -2 \\\\ -3 & 1 \\end{pmatrix}$.", inverse))
    // A choice letter identified with the answer's value.
    #expect(judge("We computed 12, and option (B) is 12. The answer is 12.", "\\text{(B)}"))
    #expect(!judge("We computed 12, and option (B) is 12. The answer is 12.", "\\text{(C)}"))
    #expect(AnswerExtractor.choiceNamedWithValue("so (D) is 125, the answer", value: "12") == nil)
}

@Test func namedPointsLeaveComputationsAlone() {
    let scorer = GaprunScorer()
    #expect(scorer.judge(response: "The answer is $C(7,3) = 35$.", gold: "35", policy: .standard).correct)
    #expect(scorer.judge(response: "The point is $A(1, 2)$.", gold: "(1,2)", policy: .standard).correct)
}

@Test func roundElevenChecksAndPolynomials() {
    // A box inside a check after an earlier box only verifies it.
    let checked = "Solving $2x + 3 = 15$ gives $x = \\boxed{6}$.\nCheck: $2(6) + 3 = \\boxed{15}$ ✓."
    #expect(judge(checked, "6"))
    #expect(!judge(checked, "15"))
    // `P = 0` against the polynomial P.
    #expect(judge("The monic polynomial is $x^2 - 4x - 1 = 0$.", "x^2 - 4x - 1"))
    #expect(!judge("The monic polynomial is $x^2 - 4x + 1 = 0$.", "x^2 - 4x - 1"))
    // "None" against 0 stays different: labellers disagree (vl-0247, vn-0239), and the stricter reading is kept.
    #expect(!judge("\\boxed{\\text{None}}", "0"))
}

@Test func anAnswerPhraseInsideTextKeepsItsBraces() {
    let scorer = GaprunScorer()
    #expect(scorer.judge(response: "The distance is $\\sqrt{20}$.\n\n$\\text{Answer: } 2\\sqrt{5}$", gold: "2\\sqrt5", policy: .standard).correct)
    #expect(!scorer.judge(response: "The distance is $\\sqrt{20}$.\n\n$\\text{Answer: } 3\\sqrt{5}$", gold: "2\\sqrt5", policy: .standard).correct)
    #expect(AnswerExtractor.closesNothing(Array("} 2\\sqrt{5}".utf8)))
    #expect(!AnswerExtractor.closesNothing(Array("}{x}}".utf8)))
}

@Test func roundNineteenHedgesStepsRanksAndVectors() {
    // Hedges: a second bold value after "or", "(or N if …)" after an answer label, a closing "though … it could be N".
    #expect(!judge("Both seem to work, so the answer is either **6** or **8**.", "6"))
    #expect(judge("Both seem to work, so the answer is either **6** or **8**.", "6, 8"))
    #expect(!judge("Answer: 45 (or 46 if the endpoint is counted as well)", "45"))
    #expect(judge("Answer: 1/2 (or 0.5)", "\\frac12"))
    #expect(!judge("Counting gives 18. It's most likely 18, though if the endpoints are included it could be 20.", "18"))
    // A box that a later computation uses was a step; a plain check after the box keeps it.
    let step = "Each pair shakes hands once: $\\binom{6}{2} = \\boxed{15}$.\n\nThe host shakes hands with each of the 6 guests too, so the total is $15 + 6 = 21$."
    #expect(judge(step, "21"))
    #expect(!judge(step, "15"))
    #expect(judge("So the area is $\\boxed{24}$.\n\nWait, let me double check the perimeter: 2(4+6) = 20. The perimeter is $20$.", "24"))
    // A weak "Wait" that names the boxed quantity again with another value corrects the box.
    #expect(judge("so the minimum is $\\boxed{-4}$.\n\nWait — the vertex lies outside $[2, 5]$, so $f(2) = -3$.\n\nThe minimum value is $-3$.", "-3"))
    // Ranks.
    #expect(judge("Counting the runners ahead of her, she finished in third place.", "3"))
    #expect(judge("She finished in 2nd place.", "\\text{second}"))
    #expect(!judge("She finished in 3rd place.", "\\text{second}"))
    #expect(judge("Counting the guests in line, Sam stands fifth.", "\\text{5th}"))
    #expect(Ranks.place("5^{\\text{th}}") == 5 && Ranks.place("the twelfth place") == 12 && Ranks.place("12") == nil)
    // Restatements after "i.e." and conditions after "after" and "at … and …".
    #expect(judge("Hence there are 125 games in total, i.e. 250 team-games divided by 2.", "125"))
    #expect(judge("So she makes 126 dollars for the week after working all 7 days.", "126"))
    #expect(judge("The answer is not 12; after correcting the overcount it is 13.", "13"))
    #expect(judge("The minimum is 8, attained at $x = 2$ and $y = 2$.", "8"))
    #expect(judge("Therefore $\\frac{m}{n}=\\frac{221}{8}$ with $m=221$ and $n=8$.", "$221,$8$"))
    #expect(judge("The area of the rectangle is $4 \\times 9 = 36\\ \\text{in}^2$.", "36 \\text{ square inches}"))
    // Policies of version 24: a tuple against a bare list in its order; a row vector against a column vector.
    #expect(judge("The only such triple with $a < b < c$ is 3, 4, 5.", "(3, 4, 5)"))
    #expect(!judge("The triple is 5, 4, 3.", "(3, 4, 5)"))
    #expect(!judge("The answer is $\\boxed{3, 5}$.", "(3,5)"))
    #expect(judge("$\\boxed{\\begin{pmatrix} 1 & -2 \\end{pmatrix}}$", "\\begin{pmatrix} 1 \\\\ -2 \\end{pmatrix}"))
    #expect(!judge("$\\boxed{\\begin{pmatrix} -2 & 1 \\end{pmatrix}}$", "\\begin{pmatrix} 1 \\\\ -2 \\end{pmatrix}"))
    #expect(!judge("$\\boxed{\\begin{pmatrix} 1 & -2 \\\\ 0 & 0 \\end{pmatrix}}$", "\\begin{pmatrix} 1 \\\\ -2 \\end{pmatrix}"))
}

@Test func roundTwentyStepsRejectionsAndNames() {
    // A boxed count that a later fraction uses is a step; a check that uses the box computes no new answer.
    let counted = "The outcomes are (1,4), (4,1), (2,3), (3,2), so there are \\boxed{4} of them out of 36.\n\nSo the probability is $\\frac{4}{36} = \\frac{1}{9}$."
    #expect(judge(counted, "\\frac{1}{9}"))
    #expect(judge("so $x = 4$ or $x = 7$.\n\n**Final Answer**\n$$\\boxed{7}$$\n\n*Verification:* $\\sqrt{7-3} = 2 = 7 - 5$ ✓. For $x=4$: $\\sqrt{1} = 1 \\ne -1$, so $4$ is extraneous.", "7"))
    // A box its own sentence rejects ("it is extraneous"); a rejection in parentheses names another value.
    #expect(judge("So $x = 2$ or $x = -3$. But $x = \\boxed{2}$ makes the denominator zero, so it is extraneous. The only solution is $x = -3$.", "-3"))
    #expect(judge("Since a side length must be positive, the side is $\\boxed{5}$ (the root $x=-3$ is rejected).", "5"))
    // Two boxes for the same unknown joined by "and" answer both.
    #expect(!judge("It factors as $(x-5)(x-7)=0$, so $x = \\boxed{5}$ and $x = \\boxed{7}$.", "7"))
    #expect(judge("It factors as $(x-5)(x-7)=0$, so $x = \\boxed{5}$ and $x = \\boxed{7}$.", "5, 7"))
    // "does not exist" for limits, "undefined" for DNE; "No, such a triangle does not exist." still answers no.
    #expect(!judge("Both approach 0 and the one-sided limits differ, so the limit does not exist.", "0"))
    #expect(judge("The limit is $\\boxed{\\text{undefined}}$.", "\\text{DNE}"))
    #expect(judge("No, such a triangle does not exist.", "\\text{No}"))
    // Permutations, winners, yes with a dash or in bold, a closing reminder, a describing sentence, spaced thousands.
    #expect(judge("$(a,b,c)=(2,2,2)$ and all permutations of $(1,2,3)$.", "(2,2,2),(1,2,3),(1,3,2),(2,1,3),(2,3,1),(3,1,2),(3,2,1)"))
    #expect(!judge("All permutations of $(1,2,3)$.", "(2,2,2),(1,2,3),(1,3,2),(2,1,3),(2,3,1),(3,1,2),(3,2,1)"))
    #expect(judge("With optimal play Bob mirrors every move.\n\n$\\boxed{\\text{Bob wins}}$", "\\text{Bob}"))
    #expect(!judge("$\\boxed{\\text{Alice wins}}$", "\\text{Bob}"))
    #expect(judge("The second player (Bob) has a winning strategy.", "\\text{Bob}"))
    #expect(judge("Yes — the digit sum is 27, which is divisible by 9, so the number is divisible by 9.", "\\text{Yes}"))
    #expect(judge("**Yes**, it is possible. For example, take $a = 3$ and $b = 4$: then $a^2 + b^2 = 25 = 5^2$.", "\\text{Yes}"))
    #expect(judge("The area is $6 \\times 9 = 54$.\n\nWe found the area is 54. Recall the rectangle's sides were 6 and 9.", "54"))
    #expect(judge("We need all $n$ dividing $8$:\n\n$n = 1, 2, 4, 8$\n\nThese are all the powers of two up to 8.", "1,2,4,8"))
    #expect(judge("The population is **12 345** people.", "12345"))
    #expect(judge("By the rational root theorem the roots are 1, 1/2, and -3.", "-3, \\frac{1}{2}, 1"))
    #expect(judge("so the real solutions are $x = 2$ (a double root) and $x = 5$.", "2,5"))
    #expect(judge("It is the fifth term of the sequence.", "5"))
    #expect(judge("Correct option: c", "C"))
}

@Test func roundTwentyOneUndecidedAnswersAndShapes() {
    // Undecided: two boxes then "not sure which"; "but it might be 16"; unnamed boxes after a plural "are".
    #expect(!judge("Approach 1 gives $\\boxed{15}$.\n\nAlternatively, counting by cases gives $\\boxed{16}$. I'm not sure which is right.", "16"))
    #expect(!judge("I think the answer is 15, but it might be 16 if we include the endpoint.", "15"))
    #expect(!judge("Solving gives $k = 4$ or $k = 9$. The values are $\\boxed{4}$ and $\\boxed{9}$.", "9"))
    #expect(judge("so the candidates are $\\boxed{0}$ and $\\boxed{5}$.\n\nSubstituting back, only $x=5$ works.\n\nAnswer: 5", "5"))
    // A computation set in bold after an answer label; a denial corrected later in the sentence.
    #expect(judge("**Step 3:** Total = 3 × 45 = **135**\n\n20 oranges are spoiled.\n\n**Final Answer:** 135 − 20 = **115**", "115"))
    #expect(!judge("But the answer is not 6; faces that share an edge must differ, and working through the cases shows it is 8.", "6"))
    // A word after the last colon; the zero matrix in words; a simplification whose last side is the gold.
    #expect(judge("The colours repeat every 3 beads, and 50 = 3·16 + 2, so the 50th bead is the 2nd color: blue.", "\\text{blue}"))
    #expect(judge("The determinant is $0$, so the inverse does not exist. As instructed, we enter the zero matrix.", "\\begin{pmatrix} 0 & 0 \\\\ 0 & 0 \\end{pmatrix}"))
    #expect(!judge("As instructed, we enter the zero matrix.", "\\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix}"))
    #expect(judge("Combining over a common denominator, $\\frac{1}{b} - \\frac{1}{a} = -\\frac{a-b}{ab}$.", "\\frac{b-a}{ab}"))
    // A column answers a row gold no more: a row gold is a 1 × n matrix; a row still answers a column gold.
    #expect(!judge("The product is $\\begin{pmatrix} 1 \\\\ 2 \\\\ 3 \\end{pmatrix}$.", "\\begin{pmatrix} 1 & 2 & 3 \\end{pmatrix}"))
    #expect(judge("The product is $\\begin{pmatrix} 1 & 2 & 3 \\end{pmatrix}$.", "\\begin{pmatrix} 1 \\\\ 2 \\\\ 3 \\end{pmatrix}"))
}

@Test func roundTwentyTwoStepsRemarksAndWords() {
    // A box used as an operand after "We want …"; a boxed variable put into the formula its own sentence concludes.
    #expect(judge("Adjacent: $4! \\cdot 2! = 48$, so $\\boxed{48}$ of the arrangements have them together.\n\nWe want them apart: $120 - 48 = 72$.", "72"))
    #expect(judge("Adjacent: $4! \\cdot 2! = \\boxed{48}$.\n\nWe want them together, and indeed $48 = 2 \\cdot 24$.", "48"))
    #expect(judge("From $4\\pi r^2 = 36\\pi$ we get $r = \\boxed{3}$, so the volume is $\\frac{4}{3}\\pi r^3 = \\frac{4}{3}\\pi \\cdot 27 = 36\\pi$.", "36\\pi"))
    #expect(!judge("From $4\\pi r^2 = 36\\pi$ we get $r = \\boxed{3}$, so the volume is $\\frac{4}{3}\\pi r^3 = \\frac{4}{3}\\pi \\cdot 27 = 36\\pi$.", "3"))
    #expect(judge("We get $x = \\boxed{3}$, so the point is $(3, 4)$.", "3"))
    // Chained names as tuples; "and then" between assignments; a remark after a dash.
    #expect(judge("so either $x = y = 0$ or $x = y = 1$.", "(0, 0), (1, 1)"))
    #expect(!judge("so either $x = y = 0$ or $x = y = 1$.", "(0, 0), (1, 2)"))
    #expect(judge("Back-substituting, we get $y = -1$ and then $x = 2$.", "x = 2, y = -1"))
    #expect(!judge("Back-substituting, we get $y = 1$ and then $x = 2$.", "x = 2, y = -1"))
    #expect(judge("The vertex form is $y = (x-1)(x-3)$ — the parabola has roots 1 and 3 and leading coefficient 1.", "y = x^2 - 4x + 3"))
    #expect(!judge("The vertex form is $y = (x-1)(x-3)$ — the parabola has roots 1 and 3 and leading coefficient 1.", "y = x^2 - 4x + 4"))
    // Plain-text formulas; a percentage as a computation's result; "A is B" is no bare answer.
    #expect(judge("The sum of the first $n$ positive integers is n(n+1)/2.", "\\frac{n(n+1)}{2}"))
    #expect(!judge("The sum of the first $n$ positive integers is n(n-1)/2.", "\\frac{n(n+1)}{2}"))
    #expect(judge("Expanding gives x^2.", "2"))
    #expect(judge("The probability that both occur is $0.5 \\times 0.7 = 35\\%$.", "0.35"))
    #expect(!judge("The probability that both occur is $0.5 \\times 0.7 = 35\\%$.", "0.5"))
    #expect(judge("$\\frac{1}{3}$ of 100% is $\\frac{100}{3}\\%$.", "33\\frac{1}{3}\\%"))
    // The identity matrix in words, of the size named; an angle-bracket vector that closes an equation.
    #expect(judge("$A^4$ is the $2 \\times 2$ identity matrix $I$.", "\\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix}"))
    #expect(!judge("$A^4$ is the $3 \\times 3$ identity matrix $I$.", "\\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix}"))
    #expect(!judge("$A^4$ is not the identity matrix.", "\\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix}"))
    #expect(judge("$\\mathbf{w} = \\langle 6, -3 \\rangle$", "\\begin{pmatrix} 6 \\\\ -3 \\end{pmatrix}"))
    #expect(!judge("$\\mathbf{w} = \\langle 6, 3 \\rangle$", "\\begin{pmatrix} 6 \\\\ -3 \\end{pmatrix}"))
    // Word answers: "most likely", a winner before its reason, a conclusion that opens with "So".
    #expect(judge("The ball is most likely red.", "\\text{red}"))
    #expect(!judge("The ball is not red.", "\\text{red}"))
    #expect(judge("Bob has a winning strategy: he mirrors each of Alice's moves.", "\\text{Bob}"))
    #expect(!judge("Alice has a winning strategy: she mirrors each of Bob's moves.", "\\text{Bob}"))
    #expect(judge("Alice is shorter than Bob, and Carol is shorter than Alice. So Bob is the tallest.", "\\text{Bob}"))
    #expect(!judge("Bob is shorter than Alice. So Alice is the tallest.", "\\text{Bob}"))
    // A doubted guess; a bold conclusion before remarks; two choice letters boxed side by side; what remains "after".
    #expect(!judge("I think it's probably around 50 minutes, but I can't determine the exact value from the given information.", "50"))
    #expect(judge("The perimeter is $9 + 12 + 15 = 36$.\n\nSo the perimeter of the triangle is **36 units**. The hypotenuse along the way was 15, which you can verify.", "36"))
    #expect(!judge("Option (A) works when $n$ is even, and option (E) when $n$ is odd.\n\n$\\boxed{\\text{(A)}}\\quad\\boxed{\\text{(E)}}$", "E"))
    #expect(judge("After 3 hours they have eaten $3 \\times 4 = 12$, so 8 of the 20 cookies remain after 3 hours.", "8"))
}

@Test func roundTwentyThreePlainTextAndSteps() {
    // Boxes that were steps: an assignment used as an operand, a box its sentence only judges, cases added into a total,
    // an "Answer:" line after the box.
    #expect(judge("so $\\boxed{x = 11}$.\n\nThe larger number is $x + 6 = 17$, and the product is $11 \\cdot 17 = 187$.\n\nSo the product is 187.", "187"))
    #expect(judge("$b^2 - 4ac = \\boxed{-16}$, which is negative, so the quadratic has no real roots.\n\nHence the number of real solutions is $0$.", "0"))
    #expect(judge("Case 1 gives $\\boxed{4}$ solutions and Case 2 gives $\\boxed{3}$ solutions, so in total there are 7 solutions.", "7"))
    #expect(!judge("Case 1 gives $\\boxed{4}$ solutions and Case 2 gives $\\boxed{3}$ solutions, so in total there are 7 solutions.", "3"))
    #expect(judge("The head seat: $\\boxed{4}$ ways. The rest: $3! = 6$.\n\nSo the total is $4 \\times 6 = 24$.\n\n**Answer: 24**", "24"))
    // Plain text: a bold relation that closes the response, assignments after words, one name with two values, a minus
    // that opens an inequality.
    #expect(judge("The equation of the line is **y = 2x + 3**.", "y=2x+3"))
    #expect(!judge("The equation of the line is **y = 2x - 3**.", "y=2x+3"))
    #expect(judge("Comparing coefficients: $a + b = 7$ and $a - b = -3$, so **a = 2, b = 5**.", "(2,5)"))
    #expect(judge("Substituting $x = 2$: $y = 3(2) + 1 = 7$. So the solution is x = 2, y = 7.", "(2, 7)"))
    #expect(!judge("Substituting $x = 2$: $y = 3(2) + 1 = 7$. So the solution is x = 2, y = 7.", "(7, 2)"))
    #expect(judge("2x^2 - 5x - 3 = (2x + 1)(x - 3) = 0\n\nSo x = -1/2, 3.", "3, -\\frac12"))
    #expect(judge("Solving: $-9 \\le 2x - 5 \\le 9$, so\n\n-2 ≤ x ≤ 7", "[-2,7]"))
    #expect(!judge("Solving: $-9 \\le 2x - 5 \\le 9$, so\n\n-2 ≤ x ≤ 7", "[2,7]"))
    // Hedges and alternatives: a doubt then "it could also be 8"; two letters joined by "or".
    #expect(!judge("I think the answer is 6, but I'm not completely sure — depending on the endpoints, it could also be 8.", "6"))
    #expect(!judge("Both (A) and (C) look plausible here; I'd go with (A) or (C).", "C"))
    #expect(judge("Both look plausible, but I'd go with (C).", "C"))
    // Steps and shapes: a tuple computed entry by entry, `99x = 12` then `x = …`, a tuple of names set before it, a
    // check under a heading, a winner "with 17 points".
    #expect(judge("Adding componentwise: $(1 + 2, 1 - 2, 0 + 2) = (3, -1, 2)$.", "\\begin{pmatrix} 3 \\\\ -1 \\\\ 2 \\end{pmatrix}"))
    #expect(judge("Then $100x = 12.\\overline{12}$, so $99x = 12$ and $x = \\frac{12}{99} = \\frac{4}{33}$.", "\\frac{4}{33}"))
    #expect(judge("From the equations, $a = 1$, $b = -2$, and $c = 3$, so the ordered triple $(a,b,c)$ is determined.", "(1,-2,3)"))
    #expect(!judge("From the equations, $a = 1$, $b = -2$, and $c = 3$, so the ordered triple $(a,b,c)$ is determined.", "(1,2,3)"))
    #expect(judge("We have $f(3) = 2(3)^2 - 7 = 11$.\n\n### Check\nPlugging in again: $2 \\cdot 9 = 18$, and $18 - 7 = 11$ ✓", "11"))
    #expect(judge("Carla's total is $5 + 4 + 8 = 17$ points, the highest. $\\text{Carla}$ wins with 17 points.", "\\text{Carla}"))
}

@Test func roundTwentyFourFormulasInPlainText() {
    // A formula without LaTeX that ends the last sentence or line.
    #expect(judge("Expanding (x + 2)(x + 5) gives x² + 5x + 2x + 10, which is x² + 7x + 10.", "x^2+7x+10"))
    #expect(!judge("Expanding (x + 2)(x + 5) gives x² + 5x + 2x + 10, which is x² + 7x + 11.", "x^2+7x+10"))
    #expect(judge("Taking natural logs: 3x = ln 2, so x = ln(2)/3.", "\\frac{\\ln 2}{3}"))
    #expect(judge("Using point-slope form with (1, 3): y - 3 = 2(x - 1), so\n\ny = 2x + 1", "y=2x+1"))
    #expect(!judge("Using point-slope form with (1, 3): y - 3 = 2(x - 1), so\n\ny = 2x + 3", "y=2x+1"))
    #expect(judge("Taking square roots of both sides of x^2 = 16 gives\n\nx = ±4", "4,-4"))
    #expect(judge("Combining the exponents gives a^2 b^3 / c.", "\\frac{a^2b^3}{c}"))
    // Not formulas: a power alone, a unit, a computation opening with "=", "i.e.", markdown bold, a function glued on.
    #expect(judge("Expanding gives x^2.", "2"))
    #expect(judge("The distance is 5000 m.", "5000"))
    #expect(judge("Total bytes = 1.5e6", "1500000"))
    #expect(judge("The median is the average of the two middle values 9 and 12, i.e. 10.5.", "10.5"))
    #expect(judge("Thus, the number of ways is **24**.", "24"))
    #expect(judge("Using the Euclidean algorithm, gcd(84, 126) = gcd(84, 42) = 42.", "42"))
}

@Test func roundTwentyFiveMathWithoutLaTeX() {
    // Formulas after a comma, with a bracket first, before an approximation or an appositive, joined by "and".
    #expect(judge("Multiplying out, z = 3 + 4i.", "3+4i"))
    #expect(!judge("Multiplying out, z = 3 - 4i.", "3+4i"))
    #expect(judge("The sum is $1 + 2 + \\cdots + n$, which equals (n^2 + n)/2.", "\\frac{n(n+1)}{2}"))
    #expect(judge("The ratio is (√5 − 1)/2 ≈ 0.618.", "\\frac{\\sqrt{5}-1}{2}"))
    #expect(!judge("The ratio is (√5 + 1)/2 ≈ 1.618.", "\\frac{\\sqrt{5}-1}{2}"))
    #expect(judge("The positive root is (1 + sqrt(5))/2, the golden ratio.", "\\frac{1+\\sqrt{5}}{2}"))
    #expect(judge("The roots are 1 + i and 1 - i.", "1 \\pm i"))
    #expect(!judge("The roots are 1 + i and 2 - i.", "1 \\pm i"))
    #expect(judge("The sum is 2 + 4 + … + 2ⁿ = 2^(n+1) − 2.", "2(2^n - 1)"))
    #expect(judge("Solving gives 3x = 14, so x = 4 2/3.", "\\frac{14}{3}"))
    #expect(!judge("Solving gives 3x = 14, so x = 4 1/3.", "\\frac{14}{3}"))
    // A comma outside brackets ends the formula; an "and" at its start is not part of it.
    #expect(judge("Since cos(π/4) is the x-coordinate on the unit circle at 45°, cos(π/4) = 1/sqrt(2).", "\\frac{\\sqrt2}{2}"))
    #expect(judge("sin x = 1/2 on [0, 2π) gives x = π/6, 5π/6, and 7π/6.", "\\frac{7\\pi}{6}"))
    // Intervals and unions without LaTeX; a round pair alone stays a point.
    #expect(judge("We need x ≥ 2, i.e. [2, infinity).", "[2,\\infty)"))
    #expect(judge("So in interval notation: (-∞, 2) ∪ (3, ∞)", "(-\\infty,2)\\cup(3,\\infty)"))
    #expect(!judge("So in interval notation: (-∞, 2] ∪ (3, ∞)", "(-\\infty,2)\\cup(3,\\infty)"))
    #expect(judge("The range is all real numbers from −1 to 4 inclusive: [−1, 4].", "[-1,4]"))
    #expect(judge("The midpoint is (2, 3).", "(2,3)"))
    // Matrices without LaTeX: nested brackets and rows between bars.
    #expect(judge("The resulting matrix is [[1, 2], [3, 4]].", "\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}"))
    #expect(!judge("The resulting matrix is [[1, 2], [4, 3]].", "\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}"))
    #expect(judge("The rotation matrix is:\n\n| 0  -1 |\n| 1   0 |", "\\begin{pmatrix} 0 & -1 \\\\ 1 & 0 \\end{pmatrix}"))
    #expect(!judge("The rotation matrix is:\n\n| 0  1 |\n| -1   0 |", "\\begin{pmatrix} 0 & -1 \\\\ 1 & 0 \\end{pmatrix}"))
    // Repeating decimals, superscript powers, vulgar fractions, √ in tuples, sets of pairs, assignments after a clause.
    #expect(judge("So x = 0.3 repeating.", "\\frac{1}{3}"))
    #expect(!judge("So x = 0.3 repeating.", "\\frac{3}{10}"))
    #expect(judge("The population is 1.5 × 10⁴.", "15000"))
    #expect(!judge("The population is 1.5 × 10³.", "15000"))
    #expect(judge("The length is 3¾ inches.", "\\frac{15}{4}"))
    #expect(!judge("The length is 3¼ inches.", "\\frac{15}{4}"))
    #expect(judge("So the point is (√2, π/4).", "\\left( \\sqrt{2}, \\frac{\\pi}{4} \\right)"))
    #expect(judge("The solutions are {(0, 0), (1, 1)}.", "(0,0), (1,1)"))
    #expect(!judge("The solutions are {(0, 0), (1, 2)}.", "(0,0), (1,1)"))
    #expect(judge("Adding the equations gives 3x = 6, so x = 2, y = −1.", "(2,-1)"))
    // An absolute value of a linear expression as an interval.
    #expect(judge("The solution set is $|x - 2| < 3$.", "-1 < x < 5"))
    #expect(judge("$|2x + 1| \\ge 3$", "(-\\infty,-2] \\cup [1,\\infty)"))
    #expect(!judge("$|x - 2| < 3$", "(-1, 6)"))
    // An answer phrase that asks; a last sentence that opens with "No,"; "Yes —" before a number.
    #expect(judge("The answer is $15$? Let me recount: $3 + 3 + 2 + 2 + 2 + 1 + 1 + 1 + 1 = 16$.\n\nSo there are $16$ such numbers.", "16"))
    #expect(judge("The answer is $15$.", "15"))
    #expect(judge("The digit sum is $23$, not divisible by $3$. No, it is not possible.", "\\text{No}"))
    #expect(judge("Yes — 91 = 7 × 13, so 91 is composite.", "\\text{Yes}"))
    #expect(!judge("No — 91 = 7 × 13, so 91 is composite.", "\\text{Yes}"))
}

@Test func roundTwentySixLocalesLoopsAndSteps() {
    // Numbers as German, Portuguese or Spanish prose writes them; English prose keeps its own reading.
    #expect(judge("Das Auto kostet 12.500 €. Nach der Anzahlung von 2.500 € bleiben 12.500 − 2.500 = 10.000 € übrig.\n#### 10.000", "10000"))
    #expect(judge("O bônus mensal é de R$ 375; em um ano são 375 × 12 = R$ 4.500.", "4500"))
    #expect(judge("Die Gerade hat also die Gleichung $y = 0,75x$.", "y = \\frac{3}{4}x"))
    #expect(judge("Der Schnittpunkt ist also $S(1,5 \\mid -2)$, wie die Rechnung für beide Geraden ergibt.", "\\left(\\frac{3}{2}, -2\\right)"))
    #expect(!judge("Teilt man $19\\,000$ durch $8$, ergibt sich $2,375$ (also knapp zweieinhalb).", "2375"))
    #expect(!judge("Für einen Kuchen braucht man 500 g Mehl, für drei Kuchen also $3 \\cdot 500 = 1.500$.\n\nDie Antwort ist 1.500.", "1.5"))
    #expect(judge("The total is 1,500 apples and the answer is 2,375.", "2375"))
    // A loop cut off inside one more repeat.
    #expect(judge("We have $3n + 1 = 10$, so $3n = 9$.\nSo n = 3.\nSo n = 3.\nSo n = 3.\nSo n =", "3"))
    #expect(judge("The answer is 45.\n\nThe answer is 45.\n\nThe answer is 4", "45"))
    #expect(judge("The answer is 4.\nThe answer is 45", "45"))
    // A boxed step that the concluding sentence computes with: a power of it, a bracket product, a chain's last side.
    #expect(judge("Adding the two equations gives $2a = 14$, so $\\boxed{a = 7}$. Substituting back, $b = 9 - 7 = 2$.\n\nHence $a^2 + b^2 = 7^2 + 2^2 = 49 + 4 = 53$.", "53"))
    #expect(judge("Setting the two expressions equal, $2x + 1 = x + 6$, gives $\\boxed{x = 5}$.\n\nNow substitute back: $y = 2(5) + 1 = 11$. So the requested $y$-coordinate is 11.", "11"))
    #expect(judge("First, $g(2) = 2^2 + 1 = \\boxed{5}$.\nThen $f(g(2)) = f(5) = 2 \\cdot 5 - 3 = 7$.\nSo $f(g(2)) = 7$.", "7"))
    #expect(!judge("First, $g(2) = 2^2 + 1 = \\boxed{5}$.\nThen $f(g(2)) = f(5) = 2 \\cdot 5 - 3 = 7$.\nSo $f(g(2)) = 7$.", "5"))
    // A factorial alone; a time on the clock face; an option's value written another way.
    #expect(judge("There are 7! ways.", "5040"))
    #expect(judge("The flight leaves at 1:30 PM, so it lands at 3:45 PM.", "3:45"))
    #expect(!judge("The flight lands at 3:45.", "3:45 PM"))   // an answer without am/pm is still read on a 24-hour clock
    #expect(judge("The flight lands at 15:45.", "3:45 PM"))
    #expect(judge("Options: (A) $\\frac12$ (B) $\\frac35$ (C) $\\frac23$.\n\nThe ratio is $\\frac{6}{10} = \\frac{3}{5}$, so the answer is $\\frac{3}{5}$.", "B"))
    #expect(judge("The options are (A) 12 (B) 15 (C) 18 (D) 21. Together they take $15$ minutes, so the answer is 15 minutes.", "B"))
    #expect(!judge("The options are (A) 12 (B) 15 (C) 18 (D) 21. Together they take $15$ minutes, so the answer is 15 minutes.", "C"))
}

@Test func roundTwentySevenListsAndWordsInOtherLanguages() {
    // Word answers in other languages.
    #expect(judge("Como $7^2 = 49 < 50$, sí es posible.\n\n**Respuesta:** Sí", "\\text{yes}"))
    #expect(judge("Так как $f(-x) = -f(x)$, функция нечётная.\n\nОтвет: нечётная", "\\text{odd}"))
    #expect(judge("La respuesta es martes.", "\\text{Tuesday}"))
    #expect(!judge("La respuesta es martes.", "\\text{Wednesday}"))
    #expect(!judge("**Respuesta:** No", "\\text{yes}"))
    // Lists: bullets naming one variable, a unit after every number, joiners of other languages.
    #expect(judge("**Solutions:**\n- x = −1\n- x = 1/3", "-1, \\frac{1}{3}"))
    #expect(!judge("**Solutions:**\n- x = −1\n- x = 1/2", "-1, \\frac{1}{3}"))
    #expect(judge("Since $6^2 + 8^2 = 10^2$, the sides are 6 cm, 8 cm, and 10 cm.", "6, 8, 10"))
    #expect(judge("The total is 10 cm.", "10"))
    #expect(judge("Los valores posibles de $n$ son 2, 4 y 8.", "2, 4, 8"))
    #expect(!judge("Los valores posibles de $n$ son 2, 4 y 6.", "2, 4, 8"))
    // Thousands marks: a no-break space, a Swiss apostrophe, Indian grouping; a prime stays a prime.
    #expect(judge("Au total, il y a 12\u{202F}345 façons de procéder.", "12345"))
    #expect(judge("Das ergibt 1'250 Möglichkeiten.", "1250"))
    #expect(judge("Hence the total prize money is 1,00,000 rupees.", "100000"))
    #expect(judge("The derivative is f'(x) = 2x, so f'(3) = 6.", "6"))
}

@Test func roundTwentyEightAsidesNumeralsAndPlainLists() {
    // Bold relations joined into one list; a bold tuple; three numbers in square brackets are a list.
    #expect(judge("The roots are **x = −2** and **x = 3**.", "-2, 3"))
    #expect(!judge("The roots are **x = −2** and **x = 4**.", "-2, 3"))
    #expect(judge("Back-substituting:\n\n**x = 5**, **y = −1**", "x=5, y=-1"))
    #expect(judge("The two lines meet at the point **(3, −1)**.", "(3,-1)"))
    #expect(judge("The terms are [1, 3, 5].", "1,3,5"))
    #expect(judge("The interval is [1, 3].", "[1,3]"))
    // Repeating decimals before an ellipsis; a truncation is no repeat, and a decimal that stops is no repeating gold.
    #expect(judge("As a decimal, 7/9 = 0.777...", "\\frac{7}{9}"))
    #expect(judge("So x = 0.1666…", "\\frac{1}{6}"))
    #expect(!judge("The value is 3.14159…", "\\pi"))
    #expect(!judge("The answer is 0.3333.", "0.\\overline{3}"))
    #expect(judge("The answer is $\\frac{1}{3}$.", "0.\\overline{3}"))
    // Side remarks after the stated value: a ", which" clause about it, a computation in parentheses, a denial.
    #expect(judge("After 3 hours the tank holds 45 liters, which is 15 liters short of its 60-liter capacity.", "45"))
    #expect(judge("So Maria has 32 pages left, which will take her about 3 more days.", "32"))
    #expect(judge("The sum is 3 + 4, which is 7.", "7"))
    #expect(judge("Each kid gets 5 cookies (20 ÷ 4).", "5"))
    #expect(judge("The two lines intersect at (3, −1).", "(3,-1)"))
    #expect(!judge("So there are 3³ = 27 strings, not 6.", "6"))
    // A box that a later computation takes as an operand, unless what follows is a check or a hypothetical.
    #expect(judge("$\\binom{8}{3} = \\boxed{56}$ ways.\n\nSo the total is $56 \\cdot 3 = 168$.\n\nThere are 168 ways.", "168"))
    #expect(judge("The angles sum to $\\boxed{1080^\\circ}$. Each angle measures $1080^\\circ / 8 = 135^\\circ$.", "135"))
    #expect(judge("The count is $\\binom{6}{2} = 15$. The answer is $\\boxed{15}$.\n\n(If order mattered, the count would be $15 \\cdot 2 = 30$.)", "15"))
    #expect(judge("So $n = \\boxed{7}$.\n\nVerification: $3(7)+4 = 25$ ✓. Also $25-4=21$.", "7"))
    // Evaluations: the last side of an integral or an elided sum.
    #expect(judge("On obtient $\\int_0^2 e^x\\,dx = \\left[e^x\\right]_0^2 = e^{2}-1$.", "e^2 - 1"))
    #expect(judge("$2 + 4 + \\cdots + 2n = 2(1 + \\cdots + n) = n(n+1)$", "n^2 + n"))
    #expect(!judge("$2 + 4 + \\cdots + 2n = 2(1 + \\cdots + n) = n(n-1)$", "n^2 + n"))
    // Chinese and Japanese numerals; full-width commas; pairs in decimal-comma prose.
    #expect(judge("答：总共有 1.5万 人。", "15000"))
    #expect(judge("答え：1万2千", "12000"))
    #expect(judge("答：一共有二十四种不同的排法。", "24"))
    #expect(!judge("答：一共有二十三种不同的排法。", "24"))
    #expect(judge("合格者は全体の2割です。", "20\\%"))
    #expect(judge("价格上涨了百分之三十。", "30\\%"))
    #expect(judge("所以答案是 5，一定正确。", "5"))
    #expect(judge("解得 $a=3$，$b=4$，所以 $(a,b)=(3，4)$。", "(3,4)"))
    #expect(judge("Los pares de enteros positivos con $a + b = 3$ son $(1,2)$ y $(2,1)$.", "(1,2), (2,1)"))
    #expect(judge("La respuesta es el punto $(0,5, 1,5)$.", "(0.5, 1.5)"))
    // Yes, no and words in other languages; a last word after a clause that negates nothing.
    #expect(judge("Nein, denn $91 = 7 \\cdot 13$ ist keine Primzahl.", "\\text{no}"))
    #expect(!judge("Nein, denn $91 = 7 \\cdot 13$ ist keine Primzahl.", "\\text{yes}"))
    #expect(judge("On a $100 = 14 \\cdot 7 + 2$, donc deux jours après dimanche : ce sera un mardi.", "\\text{Tuesday}"))
    #expect(judge("Since the terms do not approach 0, the series diverges.", "\\text{diverges}"))
    #expect(!judge("Since the terms approach 0, the series does not diverge.", "\\text{diverges}"))
    #expect(!judge("Looking at all 5 times, Marco is faster than Dana.", "\\text{Dana}"))
    #expect(judge("Analisando cada item, as afirmativas corretas são A e C.", "AC"))
    // Options listed after the stated value; a numeral with its base; degrees and minutes; struck-through and
    // multiplicity remarks.
    #expect(judge("The value is 12. Among the options (A) 8, (B) 10, (C) 12, (D) 14 that is the right one.", "C"))
    #expect(!judge("The value is 10. Among the options (A) 8, (B) 10, (C) 12, (D) 14 that is the right one.", "C"))
    #expect(judge("So 11 in binary is 1011 (in base 2).", "1011_2"))
    #expect(!judge("So 11 in binary is 1001 (in base 2).", "1011_2"))
    #expect(judge("The angle measures $22^\\circ 30'$.", "22.5"))
    #expect(!judge("The angle measures $22^\\circ 20'$.", "22.5"))
    #expect(judge("Final answer: ~~18~~ **20** (I corrected a counting slip above).", "20"))
    #expect(judge("So the roots are x = 2 (a double root) and x = −1.", "-1, 2"))
}

@Test func roundTwentyNinePlainListsFunctionsAndOtherScripts() {
    // Lists: tuples joined by "and" after an answer phrase, numbers in words, roots with √, a labelled closing list.
    #expect(judge("**Answer:** (−1, 4) and (3, 0)", "(3,0), (-1,4)"))
    #expect(!judge("**Answer:** (−1, 4) and (3, 1)", "(3,0), (-1,4)"))
    #expect(judge("Checking each case, the possible values of n are three and seven.", "3, 7"))
    #expect(!judge("Checking each case, the possible values of n are three and eight.", "3, 7"))
    #expect(judge("x² = 2, so x = √2 or x = −√2.", "\\sqrt{2}, -\\sqrt{2}"))
    #expect(judge("So the solutions are as above.\n\n**Solutions:** π/6, 5π/6", "\\frac{\\pi}{6}, \\frac{5\\pi}{6}"))
    #expect(judge("Total: 12,500", "12500"))
    #expect(!judge("Check: 2, 3", "2, 3"))
    #expect(!judge("Solutions:", "1"))
    #expect(!judge(".", "1"))
    // Formulas without LaTeX: names only, functions without a backslash, cube roots.
    #expect(judge("Switching the order of summation, the double sum becomes p − q.", "p - q"))
    #expect(!judge("Switching the order of summation, the double sum becomes q − p.", "p - q"))
    #expect(judge("2^x = 3, so x = ln 3 / ln 2.", "\\log_2 3"))
    #expect(judge("Using the power rule for logs, the expression simplifies to log 25.", "2\\log 5"))
    #expect(judge("1 - cos^2(x)", "\\sin^2 x"))
    #expect(judge("tan", "\\text{tan}"))
    #expect(judge("The side of the cube is ∛3.", "\\sqrt[3]{3}"))
    #expect(!judge("The side of the cube is ∛4.", "\\sqrt[3]{3}"))
    // Restatements and hedges after an answer phrase; a formula is no exact value before an approximation.
    #expect(judge("The answer is 1/2 or equivalently 0.5.", "\\frac{1}{2}"))
    #expect(!judge("I think the answer is 15, but I'm not completely sure; it could also be 16 if the endpoints count.", "15"))
    #expect(judge("Using $A = P\\left(1 + \\frac{r}{n}\\right)^{nt}$ and rounding, she will have approximately $\\$32{,}348$.", "\\$32,348"))
    #expect(judge("Its area is $\\frac{\\pi}{4}$, which is approximately $0.785$.", "\\frac{\\pi}{4}"))
    // Other scripts and notations: Korean numerals, a dotted thousands answer the response computed, "neither" in other
    // languages, French intervals, a cleft naming the answer.
    #expect(judge("한 권에 5천 원인 책을 5권 샀으므로 총액은\n\n답: 2만 5천", "25000"))
    #expect(judge("그는 천천히 걸어서 3시간 걸렸다. 답: 3", "3"))
    #expect(judge("O preço total é $40 \\times 30 = 1200$ reais.\n\nResposta: 1.200", "1200"))
    #expect(judge("La funzione non è né pari né dispari.", "\\text{neither}"))
    #expect(!judge("Die Funktion ist weder gerade noch ungerade.", "\\text{odd}"))
    #expect(judge("En notation française :\n\n$S = [2\\,;\\,5[$", "[2, 5)"))
    #expect(!judge("En notation française :\n\n$S = ]2\\,;\\,5]$", "[2, 5)"))
    #expect(judge("Sarah ran 1200 m while Jess ran 1 km (1000 m). It is Sarah who ran farther.", "\\text{Sarah}"))
    #expect(!judge("Sarah ran 1200 m while Jess ran 1 km (1000 m). It is Jess who ran farther.", "\\text{Sarah}"))
}

@Test func roundThirtyTurnsArrowsScriptsAndWays() {
    // After a turn that follows a box, a last sentence with an answer phrase answers.
    #expect(judge("There are $9 \\times 8 = \\boxed{72}$ ordered pairs.\n\nHowever, the pairs are unordered, so each was counted twice. Dividing by 2, the answer is 36.", "36"))
    #expect(!judge("There are $9 \\times 8 = \\boxed{72}$ ordered pairs.\n\nHowever, the pairs are unordered, so each was counted twice. Dividing by 2, the answer is 36.", "72"))
    // Steps joined by arrows; integrals written with ∫; a rejected value in an aside.
    #expect(judge("|2x − 1| = 5 ⇒ 2x − 1 = 5 or 2x − 1 = −5 ⇒ x = 3 or x = −2", "-2, 3"))
    #expect(judge("2x − 1 > 5 → 2x > 6 → x > 3", "x>3"))
    #expect(judge("∫_0^2 e^x dx = e^2 − e^0 = e^2 − 1", "e^2-1"))
    #expect(judge("Therefore, the value of k is 7 (k = −7 would make the denominator zero, so it is rejected).", "7"))
    #expect(!judge("Therefore, the value of k is 7 (k = −7 would make the denominator zero, so it is rejected).", "-7"))
    // Counts of ways, numbers after a bare name, percent in words, an approximation of a computation.
    #expect(judge("There are 120 ways to choose the 3 toppings.", "\\binom{10}{3}"))
    #expect(judge("Thus there are 56 ways to choose the committee when Alice is excluded, and therefore 84 ways in total.", "84"))
    #expect(judge("Checking each case, the possible values of $n$ are 6 and 10.", "6, 10"))
    #expect(judge("From 50 to 60 is an increase of twenty percent.", "20"))
    #expect(judge("The percent decrease is (60 − 50)/60 × 100 ≈ 16.7%.", "16.7"))
    // Words: weekdays ending the sentence, "diverges to +∞", yes and colours in other languages and scripts.
    #expect(judge("Counting forward 30 days from a Sunday gives Tuesday.", "\\text{Tuesday}"))
    #expect(!judge("Counting forward 30 days from a Sunday gives Tuesday.", "\\text{Sunday}"))
    #expect(judge("As $x \\to 0^+$, $\\frac{1}{x^2} \\to +\\infty$, so the limit diverges to +∞.", "\\infty"))
    #expect(judge("Die Antwort lautet: Ja.", "\\text{Yes}"))
    #expect(!judge("Die Antwort lautet: Ja.", "\\text{No}"))
    #expect(judge("答え:赤", "\\text{red}"))
    // Units and digits of other scripts; dotted thousands in Vietnamese and Portuguese prose.
    #expect(judge("Тогда $v = 18$.\n\nОтвет: 18 км/ч.", "18"))
    #expect(!judge("Тогда $v = 18$.\n\nОтвет: 16 км/ч.", "18"))
    #expect(judge("عدد الطرق هو $4 \\times 9 = ٣٦$.\n\nإذن الجواب هو ٣٦.", "36"))
    #expect(judge("Vậy có 10.000 số.", "10000"))
    #expect(judge("O valor total após 7 anos, arredondado, é de aproximadamente US$ 32.348.", "\\$32,348"))
}

@Test func roundThirtyOneBoxesVectorsRanksAndScripts() {
    // A box its own sentence computes from; a last box that only says where the value is reached.
    #expect(judge("The sum of the five scores is $78 + 85 + 91 + 88 + 83 = \\boxed{425}$, so the mean score is $425 / 5 = 85$.", "85"))
    #expect(judge("So $f(x) = (x-2)^2 - 4$.\n\nThe minimum value is $\\boxed{-4}$, attained at $x = \\boxed{2}$.", "-4"))
    #expect(!judge("So $f(x) = (x-2)^2 - 4$.\n\nThe minimum value is $\\boxed{-4}$, attained at $x = \\boxed{2}$.", "2"))
    // Ranks named at the end; formulas of names after "telescopes to"; vectors in angle or square brackets.
    #expect(judge("The first term exceeding 100 is the fifth term.", "5"))
    #expect(judge("Counting along the row, it's the fifth one.", "5"))
    #expect(judge("The terms are 1, 3, 5, 7, so 7 is the fourth term.", "7"))
    #expect(judge("Swapping the order of summation, the double sum telescopes to p − q.", "p - q"))
    #expect(judge("The cross product is ⟨2, −1, 3⟩.", "\\begin{pmatrix} 2 \\\\ -1 \\\\ 3 \\end{pmatrix}"))
    #expect(!judge("The cross product is ⟨2, 1, 3⟩.", "\\begin{pmatrix} 2 \\\\ -1 \\\\ 3 \\end{pmatrix}"))
    #expect(judge("The projection is [3, 4].", "\\begin{pmatrix} 3 \\\\ 4 \\end{pmatrix}"))
    #expect(judge("The projection is [3, 4].", "[3,4]"))
    // "No." opening a negative answer whose reasons say "not"; an aside after an ellipsis.
    #expect(judge("No. 2^11 − 1 = 2047 = 23 × 89, so it is not prime.", "\\text{No}"))
    #expect(!judge("No. 2^11 − 1 = 2047 = 23 × 89, so it is not prime.", "\\text{Yes}"))
    #expect(judge("1/6 = 0.1666… (the 6 repeats forever)", "\\frac{1}{6}"))
    // Turkish and Italian dotted thousands; a colour ending a Chinese sentence; infinitely many in Japanese.
    #expect(judge("Her adımda sayı ikiye katlandığından $2^{10}$ elde edilir.\n\nSonuç 1.024'tür.", "1024"))
    #expect(judge("Sommando i contributi dei tre anni otteniamo il totale.\n\nL'importo totale è di $32.348$ dollari.", "\\$32,348"))
    #expect(judge("因为 $20 = 3 \\times 6 + 2$，第 $20$ 个球对应循环中的第 $2$ 个。\n\n所以第 $20$ 个球是红色。", "\\text{red}"))
    #expect(!judge("因为 $20 = 3 \\times 6 + 2$，第 $20$ 个球对应循环中的第 $2$ 个。\n\n所以第 $20$ 个球是红色。", "\\text{blue}"))
    #expect(judge("2 つの式は同じ直線を表すので、解は無限に多く存在します。\n\n答え：無限個", "\\infty"))
}

@Test func roundThirtyTwoSetsPowersChecksAndOtherScripts() {
    // A set or list opened by bold markers; a power of numbers in a difference; a subscript base after log; a constant named last.
    #expect(judge("The positive divisors of 8 are **{1, 2, 4, 8}**.", "\\{1,2,4,8\\}"))
    #expect(!judge("The positive divisors of 8 are **{1, 2, 4}**.", "\\{1,2,4,8\\}"))
    #expect(judge("By induction the maximum is 2^2017 − 1.", "2^{2017}-1"))
    #expect(!judge("By induction the maximum is 2^2017 + 1.", "2^{2017}-1"))
    #expect(judge("Taking log base 3 of both sides of 3ˣ = 5, the exponent is log₃5.", "\\log_3 5"))
    #expect(!judge("Taking log base 3 of both sides of 3ˣ = 5, the exponent is log₅3.", "\\log_3 5"))
    #expect(judge("The product simplifies to e^(iπ/2), which is just i.", "i"))
    #expect(!judge("The product simplifies to e^(-iπ/2), which is just -i.", "i"))
    // An approximation after a bold value; an aside after a tuple; two values after "can be"; an inequality that closes with its name.
    #expect(judge("Solving 3x = 14 gives **14/3** (about 4.67).", "\\frac{14}{3}"))
    #expect(judge("Completing the square gives (x + 2)² + (y − 5)² = 9, so the center is (−2, 5) (and the radius is 3).", "(-2,5)"))
    #expect(!judge("Completing the square gives (x + 2)² + (y − 5)² = 9, so the center is (−2, 5) (and the radius is 3).", "3"))
    #expect(judge("The discriminant k² − 4 must be zero, so k² = 4 and k can be 2 or −2.", "\\{-2, 2\\}"))
    #expect(!judge("The discriminant k² − 4 must be zero, so k² = 4 and k can be 2 or −2.", "2"))
    #expect(judge("Adding 2 to both sides and dividing by 3 gives −2/3 < x.", "x > -\\frac{2}{3}"))
    #expect(!judge("Adding 2 to both sides and dividing by 3 gives −2/3 > x.", "x > -\\frac{2}{3}"))
    // A closing line that only verifies; one that concludes after its check is read.
    #expect(judge("逐一检验可得，当 $n = 13$ 时首次满足 $2^n > 8000$。因此 $n$ 的最小值为 13。\n\n验证：$2^{12} = 4096 < 8000$，$2^{13} = 8192 > 8000$。", "13"))
    #expect(judge("So the smallest n is 13.\n\nCheck: $2^{12} = 4096 < 8000$ and $2^{13} = 8192 > 8000$.", "13"))
    #expect(!judge("So $x = 4$ or $x = -2$.\n\nCheck: $\\log_2 4 + \\log_2 2 = 3$ ✓, and $x = -2$ is rejected. Therefore $x = -2$.", "4"))
    // Myriads after a space; dotted thousands beside a euro sign; a braced decimal comma in a German point; rejected roots in German.
    #expect(judge("该市人口增加了 $2.5 \\times 5000$ 人，即\n\n共 1.25 万人。", "12500"))
    #expect(!judge("该市人口增加了 $2.5 \\times 5000$ 人，即\n\n共 1.25 万人。", "125"))
    #expect(judge("Er arbeitet 4 Wochen lang an 5 Tagen pro Woche und verdient 60 € pro Tag.\n4 × 5 × 60 € = 1.200 €\n#### 1.200", "1200"))
    #expect(!judge("Er arbeitet 4 Wochen lang an 5 Tagen pro Woche und verdient 60 € pro Tag.\n4 × 5 × 60 € = 1.200 €\n#### 1.200", "1.2"))
    #expect(judge("Gleichsetzen liefert $2x - 4 = 1$, also $x = 2{,}5$ und $y = 1$.\n\nDer Schnittpunkt ist $S(2{,}5 \\mid 1)$.", "\\left(\\frac{5}{2}, 1\\right)"))
    #expect(!judge("Gleichsetzen liefert $2x - 4 = 1$, also $x = 2{,}5$ und $y = 1$.\n\nDer Schnittpunkt ist $S(2{,}5 \\mid 1)$.", "\\left(1, \\frac{5}{2}\\right)"))
    #expect(judge("Aus $\\log_2(x) + \\log_2(x - 3) = 2$ folgt $x = 4$ oder $x = -1$.\n\n$x = 4$ ($x = -1$ entfällt, da der Logarithmus nicht definiert ist).", "4"))
    #expect(!judge("Aus $\\log_2(x) + \\log_2(x - 3) = 2$ folgt $x = 4$ oder $x = -1$.\n\n$x = 4$ ($x = -1$ entfällt, da der Logarithmus nicht definiert ist).", "-1"))
    // Choice letters: two joined in Korean, numbered options, a corrected choice in Italian, a bold letter, a letter and its value.
    #expect(!judge("두 조건을 모두 만족하는 보기를 확인하면\n\n정답은 A, C입니다.", "C"))
    #expect(judge("두 조건을 모두 만족하는 보기를 확인하면\n\n정답은 A, C입니다.", "AC"))
    #expect(judge("각 보기를 대입해 보면 ③만 성립합니다.\n\n정답은 ③입니다.", "C"))
    #expect(!judge("각 보기를 대입해 보면 ②만 성립합니다.\n\n정답은 ②입니다.", "C"))
    #expect(!judge("Confrontando le opzioni, la risposta è C.\n\nAnzi no, ho dimenticato un lato: la risposta corretta è la B.", "C"))
    #expect(judge("Confrontando le opzioni, la risposta è C.\n\nAnzi no, ho dimenticato un lato: la risposta corretta è la B.", "B"))
    #expect(judge("Por lo tanto, la respuesta correcta es la opción **B**.", "B"))
    #expect(judge("The perimeter is 12. The correct answer is (C), i.e. 12.", "C"))
    #expect(judge("Calcolando, il perimetro è $4 \\cdot 3 = 12$. La risposta corretta è la (C), cioè 12.", "12"))
    #expect(!judge("Calcolando, il perimetro è $4 \\cdot 3 = 12$. La risposta corretta è la (C), cioè 12.", "B"))
    // Words in Japanese and Korean; a name in Cyrillic; a period in parentheses.
    #expect(judge("$f(-x) = (-x)^4 + (-x)^2 = f(x)$ が成り立つので、\n\n$f$ は偶関数です。", "\\text{even}"))
    #expect(!judge("$f(-x) = (-x)^4 + (-x)^2 = f(x)$ が成り立つので、\n\n$f$ は偶関数です。", "\\text{odd}"))
    #expect(judge("100일 후는 14주와 2일 후이므로\n\n정답은 화요일입니다.", "\\text{Tuesday}"))
    #expect(judge("Сравнивая суммы, у Боба получается 58 очков, у Алисы 55.\n\nОтвет: Боб.", "\\text{Bob}"))
    #expect(!judge("Сравнивая суммы, у Боба получается 58 очков, у Алисы 55.\n\nОтвет: Алиса.", "\\text{Bob}"))
    #expect(judge("Деля 1 на 3 уголком, получаем периодическую дробь.\n\nОтвет: 0,(3).", "\\frac{1}{3}"))
    #expect(judge("Деля 1 на 6 уголком, получаем периодическую дробь.\n\nОтвет: 0,1(6).", "\\frac{1}{6}"))
    #expect(!judge("Деля 1 на 6 уголком, получаем периодическую дробь.\n\nОтвет: 0,(16).", "\\frac{1}{6}"))
}

@Test func roundThirtyThreeChatListsScriptsAndDenials() {
    // A lower-case clause after an ellipsis goes on; values named by a Greek letter; a computation of numbers gives its last side.
    #expect(judge("The values of $n$ for which $n^2 + 1$ is divisible by... checking each residue, $n = 1, 3, 5, 7$.", "1,3,5,7"))
    #expect(!judge("The values of $n$ for which $n^2 + 1$ is divisible by... checking each residue, $n = 1, 3, 5$.", "1,3,5,7"))
    #expect(judge("sin θ = 1/2 on [0, 2π) gives θ = π/6 and θ = 5π/6.", "\\frac{\\pi}{6}, \\frac{5\\pi}{6}"))
    #expect(!judge("sin θ = 1/2 on [0, 2π) gives θ = π/6 and θ = 5π/6.", "\\frac{\\pi}{6}"))
    #expect(judge("The characteristic polynomial is λ² − 7λ + 10 = (λ − 5)(λ − 2).\n\nEigenvalues: λ = 5 and λ = 2", "2, 5"))
    #expect(judge("√12 = √(4 · 3) = **2√3**", "2\\sqrt{3}"))
    #expect(!judge("√12 = √(4 · 3) = **2√3**", "4\\sqrt{3}"))
    #expect(judge("1,500 × 1,000 = 1.5 × 10⁶", "1500000"))
    // Chances in words, clock times with thin spaces, powers of ten in superscripts, formulas of names after a chain.
    #expect(judge("Only one of the six faces is a 4, so there's a 1 in 6 chance.", "\\frac{1}{6}"))
    #expect(!judge("Only one of the six faces is a 4, so there's a 1 in 6 chance.", "6"))
    #expect(judge("The meeting started at 1:15 PM and lasted 2½ hours, so it ended at 3:45 PM.", "3\\!:\\!45\\text{ p.m.}"))
    #expect(!judge("The meeting started at 1:15 PM and lasted 2½ hours, so it ended at 3:45 PM.", "3\\!:\\!45\\text{ a.m.}"))
    #expect(judge("Number of molecules ≈ 6.02 × 10²³", "6.02 \\times 10^{23}"))
    #expect(!judge("Number of molecules ≈ 6.02 × 10²²", "6.02 \\times 10^{23}"))
    #expect(judge("Grouping terms by n = j + k, each n appears n − 1 times, so the sum is Σ (n − 1)/n³ = Σ 1/n² − Σ 1/n³ = p − q.", "p - q"))
    #expect(!judge("Grouping terms by n = j + k, each n appears n − 1 times, so the sum is Σ (n − 1)/n³ = Σ 1/n² − Σ 1/n³ = p − q.", "q - p"))
    // Plain matrices over several lines and times a fraction; the value after a step that names no variable.
    #expect(judge("The matrix is\n[[2, 1],\n [0, 3]]", "\\begin{pmatrix} 2 & 1 \\\\ 0 & 3 \\end{pmatrix}"))
    #expect(judge("det A = 2·3 − 1·1 = 5, so\n\nA⁻¹ = (1/5) · [[3, −1], [−1, 2]]", "\\begin{pmatrix} 3/5 & -1/5 \\\\ -1/5 & 2/5 \\end{pmatrix}"))
    #expect(!judge("det A = 2·3 − 1·1 = 5, so\n\nA⁻¹ = (1/5) · [[3, −1], [−1, 2]]", "\\begin{pmatrix} 3 & -1 \\\\ -1 & 2 \\end{pmatrix}"))
    #expect(judge("Let x = 0.2727… Then 100x = 27.2727…, so 99x = 27 and x = 27/99 = 3/11.", "\\frac{3}{11}"))
    #expect(judge("The total time is $\\boxed{4 \\text{ hours and } 30 \\text{ minutes}}$.", "4.5"))
    // Boxes joined by "or" in Chinese; lists joined by Arabic and other words; no solution, none and answers in other languages.
    #expect(!judge("经过计算，满足条件的最小正整数可能是 $\\boxed{5}$ 或 $\\boxed{6}$，需要进一步验证。", "6"))
    #expect(judge("الحلول هي $x = 2$ و $x = 3$.", "2,3"))
    #expect(judge("الحل: $x=-4$ أو $x=1$", "1, -4"))
    #expect(!judge("الحل: $x=-4$ أو $x=1$", "1"))
    #expect(judge("Дискриминант $D = 1 - 8 = -7 < 0$, поэтому действительных корней нет.\n\nОтвет: решений нет.", "\\emptyset"))
    #expect(judge("Geen van de getallen voldoet; het antwoord is dus geen.", "\\text{none}"))
    #expect(judge("الجواب: ٣٫٥", "3.5"))
    #expect(!judge("الجواب: ٣٫٥", "35"))
    #expect(judge("الإجابة الصحيحة هي (ب)", "B"))
    #expect(!judge("الإجابة الصحيحة هي (ب)", "C"))
    #expect(judge("比较每个人的平均速度（距离 ÷ 时间），Evelyn 对应的点与原点连线的斜率最大。\n\n因此，平均速度最大的是 Evelyn。", "\\text{Evelyn}"))
    // Thousands in Korean, Italian and German money; a decimal without its zero.
    #expect(judge("따라서 총 1만 2,500원입니다.", "12500"))
    #expect(!judge("따라서 총 1만 2,500원입니다.", "2500"))
    #expect(judge("Quindi servono 1.500 litri d'acqua.", "1500"))
    #expect(!judge("So we need 1.500 liters.", "1500"))
    #expect(judge("Jeden Monat spart Tom 100 €. In einem Jahr spart er also $12 \\cdot 100 = 1.200$ €.\n#### 1.200", "1200"))
    #expect(judge("$\\frac{1}{8}$ as a decimal is .125", "0.125"))
    #expect(!judge("$\\frac{1}{8}$ as a decimal is .125", "125"))
    // The last step after an arrow in display math; tuples and their permutations; a list before its reason; a duration after the value.
    #expect(judge("The plane through $(1, 1, 0)$:\n$$2(x-1) + 3(y-1) - (z - 0) = 0 \\;\\Longrightarrow\\; -2x - 3y + z + 5 = 0.$$", "2x + 3y - z = 5"))
    #expect(!judge("The plane through $(1, 1, 0)$:\n$$2(x-1) + 3(y-1) - (z - 0) = 0 \\;\\Longrightarrow\\; -2x - 3y + z + 5 = 0.$$", "2x + 3y - z = -5"))
    #expect(judge("Only the primes $2, 3, 5$ can appear, so the solutions are $(p, q, r) = (2, 3, 5)$ and its permutations.", "(2,3,5),(2,5,3),(3,2,5),(3,5,2),(5,2,3),(5,3,2)"))
    #expect(!judge("Only the primes $2, 3, 5$ can appear, so the solutions are $(p, q, r) = (2, 3, 5)$ and its permutations.", "(2,3,5),(3,2,5)"))
    #expect(judge("The pairs are $(0, 0)$ and $(1, 1)$; no others exist because for $x \\ge 2$ the left side grows faster.", "(0,0),(1,1)"))
    #expect(judge("There are $3.2\\times 10^{4}$ bacteria after 5 hours.", "32000"))
    #expect(judge("He will have 30 dollars after 5 weeks.", "30"))
    #expect(judge("The two trains meet after 3 hours.", "3"))
    // A box that a later sentence denies; an item of a list that names an equation gold; a closing check table; closing bullets.
    #expect(judge("So the remainder is $\\boxed{3}$.\n\nHowever, I should double check: $2^{10} = 1024 = 7 \\cdot 146 + 2$, so the remainder is indeed 2, not 3.", "2"))
    #expect(!judge("So the answer is $\\boxed{42}$.\n\nCheck: … hmm, that gives 41, not 42. I must have slipped in that check, so I'll stick with 42.", "41"))
    #expect(judge("The vertex is $(2, -1)$ and the parabola passes through $(0, 3)$, so $a = 1$ and\n$$y = (x-2)^2 - 1.$$", "y=x^2-4x+3"))
    #expect(!judge("The vertex is $(2, -1)$ and the parabola passes through $(0, 3)$, so $a = 1$ and\n$$y = (x-2)^2 + 1.$$", "y=x^2-4x+3"))
    #expect(judge("**x = 4**\n\n| Check | Left side | Right side |\n|---|---|---|\n| 2x + 3 = 11 | 11 | 11 ✓ |\n| x² − 16 = 0 | 0 | 0 ✓ |", "4"))
    #expect(judge("Positive integer pairs (x, y) with xy = 6:\n- (1, 6)\n- (2, 3)\n- (3, 2)\n- (6, 1)\n\nThat's all four ordered pairs.", "(1,6),(2,3),(3,2),(6,1)"))
    #expect(!judge("Positive integer pairs (x, y) with xy = 6:\n- (1, 6)\n- (2, 3)\n- (6, 1)\n\nThat's all of them.", "(1,6),(2,3),(3,2),(6,1)"))
}

@Test func roundThirtyFourChoicesFractionsBoxesAndDates() {
    // Choice letters joined by "or" or named as correct; the correct option and quoted answers in other languages; "or" in a foreign phrase.
    #expect(judge("Statement A is true ✔️\nStatement B is false ✘\nStatement C is true ✔️\n\nBoth A and C are correct.", "AC"))
    #expect(!judge("Statement A is true ✔️\nStatement B is false ✘\nStatement C is true ✔️\n\nBoth A and C are correct.", "A"))
    #expect(!judge("Les deux options semblent vérifier la condition : les réponses possibles sont (A) ou (C).", "C"))
    #expect(judge("Risposta: (A).\n\nControllo: sostituendo $x = 3$ l'uguaglianza non torna, quindi in realtà l'opzione corretta è (B).", "B"))
    #expect(!judge("Risposta: (A).\n\nControllo: sostituendo $x = 3$ l'uguaglianza non torna, quindi in realtà l'opzione corretta è (B).", "A"))
    #expect(judge("袋の中で一番多いのは赤いボールなので、答えは「赤」です。", "\\text{red}"))
    #expect(!judge("Aber auch $n = 9$ scheint zu passen.\n\nDie Antwort ist also 7 oder 9.", "7"))
    #expect(judge("Alguns poderiam pensar que a resposta é 12, mas isso ignora o caso $n = 0$. Incluindo-o, a resposta não é 12, e sim $13$.", "13"))
    #expect(!judge("Alguns poderiam pensar que a resposta é 12, mas isso ignora o caso $n = 0$. Incluindo-o, a resposta não é 12, e sim $13$.", "12"))
    #expect(judge("I think the answer is B, but C is also plausible given the wording. On reflection, I'll go with C.\n\nFinal: C", "C"))
    #expect(!judge("I think the answer is B, but C is also plausible given the wording. On reflection, I'll go with C.\n\nFinal: C", "B"))
    // Vulgar fractions standing alone or named; a formula after a label's `=`; the last side before an approximation.
    #expect(judge("sin 30° = ½ ✔️", "\\frac{1}{2}"))
    #expect(judge("3 pizzas shared equally by 4 friends:\n3 ÷ 4 = ¾\n\nEach friend gets ¾ of a pizza 🍕", "\\frac{3}{4}"))
    #expect(!judge("3 pizzas shared equally by 4 friends:\n3 ÷ 4 = ¾\n\nEach friend gets ¾ of a pizza 🍕", "\\frac{4}{3}"))
    #expect(judge("2x² + 3x − 2 = 0\n(2x − 1)(x + 2) = 0\n\nSo x = ½ or x = −2 ✔️", "-2, \\frac{1}{2}"))
    #expect(!judge("2x² + 3x − 2 = 0\n(2x − 1)(x + 2) = 0\n\nSo x = ½ or x = −2 ✔️", "-2"))
    #expect(judge("Volume of a cone = πr²h/3", "\\frac{1}{3}\\pi r^2 h"))
    #expect(judge("d/dx[e^(2x)] = e^(2x) · 2 (chain rule)\n\n= 2e^(2x)", "2e^{2x}"))
    #expect(!judge("d/dx[e^(2x)] = e^(2x) · 2 (chain rule)\n\n= 2e^(2x)", "e^{2x}"))
    #expect(judge("Area = (√3/4) · s² with s = √3\n= (√3/4) · 3 = 3√3/4 ≈ 1.299", "\\frac{3\\sqrt{3}}{4}"))
    #expect(judge("If z = 3 + 4i, then z̄ = 3 − 4i.", "3-4i"))
    // Signs and bounds in words; comparisons after an answer; intervals in words; decimals after spaced thousands.
    #expect(judge("−4 − 3 = −7\n\nThe result is negative 7.", "-7"))
    #expect(!judge("−4 − 3 = −7\n\nThe result is negative 7.", "7"))
    #expect(judge("Simplifying everything, the expression reduces to −q + p.", "p - q"))
    #expect(judge("3x − 7 > 8\n3x > 15\nx > 5\n\nThe solution is all x greater than 5.", "x>5"))
    #expect(!judge("3x − 7 > 8\n3x > 15\nx > 5\n\nThe solution is all x greater than 5.", "x<5"))
    #expect(judge("Reading time today = 30 + 15 = 45 minutes.\n\nSo the answer is 45 minutes, which is 15 more than the 30 minutes she read yesterday.", "45"))
    #expect(judge("The inequality holds for all real numbers from −3 to 4, including both ends.", "[-3,4]"))
    #expect(!judge("The inequality holds for all real numbers from −3 to 4, excluding both ends.", "[-3,4]"))
    #expect(judge("Średnia wynosi 2 345,6.", "2345.6"))
    #expect(judge("$f(-x) = -f(x)$ sağlandığından fonksiyon **tek** fonksiyondur.", "\\text{odd}"))
    #expect(!judge("$f(-x) = -f(x)$ sağlandığından fonksiyon **tek** fonksiyondur.", "\\text{even}"))
    // Boxes: a check after it, an answer phrase after it, one of two chosen, a matrix after `=`, a step before the conclusion.
    #expect(judge("Hledaný počet je $\\boxed{14}$.\n\nKontrola: $2 \\cdot 7 = 14$ a $14 + 6 = 20$, což odpovídá zadání.", "14"))
    #expect(judge("Сначала найдём $\\boxed{a = 4}$. Тогда $b = 2a + 1 = 9$.\n\n**Ответ:** $9$.", "9"))
    #expect(judge("Solving $x^2 - 2x - 3 = 0$ gives $x=\\boxed{3}$ or $x=\\boxed{-1}$, but since $x > 0$, we get $x = 3$.", "3"))
    #expect(!judge("Solving $x^2 - 2x - 3 = 0$ gives $x=\\boxed{3}$ or $x=\\boxed{-1}$, but since $x > 0$, we get $x = 3$.", "-1"))
    #expect(judge("Swapping the diagonal entries, we get\n$$\\begin{pmatrix} 2 & 1 \\\\ 5 & 3 \\end{pmatrix}^{-1} = \\begin{pmatrix} 3 & -1 \\\\ -5 & 2 \\end{pmatrix}.$$", "\\begin{pmatrix} 3 & -1 \\\\ -5 & 2 \\end{pmatrix}"))
    #expect(judge("From the first condition, $\\pi r^2 = 4\\pi$, so $\\boxed{r = 2}$.\n\nNow the volume is $V = \\pi r^2 h = 20\\pi$.\n\nSo the volume is $20\\pi$ cubic units.", "20\\pi"))
    #expect(!judge("From the first condition, $\\pi r^2 = 4\\pi$, so $\\boxed{r = 2}$.\n\nNow the volume is $V = \\pi r^2 h = 20\\pi$.\n\nSo the volume is $20\\pi$ cubic units.", "2"))
    // Names in a remark or with a superlative; dates; rounding on purpose; relations after "when"; units before "long"; cut-off displays; an opening answer line.
    #expect(judge("By the strategy-stealing argument, the first player (Alice) wins.", "\\text{Alice}"))
    #expect(judge("Average speed for each student:\n• Alice: 4.5\n• Evelyn: 6.25\n• Carla: 5.2\n\n🏆 Evelyn has the greatest average speed.", "\\text{Evelyn}"))
    #expect(!judge("Average speed for each student:\n• Alice: 4.5\n• Evelyn: 6.25\n• Carla: 5.2\n\n🏆 Evelyn has the greatest average speed.", "\\text{Carla}"))
    #expect(judge("Counting forward 30 days from May 21, the date is June 20th.", "\\text{June 20}"))
    #expect(!judge("Counting forward 30 days from May 21, the date is June 21st.", "\\text{June 20}"))
    #expect(judge("So the total is $24000(1.01)^{30} \\approx 32348.4$. To the nearest whole number, the investment is worth about 32348 dollars.", "\\$32,\\!348"))
    #expect(judge("$(x-2)(x-3) > 0$ when x < 2 or x > 3.", "(-\\infty, 2) \\cup (3, \\infty)"))
    #expect(!judge("The fence is 3 yards long.", "3\\text{ feet}"))
    #expect(judge("The fence is 3 yards long.", "9\\text{ feet}"))
    #expect(!judge("We want $2^{100} \\bmod 7$. Since $2^3 = 8 \\equiv 1 \\pmod 7$, we write $100 = 3 \\cdot 33 + 1$. Therefore\n$$2^{100} = (2^3)^{33} \\cdot 2 \\equiv", "2"))
    #expect(judge("**Answer:** 52\n\nStep 1: A deck has 4 suits × 13 cards = 52 cards.\nStep 2: There are 12 face cards, so 52 − 12 = 40 cards are not face cards.\n\nSo there are 40 non-face cards.", "40"))
    #expect(!judge("**Answer:** 52\n\nStep 1: A deck has 4 suits × 13 cards = 52 cards.\nStep 2: There are 12 face cards, so 52 − 12 = 40 cards are not face cards.\n\nSo there are 40 non-face cards.", "52"))
}

@Test func roundThirtyFiveSetsSystemsOrdersAndWords() {
    // Sets on a line of their own or closing with π; tuples with radicals after a line break; ∅ and ∞ named last.
    #expect(judge("The positive divisors of 8 are 1, 2, 4 and 8, so the set is\n\n{1, 2, 4, 8}", "\\{1,2,4,8\\}"))
    #expect(judge("sin x = 0 on [0, 2π) gives x = 0 and x = π (2π is excluded).\n\nx ∈ {0, π}", "0, \\pi"))
    #expect(!judge("sin x = 0 on [0, 2π) gives x = 0 and x = π (2π is excluded).\n\nx ∈ {0, π}", "0"))
    #expect(judge("From x² = 2 and y = −x:\n\n(√2, −√2) and (−√2, √2)", "(\\sqrt{2}, -\\sqrt{2}), (-\\sqrt{2}, \\sqrt{2})"))
    #expect(judge("The equation has no real solution since x² = −4.\n\nSolution set: ∅", "\\emptyset"))
    #expect(judge("The terms grow without bound, so the limit is ∞ (diverges).", "\\infty"))
    #expect(!judge("The terms grow without bound, so the limit is ∞ (diverges).", "0"))
    // Labelled lists with a closing remark; computations over lines; approximations before unit words; matrices in code blocks.
    #expect(judge("x² − 4x − 5 = 0\n\nRoots: 5 and −1 (sum 4 ✓, product −5 ✓)", "-1, 5"))
    #expect(!judge("x² − 4x − 5 = 0\n\nRoots: 5 and −1 (sum 4 ✓, product −5 ✓)", "5"))
    #expect(judge("(√3 − √2)² = 3 − 2√6 + 2\n\n**= 5 − 2√6**", "5-2\\sqrt{6}"))
    #expect(judge("The radius is half of 4, so r = 2 and the area is π · 2² = 4π ≈ 12.57.\n\nThe area is 4π ≈ 12.57 square units.", "4\\pi"))
    #expect(judge("The reflection over y = x swaps the coordinates:\n\n```\n[ 0  1 ]\n[ 1  0 ]\n```", "\\begin{pmatrix} 0 & 1 \\\\ 1 & 0 \\end{pmatrix}"))
    #expect(!judge("The reflection over y = x swaps the coordinates:\n\n```\n[ 0  1 ]\n[ 1  0 ]\n```", "\\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix}"))
    // Rupiah amounts; "no such number" in Russian; Hindi lists; negative mixed numbers; number words of other languages.
    #expect(judge("Gaji per bulan Rp250.000 selama 8 bulan: $8 \\times 250.000 = 2.000.000$.\n\nJadi totalnya Rp2.000.000.", "2000000"))
    #expect(judge("Тогда $n^2 + 1 \\equiv 1$ или $2 \\pmod 3$ — противоречие.\n\nТаких чисел не существует.", "\\text{none}"))
    #expect(judge("अतः अनंतस्पर्शी रेखाएँ $y = 2x$ और $y = -2x$ हैं।", "y = \\pm 2x"))
    #expect(judge("$x = \\frac{-7}{3}$ 이므로 대분수로 나타내면\n\n$x = -2\\frac{1}{3}$", "-\\frac{7}{3}"))
    #expect(judge("$-7 \\div 3 = \\boxed{-\\frac{7}{3}}$", "-2\\frac{1}{3}"))
    #expect(!judge("$-7 \\div 3 = \\boxed{-\\frac{7}{3}}$", "-1\\frac{1}{3}"))
    #expect(judge("Il y a donc $6 \\times 2 = 12$ façons. La réponse est douze.", "12"))
    #expect(!judge("Il y a donc $6 \\times 2 = 12$ façons. La réponse est onze.", "12"))
    // Systems and piecewise answers; reasons before the value; hedges with "could also be"; orders of names.
    #expect(judge("Substituting gives $x = 2$ and then $y = -1$.\n\n$$\\begin{cases} x = 2 \\\\ y = -1 \\end{cases}$$", "x=2, y=-1"))
    #expect(!judge("Substituting gives $x = 2$ and then $y = -1$.\n\n$$\\begin{cases} x = 2 \\\\ y = 1 \\end{cases}$$", "x=2, y=-1"))
    #expect(judge("$$f(x) = \\begin{cases} x^2, & x \\ge 0 \\\\ -x, & x < 0 \\end{cases}$$", "\\begin{cases} x^2 & \\text{if } x \\geq 0 \\\\ -x & \\text{if } x < 0 \\end{cases}"))
    #expect(!judge("$$f(x) = \\begin{cases} x^2, & x \\ge 0 \\\\ x, & x < 0 \\end{cases}$$", "\\begin{cases} x^2 & \\text{if } x \\geq 0 \\\\ -x & \\text{if } x < 0 \\end{cases}"))
    #expect(judge("Since $2023 = 4 \\cdot 505 + 3$, $i^{2023} = i^3 = -i$.", "-i"))
    #expect(!judge("I think the answer is 6, but it could also be 8 if the endpoints are meant to be included.", "6"))
    #expect(!judge("Raising each to the sixth power: $a^6 = 9$, $b^6 = 8$, $c^6 = 5$. So $a > b > c$.\n\n$$\\boxed{a, b, c}$$", "c, b, a"))
    #expect(judge("Raising each to the sixth power: $a^6 = 9$, $b^6 = 8$, $c^6 = 5$. So $c < b < a$.\n\n$$\\boxed{c, b, a}$$", "c, b, a"))
    // A box after a named quantity, then the conclusion; a winner named beside a remark; a condition ended by "so".
    #expect(judge("First note that $P(A) = \\frac{3}{6} = \\boxed{\\frac{1}{2}}$ and $P(B) = \\frac{1}{3}$.\n\nThen $P(A \\cap B) = \\frac{1}{6}$.\n\nSo the probability that both happen is 1/6.", "\\frac{1}{6}"))
    #expect(!judge("First note that $P(A) = \\frac{3}{6} = \\boxed{\\frac{1}{2}}$ and $P(B) = \\frac{1}{3}$.\n\nThen $P(A \\cap B) = \\frac{1}{6}$.\n\nSo the probability that both happen is 1/6.", "\\frac{1}{2}"))
    #expect(judge("Alice can always mirror Bob's move, so she takes the last coin. Therefore, the winner is Alice (Bob loses).", "\\text{Alice}"))
    #expect(judge("$x^2 - x - 6 = (x-3)(x+2) > 0$ when both factors have the same sign, so $x < -2 \\text{ or } x > 3$.", "(-\\infty,-2)\\cup(3,\\infty)"))
}

@Test func roundThirtySixTitlesOffersAndOtherLanguages() {
    // Titles before names; "Wait" in other languages between markers; check marks; "No —" after a box.
    #expect(judge("Each box holds 8 muffins and Mrs. Lee has 50 muffins.\n50 / 8 = 6.25, so she needs 7 boxes.\n\n**Answer:** Mrs. Lee needs 7 boxes.", "7"))
    #expect(!judge("Each box holds 8 muffins and Mrs. Lee has 50 muffins.\n50 / 8 = 6.25, so she needs 7 boxes.\n\n**Answer:** Mrs. Lee needs 7 boxes.", "6"))
    #expect(judge("Η Μαρία έχει 8 κουτιά με 7 μπισκότα: $8 \\times 7 = 56$.\n#### 56\nΠερίμενε, ξέχασα ότι έφαγε 8. Άρα $56 - 8 = 48$.\n#### 48", "48"))
    #expect(!judge("Η Μαρία έχει 8 κουτιά με 7 μπισκότα: $8 \\times 7 = 56$.\n#### 56\nΠερίμενε, ξέχασα ότι έφαγε 8. Άρα $56 - 8 = 48$.\n#### 48", "56"))
    #expect(judge("x² = 49 and we're told x > 0, so x = √49 = 7.\n\nAnswer: 7 ✅", "7"))
    #expect(judge("so the directrix is $\\boxed{y = 0.125}$... wait, the directrix is above it: $\\boxed{y = -0.125}$? No — the directrix is $y = \\frac{1}{8}$.", "y = \\frac{1}{8}"))
    // Closing bullets counted; Greek names in formulas; a difference ending in a name; half-lines in words.
    #expect(judge("The pairs are:\n\n- (1, 6)\n- (2, 3)\n- (3, 2)\n- (6, 1)\n\nThat's 4 ordered pairs in total.", "(6, 1), (3, 2), (2, 3), (1, 6)"))
    #expect(!judge("The pairs are:\n\n- (1, 6)\n- (2, 3)\n- (3, 2)\n\nThat's 4 ordered pairs in total.", "(6, 1), (3, 2), (2, 3), (1, 6)"))
    #expect(judge("Since φ satisfies φ² = φ + 1, we get\n\nφ² = (1 + √5)/2 + 1 = (3 + √5)/2 ≈ 2.618", "\\frac{3 + \\sqrt{5}}{2}"))
    #expect(!judge("The area of the sector is (1/2)(r²)(θ) = (1/2)(25)(4π/15) ≈ 10.47.", "\\frac{10\\pi}{3}"))
    #expect(judge("The complex conjugate is 2 − i.", "2 - i"))
    #expect(!judge("The complex conjugate is 2 − i.", "2 + i"))
    #expect(judge("The range of f(x) = eˣ is all positive real numbers.", "(0, \\infty)"))
    #expect(!judge("The range of f(x) = eˣ is all positive real numbers.", "[0, \\infty)"))
    // Closing offers and remarks; approximations in other languages; lists joined by semicolons, "och" and the Arabic comma.
    #expect(judge("Here's the product:\n\n[[2, 1],\n [0, 3]]\n\nLet me know if you want me to double-check by multiplying in the other order!", "\\begin{pmatrix} 2 & 1 \\\\ 0 & 3 \\end{pmatrix}"))
    #expect(judge("2⁹ = 512\n\n**512**\n\n(AIME answers are integers from 000 to 999, so this fits.)", "512"))
    #expect(judge("La probabilidad es $\\frac{5}{36}$, es decir, aproximadamente 0,139.", "\\frac{5}{36}"))
    #expect(judge("Die Primzahlen zwischen 1 und 10 sind 2; 3; 5 und 7.", "2, 3, 5, 7"))
    #expect(!judge("Die Primzahlen zwischen 1 und 10 sind 2; 3; 5 und 7.", "7"))
    #expect(judge("Dubbla den första ekvationen och subtrahera: vi får $x = 2$ och $y = 3$.", "(2,3)"))
    #expect(judge("بوضع $t = x^2$ نحصل على $t = 1$ أو $t = 9$.\n\nالحلول هي: $-3$، $-1$، $1$، $3$", "-3, -1, 1, 3"))
    // The Cyrillic А as an option; a last word and its translation.
    #expect(judge("Проверяем все варианты, подходит только первый.\n\nОтвет: А", "A"))
    #expect(!judge("Проверяем все варианты, подходит только первый.\n\nОтвет: А", "B"))
    #expect(judge("Il sesto oggetto della sequenza ripetuta blu, verde, rosso è rosso.", "\\text{red}"))
    #expect(!judge("Il sesto oggetto della sequenza ripetuta blu, verde, rosso è rosso.", "\\text{blue}"))
    #expect(judge("Het product van twee opeenvolgende gehele getallen is altijd even.", "\\text{even}"))
}

@Test func roundThirtySevenEmojiDashesOffersAndPlainFormulas() {
    // Pictographs are decoration; marks that say a value is wrong stay.
    #expect(judge("So it's a parabola! 🎯", "\\text{parabola}"))
    #expect(!judge("So it's a parabola! 🎯", "\\text{circle}"))
    #expect(judge("The only map that works is g(t) = t for every real t. 🎉", "g(t)=t"))
    #expect(judge("x = 3 ❌ (it fails the check)\n\nx = −2 ✅", "-2"))
    #expect(judge("9! 🎉 (0.45 × 20 = 9)", "9"))
    // A dash before words closes an answer phrase, but not before a correction or a refinement.
    #expect(judge("Answer: 12 — that is the total number of pens.", "12"))
    #expect(!judge("Answer: 12 — wait, no, 15.", "12"))
    #expect(!judge("Answer: about 3 — more precisely, 2.96.", "3"))
    #expect(judge("Antwort: C – Parabel", "\\text{(C)}"))
    #expect(!judge("Antwort: C – Parabel", "\\text{(B)}"))
    // Closing offers asked as questions, and "Fun fact:" paragraphs.
    #expect(judge("So there's a 1 in 8 chance. Want me to show all 8 outcomes?", "\\frac{1}{8}"))
    #expect(judge("The prism holds **48 cm³**.\n\nFun fact: its surface area is 2(12 + 16 + 12) = 80 cm².", "48"))
    #expect(!judge("The prism holds **48 cm³**.\n\nFun fact: its surface area is 2(12 + 16 + 12) = 80 cm².", "80"))
    // ² and ³ after a one-letter name are powers in plain formulas; not after a unit.
    #expect(judge("Pairing terms gives at most k² − k, with equality when 2 of them are 1.\n\nMinimum = k² − k", "k(k-1)"))
    #expect(judge("The floor is 25 m² in area.", "25"))
    #expect(judge("not it's not 10 it's 1,000.99m²", "1000.99"))
    #expect(judge("The limit is e² ≈ 7.389", "e^{2}"))
    // An elided series before `=`; a repeating decimal is no series.
    #expect(judge("1 + 2 + 4 + … + 2ⁿ⁻¹ = 2ⁿ − 1", "2^n - 1"))
    #expect(judge("0.1818… = 18/99 = **2/11**", "\\frac{2}{11}"))
    // Vectors named before `=`.
    #expect(judge("$\\mathbf{u} - 3\\mathbf{w} = (2, -1, 5)$.", "\\begin{pmatrix} 2 \\\\ -1 \\\\ 5 \\end{pmatrix}"))
    #expect(judge("Hence $\\mathbf{u} = [2, -1, 5]$.", "\\begin{pmatrix} 2 \\\\ -1 \\\\ 5 \\end{pmatrix}"))
    #expect(!judge("Hence $\\mathbf{u} = [2, -1, 5]$.", "\\begin{pmatrix} 2 \\\\ 1 \\\\ 5 \\end{pmatrix}"))
    // Full-width parentheses at the end, Arabic commas in tuples, decimal commas and thousands dots in Dutch.
    #expect(judge("答案：（3，−4，5）", "(3,-4,5)"))
    #expect(judge("الحل هو $(3،\\ -4)$", "(3,-4)"))
    #expect(!judge("الحل هو $(3،\\ -4)$", "(3,4)"))
    #expect(judge("Het totaal is 3.600 (drieduizend zeshonderd).", "3600"))
    #expect(judge("Dus de kans is 0,625.", "\\frac{5}{8}"))
    // Infinity, compass directions and conics in other languages.
    #expect(judge("Resposta: infinito", "\\infty"))
    #expect(judge("Quindi alla fine guarda verso ovest.", "\\text{west}"))
    #expect(!judge("Quindi alla fine guarda verso ovest.", "\\text{east}"))
    #expect(judge("Nach Umformen erhalten wir $\\frac{x^2}{4} + \\frac{y^2}{9} = 1$.\n\nEs handelt sich um eine Ellipse.", "\\text{ellipse}"))
    #expect(!judge("Nach Umformen erhalten wir $\\frac{x^2}{4} - \\frac{y^2}{9} = 1$.\n\nEs handelt sich um eine Hyperbel.", "\\text{ellipse}"))
    // A name in a remark in parentheses is no other answer.
    #expect(judge("- Lena: 41.2\n- Omar: 39.8\n\nLena (from Norway) earns the most.", "\\text{Lena}"))
    // An exact value before its approximation with the unit between.
    #expect(judge("The speed is 8π meters per second ≈ 25.1 m/s", "8\\pi"))
    #expect(judge("The boat moves at $\\frac{500}{7}$ km/h $\\approx 71.4$ km/h.", "\\frac{500}{7}"))
    #expect(!judge("The boat moves at $\\frac{500}{7}$ km/h $\\approx 71.4$ km/h.", "71.4"))
    // A display alone after the steps, and one that goes on with the chain.
    #expect(judge("$x^2 - 2x - 15 \\le 0 \\iff -3 \\le x \\le 5$.\n\n$$[-3,\\ 5]$$", "x \\in [-3,5]"))
    #expect(judge("$\\cos 15^\\circ = \\cos(45^\\circ - 30^\\circ)$\n\n$$= \\frac{\\sqrt{6}+\\sqrt{2}}{4}$$", "\\frac{\\sqrt{6}+\\sqrt{2}}{4}"))
}

@Test func roundThirtyEightBoldEndingsLabelsScriptsAndSuperlatives() {
    // A bold span with a value that closes the response is its answer, but not a check or a label.
    #expect(judge("So the vertex is at **(−½, 5)**.", "\\left(-\\frac{1}{2}, 5\\right)"))
    #expect(judge("Rules of logs: ln 2 + ln 4 = ln(2 · 4) = **ln 8**", "3\\ln 2"))
    #expect(judge("The two numbers are **14 and 19** (14 + 19 = 33 ✔️)", "14, 19"))
    #expect(!judge("The two numbers are **14 and 19** (14 + 19 = 33 ✔️)", "33"))
    #expect(judge("Girls : boys = 21 : 14 = **3 : 2**", "\\frac32"))
    #expect(judge("The answer is 12.\n\n**Check: 12 + 3 = 15 ✓**", "12"))
    // Answer labels of other languages, only before a value; checks in other languages.
    #expect(judge("Skillnaden är alltså $51 - 27 = 24$.\n\n**Svar:** 24\n\nKontroll: $27 + 24 = 51$ ✓", "24"))
    #expect(!judge("Skillnaden är alltså $51 - 27 = 24$.\n\n**Svar:** 24\n\nKontroll: $27 + 24 = 51$ ✓", "51"))
    #expect(judge("Koska $12^2 = 144 > 130$, saadaan $n = 12$.\n\nTarkistus: $144 - 130 = 14 > 0$, joten ehto täyttyy.", "12"))
    #expect(judge("Mittpunkten är $\\left(\\frac{-5+1}{2}, \\frac{2+8}{2}\\right)$.\n\nSvar: Punkten är $P = (-2,\\,5)$.", "(-2,5)"))
    // Devanagari, Bengali and Thai digits.
    #expect(judge("มีดินสอ ๑๕ แท่ง ซื้อเพิ่ม ๒๐ แท่ง รวม ๑๕ + ๒๐ = ๓๕ แท่ง\n\nคำตอบ: ๓๕", "35"))
    #expect(judge("कुल गेंदें १० + १५ = २५ हैं।", "25"))
    #expect(judge("মোট ১২ + ৮ = ২০ টি।", "20"))
    // A superlative that ends the last sentence, and the clause that holds it.
    #expect(judge("- Navin: $8 \\times 150 / 31.2 \\approx 38.46$\n- Ian: $8 \\times 30 / 6.4 = 37.5$\n\nNavin would earn the most.", "\\text{Navin}"))
    #expect(judge("Converting everyone's pay to dollars, Priya earns the most.", "\\text{Priya}"))
    #expect(!judge("Brianna finished with the fastest time, just ahead of Angela.", "\\text{Angela}"))
}

@Test func roundThirtyNineUnitsLastSegmentsAndForeignSentences() {
    // "km per hour" is a unit; a paragraph that is one math segment ends a short response.
    #expect(judge("The car covers 150 km in 2.5 hours, 150 / 2.5 = 60. So the answer is 60 km per hour.", "60"))
    #expect(judge("$2x^2 - 7x + 3 = (2x-1)(x-3)$.\n\n$x = \\tfrac12 \\text{ or } x = 3$", "3, \\frac{1}{2}"))
    #expect(!judge("$2x^2 - 7x + 3 = (2x-1)(x-3)$.\n\n$x = \\tfrac12 \\text{ or } x = 3$", "3"))
    // A sentence after a foreign answer label gives the math segment that ends it; a choice label keeps its letter.
    #expect(judge("$$p(3) = 27 + 6 + 1 = 34.$$\n\n**Resposta:** El residu és $34$.", "34"))
    #expect(!judge("$$p(3) = 27 + 6 + 1 = 34.$$\n\n**Resposta:** El residu és $34$.", "43"))
}

@Test func roundThirtyNineBoldUnitsAndForeignOr() {
    // Unit words after a closing bold value go; other words and capitals stay.
    #expect(judge("Shaded area = half circle − square\n\n**= −16 + 8π square units**", "8\\pi-16"))
    #expect(judge("The trip takes $\\frac{150}{60} = 2.5$ hours, or **2 hours and 30 minutes**.", "2.5"))
    #expect(judge("Starting at 1:15 PM and adding 2 hours 30 minutes gives **3:45 PM**.", "\\text{3:45 p.m.}"))
    // "or" in Ukrainian between relations is a union; Czech directions.
    #expect(judge("Нерівність виконується при $x < -2$ або $x > 4$.\n\nВідповідь: $x < -2$ або $x > 4$.", "(-\\infty,-2)\\cup(4,\\infty)"))
    #expect(!judge("Нерівність виконується при $x < -2$ або $x > 4$.\n\nВідповідь: $x < -2$ або $x > 4$.", "(-2,4)"))
    #expect(judge("Ze severu doleva je to na západ.\n\nOdpověď: západ", "\\text{west}"))
}

@Test func roundFortyLabelsListsAndSelfCorrections() {
    // PRM800K's "# Answer" heading with the value on the next line; a sentence under it is left to the fallbacks.
    #expect(judge("Checking each case, $n=4$ works and so does $n=2$.\n\n# Answer\n\n4, 2", "2, 4"))
    #expect(!judge("Checking each case, $n=4$ works and so does $n=2$.\n\n# Answer\n\n4", "2, 4"))
    // A bare list of three or more values against a tuple in the same order, both ways round; never in another order.
    #expect(judge("The side lengths are $(6, 8, 10)$.", "6, 8, 10"))
    #expect(judge("The odd primes below 10 are $\\boxed{3, 5, 7}$.", "[3,5,7]"))
    #expect(!judge("The side lengths are $(10, 8, 6)$.", "6, 8, 10"))
    // A scale word stays with a bold value; in other languages too.
    #expect(judge("The population reaches **1.5 million**.", "1500000"))
    #expect(judge("Total pendapatan setahun adalah\nJawabannya adalah 12,5 juta", "12500000"))
    // Labels of Polish, Turkish, Hindi, Indonesian and capitalised Vietnamese; a Devanagari word after a label is left.
    #expect(judge("Liczba sposobów wynosi\nOdpowiedź: piętnaście", "15"))
    #expect(judge("\\log_2 4 + \\log_2 3 ifadesini birleştirirsek Cevap: \\log_2 12", "2+\\log_2 3"))
    #expect(judge("सरल करने पर उत्तर: \\frac{x}{x+1}", "1-\\frac{1}{x+1}"))
    #expect(judge("Vậy nghiệm của hệ là (x; y) = (4; 1).\nĐáp án: (4; 1)", "(4,1)"))
    #expect(judge("कुल गेंदें 10 + 15 = 25 हैं। उत्तर: पच्चीस", "25"))
    #expect(!judge("Cevap: 17\n\nKontrol edelim: $3 \\cdot 17 - 4 = 47$. Hayır, yanlış hesapladım; yani doğru cevap $x = 19$.", "17"))
    // German points, Arabic-Indic lists, a relation before a bracket, a choice label in lower case.
    #expect(judge("Der Schnittpunkt ist P(2|5).\nAntwort: (2|5)", "(2,5)"))
    #expect(judge("الإجابة: ٢، −٥", "-5, 2"))
    #expect(judge("答案：x ∈ (−∞, 2] ∪ [5, +∞)", "(-\\infty,2]\\cup[5,\\infty)"))
    #expect(judge("The answer is choice (b).", "B"))
    #expect(!judge("The answer is choice (b).", "C"))
    // A matrix with no delimiters, a whole number and a half, number words of more languages.
    #expect(judge("La matriz tiene determinante 1, así que la inversa es \\begin{pmatrix} 3 & -1 \\\\ -5 & 2 \\end{pmatrix}.", "\\begin{pmatrix} 3 & -1 \\\\ -5 & 2 \\end{pmatrix}"))
    #expect(judge("Adding the travel time and the waiting time, it takes 2 and a half hours.", "2.5"))
    #expect(judge("정답은 스물넷입니다.", "24"))
    #expect(judge("الإجابة: صفر", "0"))
    // A mistake admitted after the box, in any language, replaces it; an undecided "or" after the box answers neither.
    #expect(!judge("Réponse : \\boxed{12}\n\nVérification : 12 × 3 = 36 ≠ 35, donc je me suis trompé : la réponse est en fait \\frac{35}{3}.", "12"))
    #expect(judge("Answer: \\boxed{12}\n\nCheck: 12 × 3 = 36 ≠ 35, so I was wrong: the answer is actually \\frac{35}{3}.", "\\frac{35}{3}"))
    #expect(!judge("Counting gives $n = \\boxed{7}$. If $n = 0$ is allowed it would be $8$. I'm not sure which the problem intends, so it is $7$ or $8$.", "7"))
    // Cut off inside inline math, a closing "either … or …", a closing "X is P% of Y".
    #expect(!judge("Because $100 = 3\\cdot 33 + 1$, we have $2^{100} = (2^3)^{33}\\cdot 2 \\equiv", "2"))
    #expect(!judge("Looking at the critical points, the cubic therefore has either 1 or 3 real roots.", "3"))
    #expect(judge("14 is $35\\%$ of 40.", "35"))
    #expect(judge("8 is $12\\frac{1}{2}\\%$ of 64.", "12.5"))
}

@Test func roundFortyOneLatexWithoutDelimitersAndForeignLists() {
    // LaTeX written without delimiters at the end of the last sentence, with its unit; not a reason after "since".
    #expect(judge("The average of the two prices is \\frac{a}{2}+\\frac{b}{2}.", "\\frac{a+b}{2}"))
    #expect(!judge("The average of the two prices is \\frac{a}{2}+\\frac{b}{3}.", "\\frac{a+b}{2}"))
    #expect(judge("(x − 6)(x + 1) = 0, so x \\in \\{6, -1\\}.", "-1, 6"))
    #expect(judge("The distance between the two trailheads is 2 \\sqrt 5 km.", "2\\sqrt{5}"))
    #expect(!judge("The pool is 6 \\text{ feet} deep, so it is 6 \\text{ feet}", "6 \\text{ inches}"))
    #expect(judge("The largest prime factor is 13, since 91 = 7 \\times 13.", "13"))
    #expect(judge("Solving for $x$:\n\\[\n x = \\frac{9}{4}\n\\]", "\\frac{9}{4}"))
    // Lists joined by "and"/"or" of other languages; semicolons where commas are decimal marks; a leading `0,`.
    #expect(judge("De oplossingen zijn x = 0 en x = 5/2.", "0, \\frac{5}{2}"))
    #expect(judge("해는 x = 2 또는 x = −7 입니다.", "-7, 2"))
    #expect(judge("Las soluciones son 1, 4 y -4.", "-4, 1, 4"))
    #expect(judge("Die Lösungsmenge ist L = {−2; 0; 2}.", "\\{-2,0,2\\}"))
    #expect(judge("L'ensemble des solutions est ]−2 ; 5].", "(-2,5]"))
    #expect(!judge("L'ensemble des solutions est ]−2 ; 5].", "[-2,5]"))
    #expect(judge("Ответ: 0,125", "\\frac{1}{8}"))
    // Number words: signed lists, and a count after "the" in a finished sentence.
    #expect(judge("x² − 3x − 28 = (x − 7)(x + 4) = 0. The solutions are negative four and seven.", "-4,7"))
    #expect(judge("Taking square roots, $x - 2 = \\pm\\sqrt{3}$, so\n$$x = 2 \\pm \\sqrt{3}.$$\n\nBoth values are real, so these are the two solutions.", "2-\\sqrt{3}, 2+\\sqrt{3}"))
    // A new clause after the value, a looped word, a restatement after "i.e.", an interval before more words.
    #expect(judge("First 8 \\times 7 = 56, then we stop. The answer is 56 and it took 3 steps.", "56"))
    #expect(judge("The answer is: yes yes yes yes", "\\text{yes}"))
    #expect(judge("the answer is two thirds, i.e. \\frac{2}{3}", "\\frac23"))
    #expect(judge("The domain is [2, 5).\nThe answer is: [2, 5). I hope this helps!", "[2,5)"))
}

@Test func roundFortyTwoUnbalancedBracketsAndCountedTuples() {
    // Brackets a weak model left unbalanced at the end of its answer.
    #expect(judge("x^2 - 9x + 20 = (x - 5)(x - 4)\nThe answer is: (x - 5)(x - 4)}", "(x-4)(x-5)"))
    #expect(judge("Solving gives the ordered pair\nThe answer is: (4, -1", "(4,-1)"))
    #expect(judge("The range of \\sqrt{x} is [0, \\infty", "[0, \\infty)"))
    #expect(!judge("The range of \\sqrt{x} is [0, \\infty", "[0, \\infty]"))
    #expect(judge("|x| > 3\nThe answer is: \\left(-\\infty,-3\\right)\\cup\\left(3,\\infty\\right", "(-\\infty, -3) \\cup (3, \\infty)"))
    // A tuple gold counted in the closing sentence in its order, with dollars; another order is another answer.
    #expect(judge("She has 5 pennies, 3 nickels and 2 dimes.", "(5, 3, 2)"))
    #expect(judge("From 2m + 3c = 8.50 and m + c = 3.25 we get c = 2.00 and m = 1.25.\nA muffin costs $1.25 and a cookie costs $2.00.", "(1.25, 2)"))
    #expect(!judge("She has 5 pennies, 3 nickels and 2 dimes.", "(2, 3, 5)"))
    // Full-width digits, vulgar fractions as tuple entries, French intervals with `\left`/`\right`, "oraz".
    #expect(judge("答え：７０", "70"))
    #expect(judge("The ordered pair is (½, −¾).", "\\left(\\frac{1}{2}, -\\frac{3}{4}\\right)"))
    #expect(judge("L'ensemble des solutions est $S = \\left]-\\infty ; 3\\right]$.", "(-\\infty,3]"))
    #expect(judge("Równanie $2x^2 - 5x + 2 = 0$ ma rozwiązania: $x = 0{,}5$ oraz $x = 2$.", "\\frac12, 2"))
}

@Test func versionFortyNineGuards() {
    // A `$` before a line break opened no inline math: a closing rule after a price is no cut-off.
    #expect(judge("The price is $5.\n\n---", "5"))
    #expect(!judge("Because $100 = 3\\cdot 33 + 1$, we have $2^{100} \\equiv", "2"))
    // Semicolons separate numbers with decimal commas only when every comma is between digits.
    #expect(judge("Le point est (1,5; 3).", "(1.5,3)"))
    #expect(!judge("In MATLAB, A = [1, 2; 3, 4].", "[1.2, 3.4]"))
}

@Test func roundFortyThreeEquivalencesNamedApproximationsAndDescendingPairs() {
    // The last side of `\iff` is the simplified statement.
    #expect(judge("$\\left|x - \\tfrac52\\right| \\le \\tfrac92 \\iff -2 \\le x \\le 7$.", "[-2,7]"))
    #expect(judge("$x^2 - x - 6 = (x+2)(x-3) > 0 \\iff x < -2 \\text{ or } x > 3$", "(-\\infty,-2)\\cup(3,\\infty)"))
    #expect(!judge("$x^2 - x - 6 = (x+2)(x-3) > 0 \\iff x < -2 \\text{ or } x > 3$", "(-2,3)"))
    // A subscripted name before `\approx` names the value after it.
    #expect(judge("$N_A \\approx 6.02 \\cdot 10^{23}$", "6.02\\times10^{23}"))
    // A pair whose first entry exceeds its second is no interval, so the bare pair answers the tuple; an ascending pair
    // still needs its brackets.
    #expect(judge("Solving the system gives $a=3$ and $b=-2$, hence the ordered pair is $\\boxed{3, -2}$.", "(3,-2)"))
    #expect(!judge("Solving the system gives $a=-2$ and $b=3$, hence the pair is $\\boxed{-2, 3}$.", "(-2,3)"))
    // A closing exclusion of one value is a remark on an expression, and part of a domain.
    #expect(judge("$$\\frac{x^2-9}{x-3} = \\frac{(x-3)(x+3)}{x-3} = 3 + x \\quad (x \\ne 3).$$", "x+3"))
    #expect(judge("So the answer is $\\frac{x+3}{x-1}, x \\neq 2$.", "\\frac{x+3}{x-1}"))
    #expect(judge("$\\boxed{x > 0, x \\neq 1}$", "(0, 1) \\cup (1, \\infty)"))
    #expect(!judge("$\\boxed{x > 0, x \\neq 1}$", "(0, \\infty)"))
}

@Test func roundFortyFourCurrenciesBasesLastStepsAndResidueClasses() {
    // Currency signs of other countries are no part of the amount.
    #expect(judge("Two tickets at ¥1,500 each: \\boxed{¥3000}", "3000"))
    #expect(judge("Step 1: hours = \\boxed{38.5}\nStep 2: Pay = 38.5 × ₹450 = ₹17,325\n\nFinal Answer: ₹17,325", "17325"))
    #expect(!judge("Final Answer: ₩17,000", "1700"))
    // A second `####` on the line ends the first one's answer.
    #expect(judge("5*8 = 40 crayons.\n#### 40 #### 40", "40"))
    #expect(!judge("5*8 = 40 crayons.\n#### 40 #### 40", "4040"))
    // A base written after the numeral in plain text belongs to it.
    #expect(judge("11 in binary is 1011_{2}.", "1011_2"))
    #expect(!judge("11 in binary is 1011_{2}.", "2"))
    // A name gold set in bold on the last line, after numbers in the reasons.
    #expect(judge("Comparing $3.2$, $3\\tfrac14 = 3.25$ and $\\tfrac{19}{6}\\approx 3.17$, \\textbf{Bob} ran the farthest.", "\\text{Bob}"))
    #expect(!judge("Comparing $3.2$, $3\\tfrac14 = 3.25$ and $\\tfrac{19}{6}\\approx 3.17$, \\textbf{Ann} ran the farthest.", "\\text{Bob}"))
    // A short derivation read whole ends on its answer; a name given two values is a list, one step with names is
    // an answer as it stands.
    #expect(judge("3k + 7 = 0, k = -7/3", "-\\frac{7}{3}"))
    #expect(judge("u + v = (1+3, 2-2, -4+1) = (4, 0, -3)", "\\begin{pmatrix} 4 \\\\ 0 \\\\ -3 \\end{pmatrix}"))
    #expect(judge("x^2 - 4x + 4 = (x-2)^2 = 0\nx = 2, 2", "2"))
    #expect(judge("$\\frac{\\sqrt{2}}{2}$ $\\frac{\\sqrt{2}}{2}$ $\\frac{\\sqrt{2}}{2}$", "\\frac{\\sqrt{2}}{2}"))
    #expect(judge("₹12,000 ÷ 83 ≈ $144.58", "144.58"))
    #expect(!judge("x = 3, x = 5", "5"))
    #expect(!judge("x = 3", "y = 3"))
    #expect(!judge("x^2 = 9\nx = 3 or x = -3", "3"))
    // A one-letter unit symbol after a plain number, against a plain-number gold only.
    #expect(judge("Answer: 937.5 g (about 0.94 kg)", "937.5"))
    #expect(!judge("2 m", "2\\text{ cm}"))
    // Forms `mk + r` and a congruence name the same residue classes.
    #expect(judge("Multiplying by 4 gives the solutions $x = 7k + 4$ for integers $k$.", "x \\equiv 4 \\pmod{7}"))
    #expect(judge("So $n$ is of the form $4k$ or $4k+3$.", "n \\equiv 0, 3 \\pmod{4}"))
    #expect(!judge("So $n$ is of the form $4k+1$ or $4k+3$.", "n \\equiv 0, 3 \\pmod{4}"))
    #expect(!judge("$\\boxed{7k+4}$", "x \\equiv 4 \\pmod{8}"))
}

@Test func roundFortyFiveHeadingsCorrectionsCentsNamesAndFactorisations() {
    // A value alone on the paragraph under PRM800K's "# Answer" is no closing remark in parentheses.
    #expect(judge("Subtracting, a = 2 and then b = -3.\n\n# Answer\n\n(2,-3,3)", "(2,-3,3)"))
    #expect(!judge("Subtracting, a = 2 and then b = -3.\n\n# Answer\n\n(2,-3,3)", "-3"))
    #expect(judge("The total is 12.\n\n(The other option gives 15.)", "12"))
    // "I forgot …" after a marker corrects it.
    #expect(judge("3 × 8 = 24 pens, leaving 24 − 6 = 18.\n#### 18\n\nHmm, I forgot that she also lost 4 pens, so she has 18 − 4 = 14 pens left.\n#### 14", "14"))
    // A one-letter constant before its approximation states it exactly; an eccentricity named `e` does not answer `E`.
    #expect(judge("The limit equals $e\\approx 2.718$.", "e"))
    #expect(judge("The limit is e ≈ 2.718.", "e"))
    #expect(!judge("The limit equals $e\\approx 2.718$.", "E"))
    #expect(!judge("The limit equals $e\\approx 2.718$.", "\\pi"))
    // Cents against dollars, both ways; another number of cents, or cents of apples, is another answer.
    #expect(judge("She pays $4.65 with a $5 bill and gets 35 cents back.", "\\$0.35"))
    #expect(judge("She gets 4 dollars and 50 cents in change.", "\\$4.50"))
    #expect(!judge("She gets 4 apples and 50 cents in change.", "\\$4.50"))
    #expect(!judge("She gets 135 cents back.", "\\$0.35"))
    #expect(judge("Two pencils at 12 cents and a sticker at 16 cents: 2(0.12) + 0.16 = $0.40.", "40\\text{ cents}"))
    // A name gold named alone in the last sentence after amounts in the reasons.
    #expect(judge("Maria saves €20 a week for 12 weeks (€240) and Jonas saves €35 a week for 6 weeks (€210). Maria saves more.", "Maria"))
    #expect(!judge("Maria saves €20 a week for 12 weeks (€240) and Jonas saves €35 a week for 6 weeks (€210). Jonas saves more.", "Maria"))
    // A factorisation that stops early is not the complete one; an expanded form and a reordered one are as before.
    #expect(!judge("First factor out the common factor $2$: $2x^2-8=\\boxed{2(x^2-4)}$.", "2(x-2)(x+2)"))
    #expect(!judge("$\\boxed{(x^2-4)(x^2+4)}$", "(x-2)(x+2)(x^2+4)"))
    #expect(judge("$\\boxed{(x+2)(x^2+4)(x-2)}$", "(x-2)(x+2)(x^2+4)"))
    #expect(judge("$\\boxed{2(x+2)(x-2)}$", "2(x-2)(x+2)"))
    #expect(judge("$\\boxed{\\frac{1}{2}\\sin 2x}$", "\\sin x \\cos x"))
}

@Test func roundFortySixUnicodeIntervalsOperationsAndSquaredUnits() {
    // French intervals with the Unicode infinity and minus.
    #expect(judge("L'ensemble de définition est ]−∞ ; 3].", "(-\\infty,3]"))
    #expect(judge("Lösungsmenge: L = ]1; ∞[", "(1,\\infty)"))
    #expect(!judge("Lösungsmenge: L = ]1; ∞[", "[1,\\infty)"))
    // One step whose left side operates on what it names is a derivation.
    #expect(judge("A ∪ B = {1, 2, 3, 5, 8}", "\\{1,2,3,5,8\\}"))
    #expect(judge("2 + 4 + ... + 2n = n^2 + n", "n(n+1)"))
    #expect(!judge("arccos(1/2) = 60°", "\\frac{\\pi}{3}"))
    // A squared one-letter unit after a plain number.
    #expect(judge("Por lo tanto, la respuesta es 20 m².", "20"))
    #expect(!judge("Por lo tanto, la respuesta es 20 m².", "24"))
}

@Test func roundFortySevenPlainFormulasWithPrimesProductsAndContractions() {
    // A derivative named with a prime, a product of names after a digit, a formula after "it's".
    #expect(judge("Par la règle de dérivation des fonctions composées, f'(x) = 2x·e^(x²).", "2xe^{x^2}"))
    #expect(!judge("Par la règle de dérivation des fonctions composées, f'(x) = 2x·e^(x²).", "2e^{x^2}"))
    #expect(judge("By the product rule: 2xe^{2x} + e^{2x}", "e^{2x}(2x+1)"))
    #expect(!judge("By the product rule: 2xe^{2x} + e^{2x}", "2xe^{2x}"))
    #expect(judge("After dividing, it's 1 + 2/(x − 1).", "\\frac{x+1}{x-1}"))
    #expect(!judge("After dividing, it's 1 + 2/(x − 1).", "\\frac{x+1}{x+1}"))
    // A unit after a slash or a number is not a product of names.
    #expect(judge("She earns $15/hr.", "15"))
    #expect(judge("The ribbon is 5cm long, so it is 5cm.", "5"))
}

@Test func roundFortySevenRejectedBoxesRereadQuestionsAndLateCorrections() {
    // A verdict right after the box rejects it; the value after it answers.
    #expect(judge("\\boxed{14} is not right because it counts the empty set. Removing it, the number of nonempty subsets of a 4-element set is $2^4 - 1 = 15$.", "15"))
    #expect(!judge("\\boxed{14} is not right because it counts the empty set. Removing it, the number of nonempty subsets of a 4-element set is $2^4 - 1 = 15$.", "14"))
    #expect(judge("The count is $\\boxed{14}$, which is right because the empty set is excluded.", "14"))
    // A note that reads the question again answers it; a note that only checks does not.
    #expect(judge("The values of $n$ that work are $3$ and $5$, the smallest being $\\boxed{3}$.\n\nNote: the problem asks for the sum of all such $n$, which is $3+5=\\boxed{8}$.", "8"))
    #expect(!judge("The values of $n$ that work are $3$ and $5$, the smallest being $\\boxed{3}$.\n\nNote: the problem asks for the sum of all such $n$, which is $3+5=\\boxed{8}$.", "3"))
    // A boxed formula for every n is a step before the value concluded from it; a boxed value stays.
    #expect(judge("We first prove by induction that $\\boxed{a_n = 2^n - 1}$ for every $n \\ge 1$.\n\nHence $a_{10} = 2^{10} - 1 = 1023$.", "1023"))
    #expect(!judge("We first prove by induction that $\\boxed{a_n = 2^n - 1}$ for every $n \\ge 1$.\n\nHence $a_{10} = 2^{10} - 1 = 1023$.", "a_n = 2^n - 1"))
    // A correction after a Minerva final-answer line, and a re-check between two #### markers.
    #expect(!judge("Final Answer: The final answer is 9. I hope it is correct.\n\nWait, I made an arithmetic slip: $4 \\cdot 7 = 28$, not 27, so the total is 10.", "9"))
    #expect(judge("Final Answer: The final answer is 9. I hope it is correct.\n\nWait, I made an arithmetic slip: $4 \\cdot 7 = 28$, not 27, so the total is 10.", "10"))
    #expect(!judge("5 + 6 + 7 = 18\n#### 18\n\nLet me re-check: the third day was 9, not 7, so 5 + 6 + 9 = 20.\n#### 20", "18"))
    #expect(judge("5 + 6 + 7 = 18\n#### 18\n\nLet me re-check: the third day was 9, not 7, so 5 + 6 + 9 = 20.\n#### 20", "20"))
    #expect(judge("5 + 6 + 7 = 18\n#### 18\n\nLet me re-check: 5 + 6 + 7 = 18.\n#### 18", "18"))
    // "There is no such x" states that nothing solves it; a doubt answered "no" after the answer changes nothing.
    #expect(judge("$x + 1 = x + 2$ gives $1 = 2$, which is impossible. So there is no such $x$.", "\\text{no solution}"))
    #expect(judge("$x^2 > 9$ means $x > 3$ or $x < -3$. So the solution is $(3, \\infty) \\cup (-\\infty, -3)$.\n\nHmm, should the endpoints be included? $x^2 > 9$ is strict, so no.", "(-\\infty,-3)\\cup(3,\\infty)"))
    #expect(!judge("$x^2 > 9$ means $x > 3$ or $x < -3$. So the solution is $(3, \\infty) \\cup (-\\infty, -3)$.\n\nHmm, should the endpoints be included? $x^2 > 9$ is strict, so no.", "[-3,3]"))
}

@Test func roundFortySevenMultiplicityRoundedWholeNumbersAndLiquidMeasures() {
    // A gold that repeats a root counts it.
    #expect(!judge("The polynomial factors as $(x-1)^2(x+3)$, so the roots listed with multiplicity are $\\boxed{1, -3}$.", "1, 1, -3"))
    #expect(judge("The roots listed with multiplicity are $\\boxed{1, 1, -3}$.", "1, 1, -3"))
    #expect(judge("$\\boxed{6, 6}$", "6"))
    // A whole-number gold rounded as asked is answered by the approximation of an exact value that rounds to it.
    #expect(judge("Five years contain 30 two-month periods, so the value is $24000 \\cdot 1.01^{30} \\approx 32{,}348$ dollars.", "\\$32,\\!348"))
    #expect(!judge("The value is $24000 \\cdot 1.01^{31} \\approx 32{,}348$ dollars.", "\\$32,\\!348"))
    #expect(!judge("The circumference is $C = 8\\pi \\approx 31.4$.", "31.4"))
    // Quarts are not gallons; four quarts are one.
    #expect(!judge("She needs 6 quarts of paint.", "6 \\text{ gallons}"))
    #expect(judge("She needs 24 quarts of paint.", "6 \\text{ gallons}"))
    #expect(judge("She cuts 1.5 m of ribbon.", "1.5\\text{ m}"))
}

@Test func roundFortyEightTuplesOfAmountsAndFormulasInDollars() {
    // A tuple whose entries carry one unit or a currency sign is the tuple of its numbers; mixed units stay apart.
    #expect(judge("Adding: A + B + C = 47.\n\n(A, B, C) = (12 kg, 15 kg, 20 kg)", "(12, 15, 20)"))
    #expect(!judge("Adding: A + B + C = 47.\n\n(A, B, C) = (12 kg, 15 kg, 20 kg)", "(12, 20, 15)"))
    #expect(judge("So p = 0.29.\n\n(p, e) = ($0.29, $0.37)", "(0.29, 0.37)"))
    #expect(judge("So x = 20, y = 30.\n\n(x, y) = (20 h, 30 h)", "(20, 30)"))
    #expect(judge("$(3\\text{ m}, 4\\text{ m})$", "(3, 4)"))
    #expect(!judge("So x = 20.\n\n(x, y) = (20 h, 30 min)", "(20, 30)"))
    // A currency after a formula of names is no part of it.
    #expect(judge("The bakery charges $12 plus 50 cents per cookie.\n\nC = 0.5n + 12 (dollars)", "12+0.5n"))
    #expect(judge("Each year the balance grows by 5%.\n\nA(t) = 1000 · 1.05^t dollars", "1000(1.05)^t"))
    #expect(!judge("Each year the balance grows by 5%.\n\nA(t) = 1000 · 1.05^t dollars", "1000(1.5)^t"))
}

@Test func roundFortyEightRestatementsChecksAndCorrectionsAfterTheAnswer() {
    // The same quantity again in other units, or with more digits, in parentheses: the value before it answers.
    #expect(judge("Each lap is 500 m and she runs 5 laps.\n\nShe runs 2500 m (2.5 km).", "2500"))
    #expect(judge("5 feet = 60 inches, plus 6 inches.\n\nHeight: 66 inches (5 ft 6 in)", "66"))
    #expect(!judge("Each lap is 500 m and she runs 5 laps.\n\nShe runs 2500 m (2.4 km).", "2500"))
    #expect(judge("Rounded to the nearest cent, that's about $4.17 per person (4.1666…).", "4.17"))
    #expect(!judge("Rounded to the nearest cent, that's about $4.18 per person (4.1666…).", "4.17"))
    // A check in parentheses that computes from the value just stated.
    #expect(judge("3x + 5 = 47, so x = 14.\n\nTherefore the shop sold 14 three-packs (14 × 3 = 42 pairs, plus 5 loose pairs = 47 ✓).", "14"))
    #expect(!judge("3x + 5 = 47, so x = 14.\n\nTherefore the shop sold 14 three-packs (14 × 3 = 42 pairs, plus 5 loose pairs = 47 ✓).", "47"))
    // "Correcting …" after a box corrects it.
    #expect(judge("$$m + n = 100 + 13 = \\boxed{112}.$$\nHmm, $100 + 13 = 113$, not $112$. Correcting the addition, $m + n = 113$.", "113"))
    #expect(!judge("$$m + n = 100 + 13 = \\boxed{112}.$$\nHmm, $100 + 13 = 113$, not $112$. Correcting the addition, $m + n = 113$.", "112"))
}

@Test func roundFortyEightOtherLanguagesFamiliesMixedNumbersAndCubeRoots() {
    // "and" in other languages joins two answers, after the plural "are" or between two formulas.
    #expect(judge("Die ganzzahligen Nullstellen sind −2 und 1.", "-2,1"))
    #expect(!judge("Die ganzzahligen Nullstellen sind −2 und 1.", "-2,2"))
    #expect(judge("Cevap: 2500 ve 7500", "2500,7500"))
    #expect(judge("Las soluciones reales son x = 1 + √19 y x = 1 − √19.", "1 \\pm \\sqrt{19}"))
    #expect(judge("Die Lösungen sind f(x) = x und f(x) = −x + 2.", "$f(x)=x$,$f(x)=2-x$"))
    #expect(!judge("By the product rule, 2x + y = 3.", "2x, 3"))
    // Spanish prose groups thousands with a dot.
    #expect(judge("Letras distintas: 26 × 25 = 650; en total 650 × 90 = 58.500.\n\nSe pueden formar 58.500 placas.", "58,500"))
    // A family of solutions with its integer clause, in plain text.
    #expect(judge("tan x = 1 ⇒ x = π/4 + nπ, n ∈ ℤ", "x=\\frac{\\pi}{4}+k\\pi"))
    #expect(judge("So x = π/4 + nπ, where n is an integer.", "x=\\frac{\\pi}{4}+k\\pi"))
    #expect(!judge("So x = π/4 + 2nπ, where n is an integer.", "x=\\frac{\\pi}{4}+k\\pi"))
    // A negative mixed number with a slash, and a cube root of several digits without braces.
    #expect(judge("Solving 3x + 7 = 0 gives\n\n**x = −2 1/3**", "-\\frac{7}{3}"))
    #expect(!judge("Solving 3x + 7 = 0 gives\n\n**x = −2 1/3**", "-\\frac{5}{3}"))
    #expect(judge("**∛500**", "5 \\sqrt[3]{4}"))
    #expect(!judge("**∛500**", "5 \\sqrt[3]{2}"))
}

@Test func roundFortyNineChatAnswersInBoldBeforeAsides() {
    // A bold line, or the bold result that ends a computation's line, before a closing aside: the bold answers.
    #expect(judge("- **Notebooks:** 3 × $2.45 = $7.35\n- **Pens:** 2 × $1.10 = $2.20\n\n**Total: $9.55**\n\nIf you pay with a $10 bill, you'll get $0.45 back in change.", "9.55"))
    #expect(!judge("- **Notebooks:** 3 × $2.45 = $7.35\n- **Pens:** 2 × $1.10 = $2.20\n\n**Total: $9.55**\n\nIf you pay with a $10 bill, you'll get $0.45 back in change.", "0.45"))
    #expect(judge("Multiply every ingredient by 10 ÷ 4 = 2.5.\n\nFlour: 300 g × 2.5 = **750 g of flour**\n\nThat's roughly 6 cups if you don't have a scale.", "750"))
    #expect(judge("1,500 ÷ 25 = 60 lengths\n\n**Lena swims 60 lengths.** That's 30 there-and-back laps, if you count it that way.", "60"))
    #expect(judge("Each ticket costs $12 plus a $5 fee.\n\n**C = 5 + 12n** (in dollars), where n is the number of tickets.\n\nFor example, 4 tickets would cost 5 + 48 = $53.", "12n + 5"))
    // Not when the text after the bold computes on from it.
    #expect(!judge("Each box holds **12 apples**.\n\nWith 5 boxes she has 5 × 12 = 60 apples.", "12"))
    #expect(!judge("**Total cost: $45**\n\nAfter the 10% discount she pays $40.50.", "45"))
    // A bold span whose sentence ends the response with a remark after a dash or a comma.
    #expect(judge("0.75p = 36 → p = 48, d = 12\n\n**(p, d) = (48, 12)** — the jacket was $48 with $12 off.", "(48, 12)"))
    #expect(judge("20 = 15 is impossible.\n\nThere is **no solution** — the two plans never cost the same; Plan B is always $5 cheaper.", "\\text{no solution}"))
    #expect(judge("By 3:00 PM Train A is 60 miles ahead and B gains 20 mph.\n\nB catches A at **6:00 PM**, 240 miles from the station.", "6:00 \\text{ PM}"))
    #expect(!judge("The area is **24 m²**, so the total cost is $120.", "24"))
}

@Test func roundFortyNineChancesRatiosUnitsThousandsAndJSON() {
    // "1 in 6" is a chance, "3 to 2" a ratio against a ratio gold; a one-letter unit after a value goes.
    #expect(judge("So the chance is **1 in 6**.", "\\frac{1}{6}"))
    #expect(!judge("So the chance is **1 in 6**.", "\\frac{1}{5}"))
    #expect(judge("18:12 simplifies to **3 to 2**.", "3:2"))
    #expect(!judge("The scores went from 3 to 2.", "5"))
    #expect(judge("d = √18, which simplifies to **3√2 m** (about 4.24 m).", "3\\sqrt{2}"))
    #expect(judge("0.032 × 0.01 = **0.00032 g**", "3.2 \\times 10^{-4}"))
    #expect(!judge("The answer is 2 m", "2\\text{ cm}"))
    // "$1,250 in interest": "in" before a word is no unit.
    #expect(judge("**Answer: $1,250 in interest.**", "1250"))
    // Dots before groups of three digits in several numbers group thousands; a semicolon after a colon splits two answers.
    #expect(judge("Kosten: 80.000 $ + 50.000 $ = 130.000 $.\nGewinn: 200.000 $ − 130.000 $ = 70.000 $.\n\nGewinn: 70.000 $", "70000"))
    #expect(judge("The mass is 1.250 kg.", "1.25"))
    #expect(judge("Цілі корені: −2; 1.", "-2,1"))
    #expect(judge("Logo a = 0,15 e b = 0,40, então o custo é 8,10 + 10,80.\n\nResposta: US$ 18,90", "\\$18.90"))
    // A JSON object of numbers.
    #expect(judge("{\"x\": 8, \"y\": -2}", "(8,-2)"))
    #expect(!judge("{\"x\": 8, \"y\": -2}", "(-2,8)"))
    #expect(judge("{\"answer\": 42}", "42"))
}

@Test func roundFiftyBoldValuesOfTheLastSentence() {
    // The bold value of the last sentence, before words, a parenthesis or asides that check, compare or give a tip.
    #expect(judge("- For 30 cookies: 30 × 0.25 = 7.5\n\nYou'll need **7.5 cups** of flour.\n\nTip: if your measuring cups only go down to 1/2 cup, that's 7 cups plus one 1/2 cup.", "7.5"))
    #expect(judge("150 ÷ 2.5 = **60 mph** on average.\n\nFor comparison, if the same trip had taken 3 hours, the average would have been 50 mph.", "60"))
    #expect(judge("j + (j + 5) = 23, so j = 9.\n\nSo Jenna is **9 years old** and her brother is 14.", "9"))
    #expect(judge("- x: (−5 + 3) ÷ 2 = −1\n- y: (5 + 7) ÷ 2 = 6\n\nThe midpoint is **(−1, 6)**.\n\nQuick check: −1 is 4 units from both −5 and 3 ✓", "(-1,6)"))
    #expect(judge("40 + x = 26 + 2x → x = 14\n\nIn **14 years** (Dad will be 54 and his son 27).", "14"))
    #expect(!judge("40 + x = 26 + 2x → x = 14\n\nIn **14 years** (Dad will be 54 and his son 27).", "27"))
    // Two bold values of one name joined by "and" or "or" are a list.
    #expect(judge("(x − 1)² = 19 → x − 1 = ±√19\n\nThe real roots are x = **1 + √19** and x = **1 − √19**.", "1 \\pm \\sqrt{19}"))
    #expect(!judge("(x − 1)² = 19 → x − 1 = ±√19\n\nThe real roots are x = **1 + √19** and x = **1 − √19**.", "1 + \\sqrt{19}"))
    // Not when what follows concludes, totals or offers another value.
    #expect(!judge("Each shelf holds **12 books**, and with 5 shelves the total is 60 books.", "12"))
    #expect(!judge("3/4 × 16 = **12 tbsp** (or 36 teaspoons).", "12"))
    // The same quantity in two units is left to the rules that weigh both.
    #expect(judge("400 × 6.25 = 2,500 m\n\nShe runs **2,500 m** (2.5 km).", "2.5"))
}

@Test func roundFiftyUprightFunctionsPhrasesAndForeignCountWords() {
    #expect(judge("$\\boxed{\\mathrm{ln}\\,2}$", "\\ln 2"))
    #expect(!judge("$\\boxed{\\mathrm{ln}\\,3}$", "\\ln 2"))
    #expect(judge("The area is $\\frac{2\\times10^{4}}{\\pi}\\text{ m}^2.$", "\\frac{20000}{\\pi}"))
    #expect(judge("Đáp số: 3 cuộn", "3"))
    #expect(!judge("Đáp số: 4 cuộn", "3"))
    // A phrase of several words said in a sentence that denies nothing.
    #expect(judge("Comparing unit prices:\n\nStore B is cheaper.", "\\text{Store B}"))
    #expect(!judge("The equation holds for all real numbers except 0.", "\\text{all real numbers}"))
}

@Test func roundFiftyOneClosingAsideParagraphsAndCoefficientPowers() {
    // A closing paragraph of tips, examples, offers or what-ifs is an aside: the answer is read before it.
    #expect(judge("3.60 ÷ 12 = 0.30\n\nSo each egg costs **$0.30**.\n\n💡 *Tip:* That's the same as **30 cents** per egg — handy if you're comparing!", "0.3"))
    #expect(judge("Area = length × width = 8 × 5 = **40 m²**\n\n---\n\nWant me to also find the perimeter? It would be 2(8 + 5) = **26 m** — useful if you're buying fencing!", "40"))
    #expect(!judge("Area = length × width = 8 × 5 = **40 m²**\n\n---\n\nWant me to also find the perimeter? It would be 2(8 + 5) = **26 m** — useful if you're buying fencing!", "26"))
    #expect(judge("So **5 notebooks** cost 5 × $2.50 = **$12.50** ✅\n\n📝 **Example to practice:** if 4 pens cost $6, then 10 pens would cost $15.", "12.5"))
    // Not a paragraph that states the answer.
    #expect(judge("Each bag holds 6 apples and there are 3 bags.\n\nSo there are 18 apples in all.", "18"))
    // A coefficient before the power of a name is a formula; a unit letter's square is not.
    #expect(judge("$$\\frac{40r^9}{8r^4}$$\n\n**Simplified: 5r⁵** 👍", "5r^5"))
    #expect(!judge("$$\\frac{40r^9}{8r^4}$$\n\n**Simplified: 5r⁵** 👍", "5"))
}

@Test func roundFiftyTwoNamesUnitsLanguagesAndHeadings() {
    // A probability of a worded event names its value; a mixed number set to a name; a unit only with its power.
    #expect(judge("🎲 5 ways out of 36\n\n**P(sum = 8) = 5/36 ≈ 13.9%**", "\\frac{5}{36}"))
    #expect(!judge("🎲 5 ways out of 36\n\n**P(sum = 8) = 5/36 ≈ 13.9%**", "8"))
    #expect(judge("5 × BH = 9 → BH = 9/5\n\n📏 **BH = 1 4/5 units**", "1\\frac{4}{5}"))
    #expect(!judge("📏 **BH = 1 4/5**", "\\frac{4}{5}"))
    #expect(judge("📦 Volume = 4 × 4 × 6 = **96 in³**", "96"))
    #expect(!judge("📦 Volume = 4 × 4 × 6 = **96 in³**", "97"))
    // PRM800K's "# Answer" over a value with LaTeX commands and no delimiters: a value, not a closing remark.
    #expect(judge("so $\\theta = \\pi/2$.\n\n# Answer\n\n(3,\\pi/2)", "\\left( 3, \\frac{\\pi}{2} \\right)"))
    #expect(judge("x = 5.\n\n(a value of 7 would be too large)", "5"))
    // Names in square brackets set to as many values (Czech and Polish ordered pairs).
    #expect(judge("**Řešením je uspořádaná dvojice $[x; y] = [2; -3]$.**", "(2,-3)"))
    #expect(!judge("**Řešením je uspořádaná dvojice $[x; y] = [2; -3]$.**", "(-3,2)"))
    // Other languages: thousands dots before a unit word, a cent's name, fractions said denominator first, halves, glosses.
    #expect(judge("40 Kalorien entsprechen 2 %, also 100 %:\n$$\\frac{40}{0{,}02} = 2.000$$\n\n**Antwort:** 2.000 Kalorien", "2000"))
    #expect(judge("Il costo è quindi $5{,}4$ centesimi.\n\n**Risposta:** $5.4\\ \\text{centesimi}$", "5.4 \\text{ cents}"))
    #expect(judge("**答え：** 3分の4", "\\frac{4}{3}"))
    #expect(!judge("**答え：** 3分の4", "\\frac{3}{4}"))
    #expect(judge("答案是三分之二。", "\\frac{2}{3}"))
    #expect(judge("这道题十分简单，答案是 5。", "5"))
    #expect(judge("**Respuesta:** dos y medio", "2.5"))
    #expect(judge("따라서 답은 짝수(even)입니다.", "\\text{even}"))
    #expect(judge("**Відповідь:** нуль", "0"))
    #expect(judge("Άρα $n = 69$ και $n = 84$.", "69, 84"))
    #expect(!judge("So 48.\n\n**Odpověď:** 48 nebo 96, podle výkladu zadání.", "48"))
    #expect(judge("Z równania mamy $\\boxed{5}$ cm².\n\nAle $a = 7$.\n\n**Odpowiedź:** $a = 7$", "7"))
    #expect(judge("On lit les restes : **$4210$ en base $5$**.", "4210_{5}"))
    // Asides that warn or remark; an amount in two units in bold; roots joined by "or"; a constant given to a name.
    #expect(judge("**Total with tax: $43.20**\n\n⚠️ **Common mistake:** answering **$40**, or adding 8 dollars (giving $48).", "43.2"))
    #expect(judge("6 = 5 ❌\n\nThat's never true, so there is **no solution** 🙅\n\n💡 *Remark:* such graphs never meet.", "\\text{no solution}"))
    #expect(judge("⏱️ Time = 150 ÷ 60 = 2.5\n\nThat's **2 hours 30 minutes** of driving.", "2.5"))
    #expect(judge("So **x = 2** or **x = −3**.\n\n✅ *Check:* 2² + 2 − 6 = 0 ✔️", "-3, 2"))
    #expect(!judge("So **x = 2** or **x = −3**.", "2"))
    #expect(judge("At $x = 0$ the graph is at $y = d$. The smallest positive such $c$ is π.", "\\pi"))
    #expect(!judge("At $x = 0$ the graph is at $y = d$. The smallest positive such $c$ is π.", "2\\pi"))
}

@Test func roundFiftyThreeStatedValuesPercentagesAsidesAndConditions() {
    // Values stated clause by clause against a gold of as many numbers, in any order; not with a value missing.
    #expect(judge("So r = 7.\n\nPaolo is 18, Qing is 14 and Rayna is 7.", "7,14,18"))
    #expect(judge("Write $f(x) = (\\sin x - 1)^2 + 1$.\n\nThe minimum value is 1 and the maximum value is 5.", "5,1"))
    #expect(!judge("Write $f(x) = (\\sin x - 1)^2 + 1$.\n\nThe minimum value is 1 and the maximum value is 5.", "5,2"))
    // "So X is P% of Y", also after a computation and a comma, and in words: the percentage.
    #expect(judge("$\\frac{20}{80} = 0.25$, so 20 is 25 percent of 80.", "25"))
    #expect(judge("$\\frac{5}{40} = \\frac18 = 12.5\\%$.\n\nSo 5 is $12\\frac{1}{2}\\%$ of 40.", "12.5"))
    #expect(!judge("$\\frac{20}{80} = 0.25$, so 20 is 25 percent of 80.", "80"))
    // A box in a closing aside (a bonus, an extra computation) after the box that answers.
    #expect(judge("$$9 \\times \\$2 = \\boxed{\\$18}$$\n\n**Janet makes $18 every day.**\n\n---\n📅 *Bonus:* Over a week that would be $18 \\times 7 = \\boxed{\\$126}$.", "18"))
    #expect(judge("So $p(8) = \\boxed{\\frac{3}{56}}$.\n\nAdditionally, we could compute $p(9)$ the same way: $p(9) = \\boxed{-\\frac{27}{80}}$.", "\\frac{3}{56}"))
    // A second box that says where the first is reached.
    #expect(judge("Since $(x-2)^2 \\ge 0$, the minimum value is $\\boxed{-4}$, and it occurs at $\\boxed{x = 2}$.", "-4"))
    #expect(!judge("Since $(x-2)^2 \\ge 0$, the minimum value is $\\boxed{-4}$, and it occurs at $\\boxed{x = 2}$.", "2"))
    // A sentence as the answer phrase, read for its last word in another language; not when it negates.
    #expect(judge("$g$ est paire.\n\nRéponse : la fonction est paire.", "\\text{even}"))
    #expect(!judge("$g$ est paire.\n\nRéponse : la fonction n'est pas paire.", "\\text{even}"))
    #expect(judge("Baisse : 80 − 60 = 20 €, soit $\\frac{20}{80} = 0{,}25$.\n\nRéponse : une baisse de 25 %.", "25\\%"))
    #expect(judge("$v = \\frac{150}{2{,}5} = 60$\n\nJawaban: 60 km/jam", "60"))
}

@Test func roundFiftyFourChoiceHedgesLanguagesAndIntervals() {
    // Two choice letters are a hedge, joined by "or" of any language or boxed together; one letter with words is not.
    #expect(!judge("So.\n\n**Válasz:** (B) vagy (E)", "\\text{(B)}"))
    #expect(!judge("Jawaban: (B) dan (D)", "\\text{(B)}"))
    #expect(!judge("It is $\\boxed{\\text{(B)}}$ or $\\boxed{\\text{(E)}}$.", "\\text{(B)}"))
    #expect(judge("So the answer is $\\boxed{\\text{(B)}}$.", "\\text{(B)}"))
    // Words and units of other languages; thousands dots before a currency phrase; below zero in an answer phrase.
    #expect(judge("**Answer:** ∅ — the equation has no solution.", "\\text{no solution}"))
    #expect(judge("Totalul este $50 \\cdot 50 = 2500$.\n\nRăspuns: 2.500 de lei", "2500"))
    #expect(judge("התשובה: אפס", "0"))
    #expect(judge("Svar: jämn", "\\text{even}"))
    #expect(judge("$v = 150 / 2.5 = 60$\n\n答え：60 km/時", "60"))
    #expect(judge("The temperature drops from 5 by 8.\n\n**Answer:** 3 degrees below zero", "-3"))
    #expect(!judge("The temperature drops from 5 by 8.\n\n**Answer:** 3 degrees below zero", "3"))
    // French and German intervals with outward brackets, LaTeX sizing and spacing.
    #expect(judge("$x > 5$.\n\nLösungsmenge: $L = \\left]5;\\ \\infty\\right[$", "(5,\\infty)"))
    #expect(!judge("$x > 5$.\n\nLösungsmenge: $L = \\left]5;\\ \\infty\\right[$", "[5,\\infty)"))
}

@Test func roundFiftyFiveAngleIntervalsFractionWordsAndBases() {
    // Polish and Czech intervals: angle brackets around a semicolon are closed ends; around a comma they hold a vector.
    #expect(judge("$-2 \\le x \\le 7$.\n\nOdpowiedź: $x \\in \\langle -2; 7 \\rangle$", "x \\in [-2,7]"))
    #expect(!judge("$-2 \\le x \\le 7$.\n\nOdpowiedź: $x \\in \\langle -2; 7 \\rangle$", "x \\in (-2,7)"))
    #expect(judge("Z obou nerovností: $p \\in \\left(\\frac35; \\frac83\\right\\rangle$", "\\left(\\frac{3}{5},\\frac{8}{3}\\right]"))
    #expect(judge("The cross product is $\\langle 3, -1 \\rangle$.", "(3,-1)"))
    // Fractions in words of other languages, with a restating clause after a comma.
    #expect(judge("$p = \\frac{2}{3}$.\n\nResposta: dois terços", "\\frac{2}{3}"))
    #expect(!judge("$p = \\frac{2}{3}$.\n\nResposta: dois terços", "\\frac{3}{2}"))
    #expect(judge("On résout $3x = 8$.\n\nRéponse : huit tiers, soit environ 2,67.", "\\frac{8}{3}"))
    // A base in parentheses; fluid ounces.
    #expect(judge("$42 = 5 \\cdot 8 + 2$.\n\nOdpowiedź: $52_{(8)}$", "52_8"))
    #expect(judge("1 cup = 8 fl oz.\n\n**Answer: 16 fl oz** (about 473 mL)", "16"))
}

@Test func roundFiftySixForeignProseQuotientsAndHeadings() {
    // A word of another script is prose around the value; "either" and "not … but" words stop the reading.
    #expect(judge("Так как $n \\equiv 2 \\pmod 7$, …\n\nОтвет: остаток равен 3.", "3"))
    #expect(!judge("Подставляя, получаем 3 и 5.\n\nОтвет: либо 3, либо 5.", "3"))
    #expect(!judge("最初は 35 通りと考えました。\n\nよって、答えは 35 ではなく 36 です。", "35"))
    #expect(judge("$$S_{\\max} = \\frac{20\\,000}{\\pi} \\text{ 平方米}$$", "\\frac{20000}{\\pi}"))
    // Sino-Korean numerals; no solution and infinitely many in other languages.
    #expect(judge("$x \\equiv 439 \\pmod{1001}$.\n\n답: 천사백사십", "1440"))
    #expect(!judge("$x \\equiv 439 \\pmod{1001}$.\n\n답: 천사백사십", "1404"))
    #expect(judge("Pour tout réel $x$, $x^2 + 4 > 0$.\n\nL'équation n'admet aucune solution réelle.", "\\text{no solution}"))
    #expect(judge("المميز سالب: $\\Delta = -11 < 0$.\n\nلا يوجد حل", "\\emptyset"))
    #expect(judge("Obie równania opisują tę samą prostą, więc\n\nIstnieje nieskończenie wiele rozwiązań.", "\\text{infinitely many}"))
    // A German point with a primed name; a French interval with thin spaces; a repeating decimal with a decimal comma.
    #expect(judge("Der Bildpunkt ist $P'' = (2|4)$.", "(2,4)"))
    #expect(!judge("Der Bildpunkt ist $P'' = (2|4)$.", "(4,2)"))
    #expect(judge("Avec $\\lambda \\le 4$ :\n\n$\\lambda \\in \\,]3\\,;4]$", "(3,4]"))
    #expect(!judge("Avec $\\lambda \\le 4$ :\n\n$\\lambda \\in \\,]3\\,;4]$", "[3,4]"))
    #expect(judge("Em forma decimal, $P = 0,\\overline{4}$.", "\\frac{4}{9}"))
    #expect(judge("$0,1\\overline{6}$", "\\frac{1}{6}"))
    // A name with a detail in parentheses; an option word of another language; imperial speeds.
    #expect(judge("$$\\boxed{\\text{Navin (Mauritius)}}$$", "\\text{Navin}"))
    #expect(!judge("$$\\boxed{\\text{Navin (not Luka)}}$$", "\\text{Luka}"))
    #expect(judge("La respuesta correcta es la opción E: hipérbola.", "\\text{(E)}"))
    #expect(!judge("La respuesta correcta es la opción E: hipérbola.", "\\text{(D)}"))
    #expect(judge("### **12π in/s** (≈ 37.7 inches per second)", "12\\pi"))
    // The extreme value's subscript on the left side; a quotient beside its remainder (never after a box that holds both).
    #expect(judge("$\\boxed{m = n^2 - n - 1}$", "$m_{\\max }=n^{2}-n-1$"))
    #expect(!judge("$\\boxed{m_1 = 5}$", "$m=5$"))
    #expect(judge("Pela divisão sintética:\n\nO quociente é $x^8+x^7+x^6+x^5+x^4+x^3+x^2+x+1$ e o resto é $2$.",
                  "x^8 + x^7 + x^6 + x^5 + x^4 + x^3 + x^2 + x + 1"))
    #expect(!judge("So the quotient is $x^5 - x^4 + x^3 - x^2 + x - 1$ and the remainder is $-2$.\n\n$$\\frac{x^6-3}{x+1} = \\boxed{x^5 - x^4 + x^3 - x^2 + x - 1 - \\frac{2}{x+1}}$$",
                   "x^5 - x^4 + x^3 - x^2 + x - 1"))
    // Values joined by "or": a restated last value, named tuples with subscripts.
    #expect(judge("So $x = 10^{100}$ or $x = 10^{1/100} = \\sqrt[100]{10}$.", "$10^{100}$,$10^{1 / 100}$"))
    #expect(judge("Two lists:\n\n$(a_1,a_2,a_3,a_4) = (3, 5, 101, 107)$ or $(1, 7, 103, 105)$.", "(1,7,103, 105), (3, 5, 101, 107)"))
    #expect(!judge("Two lists:\n\n$(a_1,a_2,a_3,a_4) = (3, 5, 101, 107)$ or $(1, 7, 103, 105)$.", "(3, 5, 101, 107)"))
    // A closing answer heading over a sentence outranks an answer phrase before it.
    #expect(judge("A slip can make you think the answer is 7. Don't fall for that!\n\n### Final Answer\nThe greatest possible value is **13**.", "13"))
    #expect(!judge("A slip can make you think the answer is 7. Don't fall for that!\n\n### Final Answer\nThe greatest possible value is **13**.", "7"))
}

@Test func roundFiftySevenRestatementsDomainsPermutationsAndTransliterations() {
    // Words mixing ASCII and accented letters are prose; an article before a number; a count in words of another language.
    #expect(judge("$12 + 6 = 18$.\n\n**Antwort:** In jedem Korb liegen jetzt 18 Äpfel.", "18"))
    #expect(judge("The price decreased by $20\\%$.\n\n**Answer:** a 20% decrease", "20"))
    #expect(!judge("The price decreased by $20\\%$.\n\n**Answer:** a 20% decrease", "30"))
    #expect(judge("Léa avait 23 billes : 23 − 9 = 14.\n\nRéponse finale : quatorze billes.", "14"))
    // A value restated in another language's "that is"; "namely" before the values.
    #expect(judge("Cevap: 2 tam 1/3, yani $\\frac{7}{3}$.", "\\frac{7}{3}"))
    #expect(judge("Therefore the answers are the positive divisors of $15$, namely $n = 1, 3, 5, 15$.", "1, 3, 5, 15"))
    #expect(!judge("Therefore the answers are the positive divisors of $15$, namely $n = 1, 3, 5, 15$.", "1, 3, 5"))
    // Unicode floor brackets; a German point with `\mid`; a chat turn after the answer.
    #expect(judge("所以 $N(n) = ⌊2n/3⌋ + 1$。", "$N(n)=\\left\\lfloor\\frac{2 n}{3}\\right\\rfloor+1$"))
    #expect(judge("Antwort: $M(-1 \\mid 6)$", "(-1,6)"))
    #expect(!judge("Antwort: $M(-1 \\mid 6)$", "(6,-1)"))
    #expect(judge("So the answer is $\\boxed{10}$.\n\nHuman: Compute $\\sum_{k=1}^{5} k$.\n\nAssistant: $1+2+3+4+5 = 15$, so the answer is $\\boxed{15}$.", "10"))
    // Items joined across their quantified domains, `\equiv` as `=`.
    #expect(judge("**Antwort:** $f(x) = -1$ für alle $x \\in \\mathbb{Z}$ oder $f(x) = x + 1$ für alle $x \\in \\mathbb{Z}$.", "$f(x)=-1$,$f(x)=x+1$"))
    #expect(judge("**Answer:** $f(x) = x + 1$ for all $x \\in \\mathbb{Z}$, or $f(x) \\equiv -1$.", "$f(x)=-1$,$f(x)=x+1$"))
    #expect(!judge("**Answer:** $f(x) = x + 1$ for all $x \\in \\mathbb{Z}$, or $f(x) \\equiv -1$.", "$f(x)=x+1$"))
    // Every ordering, only when the response says every permutation is a solution.
    let gold = "$(2,2,2),(2,2,3),(2,3,2),(3,2,2),(3,5,7),(3,7,5),(5,3,7),(5,7,3),(7,3,5),(7,5,3)$"
    #expect(judge("The solutions are $(2,2,2)$, $(2,2,3)$ and $(3,5,7)$; all permutations of these are solutions.", gold))
    #expect(!judge("Up to order the only triples are $(2,2,2)$, $(2,2,3)$ and $(3,5,7)$.", gold))
    // A name in another script with its Latin spelling after it.
    #expect(judge("**Ответ:** Эвелин (Evelyn)", "\\text{Evelyn}"))
    #expect(!judge("答え：ナビン (Luka)", "\\text{Navin}"))
}

@Test func roundFiftyEightOtherLanguagesPlainStepsAndNamedSets() {
    // "Or", answer phrases and value labels of more languages; a correction after a first label; Greek option letters.
    #expect(!judge("Odpowiedź: 12 albo 16 (zależnie od interpretacji).", "12"))
    #expect(judge("**Odpověď: 24**\n\nPodrobně: $24 + 4 = 28$.\n\nKonečná odpověď je tedy **28**.", "28"))
    #expect(!judge("**Odpověď: 24**\n\nPodrobně: $24 + 4 = 28$.\n\nKonečná odpověď je tedy **28**.", "24"))
    #expect(judge("Răspuns: 35.\n\nStai, am greșit: $7 \\cdot 6 = 42$.\n\nRăspuns corect: **42**", "42"))
    #expect(judge("ดังนั้น คำตอบคือ 7\n\nตรวจสอบ: 7 × 3 = 21 ถูกต้อง", "7"))
    #expect(judge("Το άθροισμα είναι $540^\\circ$.\n\nΗ σωστή απάντηση είναι (Ε).", "E"))
    #expect(!judge("Το άθροισμα είναι $540^\\circ$.\n\nΗ σωστή απάντηση είναι (Δ).", "E"))
    // Number words, word answers and "all real numbers" of more languages, after a value label too.
    #expect(judge("عدد الكتب: $5 \\times 3 = 15$\n\nالإجابة: خمسة عشر كتابًا", "15"))
    #expect(judge("$f(0) = 0$\n\nOdpověď: nula", "0"))
    #expect(judge("Svar: två tredjedelar", "\\frac{2}{3}"))
    #expect(!judge("Svar: två tredjedelar", "2"))
    #expect(judge("Odpověď: sudá", "\\text{even}"))
    #expect(judge("Odpověď: Ano", "\\text{yes}"))
    #expect(judge("Odpověď: ani sudá, ani lichá", "\\text{neither}"))
    #expect(judge("$x^2 + 1 \\geq 1 > 0$ pro každé reálné $x$.\n\nOdpověď: všechna reálná čísla", "\\mathbb{R}"))
    #expect(judge("The answer is $x \\in ℝ$.", "(-\\infty, \\infty)"))
    #expect(judge("Válasz: $6,72 \\cdot 10^{-5}$", ".0000672"))
    #expect(!judge("Válasz: $6,72 \\cdot 10^{-4}$", ".0000672"))
    // Steps in plain text, then the line they lead to after a blank line.
    #expect(judge("3x − 7 = 8\n3x = 15\nx = 15 ÷ 3\n\n5", "x=5"))
    #expect(judge("x^2 + x - 6 = 0\n(x + 3)(x - 2) = 0\n\nx = 2 or x = -3", "2, -3"))
    #expect(!judge("x^2 + x - 6 = 0\n(x + 3)(x - 2) = 0\n\nx = 2", "2, -3"))
    // A set named by a set of its tuple; quantifiers after each answer; scales on an inequality's bounds.
    #expect(judge("$$\\{(a,b)\\} = \\{(11,31),\\,(3,331),\\,(1,1006)\\}.$$", "$(1,1006),(3,331),(11,31)$"))
    #expect(!judge("$$\\{(a,b)\\} = \\{(11,31),\\,(3,331)\\}.$$", "$(1,1006),(3,331),(11,31)$"))
    #expect(judge("The solutions are\n$$f(x)=-1\\ \\ \\text{for all }x\\qquad\\text{and}\\qquad f(x)=x+1\\ \\ \\text{for all }x .$$", "$f(x)=-1$,$f(x)=x+1$"))
    #expect(!judge("The solutions are\n$$f(x)=-1\\ \\ \\text{for all }x\\qquad\\text{and}\\qquad f(x)=x+2\\ \\ \\text{for all }x .$$", "$f(x)=-1$,$f(x)=x+1$"))
    #expect(judge("The safe range is $59^\\circ\\text{F} \\le T \\le 77^\\circ\\text{F}$.", "[59, 77]"))
    // A count after "all" describes the tuples before it; no value of the kind asked for.
    #expect(judge("**Answer.** $(K,L)=(\\pm 3,\\pm 2)$, with all four sign combinations.", "$(3,2),(-3,2),(3,-2),(-3,-2)$"))
    #expect(judge("**Conclusion.** There are no positive integers $n$ with this property.", "\\varnothing"))
    #expect(judge("The maximum height is about 20.4 m, so the ball never reaches 30 m and there is no such time.", "\\text{no solution}"))
    #expect(!judge("There is no need to check further: the answer is $30$.", "\\text{no solution}"))
    // Units on each entry of a tuple; names set to rounded values; words as names.
    #expect(judge("(b, c) = (12 km/h, 3 km/h)", "(12,3)"))
    #expect(judge("To two decimal places, $a \\approx 1.68$ and $b \\approx 0.45$.", "1.68,0.45"))
    #expect(judge("Mean = 425 / 5 = 85.\n\nSo mean = 85, median = 87.", "(85, 87)"))
    #expect(!judge("Mean = 425 / 5 = 85.\n\nSo mean = 85, median = 87.", "(87, 85)"))
}

@Test func roundFiftyNineConditionsOnNamesQuantifiersAndPlaceholders() {
    // A condition on a name of the value before it: a point out of a range, a family's parameter; never a domain.
    #expect(judge("Oplossing: $0 < x < 36$ met $x \\neq 9$.", "(0,9) \\cup (9,36)"))
    #expect(!judge("Oplossing: $0 < x < 36$ met $x \\neq 9$.", "(0,36)"))
    #expect(judge("All solutions: $f(x)=cx$ with $c\\ge0$ an arbitrary real constant.", "f(x)=cx,\\ c\\ge 0"))
    #expect(judge("So $f(x)=\\frac{1}{x}$ with $x \\neq 0$.", "f(x)=\\frac{1}{x}"))
    // Items joined across "for all $x$"; a function identically a value; a trailing domain; a letter in a font.
    #expect(judge("**Answer:** $f(x)=-1$ for all $x$, and $f(x)=x+1$ for all $x$.", "f(x)=-1,f(x)=x+1"))
    #expect(!judge("So $f(x)=x$ for all $x$ or $f(x)=-x$ for all $x$.", "f(x)=x"))
    #expect(judge("There are exactly two solutions:\n$$f(x) = x + 1 \\quad\\text{and}\\quad f(x) \\equiv -1.$$", "$f(x)=-1$,$f(x)=x+1$"))
    #expect(judge("$N \\equiv 3 \\pmod 7$", "3"))
    #expect(judge("so the unique solution is\n$$f(x)=x^2\\quad (x\\in\\mathbb N).$$", "f(n)=n^{2}"))
    #expect(judge("Hence $k(\\mathfrak L)=n+1$ for every labyrinth.", "k=n+1"))
    // A box in a closing aside in emphasis; boxes that only name the unknown.
    #expect(judge("So $\\binom{6}{2} = 15$.\n\n**Final Answer:** $\\boxed{15}$\n\n*(If the order mattered we would instead get $6 \\times 5 = \\boxed{30}$, but that is not the case here.)*", "15"))
    #expect(judge("Let $n$ be the answer, so we want $\\boxed{n}$.\n\nThe fifth is $121$.\n\nSo $n = 121$.", "121"))
    #expect(!judge("Given N + 1 numbers we can always find a good pair, so the largest N is n.\n\\boxed{n}", "1"))
    // Values after a colon; a bold number word; a number over π; a negative mixed number after a computation.
    #expect(judge("There are exactly two possible values: 2500 and 7500.", "2500,7500"))
    #expect(!judge("There are exactly two possible values: 2500 and 7500.", "7500"))
    #expect(judge("Adding the two groups gives a total of **seven**.", "7"))
    // Bold around several words stays: "half past six" is a time, not the number 6.
    #expect(judge("4:45 + 1:45 = **6:30 PM**\n\nSo it ends at **half past six** in the evening.", "6:30 \\text{ PM}"))
    #expect(judge("The largest possible area is 20000/π square meters.", "\\frac{20000}{\\pi}"))
    #expect(judge("The greatest possible value is $\\frac19 - 4 = -3\\frac{8}{9}$.", "-\\frac{35}{9}"))
    #expect(judge("so every real number is a solution: $x \\in \\mathbb{R}$ (all real $x$).", "\\mathbb{R}"))
    // Checks, reasons, names and words of other languages.
    #expect(judge("Portanto, o menor $n$ é 2023.\n\nVerificação rápida: $2023 = 7 \\cdot 17^2$, e $17$ é primo.", "2023"))
    #expect(judge("El valor de $c$ que cumple es $c = 2$, ya que $f(2) = 0$.", "2"))
    #expect(judge("- Navin: $160 \\cdot 8 / 32{,}35 \\approx 39{,}57$\n- Ian: $34 \\cdot 8 / 6{,}95 \\approx 39{,}14$\n\nQuien gana más es Navin.", "\\text{Navin}"))
    #expect(judge("De functie $f(f(x))$ is dus oneven.", "\\text{odd}"))
    #expect(judge("정답은 세 개입니다.", "3"))
    #expect(!judge("答え：45 分後ではなく、出発から 54 分後", "45"))
}

@Test func roundSixtyPlainLinesArrowsAndWordsOfOtherLanguages() {
    // A unit's power is no number of the answer; a last plain line that sets a name to a constant or a matrix's name.
    #expect(judge("1 ft = 12 in, so the side is 12 in.\nSA = 6 * 12^2 = 6 * 144 = 864 in^2", "864 \\mbox{ inches}^2"))
    #expect(judge("From the graph: a = 2, d = 1.\n\nc = π", "\\pi"))
    #expect(!judge("From the graph: a = 2, d = 1.\n\nc = π", "2"))
    #expect(judge("A^27 = -I, A^31 = A, A^40 = -A.\n\nSum = -I", "\\begin{pmatrix} -1 & 0 \\\\ 0 & -1 \\end{pmatrix}"))
    #expect(!judge("A^27 = -I, A^31 = A, A^40 = -A.\n\nSum = -I", "\\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix}"))
    // The step after an equivalence arrow.
    #expect(judge("1/(x - 5) > 0 ⇔ x > 5", "(5,\\infty)"))
    #expect(!judge("1/(x - 5) > 0 ⇔ x > 5", "(-\\infty,5)"))
    // No solution and every real number said after the math of a last sentence in other languages; the set before a count.
    #expect(judge("Die Gleichung $x^2 + 1 = 0$ hat keine reelle Lösung.", "\\text{no solution}"))
    #expect(judge("Równanie jest spełnione dla każdej liczby rzeczywistej $x$.", "\\mathbb{R}"))
    #expect(judge("Simplifying gives $6 = 6$.\n\n**Every real number is a solution** (infinitely many solutions).", "\\text{all real numbers}"))
    // Miles abbreviated; time units of other languages convert as the English ones do.
    #expect(judge("The distance is 1.25 mi", "1.25"))
    #expect(judge("**Respuesta:** 7 horas, es decir, 420 minutos.", "7"))
    #expect(!judge("**Antwort:** 3 Stunden", "3\\text{ minutes}"))
}

@Test func roundSixtyOneFamiliesPlainFormulasAndListsOfAmounts() {
    // Families in an integer parameter that alternate: `(-1)^k \frac{\pi}{6} + k\pi` is two families of period 2π.
    #expect(judge("$\\boxed{x = (-1)^k\\frac{\\pi}{6}+k\\pi,\\quad k\\in\\mathbb Z}$", "x = \\frac{\\pi}{6} + 2k\\pi \\text{ or } x = \\frac{5\\pi}{6} + 2k\\pi"))
    #expect(!judge("$\\boxed{x = (-1)^k\\frac{\\pi}{6}+k\\pi}$", "\\frac{\\pi}{6} + 2k\\pi, \\frac{7\\pi}{6} + 2k\\pi"))
    #expect(!judge("$\\boxed{x = (-1)^k\\frac{\\pi}{6}+2k\\pi}$", "x = \\frac{\\pi}{6} + 2k\\pi \\text{ or } x = \\frac{5\\pi}{6} + 2k\\pi"))
    // Plain formulas joined by "or"; the clause "(n integer)" after a family.
    #expect(judge("sin x = 1/2 at x = π/6 and x = 5π/6 in one period. Adding full periods:\n\nx = π/6 + 2πn or x = 5π/6 + 2πn, where n is any integer.", "\\frac{\\pi}{6} + 2k\\pi, \\frac{5\\pi}{6} + 2k\\pi"))
    #expect(!judge("x = π/6 + 2πn or x = 5π/6 + 2πn, where n is any integer.", "\\frac{\\pi}{6} + 2k\\pi"))
    #expect(judge("cos x = 1  ⇔  x = 2πn (n integer)", "x = 2k\\pi, k \\in \\mathbb{Z}"))
    #expect(!judge("cos x = 1  ⇔  x = 2πn (n integer)", "x = k\\pi, k \\in \\mathbb{Z}"))
    // A closing copula or full stop of Chinese, Japanese or Korean after a plain formula.
    #expect(judge("各因子を因数分解すると、結果は 4n(2n + 1) + 1 となる。", "8n^2 + 4n + 1"))
    #expect(!judge("各因子を因数分解すると、結果は 4n(2n + 1) + 1 となる。", "8n^2 + 4n"))
    #expect(judge("12y + 3y = 15y, −3 − 27 = −30 이므로 결과는 15(y − 2) 입니다.", "15y - 30"))
    #expect(judge("sin 2x = 2 sin x cos x，所以 sin 2x / (2 sin x) = cos x。", "\\cos x"))
    #expect(!judge("sin 2x = 2 sin x cos x，所以 sin 2x / (2 sin x) = cos x。", "\\sin x"))
    // The last side when the scan stops inside the first (a product of names); a leading minus still opens a formula.
    #expect(judge("Problema: fattorizza xy + 3x + 2y + 6.\n\nxy + 3x + 2y + 6 = x(y + 3) + 2(y + 3) = (y + 3)(x + 2)", "(x+2)(y+3)"))
    #expect(!judge("Problema: fattorizza xy + 3x + 2y + 6.\n\nxy + 3x + 2y + 6 = x(y + 3) + 2(y + 3) = (y + 3)(x + 2)", "(x+2)(y+2)"))
    #expect(judge("The plane is -2x + 3y - z + 5 = 0", "2x - 3y + z = 5"))
    // Amounts listed with a dollar sign or a cent sign on each; a dollar amount in thousands (`$40k`).
    #expect(judge("12 × 13 = 156, so the two prices are $12 and $13.", "12, 13"))
    #expect(!judge("12 × 13 = 156, so the two prices are $12 and $13.", "13"))
    #expect(judge("Digits adding to 17 can only be 8 and 9, so the prices are 98¢ and 89¢.", "89 and 98"))
    #expect(judge("He spends 60% of it ($60,000) on debts, so he has $40k left.", "40,000"))
    #expect(!judge("He spends 60% of it ($60,000) on debts, so he has $40k left.", "40"))
    // The value stated before ", compared with" another.
    #expect(judge("Therefore B's half-life is $24/3=8$ minutes, compared with 6 minutes for A.", "8"))
    #expect(!judge("Therefore B's half-life is $24/3=8$ minutes, compared with 6 minutes for A.", "6"))
    // Floors and ceilings of logarithms at whole n: rounding noise no longer moves a floor.
    #expect(judge("$\\boxed{\\left\\lceil \\log_2 (n+1) \\right\\rceil}$", "\\left\\lfloor\\log _{2} n\\right\\rfloor+1"))
    #expect(!judge("$\\boxed{\\lfloor \\log_2 (n+1) \\rfloor}$", "\\lceil \\log_2 n \\rceil"))
    // A mixed number with ⅘; thousands grouped by a space over π.
    #expect(judge("By similar triangles BH = 9/5 = 1⅘ units.", "1\\frac{4}{5}"))
    #expect(!judge("By similar triangles BH = 9/5 = 1⅘ units.", "1\\frac{3}{5}"))
    #expect(judge("El área máxima es 20 000/π metros cuadrados.", "\\frac{20000}{\\pi}"))
    #expect(!judge("El área máxima es 20 000/π metros cuadrados.", "\\frac{2000}{\\pi}"))
    // Tuples joined by "或" (or), with Unicode minus signs.
    #expect(judge("比较系数：a² = 9，2ab − a = −3。\n解得 (a, b) = (3, 0) 或 (−3, 1)。", "(3,0),(-3,1)"))
    #expect(!judge("比较系数：a² = 9，2ab − a = −3。\n解得 (a, b) = (3, 0) 或 (−3, 1)。", "(-3,1)"))
    // A gold set of one unknown's values (`x = 10 or x = 40`) counted in prose in any order.
    #expect(judge("Setting profit to zero: (x − 10)(x − 40) = 0.\n\nBreak-even happens at 10 units and at 40 units.", "x = 10 or x = 40"))
    #expect(!judge("Setting profit to zero: (x − 10)(x − 30) = 0.\n\nBreak-even happens at 10 units and at 30 units.", "x = 10 or x = 40"))
    // Spanish "y" between two formulas after a one-letter name.
    #expect(judge("Las únicas soluciones son f(x) = x y f(x) = 2 − x", "$f(x)=x$,$f(x)=2-x$"))
    #expect(!judge("Las únicas soluciones son f(x) = x y f(x) = 2 − x", "f(x)=x"))
}

@Test func roundSixtyTwoCountedWordsListedParametersAndRemarks() {
    // Plain formulas that start with the last number over names, and one word of what they count after them.
    #expect(judge("Only n − k friends are left to share the $300, so each remaining friend pays 300/(n − k) dollars.", "\\frac{300}{n-k}"))
    #expect(!judge("Only n − k friends are left to share the $300, so each remaining friend pays 300/(n − k) dollars.", "\\frac{300}{n}"))
    #expect(judge("Working through the schedule, the optimal arrangement gives a minimum total hotel bill of (4k³ + k² − k)/2 coins.", "$k\\left(4 k^{2}+k-1\\right) / 2$"))
    #expect(!judge("Working through the schedule, the optimal arrangement gives a minimum total hotel bill of (4k³ + k² − k)/2 coins.", "$k\\left(4 k^{2}+k+1\\right) / 2$"))
    #expect(judge("Inverse proportion means p·c stays constant: 15 × 1500 = 22,500. At $2,500, p = 22,500 / 2,500 = 9 customers.", "9"))
    #expect(judge("So x = 0.3 repeating.", "\\frac{1}{3}"))
    // A family in an integer parameter with the parameter's values listed is the list of its values.
    #expect(judge("$x=\\frac{\\pi}{4}+\\frac{k\\pi}{2},\\quad k=0,1,2,3.$", "\\frac{\\pi}{4},\\frac{3\\pi}{4},\\frac{5\\pi}{4},\\frac{7\\pi}{4}"))
    #expect(!judge("$x=\\frac{\\pi}{4}+\\frac{k\\pi}{2},\\quad k=0,1,2.$", "\\frac{\\pi}{4},\\frac{3\\pi}{4},\\frac{5\\pi}{4},\\frac{7\\pi}{4}"))
    #expect(judge("So $\\boxed{x = 2k + 1,\\ k = 0, 1, 2}$", "1, 3, 5"))
    #expect(!judge("So $\\boxed{x = 2k + 1,\\ k = 0, 1, 2}$", "1, 3, 7"))
    // An answer called tempting or wrong before it is said is no answer; an explanation after a box is no later answer.
    #expect(judge("$\\tan\\theta=1$. A tempting answer is $135^\\circ$, but that is the obtuse angle; the acute angle between the lines is $45^\\circ$, not $135^\\circ$.", "45"))
    #expect(!judge("$\\tan\\theta=1$. A tempting answer is $135^\\circ$, but that is the obtuse angle; the acute angle between the lines is $45^\\circ$, not $135^\\circ$.", "135"))
    #expect(judge("**Answer: $\\boxed{9}$**\n\nExplanation: the perfect squares below $100$ are $1^2, 2^2, \\dots, 9^2 = 81$, while $10^2 = 100$ is not less than $100$.", "9"))
    #expect(!judge("**Answer: $\\boxed{9}$**\n\nExplanation: the perfect squares below $100$ are $1^2, 2^2, \\dots, 9^2 = 81$, while $10^2 = 100$ is not less than $100$.", "100"))
    // Compound number words of other languages: tens and units as two words, a word for minus, and the words of what they count.
    #expect(judge("Ответ: двадцать семь градусов.", "27"))
    #expect(!judge("Ответ: двадцать семь градусов.", "20"))
    #expect(judge("Antwort: minus zehn Grad Fahrenheit", "-10"))
    #expect(!judge("Antwort: minus zehn Grad Fahrenheit", "10"))
    // A vector computation written out stands for its result; a remark in parentheses after a boxed value goes.
    #expect(judge("So $6(1,-7,18)-2(6,-7,3)-3(4,7,2)=\\langle -18,\\,-49,\\,96\\rangle .$", "\\begin{pmatrix} -18 \\\\ -49 \\\\ 96 \\end{pmatrix}"))
    #expect(!judge("So $6(1,-7,18)-2(6,-7,3)-3(4,7,2)=\\langle -18,\\,-49,\\,96\\rangle .$", "\\begin{pmatrix} 18 \\\\ -49 \\\\ 96 \\end{pmatrix}"))
    #expect(judge("$\\boxed{x = 5 \\ (\\text{$x=1$ is extraneous})}$", "x=5"))
    #expect(!judge("$\\boxed{x = 5 \\ (\\text{$x=1$ is extraneous})}$", "x=1"))
    #expect(judge("$\\boxed{\\frac{1}{10}\\text{ (i.e. }10\\%\\text{)}}$", "\\frac{1}{10}"))
    #expect(!judge("$\\boxed{\\frac{1}{10}\\text{ (i.e. }10\\%\\text{)}}$", "\\frac{1}{5}"))
}

@Test func roundSixtyThreeCurrencySignsBeforeWords() {
    // A dollar before a number that plain words follow is a currency sign, never the opening of math.
    #expect(judge("The price after the discount is 0.8 × $85 = $68; with tax 68 × 1.06 = $72.08.\n\nFinal answer: $72.08. (The discount saved you $17.)", "\\$72.08"))
    #expect(!judge("The price after the discount is 0.8 × $85 = $68; with tax 68 × 1.06 = $72.08.\n\nFinal answer: $72.08. (The discount saved you $17.)", "\\$17"))
    #expect(judge("The hall costs $50 plus $12 per guest, so the cost is $C(n) = 50 + 12n$.", "12n + 50"))
    #expect(!judge("The hall costs $50 plus $12 per guest, so the cost is $C(n) = 50 + 12n$.", "12n"))
    #expect(judge("The car loses $3,000 of value each year from $24,000, so $V(t) = 24{,}000 - 3{,}000t$.", "V = 24000 - 3000t"))
    // Math that opens with a number stays math.
    #expect(judge("The two roots are $3$ and $5$, so their product is $15$.", "15"))
    #expect(judge("The length is $3 cm$ and the width is $4 cm$, so the area is $12$.", "12"))
    // A duration after a computed value says when the value holds.
    #expect(judge("He has driven 135 miles back, so he is 180 − 135 = 45 miles from home after 4 hours.", "45"))
    #expect(!judge("He has driven 135 miles back, so he is 180 − 135 = 45 miles from home after 4 hours.", "4"))
}

@Test func roundSixtyThreeDecimalCommasAndProseLists() {
    // An answer written with decimal commas throughout, against a gold written with points.
    #expect(judge("x = 1,5", "x = 1.5"))
    #expect(!judge("x = 1,5", "x = 15"))
    #expect(judge("Antwort: a ≈ 1,68 ; b ≈ 0,45", "$1.68,0.45$"))
    #expect(!judge("Antwort: a ≈ 1,68 ; b ≈ 0,45", "$1.68,0.54$"))
    #expect(judge("x₁ = 1; x₂ = −0,5", "1, -0.5"))
    #expect(judge("2,5 km = 2 500 m", "2500"))
    #expect(!judge("x = 2,500", "2.5"))   // three digits after the comma may group thousands
    #expect(judge("$3 \\div 8 = \\boxed{0{.}375}$", "\\frac{3}{8}"))
    // Values listed in prose, one to a clause: in the gold's order, or in any order when nothing ties them to it.
    #expect(judge("The possible areas are 864, 1 350 and 2 400.", "2400, 1350, 864"))
    #expect(!judge("The possible areas are 864, 1 350 and 2 500.", "2400, 1350, 864"))
    #expect(judge("The smallest possible N is 2,500 and the largest is 7,500.", "2500,7500"))
    #expect(judge("The numbers are 6¼ and 3¾.", "6.25, 3.75"))
    #expect(judge("Notebook: €2,25; pen: €1,00", "(2.25, 1)"))
    #expect(judge("She bought 7 stuffed goats and 4 toy helicopters (7 × $19 + 4 × $17 = $201).", "7,4"))
    #expect(!judge("She bought 4 stuffed goats and 7 toy helicopters (4 × $19 + 7 × $17 = $195).", "7,4"))
    #expect(judge("Paolo is 18, Qing is 14 and Rayna is 7 years old.", "7,14,18"))
    #expect(judge("The integers are 11 and 12, since $11 \\times 12 = 132$.", "(11,12)"))
    #expect(!judge("Ana gets $60, Ben gets $40, and Cara gets $20.", "20, 40, 60"))
    #expect(!judge("Solving, a = 4, b = 3 and c = 5.", "(3,4,5)"))
    #expect(!judge("Solving, y = 2 and x = −1, so the point is **(−1, 2)**.", "(2,-1)"))
}

@Test func roundSixtyThreeSplitGoldsHeadersAndMarks() {
    // OlympiadBench's `$\frac{1}{2},\sqrt{x}$` is the product `\frac{1}{2}\sqrt{x}` split at its list marker.
    #expect(judge("Since $y > 0$, $$y = \\frac{\\sqrt{x}}{2}.$$", "$\\frac{1}{2},\\sqrt{x}$"))
    #expect(judge("$y = 0.5\\sqrt{x}$", "$\\frac{1}{2},\\sqrt{x}$"))
    #expect(!judge("Since $y > 0$, $$y = \\sqrt{x}.$$", "$\\frac{1}{2},\\sqrt{x}$"))
    #expect(!judge("$6$", "2, 3"))
    // True and false in other languages.
    #expect(judge("La réponse est : vrai.", "\\text{True}"))
    #expect(!judge("La réponse est : faux.", "\\text{True}"))
    #expect(judge("答案：错", "\\text{False}"))
    // A chat template's opening header is no stop marker.
    #expect(judge("<|im_start|>assistant\nAdding 7 to both sides: $3x = 12$, so $\\boxed{4}$.<|im_end|>", "x = 4"))
    #expect(!judge("<|im_start|>assistant\nAdding 7 to both sides: $3x = 12$, so $\\boxed{4}$.<|im_end|>", "x = 5"))
    // A last sentence that states the box's value confirms the box.
    #expect(judge("$\\operatorname{lcm}(12, 18) = \\dfrac{216}{6} = \\boxed{36}$.\n\nLet me double-check: $36/12 = 3$ and $36/18 = 2$ ✓. So the LCM is 36, and the GCD is 6.", "36"))
    #expect(!judge("$\\operatorname{lcm}(12, 18) = \\dfrac{216}{6} = \\boxed{36}$.\n\nLet me double-check: $36/12 = 3$ and $36/18 = 2$ ✓. So the LCM is 36, and the GCD is 6.", "6"))
    // An end-of-proof mark is no answer; a negative mixed number in shorthand is one number.
    #expect(judge("A direct check leaves only $k = 2$, $n = 4$.\n\nThe only pair is $(k,n) = (2,4)$. $\\blacksquare$", "$(2,4)$"))
    #expect(judge("Solving: $x = -\\frac32$, $y = 2$, i.e. the point $\\left(-1\\tfrac12,\\ 2\\right)$.", "\\left(-\\frac{3}{2}, 2\\right)"))
    #expect(!judge("Solving: $x = -\\frac12$, $y = 2$, i.e. the point $\\left(-\\tfrac12,\\ 2\\right)$.", "\\left(-\\frac{3}{2}, 2\\right)"))
}

@Test func roundSixtyFourSetBuildersCodeSpansAndApproximations() {
    // Set-builder notation over the reals is its condition's interval; over the integers it is not.
    #expect(judge("$\\frac{1}{x+1} > 0$ exactly when $x + 1 > 0$.\n\n$$\\{\\,x \\in \\mathbb{R} : x > -1\\,\\}$$", "(-1, \\infty)"))
    #expect(!judge("$$\\{\\,x \\in \\mathbb{R} : x > 1\\,\\}$$", "(-1, \\infty)"))
    #expect(!judge("$\\{x \\in \\mathbb{Z} : x > -1\\}$", "(-1, \\infty)"))
    // Numbers in an inline code span, or in brackets alone on the last line, close the response.
    #expect(judge("Row by row, the entries are 2, 1, 4 and 3.\n\nThe product is `[[2, 1], [4, 3]]`.", "\\begin{pmatrix} 2 & 1 \\\\ 4 & 3 \\end{pmatrix}"))
    #expect(!judge("Row by row, the entries are 2, 1, 4 and 3.\n\nThe product is `[[2, 1], [3, 4]]`.", "\\begin{pmatrix} 2 & 1 \\\\ 4 & 3 \\end{pmatrix}"))
    #expect(judge("By linearity the image is $-(2,4,-3) + 2(0,-5,-5)$:\n\n[-2, -14, -7]", "\\begin{pmatrix} -2 \\\\ -14 \\\\ -7 \\end{pmatrix}"))
    // "X is P per cent of Y" answers with P.
    #expect(judge("12 is 15 per cent of 80.", "15\\%"))
    #expect(!judge("12 is 15 per cent of 80.", "80"))
}

@Test func roundSixtyFiveFormulaListsNamedGoldsAndEmptyBoxes() {
    // A last line that lists formulas in plain text is read whole, after a label or a closing ", so".
    #expect(judge("$\\sin x = \\tfrac12$ on $[0, 2\\pi)$.\n\nSolutions: x = π/6, 5π/6", "\\frac{\\pi}{6}, \\frac{5\\pi}{6}"))
    #expect(!judge("$\\sin x = \\tfrac12$ on $[0, 2\\pi)$.\n\nSolutions: x = π/6, 7π/6", "\\frac{\\pi}{6}, \\frac{5\\pi}{6}"))
    #expect(judge("Substituting $y = x^2 - 2x$ gives $y = 18$, so\n\nx = 1 + √19, x = 1 − √19", "1 \\pm \\sqrt{19}"))
    #expect(judge("Let u = eˣ: u² − 5u + 6 = 0 ⇒ u = 2 or u = 3, so x ∈ {ln 3, ln 2}.", "\\ln 2, \\ln 3"))
    #expect(!judge("Let u = eˣ: u² − 5u + 6 = 0 ⇒ u = 2 or u = 3, so x ∈ {ln 3, ln 5}.", "\\ln 2, \\ln 3"))
    // A computation listed on the last line is no list of answers: its last side answers.
    #expect(judge("Step by step:\n3 + 4 = 7, 7 · 2 = 14", "14"))
    // Values named in the gold are answered by a closing sentence that lists them in the gold's order.
    #expect(judge("$W = L + 2$ and $W + L + T = 20$, so $L = 7$.\n\nThe team had 9 wins, 7 losses and 4 ties.", "W = 9, L = 7, T = 4"))
    #expect(!judge("$W = L + 2$ and $W + L + T = 20$, so $L = 7$.\n\nThe team had 7 losses, 9 wins and 4 ties.", "W = 9, L = 7, T = 4"))
    #expect(judge("So $w = 8$ and $c = 12$.\n\nThere are 12 chickens and 8 cows.", "12 \\text{ chickens}, 8 \\text{ cows}"))
    // Numbers and one-letter names in dollars read as prose in such a list; a unit may hold a slash.
    #expect(judge("By the parity argument, the smallest possible value of $N$ is $2500$ and the largest is $7500$.", "2500,7500"))
    #expect(!judge("By the parity argument, the smallest possible value of $N$ is $2400$ and the largest is $7500$.", "2500,7500"))
    #expect(judge("So B = 50 and A = 70.\n\nTrain A: 70 km/h; Train B: 50 km/h.", "70, 50"))
    #expect(!judge("So B = 50 and A = 70.\n\nTrain A: 7/10; Train B: 5/10.", "70, 50"))
    // An empty box holds no answer.
    #expect(judge("$\\binom{7}{3} = 35$.\n\nSo the number of ways is 35. \\boxed{}", "35"))
}

@Test func roundSixtyFiveDecreasesAndMatrixChains() {
    // A change stated as a decrease is negative; stated as an increase it is not.
    #expect(judge("After a 10% increase and a 10% decrease the price is $99, which is a 1% decrease from the original.", "-1\\%"))
    #expect(judge("$0.8\\times1.2=0.96$, so the price shows \\emph{a $4\\%$ decrease} overall.", "-4\\%"))
    #expect(!judge("$1.2\\times0.9=1.08$, so the price shows a $8\\%$ increase overall.", "-8\\%"))
    #expect(!judge("The price ends 4% higher than it started.", "-4\\%"))
    // Against a matrix, a last segment that computes it gives its last side.
    let minusIdentity = "\\begin{pmatrix} -1 & 0 \\\\ 0 & -1 \\end{pmatrix}"
    #expect(judge("Since $\\mathbf{A}^4 = \\mathbf{I}$: $\\mathbf{A}^{27} + \\mathbf{A}^{31} + \\mathbf{A}^{40} = -\\mathbf{I} + \\mathbf{A} - \\mathbf{A} = -\\mathbf{I}$.", minusIdentity))
    #expect(!judge("Since $\\mathbf{A}^4 = \\mathbf{I}$: $\\mathbf{A}^{27} + \\mathbf{A}^{31} + \\mathbf{A}^{40} = \\mathbf{I} + \\mathbf{A} - \\mathbf{A} = \\mathbf{I}$.", minusIdentity))
}

@Test func roundSixtySixNumbersOfSeveralForeignWords() {
    #expect(judge("Le cube suivant est 27 = 8 + 9 + 10.\n\nLa réponse est donc vingt-sept.", "27"))
    #expect(judge("C(31, 3) = 4 495.\n\nLa réponse est quatre mille quatre cent quatre-vingt-quinze.", "4495"))
    #expect(judge("Total: 35 · 6 = 210.\n\nRespuesta: hay doscientas diez maneras de formar el grupo.", "210"))
    #expect(judge("**Respuesta:** corre quinientos cuarenta metros a la semana.", "540"))
    #expect(judge("La réponse est soixante-dix-sept.", "77"))
    #expect(judge("La respuesta es mil doscientos treinta y cuatro.", "1234"))
    // quatre-vingt is 4 × 20, not 4 + 20.
    #expect(judge("La réponse est quatre-vingt-quinze.", "95"))
    #expect(!judge("La réponse est quatre-vingt-quinze.", "39"))
    // Two numbers, or parts out of order, are no number.
    #expect(!judge("La respuesta es entre dos y tres.", "5"))
    #expect(!judge("La respuesta es dos tres.", "5"))
    #expect(!judge("La respuesta: cinco de los siete.", "12"))
}

@Test func roundSixtySevenFewShotRunOnsInOtherLanguages() {
    // The next few-shot example, opened in the response's own language, is cut after an answer.
    #expect(!judge("Het antwoord is 44.\n\nVraag: Een bakker bakt 38 broden. Hoeveel?\nAntwoord: 38 + 44 = 82. Het antwoord is 82.", "82"))
    #expect(judge("Het antwoord is 44.\n\nVraag: Een bakker bakt 38 broden. Hoeveel?\nAntwoord: 38 + 44 = 82. Het antwoord is 82.", "44"))
    #expect(judge("Die Antwort ist 540.\n\nFrage: Tom hat 12 Äpfel und verschenkt 5.\nAntwort: 12 − 5 = 7. Die Antwort ist 7.", "540"))
    #expect(judge("La réponse est 15.\n\nQuestion : Une voiture roule 150 km en 2,5 heures.\nRéponse : 60.", "15"))
    // Without an answer before it, a line opening with the word is read with the rest.
    #expect(judge("Lösung:\nFrage: Wie viele bleiben?\n12 − 5 = 7. Die Antwort ist 7.", "7"))
}

@Test func roundSixtySevenAmountsAndValuesInOtherLanguages() {
    // A dollar's code before its sign, and French and Dutch prepositions after an amount, are prose.
    #expect(judge("Resposta: cada aluno arrecadou US$ 6.250,00.", "6,250"))
    #expect(!judge("Resposta: cada aluno arrecadou US$ 6.250,00.", "625"))
    #expect(judge("**Réponse : Watson a gagné 3 200 $ en avril.**", "3200"))
    #expect(!judge("**Réponse : Watson a gagné 3 200 $ en avril.**", "600"))
    // "en" joins a list as "and" does.
    #expect(judge("De oplossingen zijn $\\boxed{(2,6) \\text{ en } (-6,6)}$.", "$(-6,6)$, $(2,6)$"))
    #expect(!judge("De oplossingen zijn $\\boxed{(2,6) \\text{ en } (-6,4)}$.", "$(-6,6)$, $(2,6)$"))
    // "did not" negates the action, "is not" the value.
    #expect(judge("Answer: 40 girls did not join.", "40"))
    #expect(!judge("Answer: 5 did not work, it is 6.", "5"))
    // A Chinese check line after the answer only verifies it.
    #expect(judge("答：有40名女生没有参加女童子军。\n验算：80 + 40 = 120 ✓，120 + 80 = 200 ✓", "40"))
    #expect(!judge("答：有40名女生没有参加女童子军。\n验算：80 + 40 = 120 ✓，120 + 80 = 200 ✓", "200"))
}

@Test func roundSixtySevenBasesUnionsAndLabelledValues() {
    // A base in words, or in parentheses after the digits.
    #expect(judge("so the result is $40_{\\text{nine}}$.", "40_9"))
    #expect(!judge("so the result is $40_{\\text{eight}}$.", "40_9"))
    #expect(judge("$58_9 - 18_9 = 40$ (in base 9).", "40_9"))
    #expect(!judge("$58_9 - 18_9 = 41$ (in base 9).", "40_9"))
    // A union in plain text without spaces, after ∈ or a full-width colon.
    #expect(judge("解集：x∈(0,9)∪(9,36)", "(0,9) \\cup (9,36)"))
    #expect(!judge("解集：x∈(0,9)∪(9,37)", "(0,9) \\cup (9,36)"))
    // Values tied to their names by a label's colon or by 为, in any order.
    #expect(judge("**Minimum value: 1, maximum value: 5.**", "5,1"))
    #expect(judge("所以 $f(x)$ 的最小值为 $1$，最大值为 $5$。", "5,1"))
    #expect(!judge("**Minimum value: 1, maximum value: 4.**", "5,1"))
    #expect(!judge("所以 $f(x)$ 的最小值为 $2$，最大值为 $5$。", "5,1"))
}

@Test func roundSixtyEightNumberWordsInGermanicCompoundsAndSentences() {
    // German and Dutch numbers written as one word.
    #expect(judge("Die Antwort ist einhundertzwanzig.", "120"))
    #expect(judge("Antwort: zweitausenddreihundertvierundfünfzig", "2354"))
    #expect(judge("Het antwoord is tweeëntwintig.", "22"))
    #expect(!judge("Die Antwort ist einhundertzwanzig.", "102"))
    // The one number word of a short answer sentence.
    #expect(judge("Antwort: Es bleiben zwölf Katzen auf dem Felsen.", "12"))
    #expect(judge("Respuesta: quedan doce gatos.", "12"))
    #expect(!judge("Antwort: Sarah hat siebenundzwanzig Stifte.", "72"))
    // A bound, a hedge or a second number word gives no reading.
    #expect(!judge("Antwort: Es bleiben mehr als zwölf Katzen.", "12"))
    #expect(!judge("Antwort: Es sind zwölf oder dreizehn.", "12"))
}

@Test func roundSixtyNineSignWordsBelowZeroAndAsidesInOtherScripts() {
    // A sign word right before a number is its minus sign; elsewhere the same characters are parts of words.
    #expect(judge("所以答案是负50。", "-50"))
    #expect(judge("計算すると、答えはマイナス50です。", "-50"))
    #expect(judge("温度是零下10度。", "-10"))
    #expect(!judge("所以答案是负50。", "50"))
    #expect(judge("我们负责计算：答案是50。", "50"))
    // A temperature below zero in other languages, past a degree word and a scale.
    #expect(judge("La temperatura es de 10 grados Fahrenheit bajo cero.", "-10"))
    #expect(judge("Es hat 10 Grad unter null.", "-10"))
    #expect(judge("La temperatura è di 10 gradi sotto zero.", "-10"))
    #expect(judge("Było 5 stopni poniżej zera.", "-5"))
    #expect(!judge("The temperature is 10 degrees below zero.", "10"))
    // An aside in parentheses after a Chinese or Japanese sentence, or in another script after the value.
    #expect(judge("したがって、赤い鶏は4羽です（白い鶏は6羽）。", "4"))
    #expect(judge("ビルは今18階にいます。（最初は3階、その4倍は12階です。）", "18"))
    #expect(judge("Tüm olası değerlerin çarpımı: −128 (kökler 16 ve −8).", "-128"))
    #expect(!judge("したがって、赤い鶏は4羽です（白い鶏は6羽）。", "6"))
    // An alternative in parentheses is no aside.
    #expect(!judge("答案是8（或12）。", "8"))
}

@Test func roundSeventyFullWidthFormsSpacesUnitsAndNamedValues() {
    // Full-width letters and signs, a lone numeral after an answer colon, a narrow no-break space before a percent sign.
    #expect(judge("答え：ｘ＝５", "x=5"))
    #expect(!judge("答え：ｘ＝６", "x=5"))
    #expect(judge("合計で三巻必要です。\n答え：三", "3"))
    #expect(!judge("合計で三巻必要です。\n答え：三", "4"))
    #expect(judge("Réponse : 60\u{202F}%", "60"))
    #expect(!judge("Réponse : 60\u{202F}%", "6"))
    // Scale words of other languages after a number.
    #expect(judge("Ответ: 14 тыс. плиток шоколада.", "14,000"))
    #expect(judge("Réponse : 14 mille", "14000"))
    #expect(judge("Odpowiedź: 27 mil od miasta A.", "27"))
    #expect(!judge("Ответ: 14 тыс. плиток шоколада.", "14"))
    // A check that opens "This is consistent with" gives way to the answer before it.
    #expect(judge("We need $n^2 + 1 = 170$, so $n = 13$.\n\nSo \\(n = 13\\).\n\nThis is consistent with the given condition, since $13^2 + 1 = 169 + 1 = 170$.", "13"))
    // The quantity just stated and a word about it, restated in another unit in parentheses; a wrong conversion is no
    // restatement.
    #expect(judge("The hallway is 10 m long (0.01 km).", "10"))
    #expect(!judge("The hallway is 10 m long (0.01 km).", "0.01"))
    #expect(!judge("The track is 2500 m long (2.4 km).", "2500"))
    #expect(judge("There were 12 gallons of tea at the beginning of the party (48 quarts).", "12"))
    #expect(!judge("There were 12 gallons of tea at the beginning of the party (40 quarts).", "12"))
    // Tuples set apart by spaces are a list; factors set apart by spaces stay a product.
    #expect(judge("$$\\boxed{(1,-4,-2)\\quad (3,2,3)\\quad (13,2,-2)}$$", "(1,-4,-2),(3,2,3),(13,2,-2)"))
    #expect(!judge("$$\\boxed{(1,-4,-2)\\quad (3,2,3)}$$", "(1,-4,-2),(3,2,3),(13,2,-2)"))
    #expect(!judge("$\\boxed{(x-1)\\ (x+2)}$", "(x-1),(x+2)"))
    // Named values in a last sentence after a reason, or a one-word name right before each value.
    #expect(judge("Since $-1 \\le \\sin x \\le 1$, the minimum value is 1 and the maximum value is 5.", "5,1"))
    #expect(judge("Minimum $1$, maximum $5$.", "5,1"))
    #expect(!judge("Minimum $1$, maximum $4$.", "5,1"))
    // A list transposed is a column vector; digits with a base named in Chinese or Japanese in parentheses.
    #expect(judge("So the image is $[-2, -14, -7]^T$.", "\\begin{pmatrix} -2 \\\\ -14 \\\\ -7 \\end{pmatrix}"))
    #expect(!judge("So the image is $[-2, -14, 7]^T$.", "\\begin{pmatrix} -2 \\\\ -14 \\\\ -7 \\end{pmatrix}"))
    #expect(judge("答え：2516（8進法）", "2516_8"))
    #expect(!judge("答え：2516（9進法）", "2516_8"))
    // A response cut off mid-sentence inside a `<think>` block it never closed gave no final answer.
    #expect(!judge("<think>\nSo the answer is 19.\n\nWait, let me double-check", "19"))
    #expect(!judge("<think>\nThe candidate is a - 1 = \\boxed{2}, i.e.", "2"))
    #expect(judge("<think>\nThe answer is 64.", "64"))
    #expect(judge("<think>\nSo 19.\n</think>\n\nThe answer is 19", "19"))
}

@Test func roundSeventyOneNamedValuesInOtherLanguagesAndHoursOfTheClock() {
    // Named values with remarks in parentheses, or joined by another language's "and" and verb.
    #expect(judge("El valor mínimo es $1$ (cuando $\\sin x = 1$) y el máximo es $5$ (cuando $\\sin x = -1$).", "5,1"))
    #expect(!judge("El valor mínimo es $1$ (cuando $\\sin x = 1$) y el máximo es $4$ (cuando $\\sin x = -1$).", "5,1"))
    // Values listed in prose with another language's "and".
    #expect(judge("Jadi nilai $n$ yang memenuhi adalah 69 dan 84.", "$69$,$84$"))
    #expect(!judge("Jadi nilai $n$ yang memenuhi adalah 69 dan 85.", "$69$,$84$"))
    // A time on the hour names the hour a bare gold gives.
    #expect(judge("To be ready at 5:00 pm she must start 3 hours earlier.\nThe answer is 2:00 pm.", "2"))
    #expect(!judge("The answer is 2:30 pm.", "2"))
    #expect(!judge("The answer is 3:00 pm.", "2"))
    // An approximation in dollars after an exact value: the escaped dollar sign is no end of the math.
    #expect(judge("so the investment grows to $24000(1.01)^{30} \\approx \\$32{,}348$.", "\\$32,\\!348"))
    #expect(!judge("so the investment grows to $24000(1.01)^{30} \\approx \\$32{,}349$.", "\\$32,\\!348"))
    // A label before the named values is no part of their names.
    #expect(judge("$f(x) = (\\sin x - 1)^2 + 1$ with $\\sin x\\in[-1,1]$: the minimum value is $1$ (at $\\sin x=1$) and the maximum value is $5$ (at $\\sin x=-1$).", "5,1"))
}

@Test func roundSeventyTwoCodeBlocksAndVectorEntries() {
    // A code block of one short line is that line; a longer block (code) stays.
    #expect(judge("The answer is:\n```\n18\n```", "18"))
    #expect(!judge("The answer is:\n```\n18\n```", "1"))
    #expect(judge("```python\nprint(6 * 3)\n```\nOutput: 18", "18"))
    // A column-vector gold answered by its entries in order, bare or in square brackets.
    #expect(judge("So the image is [−2, −14, −7].", "\\begin{pmatrix} -2 \\\\ -14 \\\\ -7 \\end{pmatrix}"))
    #expect(!judge("So the image is [−14, −2, −7].", "\\begin{pmatrix} -2 \\\\ -14 \\\\ -7 \\end{pmatrix}"))
    #expect(judge("$\\boxed{[3, 4]}$", "\\begin{pmatrix} 3 \\\\ 4 \\end{pmatrix}"))
    #expect(!judge("$\\boxed{[3, 4]}$", "\\begin{pmatrix} 3 & 4 \\end{pmatrix}"))
}

@Test func roundSeventyThreeFractionWordsAndChineseAbbreviatedNumbers() {
    // Denominators in words from thirteenths to twentieths.
    #expect(judge("1/5 + 2/3 = 3/15 + 10/15, so together they eat thirteen fifteenths of the pie.", "\\frac{13}{15}"))
    #expect(!judge("1/5 + 2/3 = 3/15 + 10/15, so together they eat thirteen fifteenths of the pie.", "13"))
    #expect(judge("So the answer is seven twentieths.", "\\frac{7}{20}"))
    #expect(judge("She finished thirteenth.", "13"))
    // A last digit right after a Chinese unit counts in the unit below it; after 零 it does not.
    #expect(judge("答案是七千五。", "7500"))
    #expect(judge("一共一万五人。答案：一万五", "15000"))
    #expect(judge("答案是一千零五。", "1005"))
    #expect(judge("答案是二十五。", "25"))
    #expect(!judge("答案是七千五。", "7005"))
}

/// Each response judged against a gold it answers (right) and a gold it does not (wrong).
private func expectRightAndWrong(_ cases: [(response: String, right: String, wrong: String)],
                                 sourceLocation: SourceLocation = #_sourceLocation) {
    for item in cases {
        #expect(judge(item.response, item.right), "\(item.response) against \(item.right)", sourceLocation: sourceLocation)
        #expect(!judge(item.response, item.wrong), "\(item.response) against \(item.wrong)", sourceLocation: sourceLocation)
    }
}

@Test func roundSeventyFourChancesBoundsScalesAndPythonPrintouts() {
    expectRightAndWrong([
        // A chance in number words is the fraction, in a sentence about a chance or as an extracted answer.
        ("So the chance is one in six.", "\\frac{1}{6}", "\\frac{1}{4}"),
        ("The answer is one in four.", "\\frac{1}{4}", "\\frac{1}{5}"),
        // A one-sided bound in words against an interval gold, strict or not as written.
        ("The answer is all values greater than 2.", "(2,\\infty)", "[2,\\infty)"),
        ("The answer: x is at least -1", "[-1,\\infty)", "(-1,\\infty)"),
        // Scale words of more languages: Spanish billón is 10^12, Vietnamese tỷ 10^9.
        ("Đáp án: 3 tỷ", "3000000000", "3"),
        // A German point with thin spaces around the bar; TeX's {n \choose k}.
        ("Der Schnittpunkt ist $S(2\\,|\\,5)$.", "(2,5)", "(5,2)"),
        ("So the answer is ${10 \\choose 3}$.", "120", "720"),
        // After code, `**` is Python's power, not Markdown bold.
        ("```python\nprint(summation(k**2, (k, 1, n)))\n```\nSo the maximum is n**3/3 + n**2/2 + n/6.",
         "\\frac{n(n+1)(2n+1)}{6}", "\\frac{n(n+1)}{2}"),
        // A closing code span after a lead holds the answer, sympy's printed forms read as math.
        ("```python\nprint(Interval(-oo, 0))\n```\nThe range is `Interval(-oo, 0)`.", "(-\\infty, 0]", "(-\\infty, 0)"),
        ("```python\nprint(v)\n```\nSo $\\mathbf{v}$ = `Matrix([[-1/3], [2/3], [5/3]])`.",
         "\\begin{pmatrix} -1/3 \\\\ 2/3 \\\\ 5/3 \\end{pmatrix}", "\\begin{pmatrix} 2/3 \\\\ -1/3 \\\\ 5/3 \\end{pmatrix}"),
        ("```python\nprint(solve(y**3 - 8*y - 8, y))\n```\nThe unordered set is `{-2, 1 - sqrt(5), 1 + sqrt(5)}`.",
         "\\{1\\pm\\sqrt{5},-2\\}", "\\{1+\\sqrt{5},-2\\}"),
        ("```python\nprint(div(x**6 - 3, x + 1))\n```\nThe quotient is `x**5 - x**4 + x**3 - x**2 + x - 1` (the remainder is -2).",
         "x^5 - x^4 + x^3 - x^2 + x - 1", "-2"),
        // sympy's imaginary unit after a multiplication sign; backticks around a whole answer mark it as code.
        ("The answer is $6 + 9*I$.", "6+9i", "9+6i"),
        ("**Result:** `[-18, -49, 96]`", "\\begin{pmatrix} -18 \\\\ -49 \\\\ 96 \\end{pmatrix}",
         "\\begin{pmatrix} -18 \\\\ 49 \\\\ 96 \\end{pmatrix}"),
    ])
    #expect(judge("The probability is three out of eight.", "\\frac{3}{8}"))
    #expect(!judge("He has one in six.", "\\frac{1}{6}"))
    #expect(judge("Respuesta: 2 billones", "2000000000000"))
    #expect(judge("Respuesta: 1 billón", "1000000000000"))
    #expect(!judge("Answer: 2 billion", "2000000000000"))
    #expect(judge("Also liegt der Scheitelpunkt bei $S(2{,}5 \\mid -1)$.", "\\left(\\frac{5}{2},-1\\right)"))
    #expect(judge("The **total** is 12.", "12"))
    #expect(judge("```python\nprint(Interval.Ropen(1, 3))\n```\nThe set is `Interval.Ropen(1, 3)`.", "[1,3)"))
    // A next question cut off by the token limit is a few-shot continuation; a question the model repeated is not an answer.
    #expect(judge("Tom has 3 apples and buys 4 more, so he has 7.\n\nQuestion: Sam has 9 pens and gives away", "7"))
    #expect(!judge("Question: Tom has 3 apples and buys 4 more.\nQuestion: Sam has 9 pens and gives away", "4"))
}

@Test func roundSeventyFiveFactorialsOptionsSectionsAndBoldValuesBeforeWords() {
    expectRightAndWrong([
        // In a fraction, a factorial sign after a space belongs to what precedes it.
        ("The number of paths is $\\binom{2n}{n}$.", "$\\frac{(2 n) !}{n ! n !}$", "$\\frac{(2 n) !}{n !(n+1) !}$"),
        // The one circled option number a last sentence names, before its value.
        ("정답은 ② $3^{20}$입니다.", "\\text{(B)}", "\\text{(C)}"),
        // "together with all its permutations" lists the orderings.
        ("So the ordered solutions are $(2,3,6)$ together with all its permutations.",
         "$(2,3,6),(2,6,3),(3,2,6),(3,6,2),(6,2,3),(6,3,2)$", "$(1,2,3),(1,3,2),(2,1,3),(2,3,1),(3,1,2),(3,2,1)$"),
        // An align environment that closes the response: its last line's last side.
        ("Collecting terms:\n\n\\begin{align*}\nd &= \\frac{1}{2^6}\\binom{7}{3} \\\\\n  &= \\displaystyle \\frac{35}{64}\n\\end{align*}",
         "\\frac{35}{64}", "\\frac{1}{64}"),
        // The one bold value of a last line that only names what it counts after it.
        ("Jenny gives away 15 of her 40 stickers.\n\nShe has **twenty-five** stickers left!", "25", "40"),
        ("Each ticket costs $5 and parking is $12, so for n tickets the total cost is\n\n**C = 12 + 5n** dollars.", "5n+12", "5n"),
        // The marker of a numbered list's first item is no bare answer.
        ("1. The tank gets 5,000 gallons.\n2. They use 3,000 gallons.\n3. Remaining: 2,000 gallons.\n\n**2,000 gallons** are left in the tank.",
         "2000", "1"),
        // Korean 영하 (below zero) is a minus sign.
        ("처음 기온은 2도였고 8도 내려가서 −6도, 아침에 3도 올라 −3도가 되었습니다.\n\n따라서 아침 기온은 영하 3도입니다.", "-3", "3"),
        // The section under a Final Answer heading, before a summary section.
        ("## Solution\n\n3 bags × 12 = 36 apples; 8 eaten, 4 given away.\n\n### ✅ Final Answer\n**24 apples** remain.\n\n### Summary\n- Started with 36\n- Removed 12 in total",
         "24", "12"),
        // Bold italics are bold.
        ("- From (1): $x = 4$\n- From (2): $y = 5$\n\n*Therefore* ***x + y = 9***", "9", "4"),
    ])
    // A spaced "!" that ends a French sentence stays a sentence's end.
    #expect(judge("C'est 42 !", "42"))
}

@Test func roundSeventySixBoldValuesAfterLabelsCurrenciesAndHTML() {
    expectRightAndWrong([
        // A sentence after an answer label that sets its value in bold at its end.
        ("**Final Answer:** The remainder when the product is divided by $1000$ is **321**.", "321", "1000"),
        // Indian grouping after the rupee's sign; `US$` and `\textdollar` are dollar signs.
        ("Monthly savings: ₹12,500 × 10 = ₹1,25,000\n\nSo Priya will have saved **₹1,25,000** by the end of October.", "125000", "12500"),
        ("You'll receive **US$216.00**.", "216", "200"),
        ("$$\\boxed{\\textdollar 4.50}$$", "\\$4.50", "\\$4.05"),
        // HTML tags as the Markdown they stand for.
        ("<p>The smallest is <b>64</b>.</p>\n<p><strong>Final answer:</strong> 64</p>", "64", "8"),
        // A one-letter unit symbol after the value is a unit when the gold has one (units convert then).
        ("On the map 5 cm stand for 250,000 cm.\n\n**Answer:** 2500 m", "2.5 \\text{ km}", "25 \\text{ km}"),
        // An answer line left as an empty box gives way to the text after it.
        ("**Answer:** $\\boxed{}$\n\nBy inclusion–exclusion, $50 + 45 - 60 = 35$.\n\nThe number of students who play both sports is 35.", "35", "60"),
    ])
}

@Test func roundSeventySevenBoldAfterLabelsAndBoldWordLines() {
    expectRightAndWrong([
        // A bold value after "is" in the sentence after an answer label, with words after it.
        ("1. 80 emails a day; 16 need no reply.\n2. 64 × 5 = 320.\n\n**Final answer:** He responds to 64 emails each day, which is **320 emails** over the 5-day work week.",
         "320", "64"),
        // A last line of one to three bold words is the word answer; a bold label is not.
        ("Since 91 = 7 × 13, it is not prime.\n\n**No**", "\\text{No}", "\\text{Yes}"),
    ])
    #expect(!judge("Since 91 = 7 × 13.\n\n**Answer**", "91"))
    // A reasoning model's `</think>` does not make `0<b>a` in its math an HTML tag.
    #expect(judge("<think>\nIf 0<b>a then a is positive.\n</think>\nSo a = 3.", "3"))
}

@Test func roundSeventyEightListsInOtherLanguagesConditionsAndChecks() {
    expectRightAndWrong([
        // "and" of Bengali, Japanese and Swahili between values of one name; tuples joined the same way.
        ("x² + 2x − 3 = 0\n⇒ (x − 1)(x + 3) = 0\n\nসমাধান: x = ১ এবং x = −৩", "1,-3", "-3"),
        ("よって、解は x = 1 と x = 3 です。", "1,3", "3"),
        ("(x − 3)(x + 3) = 0\nMajibu ni x = 3 na x = −3.", "3,-3", "-3"),
        ("t = 1, 2 なので、(x, y) = (1, 2) と (2, 1) です。", "(1,2),(2,1)", "(2,1)"),
        // An Arabic letter as the name of two values; three numbers joined by one word each.
        ("إذن الحلان هما: س = ٣ و س = −٢", "3, -2", "-2"),
        ("بنابراین عوامل اول ۳۰ عبارت‌اند از ۲ و ۳ و ۵.", "\\{2,3,5\\}", "5"),
        ("The prime factors of 30 are 2 and 3 and 5.", "\\{2,3,5\\}", "5"),
        // Inequalities joined by another language's "or".
        ("x² − 2x − 3 > 0 ⇔ (x + 1)(x − 3) > 0\n\nÇözüm: x < −1 veya x > 3", "(-\\infty,-1)\\cup(3,\\infty)", "(3,\\infty)"),
        // Thai "negative", Korean fractions, Turkish lira, km/hr after a bold value.
        ("ลดลง 8 องศา: 2 − 8 = −6 องศา\n\nดังนั้นอุณหภูมิตอนเช้าคือ ติดลบ 3 องศาเซลเซียส", "-3", "3"),
        ("전체 6칸 중 2칸이 색칠되어 있으므로 2/6 = 3분의 1입니다.\n\n답: 3분의 1", "\\frac{1}{3}", "3"),
        ("Aylık kira 300 TL, bir yılda 12 · 300 = 3.600 TL ödenir.\n\nCevap: 3.600 TL", "3600", "300"),
        ("180 ÷ 2.5 = **72 km/hr**", "72", "180"),
        // Conics and parity in Russian and Greek.
        ("Уравнение x²/9 − y²/4 = 1 содержит квадраты с разными знаками.\n\nЭто уравнение задаёт гиперболу.", "\\text{hyperbola}", "\\text{ellipse}"),
        ("f(−x) = x² − x, που δεν ισούται ούτε με f(x) ούτε με −f(x).\n\nΆρα η f δεν είναι ούτε άρτια ούτε περιττή.", "\\text{neither}", "\\text{odd}"),
        // A total named after the items an answer phrase lists.
        ("She buys 5 apples and 3 oranges.\n\nThe answer is 5 apples and 3 oranges, for a total of 8 fruits.", "8", "5"),
        // A check cut off by the token limit after the value it checks.
        ("The garden bed needs 350 pounds of soil and each bag holds 25 pounds: 350 ÷ 25 = 14.\n\nSo she needs 14 bags of soil.\n\nLet me double-check: 14 × 25 = 350 pounds, and",
         "14", "350"),
        // An equation set to zero, then the condition that solves it.
        ("Setting the derivative equal to zero gives \\(4x + 6 = 0\\), so the vertex is at \\(x = -\\frac{3}{2}\\).", "-\\frac{3}{2}", "0"),
        ("$\\cos x = 0$ exactly when $x = \\frac{\\pi}{2} + n\\pi, \\; n \\in \\mathbb{Z}$.", "x = \\frac{\\pi}{2} + k\\pi", "x = k\\pi"),
        // A product of two names after `=`; a function alone on the last line before its domain.
        ("The area of the triangular sail is A = bh/2.", "\\frac{1}{2}bh", "bh"),
        ("Plugging in y = 0 and then x = 0 shows f(0) = 0 and f(x) = x.\n\nf(x) = x for all real x.", "$f(x)=x$", "$f(x)=0$"),
        // A re-read of the problem after the box turns from it.
        ("The space diagonal is $\\sqrt{24} = \\boxed{2\\sqrt{6}}$.\n\nHmm, let me re-read the problem. The dimensions are $2$, $4$ and $3$. Then the diagonal is $\\sqrt{29}$.\n\nThe answer is $\\sqrt{29}$.",
         "\\sqrt{29}", "2\\sqrt{6}"),
    ])
    // Boxes side by side that close the response answer all of them; two choice letters joined by Vietnamese "and".
    #expect(!judge("Factoring, $(x-3)(x-4)=0$.\n\n**Final Answer**\n$\\boxed{3}$ $\\boxed{4}$", "4"))
    #expect(judge("Factoring, $(x-3)(x-4)=0$.\n\n**Final Answer**\n$\\boxed{3}$ $\\boxed{4}$", "3, 4"))
    #expect(!judge("Cả hai phương án A và C đều cho giá trị gần bằng 3,14.\n\nChọn đáp án A và C.", "\\text{(A)}"))
    // "Neither even nor odd" in another language names no parity by its last word.
    #expect(!judge("f(−x) = x² − x.\n\nLa función no es ni par ni impar.", "\\text{odd}"))
    #expect(!judge("f(−x) = x² − x.\n\nf ist weder gerade noch ungerade.", "\\text{odd}"))
    // A check that names other numbers than the value before it is reasoning cut off, not a check of an answer.
    #expect(!judge("Then the difference is at least $2^{1009}$ in absolute value if the pairing argument works. Now we check the pairing for the top bit: numbers in $[2^{2016}, 2^{2017})$ are", "2^{1009}"))
}

@Test func roundSeventyNineEarlierBatchesMisses() {
    expectRightAndWrong([
        // A function named alone with ≡ takes the argument the next listed function writes.
        ("Both check out.\n\nThe solutions are $f \\equiv -1$ and $f(x) = x + 1$.", "$f(x)=-1$,$f(x)=x+1$", "$f(x)=x+1$"),
        // "and" of Japanese between two answers after a label; full-width brackets around a pair with a minus sign.
        ("答え：$f(x) = -1$ および $f(x) = x + 1$", "$f(x)=-1$,$f(x)=x+1$", "$f(x)=-1$"),
        ("两式相加得 $3x = 6$，所以 $x = 2$，代入得 $y = -1$。\n\n所以交点坐标为（2，−1）。", "(2,-1)", "-1"),
        // A bold temperature below zero; a bold relation whose value has no digit.
        ("It dropped 10 degrees overnight: 6 − 10 = −4.\n\nSo by morning it was **4 degrees below zero**.", "-4", "4"),
        ("The period of $\\sin(bx)$ is $\\frac{2\\pi}{|b|}$. With $b = 2$:\n\n**Period = π**", "\\pi", "2"),
        // Bullets that set one name after a bold label; a function after a short label, before its domain.
        ("$$x^2 - 2x - 18 = 0$$\n\n---\n\n**Real roots:**\n- $x = 1 + \\sqrt{19}$\n- $x = 1 - \\sqrt{19}$", "1 \\pm \\sqrt{19}", "1 - \\sqrt{19}"),
        ("Substituting $f(x) = cx$ forces $c = 2$.\n\n**Conclusion:** f(x) = 2x for all positive reals x.", "$f(x)=2 x$", "2"),
        // A Markdown heading opened by "####" marks no answer.
        ("#### Solve $x^3 = 2$\n\n$$x = 2^{1/3}$$", "\\sqrt[3]{2}", "2"),
    ])
}

@Test func roundSeventyNineAnswerTagsStepsAndOtherLanguages() {
    expectRightAndWrong([
        // The last answer tag of a reasoning model's format.
        ("<think>\nFirst: 2x = 11, x = 11/2. Second: 4x = 1, x = 1/4. Largest is 11/2.\n</think>\n<answer>\\frac{11}{2}</answer>", "\\frac{11}{2}", "\\frac{1}{4}"),
        // An answer phrase that announces the display on the next line.
        ("The answer is the sum of the first $n$ squares:\n\n$$\\frac{2n^3 + 3n^2 + n}{6}$$", "$\\frac{n(n+1)(2 n+1)}{6}$", "n^2"),
        // "or" and "and" of more languages between values of one name.
        ("Rovnici x² + x − 6 = 0 rozložíme na (x − 2)(x + 3) = 0.\n\nOdpověď: x = 2 nebo x = −3", "-3,2", "-3"),
        ("x² = 9, tehát\n\nVálasz: x = 3 vagy x = −3", "\\pm 3", "3"),
        ("(x − 2)(x − 8) = 0 என்பதால்,\n\nவிடை: x = 2 அல்லது x = 8", "2, 8", "8"),
        ("Mula sa (2x − 1)(x + 3) = 0:\n\nAng mga solusyon: x = 1/2 at x = −3", "\\frac{1}{2}, -3", "\\frac{1}{2}"),
        ("Tedy x − 3 = 0, x − 7 = 0 nebo 2x − 10 = 0.\n\nOdpověď: x = 3, x = 5 a x = 7", "3, 5, 7", "7"),
        ("Como x + y = 5 e xy = 6, x e y são raízes de t² − 5t + 6 = 0.\n\nResposta: (2, 3) e (3, 2)", "(2,3),(3,2)", "(2,3)"),
        // Rupiah, Ukrainian parity, Persian weekdays.
        ("Total = 5 × Rp250.000 = Rp1.250.000.\n\nJawaban: Rp1.250.000", "1250000", "250000"),
        ("f(−x) = −f(x), тобто функція\n\n**Відповідь:** непарна", "\\text{odd}", "\\text{even}"),
        ("۱۰۰ روز بعد از یکشنبه: ۱۰۰ = ۷ × ۱۴ + ۲\n\nپاسخ: سه\u{200C}شنبه", "\\text{Tuesday}", "\\text{Monday}"),
        // A looping model's repeated line said once; steps one relation a line end with the solved name.
        ("x=3,y=-4\nx=3,y=-4", "(3,-4)", "(3,4)"),
        ("2x - 1 ≤ 5\nx ≤ 3", "(-\\infty, 3]", "(-\\infty, 5]"),
        ("٢س + ٩ = ٣\n٢س = −٦\nس = −٣", "x=-3", "x=3"),
        // A pair with π spelled out; a numbered question a model makes up after its box is not read.
        ("The point (0,3) is on the positive y-axis, so theta = pi/2.\nThe polar coordinates are (3, pi/2).", "\\left( 3, \\frac{\\pi}{2} \\right)", "(3, \\pi)"),
        ("The midpoint is ((2+6)/2, (4+8)/2) = \\boxed{(4,6)}\n\nQuestion 2: Find the midpoint of (1,1) and (3,3).\nAnswer: (2,2)", "(4,6)", "(2,2)"),
        // A Ukrainian "no, stop" corrects the box.
        ("Числа: 1, 2, 3, 4, 5. Отже, \\(\\boxed{5}\\).\n\nНі, стоп, я забув врахувати число 0. Отже, правильна відповідь — 6.", "6", "5"),
    ])
    // "x = 4 at x = −1" in Tagalog lists both roots, so neither alone is the answer.
    #expect(!judge("Kaya (x − 4)(x + 1) = 0.\n\nSagot: x = 4 at x = −1", "x=4"))
    // A correction that names the denied value after ", not" answers the value before it.
    #expect(!judge("So $4 \\cdot 3 \\cdot 2 = \\boxed{24}$\n\nHmm, actually re-reading, the problem says letters may repeat, so $4^3 = 64$. So the correct count is $64$, not 24.", "24"))
    #expect(judge("#### 42", "42"))
}

@Test func roundEightyChineseClausesFullWidthFormsAndClosingAsides() {
    expectRightAndWrong([
        // A Chinese clause after the value: when it is reached, another quantity of it.
        ("$f(x)=x^2-3x=\\left(x-\\frac{3}{2}\\right)^2-\\frac{9}{4}$。\n综上，所求最小值为 $-\\frac{9}{4}$，当 $x=\\frac{3}{2}$ 时取得。", "-\\frac{9}{4}", "\\frac{3}{2}"),
        ("抛三次硬币，恰好两次正面的概率为 $\\frac{3}{8}$。\n故所求概率为 $\\frac{3}{8}$，其对立事件的概率为 $\\frac{5}{8}$。", "\\frac{3}{8}", "\\frac{5}{8}"),
        // Full-width forms: a minus sign after a full-width comma, a slash, a letter chosen by 选; 、 between numbers.
        ("配方得 $y=(x-5)^2-7$，所以抛物线的顶点坐标为（5，－7）。", "(5,-7)", "-7"),
        ("六个面中只有一个是 6，所以所求概率为 １／６。", "\\dfrac{1}{6}", "6"),
        ("当 $n=4$ 时不满足；逐一检验可知 n 的所有取值为 1、2、3。", "1, 2, 3", "3"),
        ("两边展开后同类项全部抵消，所以答案是零。", "0", "1"),
        // A function joined to the list by "and the constant function".
        ("The solutions are $f(x) = x + 1$ and the constant function $f(x) = -1$.", "$f(x)=-1$,$f(x)=x+1$", "$f(x)=x+1$"),
        // A closing parenthesis that compares two amounts or restates the amount in another currency.
        ("Xavier: 51 inches.\nCole: 52 inches.\n\nCole is 1 in. taller than Xavier (52 in vs 51 in).", "1", "51"),
        ("Publisher B: 500 × 10 cents = 5000 cents\nTotal: 2500 + 5000 = 7500 cents ($75.00)", "7500", "75"),
        // A choice letter in bold after "option is", with its content after a colon.
        ("The correct option is **A**: $x = 2$.", "\\text{(A)}", "\\text{(B)}"),
    ])
    #expect(judge("综上所述，故答案选 Ｄ。", "\\text{(D)}"))
    #expect(!judge("B 和 D 都正确，选 B 和 D。", "B"))
}

@Test func roundEightyOneJSONAnswersForeignNamesAndNeither() {
    expectRightAndWrong([
        // A JSON object's "answer" member, its string escapes decoded.
        ("{\"answer\": -8, \"explanation\": \"The y-intercept is found by setting x = 0: y = 3(0) + 8 = 8.\"}", "-8", "8"),
        ("```json\n{\"answer\": \"$\\\\begin{pmatrix} -7 \\\\\\\\ 16 \\\\\\\\ 5 \\\\end{pmatrix}$\"}\n```", "(-7, 16, 5)", "(-7, 16, 6)"),
        // "Since the question asks for m + n" after a box turns from it.
        ("So the probability of landing on $10$ is $\\boxed{\\dfrac{1}{2}}$.\n\nSince the question asks for $m+n$ with $\\frac{m}{n} = \\frac12$, the answer is $1 + 2 = 3$.", "3.0", "\\frac{1}{2}"),
        // R$ in a box, the Russian cotangent, "neither" in French after an answer label.
        ("Com 20% de desconto, o livro sai por $0{,}8P = 28{,}80$, logo $P = 36$.\n\n$$\\boxed{\\text{R\\$ }36{,}00}$$", "36", "28.8"),
        ("$\\frac{\\cos x}{\\sin x}$.\n\nОтвет: $\\operatorname{ctg} x$.", "\\cot x", "\\tan x"),
        ("$f(-x) = x^2 + x \\neq f(x)$ et $\\neq -f(x)$.\n\nRéponse : ni paire ni impaire.", "\\text{neither}", "\\text{odd}"),
    ])
}

@Test func roundEightyTwoComputedResultsSolvedEquationsAndSubscripts() {
    expectRightAndWrong([
        // A computed result in the closing line, before the givens it restates.
        ("Maria gave away $\\frac{3}{10}$ of her 50 stickers, which is $15$ stickers.\n$50 - 15 = 35$.\n\nTherefore Maria has 35 stickers left. She started with 50.", "35", "50"),
        ("Cho hiked 14 × 8 = 112 km.\nChloe hiked 9 × 5 = 45 km.\nDifference: 112 − 45 = 67 km.\n\nSo Cho hiked 67 kilometers farther than Chloe, who stopped after 5 hours.", "67", "5"),
        // ... but not a value the line states, an amount in two units, or a remainder written with its quotient.
        ("Solving: $m = 7$, $n = 3$.\n\nSo she has taken 3 quizzes so far, and the mean of her quiz scores currently is 7.", "7", "3"),
        ("37 cookies shared among 5 friends: 37 ÷ 5 = 7 remainder 2.\n\nEach friend gets 7, and there are 2 cookies left over.", "2", "7"),
        // A bold number that opens the last line.
        ("Multiples of 3: 33. Multiples of 5: 20. Multiples of 15: 6.\n\n33 + 20 − 6 = 47\n\n**47** integers between 1 and 100 are divisible by 3 or 5.", "47", "5"),
        // "exactly when" solves the equation before it.
        ("$\\tan x = 1$ exactly when $x = \\frac{\\pi}{4} + n\\pi$, $n \\in \\mathbb{Z}$.", "$x=\\frac{\\pi}{4}+k \\pi$", "1"),
        // A one-character subscript with or without braces.
        ("Chasing angles,\n\n$\\angle BEA_1 = 90^\\circ$ and $\\angle AEB_1 = 90^\\circ$.", "$\\angle B E A_{1}=90$,$\\angle A E B_{1}=90$", "$\\angle B E A_{1}=45$,$\\angle A E B_{1}=90$"),
    ])
}

@Test func roundEightyThreeFunctionsInProseExtremesAndRejectedBoxes() {
    expectRightAndWrong([
        // A function after a lead-in of words, before the domain it holds on.
        ("Trying f(x) = cx gives c²y = 2cy, so c = 2.\n\nTherefore the only solution is f(x) = 2x for all positive reals x.", "$f(x)=2 x$", "2"),
        // Extremes in closing bullets, each with where it is reached.
        ("Completing the square, $f(x) = (\\sin x - 1)^2 + 1$.\n\n- Minimum value: $1$ (at $\\sin x = 1$)\n- Maximum value: $5$ (at $\\sin x = -1$)", "5,1", "5"),
        // A bare name that a "where" clause defines after the value.
        ("Expanding gives\n\n$$AF^2 + BF^2 + CF^2 = 3R^2,$$\n\nwhere $R$ is the circumradius.", "3R^2", "R"),
        // A name with one value, then another value of it.
        ("So $x = \\pi/6$ and $5\\pi/6$.", "\\frac{\\pi}{6}, \\frac{5\\pi}{6}", "\\frac{5\\pi}{6}"),
        // A box rejected in a parenthesis after the answer's box.
        ("The answer is $\\boxed{8}$ (the other root, $\\boxed{-8}$, is rejected because a side length must be positive).", "8", "-8"),
        // After "the question asks for the perimeter", the sentence that says what the perimeter is.
        ("So the area is $\\boxed{10}$.\n\nHowever, the question asks for the perimeter, not the area. The perimeter is $4\\sqrt{10}$.", "4\\sqrt{10}", "10"),
        // A computed result before a given, with an aside in parentheses.
        ("In 4 weeks that's 21 × 4 = 84 eggs.\nSince a dozen is 12 eggs, 84 ÷ 12 = 7.\n\nClaire will eat 7 dozen eggs (84 eggs) in 4 weeks.", "7", "4"),
    ])
}

@Test func roundEightyFourCisFormsChecksAndReasonsAfterTheValue() {
    expectRightAndWrong([
        // cis form, in radians or in degrees.
        ("Multiplying moduli and adding arguments:\n$$2\\operatorname{cis}20^\\circ \\cdot \\operatorname{cis}40^\\circ = \\boxed{2\\operatorname{cis} 60^\\circ}.$$", "1+i\\sqrt{3}", "1-i\\sqrt{3}"),
        ("$|2 - 2i| = 2\\sqrt{2}$ and the argument is $-\\frac{\\pi}{4}$, so the answer is $2\\sqrt{2}\\operatorname{cis}\\left(-\\frac{\\pi}{4}\\right)$.", "2 - 2i", "2 + 2i"),
        // A check clause after the value, and a closing identity.
        ("Therefore $z = 3 + 2i$, and as a check $\\overline{z} = 3 - 2i$, so $z + \\overline{z} = 6$ ✓.", "3+2i", "3-2i"),
        ("$3x - 7 = 8 \\implies 3x = 15 \\implies x = 5$.\n\nSo $x = 5$.\n\n$8 = 8$ ✓", "5", "8"),
        // A line that gives the reason after a display.
        ("$$\\operatorname{proj}_{\\mathbf b}\\mathbf a = \\frac{8}{49}\\begin{pmatrix} 2 \\\\ 6 \\\\ 3 \\end{pmatrix}$$\nsince $\\|\\mathbf b\\|^2 = 4 + 36 + 9 = 49$.", "\\begin{pmatrix} 16/49 \\\\ 48/49 \\\\ 24/49 \\end{pmatrix}", "49"),
        // Extremes stated as sentences of the last line.
        ("Write $f(x) = (\\sin x - 1)^2 + 1$.\n\nMinimum value: $1$ (at $\\sin x = 1$). Maximum value: $5$ (at $\\sin x = -1$).", "5,1", "5"),
        // A boxed inequality, then its largest integer.
        ("Solving, $3x - 5 < 16$ gives $3x < 21$, so $\\boxed{x<7}$.\n\nThe largest integer satisfying this is $6$.", "6", "7"),
        // The clause after ", so" holds the answer, not a condition.
        ("Their combined speed is 100 km/h and they start 250 km apart, so they meet after $t = 2.5$ hours.", "$t=\\frac{5}{2}$", "250"),
        // A bold number in words before what it counts, with a number of its own.
        ("The primes less than 60 are 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59.\n\nThere are **seventeen** primes less than 60.", "17", "60"),
    ])
}

@Test func roundEightyFiveLostBracesThousandsAndClausesAfterTheValue() {
    expectRightAndWrong([
        // A last box whose closing brace was lost at the end of the response.
        ("Comparing the equation for $m$ and $m+1$ shows $f(n) = 2n + c$. Substituting back gives $c = 1007$.\n\n$\\boxed{f(n)=2n+1007", "$f(n) = 2 n+1007$", "1007"),
        // A k right after the digits is a thousand.
        ("First three weeks: 36,000 bars\n\nWeek 4: 50,000 − 36,000 = 14k bars", "14,000", "14"),
        // A name set to a constant after "So" in plain text.
        ("The sine function is on its midline and decreasing at an argument of π, so we need 3·0 + c = π.\n\nSo c = π", "\\pi", "0"),
        // A name with a value, then more values after a comma and a foreign "and".
        ("Bu aralıktaki tam sayılar: $x = -1$, $0$ ve $1$.", "-1,0,1", "0, 1"),
        // A difference of subscripted names names its value.
        ("The maximal difference works out to\n\n$$a_{2018} - a_{2017} = \\frac{2016}{4068289}.$$", "$\\frac{2016}{2017^{2}}$", "\\frac{2017}{2016}"),
        // A which-clause that computes another quantity from the value.
        ("Each box holds 6 cookies, so she needs $\\frac{84}{6} = 14$ more boxes, which will cost $14 \\times \\$3 = \\$42$ in total.", "14", "42"),
        // "So the correct count is …" after a box, and a counterfactual aside that corrects nothing.
        ("So $d(360) = \\boxed{32}$.\n\nListing them confirms 24 divisors. So the correct count is 24.", "24", "32"),
        ("Every ordering is distinct, so the number of ways is $5! = \\boxed{120}$.\n\n(If the seats were around a round table we would divide by $6$... no, by $5$, to get $24$, but that's not the situation here.)", "120", "24"),
        // "…, and since X, Y": the reason leads to the value after it.
        ("So the sequence has period 3, and since $2002 \\equiv 1 \\pmod 3$, $z_{2002} = z_1 = 274i + 1$.", "1+274i", "3"),
        // A label in \text{} names the value.
        ("由题意，所求概率为 $\\text{答案} = \\dfrac{3}{4}$", "\\frac{3}{4}", "\\frac{1}{4}"),
    ])
}

@Test func roundEightySixAuxiliaryNamesAndTheValueAfterIs() {
    expectRightAndWrong([
        // Values of one name after a value of another, auxiliary name.
        ("Let $t = \\log_{10} x$; then $t^2 = 4$, so $t = \\pm 2$ and $x = 100$ or $x = 0.01$.", "$100,\\frac{1}{100}$", "2"),
        // An answer sentence with other math before its value: the value after its last "is".
        ("Completing the square gives the vertex.\n\n**Answer:** The range of $f(x)=x^2-4x+7$ is $[3, \\infty)$.", "[3,\\infty)", "[4,\\infty)"),
    ])
}

@Test func roundEightySevenBracedSignsBoldExtremesExtraBoxesAndNegativeMoney() {
    expectRightAndWrong([
        // A sign in braces is the sign.
        ("Hence the slope of the tangent line is $\\boxed{{-}\\frac{1}{2}}$.", "-\\frac12", "\\frac12"),
        // Extremes on lines opened by a bold label.
        ("With $s = \\sin x \\in [-1,1]$, $f = (s-1)^2 + 1$.\n\n**Maximum:** $5$ (at $\\sin x = -1$)\n**Minimum:** $1$ (at $\\sin x = 1$)", "5,1", "5"),
        // A box offered for completeness after the answer's box.
        ("The area of the rectangle, which is what the question asks for, is $\\boxed{36}$; for completeness, its perimeter is $\\boxed{26}$.", "36", "26"),
        // A minus sign before the dollar sign.
        ("She had $40 in her account and the $55 charge went through, so 40 − 55 = −15.\n\nHer account is overdrawn by $15, so the balance is −$15.", "-15", "15"),
    ])
}

@Test func roundEightyEightPointsApproximationsSumsAndClosingLabels() {
    expectRightAndWrong([
        // "…, or about …" and a multiple of π with its unit words before its approximation.
        ("The probability of rolling a sum of 7 is $\\frac{6}{36}$.\n\nThe final answer is 1/6, or about 16.7%.", "\\frac{1}{6}", "\\frac{1}{7}"),
        ("The ring has area 49π − 36π = 13π square feet, about 40.8 sq ft.", "13\\pi", "40"),
        // The one point of the last sentence against a point gold; the origin named in words.
        ("Completing the square: $(x-2)^2 + (y+3)^2 = 16$. The center is $(2, -3)$ and the radius is $4$.", "(2,-3)", "(-2,3)"),
        ("Setting $x^2 = \\sqrt{x}$ gives $x = 0$ or $x = 1$, so the curves intersect at the origin and at $(1,1)$.", "(0,0),(1,1)", "(0,0),(1,2)"),
        // A sum with its bounds in braces is no computation; a plain sum with an ellipsis is its closed form.
        ("So the quotient is $\\displaystyle \\sum_{k=0}^{8} x^k$.", "x^8+x^7+x^6+x^5+x^4+x^3+x^2+x+1", "x^8+1"),
        ("The rows hold 1, 2, …, n blocks, so the total is 1 + 2 + ... + n = n(n + 1)/2 blocks.", "\\frac{n(n+1)}{2}", "n(n-1)/2"),
        // A bold choice letter that closes the response.
        ("In cylindrical coordinates, $z = c$ fixes the height. That's a circle at height $c$.\n\n**(B)**", "\\text{(B)}", "\\text{(C)}"),
        // A value stated as "actually" the answer after the box; "where it equals"; a count before its list.
        ("Slope $m = \\dfrac{1-4}{5-3} = \\boxed{\\dfrac{3}{2}}$.\n\nLet me double-check the sign: the numerator is negative, so the slope is actually $-\\frac{3}{2}$.", "-\\frac{3}{2}", "\\frac{3}{2}"),
        ("The maximum of $\\arccos$ on the range is attained at $x = 0$, where it equals $\\pi/2 \\approx 1.5708$.", "\\frac{\\pi}{2}", "0"),
        ("We need $25k^2 < 2023$, so $k \\le 8$.\n\nThus there are 8 such squares: $25, 100, 225, 400, 625, 900, 1225, 1600$.", "8", "1600"),
        // A spaced ratio after names; extremes separated by a semicolon; a name set by a chain beside another name.
        ("There are 12 boys and 16 girls. Dividing both by 4:\n\nBoys : Girls = 3 : 4", "3:4", "4:3"),
        ("Write $f(x) = (\\sin x - 1)^2 + 1$.\n\nMinimum value: $1$; maximum value: $5$.", "5,1", "5"),
        ("Adding gives $13a = 39$, so $a = 3$ and $b = 1$.\n\nThus $x = 10^3 = 1000$ and $y = 10$.", "$10^{3},10$", "10"),
        // An operation the problem defines, applied to numbers.
        ("So $9 \\& 2 = \\tfrac{3\\sqrt{3}}{4}$.", "\\frac{3\\sqrt{3}}{4}", "\\frac{\\sqrt{3}}{4}"),
        // An interval whose endpoints are named again; two numbers after a closing "between".
        ("The width has to be at least 3 cm and at most 7 cm, so x can be anywhere from 3 to 7, including both 3 and 7.", "[3,7]", "(3,7)"),
        ("Since $36 < 40 < 49$, $\\sqrt{40}$ lies between 6 and 7.", "6\\text{ and }7", "7"),
    ])
    // A response cut off in a sentence that names a number answers nothing.
    #expect(!judge("<think>\nLet's denote the minimal number of moves by f(n).\n\nOK so maybe the answer is 17? Let me verify by checking the n=4 case with the recursion f(n) = 3f(n-1) + 2. f(1)=2, f(2)=8, f(3)=26, f(4) = 80. That doesn't give 17 at all, so for the actual question which asks for the number of moves to transfer", "17"))
}

@Test func roundEightyNineNamedOrdersRatiosUnitsAndLateCorrections() {
    expectRightAndWrong([
        // Values given to one-letter names in alphabetical order answer a bare list in that order; names in another
        // order or subscripted names (roots) keep the set reading.
        ("Comparing with $T^3 + bT + c$: $\\boxed{b = -3,\\ c = 0}$", "-3,0", "0,-3"),
        ("Solving the system: $w = 16, a = 1, b = 1, d = 3$.", "16,3,1,1", "16,3,1,2"),
        ("By the quadratic formula, $x_1 = 2,\\quad x_2 = -3$.", "-3, 2", "2, 3"),
        // "or" between two groups with no space around it, in an OlympiadBench gold.
        ("From $a + b = 13$ and $ab = 36$:\n\n$$\\boxed{(4,9),\\ (9,4)}$$", "$(9,4)or(4,9)$", "$(9,4)or(3,9)$"),
        // A gold that sets a ratio of names to a ratio of values.
        ("Their areas are in the ratio $2^2 : 3^2$.\n\n$$\\boxed{4:9}$$", "$S_1:S_2=4:9$", "$S_1:S_2=2:3$"),
        // A percentage named as a decrease against a bare negative gold.
        ("After a 20% drop and a 20% rise the price is $0.96P$.\n\nSo the net change is a **4% decrease**.", "-4", "-20"),
        // siunitx units; square brackets around a point that cannot be an interval.
        ("\\[ v = \\frac{240\\ \\si{\\km}}{4\\ \\si{\\hour}} \\]\n\\(\\boxed{60\\ \\si{\\km\\per\\hour}}\\)", "60", "240"),
        ("At t = 2: x = 2³ + 7 = 15, y = −3(4) − 6(2) − 5 = −29.\n\nThe point is [15, −29].", "(15,-29)", "[-29,15]"),
        // "So actually …" and "But wait …" after an answer phrase, "— wait" inside the sentence after a box.
        ("Answer: 24 minutes.\n\nLet me verify. Cooking takes 12 + 4 = 16 minutes, so the total is 12 + 16 = 28 minutes, not 24.\n\nSo actually the total time is 28 minutes.", "28", "24"),
        ("Since $x^2 = 16$, the answer is 4.\n\nBut wait, $x = -4$ also satisfies $x^2=16$, and nothing says $x>0$. So $x = \\pm 4$.", "\\pm 4", "4"),
        ("So there are \\boxed{17} such primes.\n\nListing them: 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73 — wait, the problem needs primes strictly greater than 11. Removing it leaves 16 primes, so the correct count is 16.", "16", "17"),
        // A count in the first sentence before "Here's why".
        ("There are 8 of them. Here's why: a square divisible by $5$ is $25k^2$, and $25k^2 < 2023$ gives $k \\le 8$.\n\nThe next one, $45^2 = 2025$, is too big.", "8", "2025"),
    ])
}

@Test func roundNinetyIdentitiesExceptionsLateCorrectionsAndStepReferences() {
    expectRightAndWrong([
        // A function's name set by \equiv after that function's value at an argument.
        ("Therefore $f(x) = x + 1$ or $f \\equiv -1$.", "$f(x)=-1$,$f(x)=x+1$", "$f(x)=x+1$"),
        // "all real $x$ except $x = 3$", with the name in math.
        ("The function is undefined only where $x - 3 = 0$, so the domain is all real $x$ except $x = 3$.", "(-\\infty,3)\\cup(3,\\infty)", "(-\\infty,3)"),
        // A Vietnamese correction after a box; a cut-off correction that names no value.
        ("Ta có $a + b = 5$ và $ab = 6$.\nVậy đáp án là $\\boxed{2}$.\n\nÀ không, tôi tính nhầm ở bước cuối: đề hỏi $b$ là số lớn hơn, nên $b = 3$.\n\nĐáp án đúng là $3$.", "3", "2"),
        ("So the answer is 3125.\n\nActually, let me double-check by multiplying: $32\\times3125=100000$ ✓. So $x=$", "3125", "32"),
        // An Arabic percent sign written first.
        ("نسبة الناجحين $= \\frac{12}{30} \\times 100$\n\nالإجابة: ٪٤٠", "40", "12"),
        // A value before a clause that points back to a step.
        ("Each line makes a $45^\\circ$ angle with the $x$-axis.\n\nThe angle between the line and the $x$-axis is 45 degrees, which we verified in Step 3.", "45", "3"),
    ])
}

@Test func roundNinetyOneFormulasBeforeTheirUnits() {
    expectRightAndWrong([
        // A formula in plain text before the words of its unit.
        ("The colony doubles every hour: 100, 200, 400, … After n hours there are\n\n100 × 2ⁿ bacteria.", "100 \\cdot 2^n", "2^n"),
        ("The fence goes around the whole garden: two lengths and two widths.\n\nFencing needed = 2l + 2w feet", "2(l+w)", "l+w"),
    ])
}

@Test func roundNinetyTwoElidedConsecutivePowers() {
    expectRightAndWrong([
        // A sum of consecutive powers with the middle elided, against the polynomial written out (either order).
        ("So the quotient is $\\boxed{x^8+x^7+\\cdots+x+1}$.", "x^8 + x^7 + x^6 + x^5 + x^4 + x^3 + x^2 + x + 1", "x^7+x^6+x^5+x^4+x^3+x^2+x+1"),
        ("The sum is $\\boxed{1+x+x^2+\\dots+x^5}$.", "1+x+x^2+x^3+x^4+x^5", "1+x+x^5"),
    ])
}

@Test func roundNinetyThreeChainsChecksNamesAndSolvedEquations() {
    expectRightAndWrong([
        // An order chain written with `>` against the gold's chain with `<`.
        ("Since $f$ grows away from $x=1$,\n$$f(4) > f(-1) > f(2).$$", "f(2) < f(-1) < f(4)", "f(4) < f(-1) < f(2)"),
        // A closing sentence that checks the answer ("This matches, since …").
        ("Setting exponents equal,\n\n$$3x = 9 \\quad\\Longrightarrow\\quad x = 3$$\n\nThis matches, since $2^{3 \\cdot 3} = 512 = 8^3$.", "3", "512"),
        // The model setting itself another exercise after its answer.
        ("So the answer is 7.\n\nNow let's try another one: What is $4 \\cdot 5$? The answer is 20.", "7", "20"),
        // A name in the last sentence beside a place ("from Mumbai"), and a clause with a comparative before its numbers.
        ("Priya: 120 / 3 = 40\nTomas: 150 / 4 = 37.5\n\nSo Priya from Mumbai earns the most per hour.", "\\text{Priya}", "\\text{Tomas}"),
        ("Ana: 40 × 12 = 480\nBen: 34 × 15 = 510\n\nBen earns more, by $30 per week.", "\\text{Ben}", "\\text{Ana}"),
        // Arabic "or" between two values of one name.
        ("بتحليل المعادلة: $(x-3)(x-5)=0$\n\nإذن الحلول هي x = 3 أو x = 5", "3, 5", "5"),
        // A Vietnamese "when" after the value it conditions.
        ("$(x-1)^2 + 2 \\ge 2$ với mọi $x$.\n\nGiá trị nhỏ nhất là 2, đạt được khi $x = 1$.", "2", "1"),
        // "No such n exists." against a yes/no gold.
        ("Cubes mod 9 are 0, 1 or 8, so $n^3 + 4$ is never divisible by 9.\n\nNo such $n$ exists.", "\\text{No}", "\\text{Yes}"),
        // A remark in parentheses after `\quad` that says in words which root goes.
        ("Squaring gives $x^2 - x - 6 = 0$, so $x = 3$ or $x = -2$.\n\n$$x=3 \\quad (x=-2 \\text{ is extraneous})$$", "x=3", "x=-2"),
        // A lone name before "with" and the relation that bounds it, inline or displayed on the next line.
        ("The orbit has period 2 exactly when $\\mu > 2$, and we need $\\mu \\le 6$. So the answer is all $\\mu$ with $2 < \\mu \\le 6$.", "(2,6]", "[2,6]"),
        ("The map has a 2-cycle exactly when $k > 1$, and we need $k \\le 5$. So the answer is all $k$ with\n$$1 < k \\le 5.$$", "(1,5]", "[1,5]"),
        // The equation before "and" that the last value (`x = …`, `r \approx …`) solves is no item of the list.
        ("Clearing denominators, $3x^2 - 7x + 2 = 0$ and\n$$x = \\frac{1}{3} \\text{ or } x = 2.$$", "\\left\\{\\frac{1}{3}, 2\\right\\}", "2"),
        ("We need $(1 + r/100)^2 = 1.2$, so $1 + r/100 \\approx 1.0954$ and $r \\approx 9.5\\%$.", "9.5", "1.0954"),
        // The quotient named with its divisor ("the quotient when dividing by $x - 1$ is …") beside the remainder.
        ("Since $x^3 - 1 = (x - 1)(x^2 + x + 1)$, the quotient when dividing by $x - 1$ is\n$$x^2 + x + 1,$$\nwith remainder $0$.", "x^2+x+1", "x^2-x+1"),
        // Assignments of the same names in turn, against a gold of tuples.
        ("**Answer:** $x=1,y=4$ or $x=4,y=1$.", "(1,4),(4,1)", "(1,4),(4,2)"),
    ])
}

@Test func roundNinetyFourRootsDurationsSeparatorsAndLabels() {
    expectRightAndWrong([
        // Values of one name against a gold that numbers its roots (`y_1`, `y_2`).
        ("Factoring, $(y-4)(y+3)=0$.\n\n$$\\boxed{y = 4 \\text{ or } y = -3}$$", "$y_1=4, y_2=-3$", "$y_1=4, y_2=3$"),
        // A chain that goes on from the words before it with `=`, before an approximation.
        ("Each turn covers $8\\pi$ cm.\n\nSpeed $= \\frac{3}{4}\\cdot 8\\pi = 6\\pi$ cm/s $\\approx 18.8$ cm/s.", "6\\pi", "18.8"),
        // An approximation the answer phrase then gives exactly.
        ("Two of the three outcomes work.\n\nMy answer: about 0.67, i.e. exactly $\\frac{2}{3}$.", "\\frac{2}{3}", "0.6"),
        // A value spent, sold or earned over a duration stated after it.
        ("Lunch costs $8.50 a day, so 5 × $8.50 = $42.50.\n\nMaya spends $42.50 on lunch over 5 days.", "42.50", "5"),
        ("Each batch has 90 rolls, and there are 4 batches: 4 × 90 = 360.\n\nSo the bakery sold 360 rolls in 4 days.", "360", "4"),
        // An ideographic comma and semicolons between listed values.
        ("因式分解得 $(x-1)(x-2)(x-4)=0$。\n\n所以方程的根为 $x=1$、$x=2$ 和 $x=4$。", "1, 2, 4", "2, 4"),
        ("$x^2 < 5$ nên các giá trị nguyên là $-2$; $-1$; $0$; $1$ và $2$.", "-2,-1,0,1,2", "-1,0,1"),
        // Rounds of the same names separated by semicolons, against a gold of tuples.
        ("Checking each divisor of 8:\n\nSo the solutions are $m=1,n=8$; $m=2,n=4$; and $m=4,n=2$.", "(1,8),(2,4),(4,2)", "(1,8),(2,4)"),
        // A Cyrillic option label.
        ("Проверяем: А) 8 — нет, Б) 10 — нет, В) 12 — да.\n\nОтвет: В) $12$", "\\text{(C)}", "\\text{(B)}"),
        // `\textdegree` as a degree sign.
        ("Each angle of an equilateral triangle is $\\boxed{60\\textdegree}$.", "60^\\circ", "30^\\circ"),
        // A closing "This indeed satisfies …" check.
        ("Setting $h(x) = g(x) - 3x$ one finds $h \\equiv 0$, so\n$$g(x) = 3x \\quad \\text{for all } x > 0.$$\nThis indeed satisfies $g(x + g(y)) = g(x) + 3y$.", "g(x)=3x", "g(x)=x"),
        // A second `####` after "Hmm, … but the question asks …".
        ("3 boxes × 12 = 36 eggs.\n#### 36\nHmm, 36 is the total, but the question asks how many are left: 36 − 9 = 27.\n#### 27", "27", "36"),
    ])
}

@Test func roundNinetyFourRestatementThatContradictsTheValue() {
    // A value restated in two units that give another amount ("1.5 hours, i.e. 1 hour 50 minutes") answers neither.
    #expect(!judge("The trip is 90 miles at 60 mph, so it takes 90 / 60 = 1.5 hours, i.e. 1 hour 50 minutes.", "1.5"))
    #expect(judge("The trip is 90 miles at 60 mph, so it takes 90 / 60 = 1.5 hours, i.e. 1 hour 30 minutes.", "1.5"))
}

@Test func roundNinetyFiveBoxesChecksNamesAndUnits() {
    expectRightAndWrong([
        // A framed box is a box.
        ("$\\framebox{12}$ minutes", "12", "21"),
        ("Each guest gets $\\frac{24}{8} = 3$ slices, so the answer is $\\framebox{3}$.", "3", "8"),
        // An earlier segment that already approximates is no exact value before the last approximation.
        ("From $(1+r)^3 = 1.331$ we get $1+r\\approx 1.1$, so the yearly growth is about $10\\%$.", "10", "1.1"),
        ("The mean is $\\frac{127}{30} \\approx 4.23$, so to the nearest tenth it is $\\approx 4.2$ kg.", "4.2", "4.23"),
        // A check sentence that goes on to state the answer concludes.
        ("By symmetry, if $(p,q)$ works so does $(q,p)$. Checking $p \\le q$ leaves $(1,4)$ only, so the complete list is $(1,4)$ and $(4,1)$.", "(1,4),(4,1)", "(1,4)"),
        ("Squaring gives $x = 0$ or $x = 3$. Checking, $x = 0$ fails, so the only solution is $x = 3$.", "3", "0"),
        // Tuples named by a tuple of letters, and "all of its permutations".
        ("**Answer:** $(p,q,r)=(2,3,4)$ up to order, i.e. any permutation of $(2,3,4)$.", "(2,3,4),(2,4,3),(3,2,4),(3,4,2),(4,2,3),(4,3,2)", "(2,3,5),(2,5,3),(3,2,5),(3,5,2),(5,2,3),(5,3,2)"),
        ("So the solutions are $(1, 1, 2)$ together with all of its permutations.", "(1,1,2),(1,2,1),(2,1,1)", "(1,2,2),(2,1,2),(2,2,1)"),
        // Numbered roots of one name on both sides, in any order.
        ("By Vieta the roots are $4$ and $-1$.\n\n$$\\boxed{x_1 = -1,\\ x_2 = 4}$$", "$x_1=4, x_2=-1$", "$x_1=4, x_2=1$"),
        // A gold that sets one name, answered among the values of other names.
        ("Subtracting the equations gives $2y = 6$.\n\nAnswer: $x=5,\\ y=3$", "y=3", "y=5"),
        // A display followed by a lower-case condition line.
        ("Therefore the maximum value is\n\\[\n\\frac{25}{4}\n\\]\nattained at $t = \\frac{5}{2}$.", "\\frac{25}{4}", "\\frac{5}{2}"),
        // The ohm's sign and a known unit in parentheses.
        ("$$\\boxed{R = 2.5\\,\\Omega}$$", "2.5", "25"),
        ("The distance fallen after $t$ seconds is\n\n$$d = 5t^2 \\text{ (meters)}.$$", "d(t)=5t^2", "d(t)=10t^2"),
        // A list whose every value has the same unit; an interval "between" with units.
        ("Let the rates be $v$ and $v+4$: $3v + 3(v+4) = 60$ gives $v = 8$.\n\n$$\\boxed{8\\text{ km/h}, 12\\text{ km/h}}$$", "8, 12", "8, 16"),
        ("The side must be between 3 cm and 7 cm inclusive.", "[3, 7]", "[3, 8]"),
        // The sum of the named parts after a boxed fraction (AIME's m+n).
        ("So the probability is $\\frac{14}{33}$, i.e. $\\boxed{\\frac{14}{33}}$.\n\nHence $m = 14$, $n = 33$, and $m + n = 47$.", "47", "\\frac{14}{33}"),
        // A reading of the question after the box that gives another value.
        ("The perimeter is $2(5 + 3) = \\boxed{16}$ cm.\n\nThe question asks for the area, which is $5 \\times 3 = 15$.", "15", "16"),
    ])
}

@Test func roundNinetyFiveClausesPhrasesAndIntervals() {
    expectRightAndWrong([
        // The value before ", which is" and its difference from another amount.
        ("So Tom needs $\\frac{5}{6}$ kg of flour in all, which is $\\frac{1}{3}$ kg more than the $\\frac{1}{2}$ kg he has.", "\\frac{5}{6}", "\\frac{1}{2}"),
        // An answer phrase of words that closes with one math segment.
        ("**Answer:** the parabola and the line do not meet exactly when $c<-2$.", "(-\\infty,-2)", "(-2,\\infty)"),
        // A count before "such" and the relation its things satisfy.
        ("Counting residues, there are 412 such $n \\le 1000$.", "412", "1000"),
        // Sentences that only say it is not possible, against a yes/no gold.
        ("Squares are $0$ or $1 \\pmod 3$, so the sum is never $2 \\pmod 3$.\n\n**Answer:** It is impossible.", "\\text{No}", "\\text{Yes}"),
        // An interval with outward brackets and a comma, written with \left and \right.
        ("Pour la droite, $x^2 < 5$.\n\n$S = \\left]-\\sqrt5,\\ \\sqrt5\\right[$", "(-\\sqrt{5}, \\sqrt{5})", "[-\\sqrt{5}, \\sqrt{5}]"),
        ("The digits sum to $21$, which is divisible by $3$, so no split works. It is not possible.", "\\text{No}", "\\text{Yes}"),
    ])
}

@Test func roundNinetySixRemarksLabelsUnitsAndYesNo() {
    expectRightAndWrong([
        // Two boxes of assignments with LaTeX spacing, against a gold of pairs.
        ("So the solutions are\n$$\\boxed{m = 1,\\ n = 4} \\quad \\text{and} \\quad \\boxed{m = 4,\\ n = 1}$$", "(1,4),(4,1)", "(1,4),(4,2)"),
        // A remark in parentheses after the boxed value.
        ("The vertex gives the minimum.\n\n$$\\boxed{-7 \\text{ (attained at } x = 2)}$$", "-7", "2"),
        // A solution set said to be empty.
        ("The discriminant is negative, so there is no real root. The solution set over $\\mathbb{R}$ is empty.", "\\emptyset", "\\{1\\}"),
        // ", so yes," in a last sentence with no other answer.
        ("Colouring the board like a chessboard shows both halves balance, so yes, such a tiling exists.", "\\text{yes}", "\\text{no}"),
        // A final-answer sentence whose math span is broken over lines.
        ("Two of the nine outcomes work.\n\nThe final answer is $\n\\frac{2}{9}\n$", "\\frac{2}{9}", "\\frac{1}{9}"),
        // "Hmm, recomputing …" corrects the answer before it.
        ("The answer is $\\textbf{(A)}\\ 4$.\n\nHmm, recomputing with the right side length, the perimeter is $6$, so $\\textbf{(C)}\\ 6$ is correct.", "\\text{(C)}", "\\text{(A)}"),
        // An option's label before its content, against a gold that names the content.
        ("Only $y$ is squared, so the curve is a parabola: $\\boxed{\\text{(B) Parabola}}$", "\\text{parabola}", "\\text{ellipse}"),
        // A box of words around one number.
        ("She still needs $30 - 18 = 12$.\n\n$\\boxed{\\text{She needs 12 more beads}}$", "12", "18"),
        // A unit after the one segment of an answer phrase.
        ("The car covers 600 m in 50 s, so its speed is $600/50 = 12$.\n\n**Answer:** $12$ km/h", "12", "12 \\text{ m/s}"),
    ])
    // An alternative in parentheses after the boxed value stays a hedge.
    #expect(!judge("$$\\boxed{12 \\text{ (or 13)}}$$", "12"))
}

@Test func roundNinetySevenLabelsWordsRemarksAndDegrees() {
    expectRightAndWrong([
        // An equation's label in parentheses after "satisfies".
        ("Setting $g(x) = cx$ gives $c^2 = 3c$, so $c = 3$.\n\nTherefore $g(x) = 3x$ for all $x > 0$, and this function indeed satisfies (2).", "g(x)=3x", "g(x)=x"),
        // Parity in Russian (instrumental case) and Portuguese "nem".
        ("$f(-x) = -x^5 + x = -f(x)$.\n\nФункция является нечётной.", "\\text{odd}", "\\text{even}"),
        ("$g(-x) = x^2 - x$, que não é igual a $g(x)$ nem a $-g(x)$.\n\nA função não é par nem ímpar.", "\\text{neither}", "\\text{odd}"),
        // "Only the identity function works." as an answer phrase.
        ("Comparing values at primes, $f(p) = p$ for every prime, and then for every $n$.\n\n**Answer:** Only the identity function works.", "f(n)=n", "f(n)=2n"),
        // A remark "for completeness" after the value.
        ("The sum of the roots is 9, and for completeness their product is 14.", "9", "14"),
        // A computation between `m + n` and its value after a boxed value.
        ("Area $= \\frac12 \\cdot 4 \\cdot 7 \\cdot \\sin 60^\\circ = 7\\sqrt3$.\n\n$\\boxed{7\\sqrt{3}}$\n\nso $m + n = 7 + 3 = 10$.", "10", "7\\sqrt{3}"),
        // Degree signs after every listed value.
        ("The angles are $3x, 4x, 5x$ with $12x = 180^\\circ$, so $x = 15^\\circ$.\n\nThe angles measure 45°, 60°, and 75°.", "45^\\circ, 60^\\circ, 75^\\circ", "45^\\circ, 60^\\circ, 80^\\circ"),
    ])
}

@Test func roundNinetyEightPlusMinusTuples() {
    expectRightAndWrong([
        // A tuple under ± is the tuple and its negative, in the answer or in the gold.
        ("With $y = 3x$: $x^2 + 9x^2 = 10$, so $x = \\pm 1$.\n\n$\\boxed{\\pm(1, 3)}$", "(1,3),(-1,-3)", "(1,3),(-1,3)"),
        ("The two points are $(2, -1)$ and $(-2, 1)$.", "\\pm(2,-1)", "\\pm(2,1)"),
    ])
}

@Test func roundNinetyNineValuesOfOneNameInPlainText() {
    expectRightAndWrong([
        // Numbers each set to one and the same name in plain text, with their unit, are the name's values.
        ("Set $-5t^2 + 40t = 60$: $t^2 - 8t + 12 = 0$, so $(t-2)(t-6) = 0$.\n\nThe ball is 60 m high at t = 2 s and t = 6 s.", "2, 6", "6"),
        ("The tank holds 300 litres twice: at t = 4 min and t = 10 min.", "4, 10", "4, 12"),
    ])
}

@Test func roundHundredRenamingChoicesListsAndCounts() {
    expectRightAndWrong([
        // A variable renamed into the gold's name is no match where the response writes that name itself.
        ("Let the vertex be $(p, q)$, so $y = a(x-p)^2 + q$.\n\nThe sum of the two heights is therefore 2p.\n\n**Answer:** $2p$", "2p", "2q"),
        ("Write the line as $y = mx + c$ with slope $m$.\n\n$\\boxed{3m}$", "3m", "3c"),
        // A closing "I'll go with (D)." after an earlier answer phrase.
        ("Option B looks plausible at first, so the answer is B.\n\nBut B violates the bound when $x = 0$. I'll go with (D).", "\\text{(D)}", "\\text{(B)}"),
        // A last bold letter after a list of options.
        ("Converting to grams:\n(A) 0.5 kg = 500 g\n(B) 450 g\n(C) 0.45 kg = 450 g\n\nThe heaviest is **A**.", "\\text{(A)}", "\\text{(C)}"),
        // Several names set in bold, in any order.
        ("Checking each statement against the clues, only Priya and Omar are consistent: **Priya and Omar**.", "\\text{Omar, Priya}", "\\text{Omar, Lena}"),
        // Values of one name with a remark in parentheses after each.
        ("$h(t) = 0$ when $t^2 - 7t + 10 = 0$.\n\nThe stone is at that height at t = 2 s (rising) and t = 5 s (falling).", "2, 5", "5"),
        // "is 7 cm or 11 cm": both values; "are 50 km/h and 70 km/h": both values.
        ("Both triangles satisfy the conditions.\n\nThe third side is 7 cm or 11 cm.", "7, 11", "11"),
        ("Solving, the two trains travel at 50 km/h and 70 km/h.\n\nSo the speeds are 50 km/h and 70 km/h.", "\\{50, 70\\}", "\\{50, 60\\}"),
        // "Wait, the problem asks …" ending in a conclusion corrects the box.
        ("So the answer is $\\boxed{20}$.\n\nWait, the problem asks for the pairs with distinct entries, which removes the 4 pairs $(k, k)$.\n\nSo there are 16 such pairs.", "16", "20"),
        // A value with a squared unit before ", which is exactly a third of …".
        ("Thus the shaded region is 24 m², which is exactly a third of the 72 m² garden.", "24", "72"),
        // A set whose every element carries the same unit.
        ("The sides are $6$ cm, $8$ cm and $10$ cm.\n\nSo the side lengths are $\\{6\\text{ cm}, 8\\text{ cm}, 10\\text{ cm}\\}$.", "\\{6,8,10\\}", "\\{6,8,12\\}"),
        // Money in thousands written with k.
        ("Revenue: 25% of $320k = $80k. Costs: $30k.\n\n#### $50k", "50000", "50"),
        // "9 o'clock" is the hour 9.
        ("After 50 hours the hour hand has moved 2 hours past 7 o'clock.\n\nThe answer is 9 o'clock.", "9", "7"),
        // "there are no such integers" against a count of 0.
        ("Since $m^2 \\equiv 0, 1 \\pmod 4$, $m^2 + 2$ is never divisible by 4.\n\nSo there are no such integers $m$.", "0", "1"),
        // German "weder noch" is neither; a Vietnamese "final answer" label.
        ("Weder $g(-x) = g(x)$ noch $g(-x) = -g(x)$ gilt.\n\nAntwort: weder noch", "\\text{neither}", "\\text{even}"),
        ("Đáp số: 12 quả.\n\nKiểm tra lại: $12 \\times 3 = 36 \\neq 45$. Vậy phải là $45 \\div 3 = 15$ quả.\n\n**Đáp số cuối cùng: 15**", "15", "12"),
    ])
}

@Test func roundHundredOneRoundsTokensNamesAndBoldOpenings() {
    expectRightAndWrong([
        // Rounds of the same names joined by "or" in plain text.
        ("Substituting y = 5 − x into xy = 6 gives x^2 − 5x + 6 = 0, so x = 2 or x = 3.\n\nThe solutions are x = 2, y = 3 or x = 3, y = 2.", "(2,3), (3,2)", "(2,3)"),
        // End-of-turn tokens of chat templates after the answer (Phi-3, Gemma) and a closing `</s>`.
        ("The first prime after 40 whose digits sum to 11 is 47.\n\nAnswer: 47<|end|>", "47", "74"),
        ("Each of the 5 rows holds 9 seats.\n\nAnswer: 45<end_of_turn>", "45", "54"),
        ("Half of 84 is 42.\n\n#### 42</s>", "42", "84"),
        // "No." opening a short response against a `\text{no}` gold, with "not" in its reasons.
        ("No. Such a number cannot exist, because it would be odd and even.", "\\text{no}", "\\text{yes}"),
        // Names a last sentence lists after "are", in any order.
        ("Comparing the three calendars, the only evenings when everyone is free are Friday and Tuesday.", "\\text{Tuesday, Friday}", "\\text{Tuesday, Sunday}"),
        // A bold value before "Here's why:" is the answer, not a number of the explanation.
        ("**48 stickers.**\n\nHere's why: Mia starts with 30 stickers and buys 3 packs of 6, so 30 + 18 = 48. She then gives away 12 of her 60-sticker album's spaces to her brother.", "48", "12"),
    ])
}

@Test func roundHundredTwoCountsInchesAndChances() {
    expectRightAndWrong([
        // "Correct answers:" counts answers; it labels none.
        ("Correct answers: 18 out of 24 questions.\n\n18 ÷ 24 = 0.75\n\nHe got 75 percent of the questions right.", "75\\%", "18"),
        // The inch mark after a number.
        ("Each side of the square frame is 9\", so the perimeter is 4 × 9\" = 36\".\n\nThe answer is 36\".", "36", "9"),
        // A chance written "2 out of 5".
        ("Two of the five marbles are red.\n\nSo the probability of drawing a red marble is 2 out of 5.", "\\frac{2}{5}", "5"),
        // "350 more crates" is 350 ("more than 5" stays a bound).
        ("The farm needs 1,200 crates and has 850, so it needs 1,200 − 850 = 350 more.\n\n**Answer: 350 more crates this week**", "350", "850"),
    ])
    #expect(!judge("**Answer:** more than 5 apples", "5"))
}

@Test func roundHundredThreeScaleWordsEmptySetsAndHindiLists() {
    expectRightAndWrong([
        // Scale words of other languages after a number ("Rp2,5 juta").
        ("Setiap bulan ia menabung Rp250.000 selama 10 bulan.\n\nJadi, total tabungannya adalah Rp2,5 juta.", "2500000", "2.5"),
        // "The solution set is empty" in Portuguese.
        ("Como $x^2 + 4 > 0$ para todo $x$ real, nenhum número real satisfaz a equação; o conjunto solução é vazio.", "\\emptyset", "\\{-2, 2\\}"),
        // Two definitions joined by Hindi "तथा", with words after them.
        ("$x = 0$ रखने पर $f(0) = 0$ मिलता है।\n\nअतः $f(x) = 2x$ तथा $f(x) = -2x$ ही हल हैं।", "f(x)=2x, f(x)=-2x", "f(x)=2x"),
    ])
    // "mille" after a number is also the French mile: no scale there.
    #expect(judge("Il se trouve à 2,5 mille de son point de départ.", "2.5"))
}

@Test func roundHundredFourApproximationsAsidesSignsAndChances() {
    expectRightAndWrong([
        // Arithmetic left undone before ≈ (`π · 3^2`, `3.4 + 2.85`, an unreduced fraction): the approximation is the answer.
        ("The area is $\\pi r^2 = \\pi \\cdot 3^2 \\approx 28.27$ square units.", "28.27", "9\\pi"),
        ("So $p = 3.4 + 2.85 \\approx 6.3$.", "6.3", "6.25"),
        ("The discount is $\\frac{6}{48} \\approx 13\\%$ of the price.", "13\\%", "12.5\\%"),
        // A gold that is itself arithmetic left undone is answered by the exact side.
        ("The balance is $500 \\cdot 1.04^{5} \\approx \\$608.33$.", "500(1.04)^{5}", "500(1.04)^{6}"),
        // "Quick sanity check: …" closes as a check does; a "*Caveat:*" paragraph is an aside.
        ("So there are 48 chairs.\n\nQuick sanity check: with 6 rows of 8 each the hall seats 48, and 2 rows would hold 16.", "48", "16"),
        ("So the recipe needs **12 eggs** in all.\n\n*Caveat:* this assumes each batch uses 3 eggs, not 4.", "12", "4"),
        // A last sentence that opens as an aside ("By the way, …", "ちなみに、…").
        ("So the probability is 3/8. By the way, the chance of getting no heads is 1/8.", "\\frac38", "\\frac18"),
        ("よって、求める確率は 1/4 です。ちなみに、表が出ない確率は 3/4 です。", "\\frac14", "\\frac34"),
        // A bracket after an operator goes on with the math of an answer phrase.
        ("**Answer:** the largest value is $m^2 + (m+1)^2$.", "2m^2+2m+1", "m^2"),
        // "A" before a lower-case word, in an answer that names a choice in parentheses, is the article.
        ("Answer: A quick count gives 9, which is choice (D).", "\\text{(D)}", "\\text{(A)}"),
        // ", choice (B)" after the answer names its letter.
        ("Of the options, the answer is **16 km**, choice (B).", "\\text{(B)}", "\\text{(C)}"),
        // Names set with ± are the tuples of every choice of signs; with ∓ the signs go together.
        ("So $p = \\pm 2$, $q = \\pm 5$.", "(2,5),(2,-5),(-2,5),(-2,-5)", "(2,5),(-2,-5)"),
        ("Hence $u = 3 \\pm \\sqrt{2}$, $v = 3 \\mp \\sqrt{2}$.", "(3+\\sqrt2, 3-\\sqrt2), (3-\\sqrt2, 3+\\sqrt2)", "(3+\\sqrt2, 3+\\sqrt2), (3-\\sqrt2, 3-\\sqrt2)"),
        // An opening "No" taken back at once ("No, wait — yes").
        ("No, wait — yes, it is possible: take the triangle with sides 3, 4 and 5.", "\\text{yes}", "\\text{no}"),
        // A chance in Italian and French ("2 su 9", "1 chance sur 4").
        ("La probabilità è 2 su 9.", "\\frac29", "9"),
        ("La probabilité est de 1 chance sur 4.", "\\frac14", "4"),
        // The word "pi" after a number, or after `*`.
        ("The total angle turned is -3*pi radians.", "-3\\pi", "-3"),
        ("So the circumference is 10pi.", "10\\pi", "10"),
    ])
    // Hedged with a second value in parentheses, after "The final answer is" or with "possibly": neither value.
    #expect(!judge("The final answer is 6 (or 7 if the endpoint is counted).", "6"))
    #expect(!judge("Answer: 8 (or possibly 9 if ties count)", "8"))
    // A response cut off after a copula of another language states no answer.
    #expect(!judge("Primero sumamos 15 + 27 = 42 manzanas en total. Luego restamos las 8 que se comieron, así que el número de manzanas que quedan es", "42"))
    // An exact value that is a value (`9\\pi`) stays the answer before its approximation.
    #expect(judge("The area is $9\\pi \\approx 28.27$.", "9\\pi"))
}

@Test func roundHundredFiveTwoReadingsCorrectionsAndCyrillicLetters() {
    expectRightAndWrong([
        // A Cyrillic option letter alone after "Ответ:" is its Latin letter (В is the third).
        ("Ответ: В", "\\text{(C)}", "\\text{(B)}"),
        // "Correct count: 18." after an opening answer names the value that replaces it.
        ("Quick answer: 30.\n\nLet me recheck: 14 + 9 - 5 = 18 students take at least one class. I counted the 12 who take neither. Correct count: 18.", "18", "30"),
    ])
    // A `####` line after the box that gives another value is a second answer: neither alone.
    let boxThenHash = "The sum of the digits is $\\boxed{9}$.\n\nOr maybe they want the product: $2 \\cdot 3 \\cdot 4 = 24$.\n\n#### 24"
    #expect(!judge(boxThenHash, "9"))
    #expect(!judge(boxThenHash, "24"))
    #expect(judge("So $\\boxed{42}$.\n\n#### 42", "42"))
    // Two different boxes under "It depends …" answer two readings, neither alone; so does a closing "It depends …".
    #expect(!judge("It depends on whether the pair is ordered. If it is, there are $6 \\cdot 5 = \\boxed{30}$ pairs; if not, $\\binom{6}{2} = \\boxed{15}$.", "15"))
    #expect(!judge("- With simple interest: \\$2,200\n- Compounded yearly: \\$2,205\n\nIt depends on how the interest is paid.", "2205"))
    #expect(judge("The total is 42. It depends on nothing else.", "42"))
}

@Test func roundHundredSixNamesRangesUnitsOptionsAndUnsolvedEquations() {
    expectRightAndWrong([
        // Names after a value in its sentence say what the value is about.
        ("Hence $PA^2+PB^2 = 2R^2$, whatever the position of $A,B$.", "2R^2", "R^2"),
        ("So there is a **2 in 5** chance that $PQ$ and $RS$ meet.", "\\frac25", "5"),
        // An elided list of whole numbers is every term.
        ("The admissible values are $m = 3, 5, \\ldots, 11$.", "3,5,7,9,11", "3,5,7,9"),
        // A sign before a tuple signs every entry.
        ("Hence $(a,b) = \\pm(2,3)$.", "(2,3),(-2,-3)", "(2,3),(-2,3)"),
        // Roots numbered with subscripts are values of the name the gold sets.
        ("The roots are $x_1 = 2$ and $x_2 = -5$.", "x=2,\\ x=-5", "x=2,\\ x=5"),
        // The parameters an equation was found with, after `\quad`.
        ("$$g(x) = 3x - 4 \\quad (m=3,\\ c=-4)$$", "g(x)=3x-4", "g(x)=3x+4"),
        // A boxed equation still to solve, then the constant the last sentence states.
        ("Let $t = x + 1$; then $$\\boxed{t^2 - 9 = 0}$$ gives $t = 3$ (as $t > 0$).\n\nSo the required value of $x$ is $2$.", "2", "3"),
        // Thousands grouped in a tuple split by ", "; two lengths after "measure".
        ("The two prices are (1,500, 3,250).", "(1500, 3250)", "(1.5, 3.25)"),
        ("The sides measure 7 and 24.", "7, 24", "7, 25"),
        // Options listed in math with `\textbf{(B)}\ 4 \qquad`: the boxed value's letter.
        ("The options: $\\textbf{(A)}\\ 2 \\qquad \\textbf{(B)}\\ 4 \\qquad \\textbf{(C)}\\ 6$. We get $\\boxed{4}$.", "\\text{(B)}", "\\text{(C)}"),
        // A unit that goes on into a preposition stays with its number.
        ("The kettle takes 45 seconds to boil the water.", "45 \\text{ seconds}", "45 \\text{ minutes}"),
        // An adverb between the verb and a word answer.
        ("Each term pairs with another, so the product is always an even number.", "\\text{even}", "\\text{odd}"),
    ])
    // |x+5| is not x+5: the sample points reach below -5.
    #expect(!judge("$$\\sqrt{(x+5)^2} = x + 5$$", "|x+5|"))
    #expect(judge("$$\\sqrt{(x+5)^2} = |x + 5|$$", "|x+5|"))
    // An answer phrase on the line before a `####` marker with another number: two answers.
    #expect(!judge("The answer is 14.\n#### 16", "16"))
    #expect(!judge("The answer is 14.\n#### 16", "14"))
    #expect(judge("The answer is 16.\n#### 16", "16"))
    #expect(judge("Answer: 5 boxes cost \\$17.50, so the change is \\$2.50.\n#### 2.5", "2.5"))
    // "per" makes a rate, not a unit that goes on.
    #expect(judge("The car goes 60 miles per hour.", "60 \\text{ mph}"))
    // After a fraction not in lowest terms, the approximation stated next is the answer.
    #expect(!judge("The share is $\\frac{6}{8}$.\n\nThat is about 0.8.", "\\frac34"))
    #expect(judge("The share is $\\frac{3}{4}$.\n\nThat is about 0.8.", "\\frac34"))
    // A terminating decimal gold is exact: a rounding to fewer places is another number; a fraction's rounding stays.
    #expect(!judge("So the value is $\\boxed{0.4531}$.", "0.453125"))
    #expect(judge("So the value is $\\boxed{0.453125}$.", "0.453125"))
    #expect(judge("$\\boxed{0.3333}$", "\\frac13"))
    // A second value after a dash and "or possibly" hedges.
    #expect(!judge("So the answer is $n=4$ — or possibly $n=5$; I am not sure.", "n=4"))
    // A box whose letter and value name different options of the response's own list.
    #expect(!judge("(A) 3, (B) 5, (C) 7, (D) 9, (E) 11.\n\nThe count is 7, so $\\boxed{(B)\\ 7}$", "\\text{(B)}"))
    #expect(judge("(A) 3, (B) 5, (C) 7, (D) 9, (E) 11.\n\nThe count is 5, so $\\boxed{(B)\\ 5}$", "\\text{(B)}"))
    // A multiple of the name set to a number is an equation not yet solved; a line's equation stays one.
    #expect(!judge("Moving terms over, we get 5x = 20.", "x = 4"))
    #expect(judge("The horizontal line is $y - 3 = 0$.", "y = 3"))
}

@Test func roundHundredSevenApproximationsRetractionsAndClosingLines() {
    expectRightAndWrong([
        // Assignments of numbers on the closing lines, one a line, are a tuple in that order.
        ("Solving the system:\nu = 4\nv = -2\nw = 7", "(4,-2,7)", "(4,7,-2)"),
        // A short plain first line before its reasons.
        ("m = 3\n\nBecause 2^m = 8 and the exponents must match.", "3", "8"),
        // "(and no …)" denies the value after it.
        ("Every $n \\geq 3$ works (and no $n = 2$).", "n \\ge 3", "n = 2"),
        // Connectives of other languages inside `\text{}` list solutions, not a chain.
        ("$$x = 1 \\quad\\text{或}\\quad x = 4$$ 是方程的解，验证如下：代入后两边相等，所以两个都成立。", "1, 4", "4"),
        // The ideographic comma lists values; the Vietnamese answer phrase.
        ("答えは 2、4、6 です。", "2, 4, 6", "2, 4"),
        ("Gọi số đó là $n$, ta có $n + 5 = 20$ nên $n = 15$.\n\nVậy đáp án là 15.\n\nThử lại: $15 + 5 = 20$ ✓.", "15", "20"),
        // Turkish writes the percent sign first.
        ("Olasılık: %40", "0.4", "0.04"),
        // The last line of an align environment, with a clause in words after it.
        ("\\begin{align*}\nq &= \\frac{2}{10} \\\\\n  &= \\frac{1}{5},\n\\end{align*}\nwhich is the chance asked for.", "\\frac15", "\\frac{2}{10} + 1"),
    ])
    // A gold written as a terminating decimal: the approximation a response writes last answers it.
    #expect(!judge("As a decimal, $\\frac{5}{8} \\approx 0.63$.", "0.625"))
    #expect(judge("As a decimal, $\\frac{5}{8} = 0.625$.", "0.625"))
    #expect(!judge("$\\frac{1}{8} = 0.125 \\approx 13\\%$", "12.5\\%"))
    #expect(!judge("$\\sqrt{5} \\approx 1.73$", "1.73"))
    // An answer taken back after it, with no number after that, leaves no answer.
    #expect(!judge("So the answer is 35.\n\nWait, that's not right. Two of the cards are the same, so we", "35"))
    #expect(judge("So the answer is 35.\n\nWait, that's not right. Two of the cards are the same, so it is 30.", "30"))
}

@Test func roundHundredEightExceptionsAlternativesChecksAndIntegerSets() {
    expectRightAndWrong([
        // "all … except $k = 2$" is every value but 2.
        ("The matrix is invertible for all real numbers $t$ except $t = -1$.", "t \\neq -1", "t = -1"),
        // "or, if …" offers another reading with its own value: no condition on the first.
        ("Unordered: $\\binom{6}{2} = 15$, or, if the two prizes differ, $6 \\cdot 5 = 30$.", "30", "15"),
        // Two rounds of assignments joined by "and at".
        ("So the line meets the parabola at $x=0, y=0$ and at $x=2, y=4$.", "(0,0),(2,4)", "(2,4)"),
        // The whole numbers of a set-builder range.
        ("$$\\boxed{\\{n\\in\\mathbb{Z} : -2\\le n < 2\\}}$$", "-2,-1,0,1", "-2,-1,0,1,2"),
        // An opening answer followed by a verification keeps its value.
        ("Answer: 36.\n\nVerification. The divisors pair up as $1\\cdot 36$, $2\\cdot 18$, $3 \\cdot 12$ and $4\\cdot 9$, so $6^2 = 36$ has\n$9 = 4\\cdot 2 + 1$ divisors.", "36", "9"),
        // A closing pleasantry is no answer.
        ("The three parts add up to 12 + 15 + 18 = 45 pages.\n\nI hope this helps — let me know if you want the 2 chapters split too!", "45", "2"),
        // A remark after the box.
        ("So $|A \\cup B| = 40 + 25 - 10 = \\boxed{55}$.\n\n*Remark:* hence $100 - 55 = 45$ numbers are in neither set.", "55", "45"),
        // A boxed equation to solve, then "Therefore $n = …$".
        ("The condition reads\n$$\\boxed{30n = 600}$$\nTherefore $n = 20$.", "20", "600"),
    ])
    // "— unless …, in which case it would be …" hedges between two values.
    #expect(!judge("The 100th term is **7** — unless the count starts at zero, in which case it would be 9.", "7"))
}

@Test func roundHundredNineHedgesAfterABoxDisagreementsAndInches() {
    expectRightAndWrong([
        // Inches are a unit, so they meet the gold's unit; two values of one unit after "either … or".
        ("The shelf sits 9 inches from the floor.", "9 \\text{ inches}", "9 \\text{ ft}"),
        ("So the width is either 20 or 30 inches.", "20, 30", "30"),
    ])
    // A parenthesis right after the box that offers another value hedges between the two.
    #expect(!judge("So there are $\\boxed{8}$. (or 9 if zero counts)", "8"))
    #expect(judge("So there are $\\boxed{8}$.", "8"))
    // Two boxes whose methods disagree answer neither.
    #expect(!judge("First way: $\\boxed{14}$. Second way: $\\boxed{16}$. The two methods disagree, so one has a slip.", "16"))
}

@Test func roundHundredTenDimensionsPowersSignsAndWordsAroundValues() {
    expectRightAndWrong([
        // The power of a unit after math is no number of the answer.
        ("So the largest area is $\\frac{500}{\\pi}$ m².", "\\frac{500}{\\pi}", "2"),
        // A sum of powers of names names its value.
        ("Therefore $p^2 + q^2 = 29$.", "29", "2"),
        // Dimensions that close the response are the list of their lengths.
        ("So the patio is 9 m × 4 m.", "4, 9", "4"),
        ("The frame measures 12 in by 5 in.", "5 \\text{ in by } 12 \\text{ in}", "60"),
        // Scientific notation with a letter x.
        ("That is about 2.4 x 10^5 grains.", "240000", "5"),
        // A Greek name listed after a Latin one.
        ("In polar form: $r = 2$, $\\theta = \\frac{\\pi}{3}$.", "\\left(2, \\frac{\\pi}{3}\\right)", "\\frac{\\pi}{3}"),
        // A minus sign before the math's opening.
        ("So the least value is −$\\frac{7}{4}$.", "-\\frac{7}{4}", "\\frac{7}{4}"),
        // A size after the answer only describes it.
        ("Thus the product is $-\\mathbf{I}$, the negative of the $3\\times3$ identity matrix.",
         "\\begin{pmatrix} -1 & 0 & 0 \\\\ 0 & -1 & 0 \\\\ 0 & 0 & -1 \\end{pmatrix}", "3"),
        // Numbers in words: "since then" tells the time; below zero; dollars and cents.
        ("Three weeks have passed since then, so the puppy is now eleven weeks old.", "11", "3"),
        ("The coldest night was twelve degrees below zero.", "-12", "12"),
        ("After lunch she kept two dollars and forty cents.", "2.40", "40"),
        // Names set to one value together.
        ("**Answer:** $p = q = 3$", "3, 3", "3, 4"),
        // A value restated in brackets in another unit.
        ("The car's speed is 90 km/h (= 25 m/s).", "90", "25"),
        // "infinity" closing the last sentence.
        ("Each block of terms adds more than 1/2.\n\nSo the sum is infinity.", "\\infty", "2"),
        // A dialogue turn the model invents after its answer.
        ("So she has 14 stamps.\n\nHuman: And how many does her brother have?\n\nAssistant: He has 14 - 5 = 9 stamps.", "14", "9"),
        // The identity named E.
        ("Ответ: $2E$.", "\\begin{pmatrix} 2 & 0 \\\\ 0 & 2 \\end{pmatrix}", "\\begin{pmatrix} -1 & 0 \\\\ 0 & -1 \\end{pmatrix}"),
        // "or" of another script between inequalities in plain text.
        ("所以 x < −2 或 x > 5。", "(-\\infty,-2)\\cup(5,\\infty)", "(5,\\infty)"),
        // A number in words, then its digits in brackets.
        ("Ответ: сорок два (42).", "42", "24"),
        // A box that only shows the format gives way to the answer after it.
        ("I will write the final answer as, e.g. \\boxed{10}.\n\nThe multiples of 6 below 50 are 6, 12, 18, 24, 30, 36, 42, 48.\n\nThe answer is 8.", "8", "10"),
    ])
    // Another value offered in brackets a few words after the box, and a different answer phrase after `####`, hedge.
    #expect(!judge("So there are \\boxed{12} such pairs (or possibly 13, if the endpoints count).", "12"))
    #expect(!judge("Each box holds 6, so 5 boxes hold 30.\n#### 30\n\nFinal answer: 36", "30"))
    // A letter whose value the listed options give another letter names two options.
    #expect(!judge("Options: (A) 6 (B) 8 (C) 10 (D) 12\n\nAnswer: (C) 8", "\\text{(C)}"))
    // Dimensions are lengths, never the product of their numbers and letters.
    #expect(!judge("\\boxed{3 m by 12 m}", "4 m by 9 m"))
}

@Test func roundHundredElevenStepsConditionsListsAndAlternatives() {
    expectRightAndWrong([
        // A box that a computation goes on from is a step; the answer phrase after it answers.
        ("Step 1: $\\boxed{\\binom{6}{2}} = 15$ ways.\n\nStep 2: 4 ways. So $15 \\times 4 = 60$.\n\nThe answer is 60.", "60", "15"),
        // A clause whose subject is the result states it; a computation in a "when" clause is its result.
        ("The minimum of $x + 1/x$ occurs at $x=1$, where the value is $2$.", "2", "1"),
        ("They meet after $\\frac{60}{20+10} = 2$ hours, when Ben has walked $10 \\times 2 = 20$ km.", "20", "2"),
        // TeX's thin spaces around an operation the problem defines.
        ("Therefore $$5\\,\\star\\,3=\\frac{\\sqrt{8}}{2}.$$", "\\sqrt{2}", "3"),
        // The fraction slash.
        ("So the simplified form is **√2⁄2**.", "\\frac{\\sqrt{2}}{2}", "\\sqrt{2}"),
        // A lone letter answers with the option listed under it.
        ("(A) 1/3  (B) 1/2  (C) 2/3  (D) 3/4\n\nTwo of the three outcomes win.\nAnswer: C", "\\frac{2}{3}", "\\frac{1}{2}"),
        // A function's value after the equation that holds it among other terms.
        ("Then $5\\,q(3) - 2 = 8$, so $5\\,q(3) = 10$ and\n\n$$q(3) = 2.$$", "2", "10"),
        // Closing bullets that are groups, or numbered roots.
        ("So the solutions are:\n- $x = 1,\\ y = 2$\n- $x = 2,\\ y = 1$", "(1,2),(2,1)", "(1,2)"),
        ("- $x_1 = 2 + \\sqrt{3}$\n- $x_2 = 2 - \\sqrt{3}$\n\nBoth are real.", "2 \\pm \\sqrt{3}", "2 - \\sqrt{3}"),
        // A base in Chinese numerals.
        ("答案：75(八进制)", "75_8", "57_8"),
        // A check in brackets after a bold closing sentence.
        ("**Dana is 14 years old.** (Check: $14 + 3 = 17$ ✓.)", "14", "17"),
        // Values of one name before a reason; tuples each after their names.
        ("x = 5 or x = -5 because both square to 25.", "\\pm 5", "-5"),
        ("The solutions are (a, b) = (1, 3) and (a, b) = (3, 1).", "(1,3),(3,1)", "(3,1)"),
        // A count in words set in bold.
        ("- Day 2: 18 cm (taller than 10 cm)\n\nIt takes **two days** for the plant to pass the fence.", "2", "10"),
    ])
    // Another value under a condition after ", or", and another reading after "Alternatively", hedge.
    #expect(!judge("The answer is 12 apples, or 15 if the spoiled ones count.", "12"))
    #expect(!judge("So the answer is 24.\n\nAlternatively, if the two seats are the same, the answer would be $12$.", "24"))
    #expect(judge("So the answer is 24.", "24"))
}

@Test func roundHundredTwelveReasonsBeforeADisplayHyphensAndBarPoints() {
    expectRightAndWrong([
        // A reason that opens a clause after a comma is no item of a list with the display after it.
        ("Multiplying, $4xy \\cdot (L)(M) = 100$, and since $(L)(M) = 1$,\n$$xy = 25.$$", "25", "100"),
        // A hyphen between numbers is no minus sign.
        ("So AB = 13, and ABC is the familiar 5-12-13 right triangle.", "13", "-13"),
        // A point with a bar between its coordinates, in plain text.
        ("Der Schnittpunkt ist P(3 | −1).", "(3,-1)", "-1"),
    ])
}
