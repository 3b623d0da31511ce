// The gold cache (bounded, thread-safe, never changing a verdict), the normaliser's byte-set pre-filter, and the
// judge's streamed output against its pair-by-pair output.
import Foundation
import GapCore
import Synchronization
import Testing
@testable import GapScore

@Test func goldMemoStaysWithinItsBoundsAndReturnsWhatItComputes() {
    let memo = GoldMemo<String>(capacity: 4, maximumKeyBytes: 8)
    var calls = 0
    let compute: (String) -> String = { calls += 1; return $0.uppercased() }
    for round in 0..<3 {
        for key in ["a", "b", "c"] { #expect(memo.value(key, compute) == key.uppercased()) }
        #expect(calls == 3, "round \(round): stored keys are computed once")
    }
    for index in 0..<10 {
        #expect(memo.value("k\(index)", compute) == "K\(index)")
        #expect(memo.count <= 4)
    }
    // A key longer than the bound is computed every time and never stored.
    let long = "123456789"
    let before = calls
    #expect(memo.value(long, compute) == long && memo.value(long, compute) == long)
    #expect(calls == before + 2)
    #expect(memo.count <= 4)
    memo.removeAll()
    #expect(memo.count == 0)
}

@Test func theGoldCacheIsBoundedAtItsCapacity() {
    let memo = GoldMemo<Int>()
    #expect(memo.capacity == 4096 && memo.maximumKeyBytes == 2048)
    for index in 0..<(memo.capacity + 100) { _ = memo.value(String(index)) { $0.count } }
    #expect(memo.count <= memo.capacity)
}

/// Every labelled case (all categories) judged with a cold cache, one case at a time: the uncached verdicts.
private func coldJudgments(_ cases: [JudgeCases.Case], scorer: GaprunScorer) -> [Judgment] {
    cases.map { item in
        GoldCache.removeAll()
        return scorer.judge(response: item.prediction, gold: item.gold, policy: .standard)
    }
}

@Test func cachedGoldsGiveTheSameVerdictsAsFreshOnes() {
    let cases = JudgeCases.categories.flatMap { JudgeCases.cases(category: $0) }
    #expect(cases.count > 500)
    let scorer = GaprunScorer()
    let cold = coldJudgments(cases, scorer: scorer)
    // Warm: every gold is in the cache (judged twice, in both orders), and other tests may fill or empty it meanwhile.
    for order in [Array(cases.indices), Array(cases.indices.reversed())] {
        for index in order {
            let warm = scorer.judge(response: cases[index].prediction, gold: cases[index].gold, policy: .standard)
            #expect(warm.correct == cold[index].correct && warm.extracted == cold[index].extracted
                    && warm.reason == cold[index].reason, "\(cases[index].id)")
        }
    }
    // Under other policies too (the percent policy changes the gold text that is parsed).
    for name in AnswerPolicy.named.keys.sorted() {
        let policy = AnswerPolicy.named[name]!
        for item in cases.prefix(300) {
            GoldCache.removeAll()
            let fresh = scorer.judge(response: item.prediction, gold: item.gold, policy: policy)
            let again = scorer.judge(response: item.prediction, gold: item.gold, policy: policy)
            #expect(fresh.correct == again.correct && fresh.reason == again.reason, "\(name) \(item.id)")
        }
    }
}

@Test func concurrentJudgingSharesTheCacheSafely() {
    let cases = Array(JudgeCases.categories.flatMap { JudgeCases.cases(category: $0) }.prefix(400))
    let scorer = GaprunScorer()
    let sequential = cases.map { scorer.judge(response: $0.prediction, gold: $0.gold, policy: .standard) }
    let results = Mutex<[Int: Judgment]>([:])
    DispatchQueue.concurrentPerform(iterations: 8) { worker in
        for index in stride(from: worker, to: cases.count * 2, by: 8) {
            let item = cases[index % cases.count]
            if index % 97 == 0 { GoldCache.removeAll() }
            let judgment = scorer.judge(response: item.prediction, gold: item.gold, policy: .standard)
            results.withLock { $0[index] = judgment }
        }
    }
    let all = results.withLock { $0 }
    #expect(all.count == cases.count * 2)
    for (index, judgment) in all {
        let expected = sequential[index % cases.count]
        #expect(judgment.correct == expected.correct && judgment.reason == expected.reason, "\(cases[index % cases.count].id)")
    }
}

