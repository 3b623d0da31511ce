// The broken-grid corpus: each file in Fixtures/broken states its expected one-line error on its first line
// (`# expect: file:line:column: message (hint: …)`, paths relative to that folder), and loading must give exactly that.
import Foundation
import Testing
@testable import GapGrid

struct BrokenCorpusTests {
    @Test func corpusIsLargeEnough() {
        #expect(Fixtures.confFiles(in: Fixtures.broken).count >= 25)
    }

    @Test(arguments: Fixtures.confFiles(in: Fixtures.broken))
    func brokenFileGivesItsExpectedError(file: String) throws {
        let path = Fixtures.broken + "/" + file
        let firstLine = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", maxSplits: 1)[0]
        let prefix = "# expect: "
        try #require(firstLine.hasPrefix(prefix), "\(file) has no `# expect:` first line")
        let expected = String(firstLine.dropFirst(prefix.count))
        do {
            let spec = try GridSpec.load(path: path, vocabulary: testVocabulary)
            Issue.record("\(file) loaded (\(GridExpander.expand(spec).count) jobs) but should fail with: \(expected)")
        } catch {
            let rendered = error.description.replacingOccurrences(of: Fixtures.broken + "/", with: "")
            #expect(rendered == expected)
            #expect(!rendered.contains("\n"), "errors are one line")
            #expect(rendered.contains(" (hint: "), "every error says what to do")
            let location = rendered.split(separator: ":").prefix(3)
            #expect(location.count == 3 && Int(location[1]) != nil && Int(location[2]) != nil, "file:line:column")
        }
    }

    @Test func cycleIsReportedAsACycle() {
        #expect(throws: GridError.self) { try GridSpec.load(path: Fixtures.broken + "/extends-cycle-a.conf", vocabulary: testVocabulary) }
        do {
            _ = try GridSpec.load(path: Fixtures.broken + "/extends-cycle-a.conf", vocabulary: testVocabulary)
        } catch {
            guard case .extendsCycle = error else { Issue.record("expected .extendsCycle, got \(error)"); return }
        }
    }

    @Test func missingFileIsUnreadable() {
        do {
            _ = try GridSpec.load(path: Fixtures.broken + "/does-not-exist.conf", vocabulary: testVocabulary)
            Issue.record("a missing file loaded")
        } catch {
            guard case .unreadable(let fileError) = error else { Issue.record("expected .unreadable, got \(error)"); return }
            #expect(fileError.path.hasSuffix("does-not-exist.conf"))
        }
    }
}
