// The extraction pipeline: each rule, its order, policies that turn fallbacks off, and garbage input.
import Testing
@testable import GapScore

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
    #expect(AnswerExtractor.extract(response, policy: .gsm8k).answer == "50")
    #expect(AnswerExtractor.extract(response, policy: .gsm8k).rule == "last-number")
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