@Test func byteSetsHoldExactlyTheirBytes() {
    let set = ByteSet([0, 63, 64, 127, 128, 191, 192, 255, 92])
    for byte in 0...255 {
        #expect(set.contains(UInt8(byte)) == [0, 63, 64, 127, 128, 191, 192, 255, 92].contains(byte), "\(byte)")
    }
    #expect(set.isSuperset(of: ByteSet([92, 255])) && !set.isSuperset(of: ByteSet([92, 1])) && set.isSuperset(of: ByteSet()))
    // The normaliser's filters line up with their patterns.
    #expect(Normalizer.removedBytes == Normalizer.removed.map { ByteSet($0) })
    #expect(Normalizer.spacingBytes.count == Normalizer.spacing.count)
    #expect(Normalizer.relationRewriteBytes == Normalizer.relationRewrites.map { ByteSet($0.0) })
    #expect(Normalizer.unicodeReplacementBytes == Normalizer.unicodeReplacements.map { ByteSet($0.0) })
}

@Test func everyNormaliserPatternStillRewrites() {
    // Each pattern the pre-filter guards, alone and inside other text, is still found: the filter only skips passes
    // that could not match.
    #expect(Normalizer.normalize("\\left( 3 \\right)").text == "( 3 )")
    #expect(Normalizer.normalize("x \\geq 2").text == "x \\ge 2")
    #expect(Normalizer.normalize("x >= 2").text == "x \\ge 2")
    #expect(Normalizer.normalize("\\dfrac{1}{2}").text == "\\frac{1}{2}")
    #expect(Normalizer.normalize("30^\\circ").text == "30")
    #expect(Normalizer.normalize("50\\%").hadPercent && Normalizer.normalize("50%").hadPercent)
    #expect(!Normalizer.normalize("50").hadPercent)
    #expect(Normalizer.normalize("x ≤ 3").text == "x \\le 3")
    #expect(Normalizer.normalize("1\\,000").text == Normalizer.normalize("1 000").text)
    #expect(Normalizer.normalize("\\$5").text == "5")
    #expect(Normalizer.normalize("a\\quad b").text == "a b")
}

@Test func streamedJudgeOutputEqualsThePairByPairOutput() throws {
    // Carried members written straight from the line must be the same bytes as through `JudgePair.carried`: escapes,
    // unicode, numbers as written, a duplicated key, verdict keys in the input, a key written with an escape.
    let path = try scratchFile("stream-pairs.jsonl", #"""
    {"id": "a\u00e9", "prediction": "\\boxed{27}", "gold": 27.0, "expected": true, "n": 1E+2}
    {"prediction": "The answer is 5.", "gold": "6", "correct": true, "reason": "old", "extracted": null}
    {"id": 7, "id": "dup", "prediction": "x = \ud83d\ude00 so \\boxed{\\frac12}", "gold": "\\frac{1}{2}", "tags": ["é", {"k": "\/"}]}
    {"prediction": "\\boxed{3}", "gold": "3", "a\u0062": 1, "ab": 2, "note": "tab\there"}
    {"gold": "4", "prediction": "4"}
    """#)
    let pairs = try PairJudging.readPairs(path: path)
    let (lines, _) = PairJudging.judge(pairs, scorer: GaprunScorer(), policy: .standard)
    var streamed: [UInt8] = []
    _ = try PairJudging.judge(try PairJudging.readFile(path), scorer: GaprunScorer(), policy: .standard, chunkBytes: 64) { writer in
        streamed += writer.bytes
    }
    let expected = lines.map { Array($0) + [0x0A] }.joined()
    #expect(streamed == Array(expected))
    let text = String(decoding: streamed, as: UTF8.self)
    #expect(text.contains(#"{"id":"a\u00e9","prediction":"\\boxed{27}","gold":27.0,"expected":true,"n":1E+2,"correct":true"#))
    #expect(text.contains(#"{"prediction":"The answer is 5.","gold":"6","correct":false"#))
    #expect(text.contains(#"{"id":"dup","prediction":"#))
}
