// Equivalence of structured answers: exact first, numeric with a documented tolerance, random points for variables.
import Foundation

/// Compares a gold answer value with a candidate value under a policy. Not symmetric: gold comes first.
struct EquivalenceChecker {
    let policy: AnswerPolicy
    /// Whether a bare letter may be renamed to another: only for the bodies of two definitions of one function whose
    /// argument is renamed (`f(x) = x` and `f(n) = n`), never for answers on their own (`E` and `d` differ).
    var renamesBareNames = false
    /// Whether arbitrary constants may be renamed (`C_1 e^x` and `A e^x` with another constant); off only under
    /// `strict-variables`, and kept on where a single name may not be renamed (`y = x` and `y = z`).
    var renamesConstants: Bool

    init(policy: AnswerPolicy, renamesBareNames: Bool = false) {
        self.policy = policy
        self.renamesBareNames = renamesBareNames
        self.renamesConstants = policy.allowVariableRenaming
    }

    /// Compact, lower-case phrases that say an answer set is empty.
    /// Whether a left side only applies one-letter functions to numbers (`f(-2)+f(-1)+f(0)`, `g(3)`): at least one such
    /// application, and no other letter outside a command.
    static func evaluatesAtNumbers(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0, applications = 0
        while index < bytes.count {
            if bytes[index] == 92 {
                index += 1
                while index < bytes.count, Bytes.isLetter(bytes[index]) { index += 1 }
                continue
            }
            if Bytes.isLetter(bytes[index]) {
                guard index + 1 < bytes.count, bytes[index + 1] == 40, index == 0 || !Bytes.isLetter(bytes[index - 1]),
                      let close = bytes[(index + 2)...].firstIndex(of: 41), close > index + 2,
                      bytes[(index + 2)..<close].allSatisfy({ Bytes.isDigit($0) || $0 == 45 || $0 == 46 || $0 == 47 || $0 == 32 || $0 == 44 }),
                      bytes[(index + 2)..<close].contains(where: Bytes.isDigit) else { return false }
                applications += 1
                index = close + 1
                continue
            }
            index += 1
        }
        return applications > 0
    }

    /// Whether two left sides name one quantity, one of them with a `max` or `min` subscript: `m_{\max}` and `m`,
    /// `S_{\text{min}}` and `S` (never `m_{1}` and `m`, nor `m_{\max}` and `m_{\min}`).
    static func sameNameUpToExtremum(_ a: String, _ b: String) -> Bool {
        func parts(_ side: String) -> (base: String, extremum: String?) {
            let plain = side.filter { !"\\{} ".contains($0) }.replacingOccurrences(of: "text", with: "").replacingOccurrences(of: "mathrm", with: "")
            for extremum in ["max", "min"] where plain.hasSuffix("_" + extremum) { return (String(plain.dropLast(extremum.count + 1)), extremum) }
            return (plain, nil)
        }
        let (left, right) = (parts(a), parts(b))
        guard left.base == right.base, left.base.count == 1, left.base.first!.isLetter, (left.extremum == nil) != (right.extremum == nil) else { return false }
        return true
    }

    /// Parity answers, which "function" after them does not change (`odd function` = `odd`).
    static let parityWords: Set<String> = ["odd", "even", "neither"]
    static let noneInPlural: Set<String> = ["nosolutions", "norealsolutions", "norealroots", "norealroot", "noroots",
                                            "therearenosolutions", "therearenorealsolutions"]
    /// Ways of saying a limit or value does not exist (`\text{DNE}`, MATH's and Minerva's spelling).
    static let doesNotExistWords: Set<String> = ["dne", "doesnotexist", "doesn'texist", "thelimitdoesnotexist", "limitdoesnotexist",
                                                 "thelimitdoesn'texist", "undefined", "isundefined", "itisundefined", "nolimit"]
    static let noSolutionWords: Set<String> = ["nosolution", "nosolutions", "norealsolution", "norealsolutions", "none",
                                               "norealroots", "noroots", "nosuchvalue", "nosuchvalues", "emptyset", "thereisnosolution",
                                               "therearenosolutions", "therearenorealsolutions"]

    /// "No solution" in other languages, compact and lower-case: "решений нет", "无解", "keine Lösung", "sin solución".
    static let noSolutionForeign: Set<String> = ["решенийнет", "нетрешений", "корнейнет", "неткорней", "нетдействительныхкорней",
        "действительныхкорнейнет", "nohaysolución", "notienesolución", "sinsolución", "nohaysoluciones",
        "pasdesolution", "aucunesolution", "iln'yapasdesolution", "keinelösung", "keinelösungen", "eskeinelösung",
        "nãohásolução", "semsolução", "nessunasoluzione", "nonhasoluzioni", "brakrozwiązań", "çözümyok", "tidakadasolusi",
        "geenoplossing", "vônghiệm", "无解", "没有解", "方程无解", "解なし", "解はない", "解は存在しない", "해가없다", "해없음", "해가없습니다",
        "لايوجدحل", "لاتوجدحلول", "ليسلهاحل", "niemarozwiązań", "niemarozwiązania", "nemářešení", "nemážádnéřešení", "keinereellelösung",
        "nessunasoluzionereale", "ningunasolución", "nenhumasolução", "неимеетрешений",
        "неимеетдействительныхкорней", "没有实数解", "无实数解", "実数解はない", "実数解なし"]

    /// Endings of "there is no such number" in other languages, compact and lower-case ("таких чисел не существует",
    /// "这样的数不存在", "un tel nombre n'existe pas").
    static let noneExistsEndings: [String] = ["несуществует", "нет", "不存在", "存在しない", "존재하지않는다", "존재하지않습니다",
                                              "n'existepas", "existiertnicht", "gibtesnicht", "noexiste", "nãoexiste", "nonesiste"]

    /// Whether compact words say, in another language, that no solution or no such value exists.
    static func saysNoneExists(_ words: String) -> Bool {
        guard words.utf8.count <= 80, words.utf8.contains(where: { $0 >= 0x80 }) || words.contains("exist") else { return false }
        let lowered = words.lowercased()
        return noSolutionForeign.contains(lowered) || noneExistsEndings.contains(where: { lowered.hasSuffix($0) }) && lowered.count > 3
    }

    /// MATH's parity answer `neither` written in full, compact and lower-case, with the one-word answer they stand for.
    /// Word answers written another way that names the same thing: "neither even nor odd" is `neither`; a weekday or month
    /// abbreviation is its name (`Tue` = `Tuesday`, `Sept` = `September`).
    static let parityInFull: [String: String] = ["neitherevennorodd": "neither", "neitheroddnoreven": "neither",
        "mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday", "thur": "thursday",
        "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday", "jan": "january", "feb": "february",
        "mar": "march", "apr": "april", "jun": "june", "jul": "july", "aug": "august", "sep": "september",
        "sept": "september", "oct": "october", "nov": "november", "dec": "december"]

    /// Compact, lower-case phrases that name the whole real line.
    static let allRealsWords: Set<String> = ["allrealnumbers", "allreals", "allrealvalues", "allrealx", "everyrealnumber",
                                             "therealnumbers", "allrealnumbersx", "realnumbers", "allrealvaluesofx",
                                             // Czech, Slovak, Polish, Spanish, Portuguese, French, German, Italian, Russian,
                                             // Turkish, Indonesian, Chinese, Japanese and Korean.
                                             "všechnareálnáčísla", "všetkyreálnečísla", "wszystkieliczbyrzeczywiste",
                                             "todoslosnúmerosreales", "todososnúmerosreais", "touslesréels", "touslesnombresréels",
                                             "allereellenzahlen", "tuttiinumerireali", "вседействительныечисла",
                                             "всевещественныечисла", "tümgerçelsayılar", "semuabilanganreal", "全体实数", "所有实数",
                                             "すべての実数", "모든실수"]

    /// Whether a line after an answer label names a word answer the checker knows, in any of its languages ("všechna
    /// reálná čísla", "ani sudá, ani lichá", "nemá řešení", "Ano"): such a line is the answer though it is not a value.
    static func namesWordAnswer(_ line: [UInt8]) -> Bool {
        guard line.count <= 80, !line.contains(where: { Bytes.isDigit($0) || $0 == 36 || $0 == 92 }) else { return false }
        var compact = Bytes.string(line.filter { $0 != 32 }).lowercased()
        while compact.hasSuffix(".") || compact.hasSuffix("!") { compact.removeLast() }
        return allRealsWords.contains(compact) || noSolutionWords.contains(compact) || saysNoneExists(compact)
            || englishWord[compact] != nil || saysNeither(Bytes.string(line))
    }

    /// Whether two entries are real numbers with the first above the second (so they cannot bound an interval).
    static func descendingPair(_ entries: [AnswerValue]) -> Bool {
        guard entries.count == 2, case let .expression(first, _) = entries[0], case let .expression(second, _) = entries[1],
              let a = first.numericValue([:]), let b = second.numericValue([:]), a.im == 0, b.im == 0, a.isFinite, b.isFinite else { return false }
        return a.re > b.re
    }

    func equal(_ gold: AnswerValue, _ candidate: AnswerValue) -> Bool {
        // A formula in an integer parameter with the parameter's values listed is the list of its values
        // (SolutionFamilies.swift).
        if let values = listedParameterValues(candidate) { return equal(gold, values) }
        if let values = listedParameterValues(gold) { return equal(values, candidate) }
        // Families of solutions in an integer parameter compare as the sets of numbers they hold (SolutionFamilies.swift).
        if let goldFamilies = solutionFamilies(gold), let candidateFamilies = solutionFamilies(candidate),
           let same = sameFamilies(goldFamilies, candidateFamilies) {
            return same
        }
        switch (gold, candidate) {
        case let (.list(golds), _) where golds.count == 1: return equal(golds[0], candidate)
        case let (_, .list(candidates)) where candidates.count == 1: return equal(gold, candidates[0])
        // A union of finite sets is one set: `\{2\} \cup \{3\}` = `\{2, 3\}`.
        case let (.union(parts), _) where parts.allSatisfy(\.isSet): return equal(.set(parts.flatMap(\.setElements)), candidate)
        case let (_, .union(parts)) where parts.allSatisfy(\.isSet): return equal(gold, .set(parts.flatMap(\.setElements)))
        case let (.union(golds), _) where golds.count == 1: return equal(golds[0], candidate)
        case let (_, .union(candidates)) where candidates.count == 1: return equal(gold, candidates[0])

        // Steps that end with the sum a competition asks for, `\frac{m}{n} = \frac{17}{8},\ m + n = 25`, against a number:
        // that sum's value.
        case let (.expression(goldExpression, _), .list(candidates))
            where goldExpression.variables.isEmpty && EquivalenceChecker.requestedSum(candidates) != nil:
            return equal(gold, EquivalenceChecker.requestedSum(candidates)!)

        // A computation written out (`2^{10} = 1024`, no variable on the left) stands for its result.
        case let (.equation(_, goldRight, goldLeftExpression?, _), _) where goldLeftExpression.variables.isEmpty:
            return equal(goldRight, candidate)
        case let (_, .equation(_, candidateRight, candidateLeftExpression?, _)) where candidateLeftExpression.variables.isEmpty:
            return equal(gold, candidateRight)
        // `\det A = -2, A^{-1} = -\frac{1}{2}\begin{pmatrix}…\end{pmatrix}` against a matrix: the one step that gives a matrix.
        case let (.matrix, .list(candidates)) where candidates.filter(\.givesMatrix).count == 1:
            guard case let .equation(_, right, _, _)? = candidates.first(where: \.givesMatrix) else { return false }
            return equal(gold, right)
        // `x^2 - 4x - 1 = 0` against the polynomial `x^2 - 4x - 1`: the equation's left side is the answer.
        case let (.expression(goldExpression, _), .equation(candidateLeft, _, left?, right?))
            where !goldExpression.variables.isEmpty && right.variables.isEmpty && right.numericValue([:]).map({ $0.magnitude == 0 }) == true:
            return equal(gold, .expression(left, text: candidateLeft))
        // `x^2 - 5x + 6 = (x-3)(x-2)`: an identity (both sides the same expression) rewrites its left side into the
        // right one, which is the answer. A simplification whose last side is the gold answers it even when a slip
        // broke the identity (`\frac{1}{b} - \frac{1}{a} = -\frac{a-b}{ab}` against `\frac{b-a}{ab}`): the last side is
        // what the response concludes.
        case let (.expression(goldExpression, _), .equation(candidateLeft, candidateRight, left?, right?))
            where !goldExpression.variables.isEmpty && !left.variables.isEmpty && !right.variables.isEmpty
                && (equal(.expression(left, text: candidateLeft), candidateRight) || equal(gold, candidateRight)):
            return equal(gold, candidateRight)
        // `f(-2)+f(-1)+f(0) = 2 + \frac{5}{3} + 1 = 4\frac{2}{3}`: a function evaluated at numbers is a computation too.
        case let (_, .equation(candidateLeft, candidateRight, _, _)) where !gold.isEquation && EquivalenceChecker.evaluatesAtNumbers(candidateLeft):
            return equal(gold, candidateRight)

        // A matrix computation written out (`\begin{vmatrix}1&2\\3&4\end{vmatrix} = -2`, `\mathbf{A}\begin{pmatrix}…\end{pmatrix} =
        // \begin{pmatrix}…\end{pmatrix}`) stands for its right side, the result.
        case let (_, .equation(candidateLeft, candidateRight, _, _))
            where !gold.isEquation && (candidateLeft.contains("\\begin{") || candidateLeft.contains("\\mathbf{") && gold.compactText.contains("\\begin{")):
            return equal(gold, candidateRight)

        // A vector computation written out (`6(1,-7,18)-2(6,-7,3)-3(4,7,2) = \langle -18,-49,96\rangle`) stands for its
        // result, a tuple or a matrix.
        case let (_, .equation(candidateLeft, candidateRight, _, _))
            where !gold.isEquation && candidateRight.isTupleOrMatrix && EquivalenceChecker.holdsTuple(candidateLeft):
            return equal(gold, candidateRight)

        case let (.equation(goldLeft, goldRight, goldLeftExpression, goldRightExpression),
                  .equation(candidateLeft, candidateRight, candidateLeftExpression, candidateRightExpression)):
            // The same left side: the right sides compare, with no variable renamed when the left side is a variable
            // (`y = x` is not `y = z`: Qwen2.5-Math's grader tests exactly this).
            if goldLeft == candidateLeft || EquivalenceChecker.sameFunctionName(goldLeft, candidateLeft) {
                if policy.allowVariableRenaming, case .variable? = goldLeftExpression {
                    var strict = policy
                    strict.allowVariableRenaming = false
                    var checker = EquivalenceChecker(policy: strict)
                    checker.renamesConstants = renamesConstants
                    return checker.equal(goldRight, candidateRight)
                }
                return equal(goldRight, candidateRight)
            }
            // `m_{\max} = n^2 - n - 1` and `m = n^2 - n - 1`: the extreme value of a name is that name's answer.
            if EquivalenceChecker.sameNameUpToExtremum(goldLeft, candidateLeft), equal(goldRight, candidateRight) { return true }
            // `y = x^2 - 2` and `f(x) = x^2 - 2` define the same function (never `x = 4` and `y = 4`: two lines).
            if policy.ignoreVariablePrefix, EquivalenceChecker.definesFunction(goldLeft), EquivalenceChecker.definesFunction(candidateLeft) {
                if goldLeft.dropFirst() == candidateLeft.dropFirst(), equal(goldRight, candidateRight) { return true }
                // `f(t) = 2t` and `f(x) = 2x`, `f(n) = n` and `f(x) = x`: the argument renamed, even when the body is the
                // argument alone.
                if goldLeft == "y" || candidateLeft == "y" || goldLeft.first == candidateLeft.first {
                    var arguments = self
                    arguments.renamesBareNames = true
                    if arguments.equal(goldRight, candidateRight) { return true }
                }
            }
            if let a = goldLeftExpression, let b = goldRightExpression, let c = candidateLeftExpression, let d = candidateRightExpression {
                if proportional(.difference(a, b), .difference(c, d)) { return true }
                // Both solved for a variable (`d = st`, `s = \frac{d}{t}`): each, substituted into the other, must hold
                // everywhere. Both directions, so `x = 3` is not `x^2 = 9` (which is not solved for x).
                if case let .variable(goldName) = a, !b.variables.contains(goldName),
                   case let .variable(candidateName) = c, !d.variables.contains(candidateName),
                   holdsAfterSubstitution(goldName, b, into: c, d), holdsAfterSubstitution(candidateName, d, into: a, b) { return true }
                // One solved for a variable that the other holds linearly (so determines uniquely): `y = \frac{6}{x}` and
                // `xy = 6`; never `y = \sqrt{x}` and `y^2 = x` (not linear in y: two branches).
                if case let .variable(name) = c, !d.variables.contains(name), isLinear(.difference(a, b), in: name),
                   holdsAfterSubstitution(name, d, into: a, b) { return true }
                if case let .variable(name) = a, !b.variables.contains(name), isLinear(.difference(c, d), in: name),
                   holdsAfterSubstitution(name, b, into: c, d) { return true }
            }
            return false
        // A named tuple against assignments to the same names, matched by name: `(a,b,c) = (2,3,4)` and `b=3, a=2, c=4`
        // (never `b = 1, a = 2` against `(a,b) = (1,2)`). Assignments to other names compare in order, as a tuple.
        case let (.equation(goldLeft, .bracketed("(", ")", golds), _, goldRightExpression), .list(candidates))
            where candidates.allSatisfy(\.isEquation) && EquivalenceChecker.tupleNames(goldLeft)?.count == golds.count:
            let names = EquivalenceChecker.tupleNames(goldLeft)!
            let candidateNames = candidates.compactMap { value -> String? in
                if case let .equation(lhs, _, _, _) = value { return lhs }
                return nil
            }
            if Set(candidateNames) == Set(names) { return assignmentsEqual(names: names, golds, candidates) }
            return policy.ignoreVariablePrefix && EquivalenceChecker.namesAValue(goldLeft, value: goldRightExpression)
                && equal(.bracketed(open: "(", close: ")", golds), candidate)
        case let (.equation(goldLeft, goldRight, _, goldRightExpression), _):
            return policy.ignoreVariablePrefix && EquivalenceChecker.namesAValue(goldLeft, value: goldRightExpression)
                && equal(goldRight, candidate)
        // A named tuple against a bare list of as many values (`(m, n) = (221, 8)` against OlympiadBench's `221, 8`): the
        // names say the list is their values in order, so it compares as a tuple, in order.
        case let (.list(golds), .equation(candidateLeft, .bracketed("(", ")", candidates), _, _))
            where policy.ignoreVariablePrefix && golds.count == candidates.count
                && EquivalenceChecker.tupleNames(candidateLeft)?.count == candidates.count:
            return orderedEqual(golds, candidates)
        // `[x; y] = [2; -3]`: names in square brackets (as Czech and Polish write an ordered pair) set to as many values
        // in square brackets are a tuple of values, not an interval.
        case let (_, .equation(candidateLeft, .bracketed("[", "]", values), _, _))
            where policy.ignoreVariablePrefix && candidateLeft.hasPrefix("[") && candidateLeft.hasSuffix("]")
                && EquivalenceChecker.tupleNames("(" + candidateLeft.dropFirst().dropLast().replacingOccurrences(of: ";", with: ",") + ")")?
                    .count == values.count:
            return equal(gold, .bracketed(open: "(", close: ")", values)) || equal(gold, .bracketed(open: "[", close: "]", values))
        case let (_, .equation(candidateLeft, candidateRight, _, candidateRightExpression)):
            return policy.ignoreVariablePrefix
                && EquivalenceChecker.namesAValue(candidateLeft, value: candidateRightExpression, powersOfNames: true)
                && equal(gold, candidateRight)

        // Assignments against a tuple: in the order written, or else in the alphabetical order of their names (a tuple
        // lists its unknowns as `(x, y)`, `(a, b, c)`): `y = 2, x = 3` = `(3, 2)`.
        // Names that are consecutive letters (`a, c, b`; `x, z, y`) are the tuple's unknowns in alphabetical order, whatever
        // order they were written in: `a = 1, c = 2, b = 3` is `(1, 3, 2)`.
        case let (.list(golds), .bracketed(_, _, candidates)) where golds.allSatisfy(\.isEquation):
            let byName = EquivalenceChecker.byName(golds).map(rightSide)
            return EquivalenceChecker.namesAreConsecutiveLetters(golds) ? orderedEqual(byName, candidates)
                : orderedEqual(golds.map(rightSide), candidates) || orderedEqual(byName, candidates)
        case let (.bracketed(_, _, golds), .list(candidates)) where candidates.allSatisfy(\.isEquation):
            let byName = EquivalenceChecker.byName(candidates).map(rightSide)
            return EquivalenceChecker.namesAreConsecutiveLetters(candidates) ? orderedEqual(golds, byName)
                : orderedEqual(golds, candidates.map(rightSide)) || orderedEqual(golds, byName)

        // A tuple of three or more entries against a bare list of them in the same order (`(3, 4, 5)` and "the triple is
        // 3, 4, 5"); two entries could be an open interval, and another order is another tuple.
        case let (.bracketed("(", ")", golds), .list(candidates))
            where golds.count >= 3 && golds.count == candidates.count && !candidates.contains(where: \.isEquation):
            return orderedEqual(golds, candidates)
        // A pair whose first entry exceeds its second is no interval: "the ordered pair is $\boxed{3, -2}$" = `(3,-2)`.
        case let (.bracketed("(", ")", golds), .list(candidates))
            where golds.count == 2 && candidates.count == 2 && !candidates.contains(where: \.isEquation) && EquivalenceChecker.descendingPair(golds):
            return orderedEqual(golds, candidates)
        // … and the other way round: a bare list of three or more values against a tuple (or a list in square brackets,
        // which cannot be an interval) of them in the same order: gold `6, 8, 10` and "the sides are $(6, 8, 10)$",
        // gold `[3,5,7]` and `\boxed{3, 5, 7}`.
        case let (.list(golds), .bracketed("(", ")", candidates))
            where candidates.count >= 3 && golds.count == candidates.count && !golds.contains(where: \.isEquation):
            return orderedEqual(golds, candidates)
        case let (.bracketed("[", "]", golds), .list(candidates))
            where golds.count >= 3 && golds.count == candidates.count && !candidates.contains(where: \.isEquation):
            return orderedEqual(golds, candidates)

        // A list in square brackets that cannot be an interval (`[0, 1, 2]`, as sympy's `solve` prints solutions) against
        // a set or a list of solutions.
        case let (.set(golds), .bracketed("[", "]", candidates)) where candidates.count != 2,
             let (.list(golds), .bracketed("[", "]", candidates)) where candidates.count > 2:
            return unorderedEqual(golds, candidates)
        // `b = 0,\ c = -3` against `-3,0`: values given to one-letter names in alphabetical order answer a bare list of
        // values in that order (a problem asks for b and c, x and y, in that order), not as a set. Names in another
        // order (`w = 16, a = 1, b = 1, d = 3`) or subscripted ones (`x_1`, `x_2`: roots) keep the set reading.
        case let (.list(golds), .list(candidates))
            where golds.count == candidates.count && golds.count >= 2 && !golds.contains(where: \.isEquation)
                && EquivalenceChecker.namesInAlphabeticalOrder(candidates):
            return orderedEqual(golds, candidates)
        case let (.list(golds), .list(candidates)), let (.list(golds), .set(candidates)),
             let (.set(golds), .list(candidates)), let (.set(golds), .set(candidates)),
             let (.union(golds), .union(candidates)):
            return unorderedEqual(golds, candidates)

        // A matrix written as a nested list of rows, `[[1,2],[3,4]]` (Python's and sympy's `Matrix` form).
        case let (.matrix, .bracketed("[", "]", entries)) where EquivalenceChecker.nestedRows(entries) != nil:
            return equal(gold, .matrix(EquivalenceChecker.nestedRows(entries)!))
        case let (.bracketed("[", "]", entries), .matrix) where EquivalenceChecker.nestedRows(entries) != nil:
            return equal(.matrix(EquivalenceChecker.nestedRows(entries)!), candidate)

        case let (.bracketed(goldOpen, goldClose, golds), .bracketed(candidateOpen, candidateClose, candidates)):
            if goldOpen == candidateOpen && goldClose == candidateClose { return orderedEqual(golds, candidates) }
            // Only two entries make an interval, whose brackets matter; `[1, 2, 3]` is the tuple `(1, 2, 3)` written as a
            // list (Qwen2.5-Math's grader compares bracketed lists entry by entry).
            return golds.count != 2 && golds.count == candidates.count
                && EquivalenceChecker.isPlainList(goldOpen, goldClose) && EquivalenceChecker.isPlainList(candidateOpen, candidateClose)
                && orderedEqual(golds, candidates)

        // A column vector and a tuple of the same entries: `\begin{pmatrix}3\\4\end{pmatrix}` = `(3,4)`.
        case let (.matrix(rows), .bracketed("(", ")", entries)), let (.bracketed("(", ")", entries), .matrix(rows)):
            guard rows.count == entries.count, rows.allSatisfy({ $0.count == 1 }) else { return false }
            return gold.isMatrix ? orderedEqual(rows.map { $0[0] }, entries) : orderedEqual(entries, rows.map { $0[0] })

        // A column-vector gold and its entries in order, listed bare or in square brackets: "-2, -14, -7", `[-2, -14, -7]`.
        case let (.matrix(rows), .list(entries)), let (.matrix(rows), .bracketed("[", "]", entries)):
            guard rows.count >= 2, rows.count == entries.count, rows.allSatisfy({ $0.count == 1 }) else { return false }
            return orderedEqual(rows.map { $0[0] }, entries)

        // The identity by its name, scaled (`-I`, `2\mathbf{I}`, `I_3`), against a square literal.
        case let (.matrix, .expression(expression, _)):
            guard let rows = ScaledIdentity.squareRows(gold), let scale = ScaledIdentity.scale(expression, size: rows.count) else { return false }
            return equal(gold, ScaledIdentity.matrix(size: rows.count, scale: scale))
        case let (.expression(expression, _), .matrix):
            guard let rows = ScaledIdentity.squareRows(candidate), let scale = ScaledIdentity.scale(expression, size: rows.count) else { return false }
            return equal(ScaledIdentity.matrix(size: rows.count, scale: scale), candidate)

        case let (.matrix(goldRows), .matrix(candidateRows)):
            // A column vector written as a row is the same vector, as its tuple is: the entries compare in order. MATH
            // writes vector answers as columns; a gold that is one row is a 1 × n matrix (a product's shape), so a column
            // does not answer it.
            if goldRows.count >= 2, goldRows.allSatisfy({ $0.count == 1 }), candidateRows.count == 1, candidateRows[0].count == goldRows.count {
                return orderedEqual(goldRows.map { $0[0] }, candidateRows[0])
            }
            guard goldRows.count == candidateRows.count else { return false }
            for (goldRow, candidateRow) in zip(goldRows, candidateRows) where !orderedEqual(goldRow, candidateRow) { return false }
            return true

        // One answer against a list or a one-element set: `6, 6` = `6`, `\{(1,-1)\}` = `(1,-1)`.
        case let (.list(golds), _): return unorderedEqual(golds, [candidate])
        case let (_, .list(candidates)): return unorderedEqual([gold], candidates)
        case let (.set(golds), _) where !candidate.isCollection: return unorderedEqual(golds, [candidate])
        case let (_, .set(candidates)) where !gold.isCollection: return unorderedEqual([gold], candidates)

        case (.emptySet, .emptySet): return true
        // "All real numbers" in words is the whole line (`\mathbb{R}`, `(-\infty,\infty)`).
        case let (.bracketed("(", ")", bounds), .text(words)), let (.text(words), .bracketed("(", ")", bounds)):
            return EquivalenceChecker.allRealsWords.contains(words) && bounds.count == 2
                && bounds[0].compactText == AnswerParser.negativeInfinity.compactText
                && bounds[1].compactText == AnswerParser.positiveInfinity.compactText
        // "No solution" in words is the empty set (MATH golds write `\emptyset`, models often write the words).
        case let (.emptySet, .text(words)), let (.text(words), .emptySet):
            return EquivalenceChecker.noSolutionWords.contains(words)
                || EquivalenceChecker.saysNoneExists(words)
        // … and, against a count of 0, none in the plural ("there are no real solutions" answers "how many real
        // solutions"; "there is no solution" does not say how many).
        case let (.expression(.number("0"), _), .text(words)): return EquivalenceChecker.noneInPlural.contains(words)
        // Words compare case-insensitively, a plural `s` aside (`no solutions` = `no solution`); two ways of saying there
        // is no solution ("no real solutions", "no solution") are one answer.
        // MATH's parity answer `neither` written in full ("neither even nor odd") is the same answer.
        case let (.text(a), .text(b)): return a == b || a.utf8.count >= 4 && (a == b + "s" || b == a + "s")
            || EquivalenceChecker.noSolutionWords.contains(a) && EquivalenceChecker.noSolutionWords.contains(b)
            || EquivalenceChecker.noSolutionWords.contains(a) && EquivalenceChecker.saysNoneExists(b)
            || EquivalenceChecker.noSolutionWords.contains(b) && EquivalenceChecker.saysNoneExists(a)
            || EquivalenceChecker.parityWords.contains(a) && b == a + "function" || EquivalenceChecker.parityWords.contains(b) && a == b + "function"
            || EquivalenceChecker.parityInFull[b] == a || EquivalenceChecker.parityInFull[a] == b
            || EquivalenceChecker.doesNotExistWords.contains(a) && EquivalenceChecker.doesNotExistWords.contains(b)
            || a.utf8.count + b.utf8.count <= 40 && EquivalenceChecker.sameWordTranslated(a, b)
            // "ni paire ni impaire", "weder gerade noch ungerade" against `\text{neither}`.
            || a == "neither" && EquivalenceChecker.neitherCompact.contains(b) || b == "neither" && EquivalenceChecker.neitherCompact.contains(a)
        case let (.text(a), .expression(_, text)), let (.expression(_, text), .text(a)):
            return Array(a.utf8) == compactLowered(text)
        case let (.expression(goldExpression, goldText), .expression(candidateExpression, candidateText)):
            if AnswerParser.compact(goldText) == AnswerParser.compact(candidateText) { return true }
            return expressionsEqual(goldExpression, candidateExpression, candidateText: candidateText)
        default:
            return false
        }
    }

    /// Brackets that list entries: `( … )` or `[ … ]`, not half-open interval brackets.
    static func isPlainList(_ open: Character, _ close: Character) -> Bool { open == "(" && close == ")" || open == "[" && close == "]" }

    /// The rows of a nested list `[[1,2],[3,4]]`: every entry a `[…]` list of one common length (at least two rows).
    static func nestedRows(_ entries: [AnswerValue]) -> [[AnswerValue]]? {
        guard !entries.isEmpty else { return nil }
        var rows: [[AnswerValue]] = []
        for entry in entries {
            guard case let .bracketed("[", "]", row) = entry, row.count == (rows.first?.count ?? row.count),
                  entries.count > 1 || row.count > 1 else { return nil }
            rows.append(row)
        }
        return rows
    }

    /// Whether an equation's left side only names its value (`x`, `k`, `y_{1}`, `f(x)`, `(p,q)`, `\frac{NO}{BO}`),
    /// so that the right side alone may stand for it; `5x - 7y + 4 = 0` does not (its right side `0` is not the answer).
    /// A sum of names without digits (`m+n`, `a+b+c`) also names its value when that value is a non-zero constant:
    /// `m+n=12` = `12`, while `x+y=0` is a relation (a line), not the value 0. With `powersOfNames`, so may a sum of
    /// powers of names (`r^2 + s^2 = 43`, `a^3+b^3 = 35`: the value a response computed last); a gold `x^2 + y^2 = 25`
    /// is a circle, never answered by `25`, so only a candidate's side is read so.
    static func namesAValue(_ lhs: String, value: Expression? = nil, powersOfNames: Bool = false) -> Bool {
        if namesAnEvent(lhs) { return true }
        // `\text{答案} = \dfrac{3}{4}`, `\text{Area} = 12`: words in one `\text{}` name the value, in any script.
        let side = lhs.trimmingCharacters(in: .whitespaces)
        if side.hasPrefix("\\text{"), side.hasSuffix("}"), side.utf8.filter({ $0 == 125 }).count == 1, !side.utf8.contains(where: Bytes.isDigit) {
            return true
        }
        // The same word once its `\text{}` is unwrapped: letters of another script only (`答案`, `ответ`).
        if !side.isEmpty, side.utf8.allSatisfy({ $0 >= 0x80 || $0 == 32 }) { return true }
        var valueIsConstant = false
        if let value, value.variables.isEmpty, let number = value.numericValue([:]), number.magnitude > 0 { valueIsConstant = true }
        var depth = 0
        var hasLetter = false
        var hasSign = false
        var hasDigit = false
        // A subscript is part of its name (`a_{2018} - a_{2017}`): its digits are no digits of the side.
        var bytes = withoutSubscripts(lhs)
        if powersOfNames, valueIsConstant { bytes = withoutPowersOfNames(bytes) }
        for byte in bytes {
            if byte == 40 || byte == 91 || byte == 123 { depth += 1 } else if byte == 41 || byte == 93 || byte == 125 { depth -= 1 }
            if depth == 0 && (byte == 43 || byte == 45) { hasSign = true }
            if Bytes.isLetter(byte) { hasLetter = true }
            if Bytes.isDigit(byte) { hasDigit = true }
        }
        // Digits beside a word (`3 because 6 / 3`) make a sentence, not a name; a word alone (`area`, `total cost`) names.
        return hasLetter && (!hasSign || valueIsConstant && !hasDigit) && !(hasDigit && hasProseWord(lhs))
    }

    /// `bytes` without the whole-number powers of its names (`r^2`, `s^{3}`): the exponents go, the names stay. A power
    /// of anything else (`2^3`, `(a+b)^2`) is kept whole.
    static func withoutPowersOfNames(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(94) else { return bytes }
        var kept: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 94, index > 0, Bytes.isLetter(bytes[index - 1]), index + 1 < bytes.count {
                var end = index + 1
                let braced = bytes[end] == 123
                if braced { end += 1 }
                let digits = end
                while end < bytes.count, Bytes.isDigit(bytes[end]) { end += 1 }
                if end > digits, !braced || end < bytes.count && bytes[end] == 125 {
                    index = braced ? end + 1 : end
                    continue
                }
            }
            kept.append(bytes[index])
            index += 1
        }
        return kept
    }

    /// The bytes of `text` without its subscripts (`_{2018}`, `_1`).
    static func withoutSubscripts(_ text: String) -> [UInt8] {
        let bytes = Array(text.utf8)
        guard bytes.contains(95) else { return bytes }
        var kept: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 95, index + 1 < bytes.count {
                if bytes[index + 1] == 123, let end = Bytes.matchingBrace(bytes, from: index + 1) { index = end; continue }
                index += 2
                continue
            }
            kept.append(bytes[index])
            index += 1
        }
        return kept
    }

    /// `P(sum = 8)`, `Pr(X \ge 2)`, `P(\text{two heads})`: a probability (`P`, `Pr`, `\Pr`) of an event, however the
    /// event is worded, names the value it is set equal to.
    static func namesAnEvent(_ lhs: String) -> Bool {
        let bytes = Array(lhs.utf8)
        var name = 0
        if bytes.first == 92 { name = 1 }
        while name < bytes.count, Bytes.isLetter(bytes[name]) { name += 1 }
        guard ["P", "Pr", "\\Pr"].contains(Bytes.string(bytes[..<name])), name < bytes.count, bytes[name] == 40,
              bytes.last == 41, bytes.count > name + 2 else { return false }
        var depth = 0
        for index in name..<bytes.count {
            if bytes[index] == 40 { depth += 1 } else if bytes[index] == 41 { depth -= 1 }
            if depth == 0 { return index == bytes.count - 1 }
        }
        return false
    }

    /// Whether the text has a lower-case word of three or more letters that is not a command or function name.
    static func hasProseWord(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            guard bytes[index] >= 97, bytes[index] <= 122, index == 0 || !(Bytes.isLetter(bytes[index - 1]) || bytes[index - 1] == 92) else {
                index += 1; continue
            }
            var end = index
            while end < bytes.count, Bytes.isLetter(bytes[end]) { end += 1 }
            let word = Array(bytes[index..<end])
            if word.count >= 3, !AnswerExtractor.functionWords.contains(word.map(Bytes.lower)) { return true }
            index = end
        }
        return false
    }

    /// Whether a compact left side names a function's value: `y`, `f(x)`, `g(t)`, `f^{-1}(x)`.
    static func definesFunction(_ lhs: String) -> Bool {
        if lhs == "y" { return true }
        let bytes = Array(lhs.utf8)
        guard bytes.count >= 4, Bytes.isLetter(bytes[0]), bytes[bytes.count - 3] == 40, Bytes.isLetter(bytes[bytes.count - 2]),
              bytes.last == 41 else { return false }
        let middle = bytes[1..<(bytes.count - 3)]
        return middle.isEmpty || Bytes.string(middle) == "^{-1}"
    }

    /// The names of a tuple of single names, `(a,b,c)` → `a`, `b`, `c`; nil for anything else.
    static func tupleNames(_ lhs: String) -> [String]? {
        guard lhs.hasPrefix("("), lhs.hasSuffix(")") else { return nil }
        let names = AnswerParser.splitTopLevel(String(lhs.dropFirst().dropLast()), by: ",")
        guard names.count > 1, names.allSatisfy(AnswerParser.isSingleVariable) else { return nil }
        return names.map(AnswerParser.compact)
    }

    /// Equations sorted by their left sides when every left side is a single name; else as given.
    /// `N(n)` and `N`: a function's name with its argument and the bare name (one letter) name the same thing.
    static func sameFunctionName(_ a: String, _ b: String) -> Bool {
        func name(_ text: String) -> Substring? {
            guard text.hasSuffix(")"), let open = text.firstIndex(of: "("), open != text.startIndex else { return nil }
            var inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
            // `k(\mathfrak L)`, `f(\mathcal{S})`: a letter in a font is one letter.
            for font in ["\\mathfrak", "\\mathcal", "\\mathscr", "\\mathbb", "\\mathbf"] where inner.hasPrefix(font) {
                inner = inner.dropFirst(font.count).drop { $0 == " " || $0 == "{" }
                if inner.last == "}" { inner = inner.dropLast() }
            }
            guard inner.count == 1, inner.first!.isLetter else { return nil }
            return text[..<open]
        }
        guard a.count == 1 || b.count == 1, a.first?.isLetter == true, b.first?.isLetter == true else { return false }
        return name(a).map { $0 == b } ?? false || name(b).map { $0 == a } ?? false
    }

    /// The single-letter names of assignments, in the order written; nil when one is not an assignment to a single letter.
    static func letterNames(_ equations: [AnswerValue]) -> [UInt8]? {
        var letters: [UInt8] = []
        for value in equations {
            guard case let .equation(lhs, _, _, _) = value, lhs.utf8.count == 1, let letter = lhs.utf8.first, Bytes.isLetter(letter) else { return nil }
            letters.append(letter)
        }
        return letters
    }

    /// Whether assignments name two or more consecutive letters, each once (`a, c, b`).
    static func namesAreConsecutiveLetters(_ equations: [AnswerValue]) -> Bool {
        guard let letters = letterNames(equations), letters.count >= 2 else { return false }
        let sorted = letters.sorted()
        return zip(sorted, sorted.dropFirst()).allSatisfy { $1 == $0 + 1 }
    }

    static func byName(_ equations: [AnswerValue]) -> [AnswerValue] {
        let names = equations.map { value -> String? in
            guard case let .equation(lhs, _, _, _) = value, AnswerParser.isSingleVariable(lhs) else { return nil }
            return lhs
        }
        guard names.allSatisfy({ $0 != nil }) else { return equations }
        return zip(names, equations).sorted { $0.0! < $1.0! }.map(\.1)
    }

    /// Each named gold value has one candidate assignment to that name with an equal value, and no other assignments.
    private func assignmentsEqual(names: [String], _ golds: [AnswerValue], _ candidates: [AnswerValue]) -> Bool {
        guard candidates.count == names.count else { return false }
        for (name, gold) in zip(names, golds) {
            guard candidates.contains(where: { candidate in
                if case let .equation(lhs, rhs, _, _) = candidate { return lhs == name && equal(gold, rhs) }
                return false
            }) else { return false }
        }
        return true
    }

    private func rightSide(_ value: AnswerValue) -> AnswerValue {
        if case let .equation(_, rhs, _, _) = value { return rhs }
        return value
    }

    /// Whether every value is an equation that gives a one-letter name its value, the names in strictly alphabetical
    /// order: `b = 0, c = -3`, not `x = 0, x = -3`, `c = 1, b = 2` or `x_1 = 2, x_2 = 3`.
    static func namesInAlphabeticalOrder(_ values: [AnswerValue]) -> Bool {
        var previous: Character?
        for value in values {
            guard case let .equation(lhs, _, _, _) = value else { return false }
            let name = lhs.filter { $0 != " " }
            guard name.count == 1, let letter = name.first, letter.isASCII, letter.isLetter else { return false }
            if let previous, previous >= letter { return false }
            previous = letter
        }
        return true
    }

    private func orderedEqual(_ golds: [AnswerValue], _ candidates: [AnswerValue]) -> Bool {
        guard golds.count == candidates.count else { return false }
        for (gold, candidate) in zip(golds, candidates) where !equal(gold, candidate) { return false }
        return true
    }

    /// Set semantics: every gold element has an equal candidate and every candidate an equal gold (duplicates ignored),
    /// except that two lists of the same length with a repeated entry match one to one, as multisets: `3, 3, 4` is not
    /// `3, 4, 4` (side lengths, roots with multiplicity), while `6, 6` still answers `6`; a gold that repeats an entry
    /// (`1, 1, -3`) is answered only by a list as long as it.
    private func unorderedEqual(_ golds: [AnswerValue], _ candidates: [AnswerValue]) -> Bool {
        guard !golds.isEmpty, !candidates.isEmpty, golds.count * 4 >= candidates.count, candidates.count * 4 >= golds.count else { return false }
        // Long lists: pairwise value comparison is quadratic, so beyond 64×64 pairs only the exact texts are compared.
        if golds.count * candidates.count > 4096 {
            return Set(golds.map(\.compactText)) == Set(candidates.map(\.compactText))
        }
        // A gold that repeats an entry counts it (`1, 1, -3`: roots with multiplicity): a list without the repeat misses one.
        if golds.count != candidates.count, golds.count > 1, Set(golds.map(\.compactText)).count < golds.count { return false }
        if golds.count == candidates.count, golds.count > 1 {
            var used = [Bool](repeating: false, count: candidates.count)
            var oneToOne = true
            for gold in golds {
                guard let match = candidates.indices.first(where: { !used[$0] && equal(gold, candidates[$0]) }) else { oneToOne = false; break }
                used[match] = true
            }
            if oneToOne { return true }
            let goldTexts = golds.map(\.compactText), candidateTexts = candidates.map(\.compactText)
            if Set(goldTexts).count < goldTexts.count || Set(candidateTexts).count < candidateTexts.count { return false }
        }
        for gold in golds where !candidates.contains(where: { equal(gold, $0) }) { return false }
        for candidate in candidates where !golds.contains(where: { equal($0, candidate) }) { return false }
        return true
    }

    // MARK: expressions

    /// Equal as written; and, when `\log` without a base appears, also when every such logarithm is read as base 10 on
    /// both sides: sympy (so Math-Verify) reads `\log` as natural, contest problems mostly mean base 10 (`\log 100` = 2).
    func expressionsEqual(_ gold: Expression, _ candidate: Expression, candidateText: String) -> Bool {
        if expressionsEqualAsWritten(gold, candidate, candidateText: candidateText) { return true }
        guard gold.containsUnbasedLogarithm || candidate.containsUnbasedLogarithm else { return false }
        return expressionsEqualAsWritten(gold.commonLogarithms, candidate.commonLogarithms, candidateText: candidateText)
    }

    func expressionsEqualAsWritten(_ gold: Expression, _ candidate: Expression, candidateText: String) -> Bool {
        // A base-ten subscript is the plain number: `54_{10}` = `54`.
        if case let .baseLiteral(digits, "10") = gold { return expressionsEqual(.number(digits), candidate, candidateText: candidateText) }
        if case let .baseLiteral(digits, "10") = candidate { return expressionsEqual(gold, .number(digits), candidateText: digits) }
        // Base subscripts compare literally: 204_5 is not 204_6 and not 54. The same digits without the subscript are the
        // same answer (`1011` for `1011_2`: the question names the base), never the value in base ten.
        if case let .baseLiteral(goldDigits, goldBase) = gold {
            if case let .number(candidateDigits) = candidate { return EquivalenceChecker.sameDigits(goldDigits, candidateDigits) }
            guard case let .baseLiteral(candidateDigits, candidateBase) = candidate else { return false }
            return stripZeros(goldDigits) == stripZeros(candidateDigits) && goldBase == candidateBase
        }
        if case let .baseLiteral(candidateDigits, _) = candidate {
            if case let .number(goldDigits) = gold { return EquivalenceChecker.sameDigits(goldDigits, candidateDigits) }
            return false
        }
        if gold.containsInfinity || candidate.containsInfinity { return gold == candidate }

        if let goldValue = gold.exactValue(), let candidateValue = candidate.exactValue() {
            if goldValue == candidateValue {
                if policy.requireReducedFractions, case let .quotient(top, bottom) = stripNegation(candidate),
                   let numerator = top.exactValue(), let denominator = bottom.exactValue(), numerator.isInteger, denominator.isInteger,
                   Rational.gcd(abs(numerator.numerator), abs(denominator.numerator)) != 1 { return false }
                return true
            }
            // A gold written as a terminating decimal (`.35625`) is the exact value asked for: a candidate that rounds it to
            // fewer places (`0.3563`) is another number.
            return decimalApproximates(candidate: candidate, candidateText: candidateText, gold: goldValue.doubleValue,
                                       roundingAllowed: gold.decimalLiteralDigits == nil)
                || roundedGoldMatches(gold, candidate, value: candidateValue.doubleValue)
        }
        // Beyond 64 bits: the same comparison over big integers.
        if gold.variables.isEmpty, candidate.variables.isEmpty, let goldValue = gold.exactBigValue(), let candidateValue = candidate.exactBigValue() {
            return goldValue == candidateValue
        }
        var goldVariables = gold.variables
        var candidateVariables = candidate.variables
        var renamed = candidate
        let goldOnly = goldVariables.subtracting(candidateVariables), candidateOnly = candidateVariables.subtracting(goldVariables)
        // Renaming needs something around the name: a bare letter against another (`E` and `d`, `A` against the `C` of
        // a list of choices) is a different answer, never the same one renamed.
        // An integer parameter of a family of solutions (`\frac{\pi}{4} + k\pi` and `\frac{\pi}{4} + n\pi`) is renamed even
        // where names are otherwise kept (`x = …` on both sides): it is a bound name.
        let renamesParameter = goldOnly.count == 1 && candidateOnly.count == 1 && EquivalenceChecker.integerNames.contains(goldOnly.first!)
            && EquivalenceChecker.integerNames.contains(candidateOnly.first!) && gold.hasTranscendentalParts && isLinear(gold, in: goldOnly.first!)
        if policy.allowVariableRenaming || renamesParameter, goldOnly.count == 1, candidateOnly.count == 1,
           renamesBareNames || !(gold.isBareName && candidate.isBareName) {
            renamed = candidate.substituting(candidateOnly.first!, with: .variable(goldOnly.first!))
            candidateVariables = renamed.variables
        }
        // Arbitrary constants renamed (`A+\frac{B}{x}-x` and `-x+C+\frac{D}{x}`): two or three names on each side that
        // only one side uses, all named as constants are (`A`–`D`, `K`, `C_1`, `c_2`, `k_1`), and a variable both sides
        // share; equal when some one-to-one renaming makes them agree at the random points. (A numeric linearity test fails
        // on `C e^{2x} + D e^{-x}`, where one term dwarfs the other, so the names alone decide.)
        if renamesConstants, goldOnly.count >= 2, goldOnly.count == candidateOnly.count, goldOnly.count <= 3,
           !goldVariables.isDisjoint(with: candidateVariables),
           goldOnly.allSatisfy(EquivalenceChecker.isConstantName), candidateOnly.allSatisfy(EquivalenceChecker.isConstantName) {
            let targets = goldOnly.sorted(), sources = candidateOnly.sorted()
            let variables = goldVariables.union(candidateVariables).subtracting(candidateOnly).sorted()
            for order in EquivalenceChecker.orderings(targets.count) {
                var mapped = candidate
                // Through fresh names first, so a constant renamed to a name the candidate also uses is never caught twice.
                for (index, source) in sources.enumerated() { mapped = mapped.substituting(source, with: .variable("\u{1}\(index)")) }
                for (index, target) in order.map({ targets[$0] }).enumerated() { mapped = mapped.substituting("\u{1}\(index)", with: .variable(target)) }
                if agreeAtRandomPoints(gold, mapped, variables: variables, proportionally: false) { return true }
            }
        }
        // `2(x^2-4)` against `2(x-2)(x+2)`: a factorisation that stops early is another answer.
        if EquivalenceChecker.isLessFactored(candidate: renamed, than: gold) { return false }
        goldVariables.formUnion(candidateVariables)
        if goldVariables.isEmpty {
            guard let a = gold.numericValue([:]), let b = renamed.numericValue([:]) else { return false }
            if closeEnough(a, b) { return true }
            if !gold.hasTranscendentalParts, a.im == 0 {
                return decimalApproximates(candidate: candidate, candidateText: candidateText, gold: a.re)
                    || abs(b.im) <= 1e-12 * max(1, b.magnitude) && roundedGoldMatches(gold, renamed, value: b.re)
            }
            return false
        }
        return agreeAtRandomPoints(gold, renamed, variables: goldVariables.sorted(), proportionally: false)
            || sameSolutionFamily(gold, renamed)
    }

    /// The right side of a list's last equation when its left side is a sum of one-letter names (`m + n`, `a+b+c`) and
    /// an earlier entry is an equation too; nil otherwise.
    static func requestedSum(_ candidates: [AnswerValue]) -> AnswerValue? {
        guard candidates.count >= 2, candidates.dropLast().contains(where: \.isEquation),
              case let .equation(left, right, _, _)? = candidates.last else { return nil }
        let names = left.utf8.filter { $0 != 32 }.split(separator: 43, omittingEmptySubsequences: false)
        guard names.count >= 2, names.allSatisfy({ $0.count == 1 && Bytes.isLetter($0.first!) }) else { return nil }
        return right
    }

    /// Whether a variable's name is one arbitrary constants take: `A`, `B`, `C`, `D`, `K`, or `C`, `c`, `A`, `B`, `K`, `k`
    /// with a digit subscript (`C_1`, `c_{2}`).
    static func isConstantName(_ name: String) -> Bool {
        let bytes = Array(name.utf8).filter { $0 != 123 && $0 != 125 }
        guard let first = bytes.first else { return false }
        if bytes.count == 1 { return (65...68).contains(first) || first == 75 }
        return [65, 66, 67, 75, 99, 107].contains(first) && bytes.count >= 3 && bytes[1] == 95 && bytes.dropFirst(2).allSatisfy(Bytes.isDigit)
    }

    /// Every ordering of `0..<count` (count at most 3).
    static func orderings(_ count: Int) -> [[Int]] {
        switch count {
        case 2: return [[0, 1], [1, 0]]
        case 3: return [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]]
        default: return [Array(0..<count)]
        }
    }

    private func stripNegation(_ expression: Expression) -> Expression {
        if case let .negation(inner) = expression { return inner }
        return expression
    }

    /// Whether two digit strings are the same integer written alike (leading zeros aside); decimals never are.
    static func sameDigits(_ a: String, _ b: String) -> Bool {
        guard !a.isEmpty, !b.isEmpty, a.utf8.allSatisfy(Bytes.isDigit), b.utf8.allSatisfy(Bytes.isDigit) else { return false }
        return a.drop { $0 == "0" } == b.drop { $0 == "0" }
    }

    private func stripZeros(_ digits: String) -> String {
        let trimmed = digits.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }

    private func closeEnough(_ a: Complex, _ b: Complex) -> Bool {
        let scale = max(a.magnitude, b.magnitude)
        // Plus an absolute 1e-14, so rounding residue is zero: `\cos 90^\circ` (6e-17 in doubles) equals 0.
        return (a - b).magnitude <= policy.relativeTolerance * scale + 1e-14
    }

    /// A decimal candidate matches an exact rational gold when the gold rounded to the candidate's places equals it
    /// (`0.3333` for 1/3), with at least four significant digits (`0.333` is not 1/3, as Math-Verify, PRM800K and
    /// Qwen2.5-Math's `rel_tol` 1e-4 decide); governed by `policy.acceptRoundedDecimals`.
    /// A float artifact (`0.15000000000000002`, at least 15 significant digits, within 1e-12 of the gold relatively) is
    /// the gold printed by a program, whatever the policy: Qwen2.5-Math's `math_equal` compares numbers to 1e-4.
    private func decimalApproximates(candidate: Expression, candidateText: String, gold: Double, roundingAllowed: Bool = true) -> Bool {
        // A cheap byte test first: a decimal literal has a point, and only digits, `.`, `-` and whitespace (tab, space
        // or non-ASCII) around it; anything else fails the test below without Foundation's trimming.
        guard candidateText.utf8.contains(46), candidateText.utf8.allSatisfy({ Bytes.isDigit($0) || $0 == 46 || $0 == 45
            || $0 == 32 || $0 == 9 || $0 >= 0x80 }) else { return false }
        var literal = candidateText.trimmingCharacters(in: .whitespaces)
        if literal.hasPrefix("-") { literal.removeFirst() }
        guard let dot = literal.firstIndex(of: "."), literal.allSatisfy({ $0.isASCIIDigit || $0 == "." }) else { return false }
        let places = literal.distance(from: literal.index(after: dot), to: literal.endIndex)
        let significant = literal.filter(\.isASCIIDigit).drop { $0 == "0" }.count
        if significant >= 15, let value = candidate.numericValue([:]), abs(gold - value.re) <= 1e-12 * abs(gold) { return true }
        guard policy.acceptRoundedDecimals, roundingAllowed else { return false }
        guard significant >= 4, places >= 1, places <= 17, let value = candidate.numericValue([:]) else { return false }
        let scale = pow(10, Double(places))
        let rounded = (gold * scale).rounded() / scale
        return abs(rounded - value.re) <= 0.5001 / scale && abs(gold - value.re) <= 0.5001 / scale
    }

    /// An exact candidate (no decimal point: `4\pi`, `\frac{57}{160}`, `\sqrt{2}`) against a gold decimal that is a
    /// rounding with at least four significant digits (`12.57`, `0.3333`): equal when the candidate's value rounds to the
    /// gold at the gold's places. The question asked for the rounding; the exact value is the same answer, more precise.
    /// Four digits, as for decimal candidates: `1/3` is not gold `0.333`, `\log 2` is not gold `0.301`.
    private func roundedGoldMatches(_ gold: Expression, _ candidate: Expression, value: Double) -> Bool {
        guard policy.acceptRoundedDecimals, value.isFinite, let digits = gold.decimalLiteralDigits, !candidate.containsDecimalLiteral,
              let point = digits.firstIndex(of: 46) else { return false }
        let places = digits.count - point - 1
        let significant = digits.filter(Bytes.isDigit).drop { $0 == 48 }.count
        guard significant >= 4, places >= 1, places <= 12, let goldValue = gold.numericValue([:]) else { return false }
        let scale = pow(10, Double(places))
        return abs(goldValue.re - value) <= 0.5 / scale * (1 + 1e-9)
    }

    /// Names that stand for whole numbers in contest answers.
    static let integerNames: Set<String> = ["n", "m", "k"]

    /// Whether a side of an equation holds a tuple of numbers, `(1,-7,18)` or `\langle 1, 2\rangle`: a bracket whose
    /// entries, split by a comma, hold no letter.
    static func holdsTuple(_ side: String) -> Bool {
        if side.contains("\\langle") { return true }
        var open: String.Index?
        for index in side.indices {
            let character = side[index]
            if character == "(" { open = side.index(after: index) }
            else if character == ")", let start = open {
                let inside = side[start..<index]
                if inside.contains(","), !inside.contains(where: \.isLetter) { return true }
                open = nil
            }
        }
        return false
    }

    /// Fixed evaluation points (deterministic, irrational-looking, positive so that real powers and roots stay real).
    /// Whole-number points for expressions with sums or products.
    static let integerPoints: [Double] = [3, 5, 2, 8, 4, 7, 11]
    static let samplePoints: [Double] = [0.7371, 1.3193, 2.1147, 4.6133, 0.4537, 7.0781, 11.7219]

    /// Evaluates both at several points; equal when at least two points are defined and every defined point agrees.
    /// With `proportionally`, the two may differ by one constant non-zero factor (equations `2x+4y-3=0` vs `y=…`).
    func agreeAtRandomPoints(_ a: Expression, _ b: Expression, variables: [String], proportionally: Bool) -> Bool {
        guard variables.count <= 8 else { return false }
        var agreements = 0
        var ratio: Complex?
        // Negative points too, so that |x| is not x. Where a side has roots, fractional powers or logarithms, a negative
        // point counts only when it is in the real domain of both sides (every root, fractional power and logarithm taken
        // of a non-negative number): `\sqrt{x^2}` is not `x` (at x < 0 both are real and differ), while
        // `\sqrt{a}\sqrt{b}` = `\sqrt{ab}` and `2\ln x` = `\ln x^2` (at negative points `\sqrt{a}` and `\ln x` are not real).
        let singleValued = a.isSingleValuedOnNegatives && b.isSingleValuedOnNegatives
        // Two of the negative points lie far out (six times as far), so that `|x+3|` is not `x+3` either.
        let points = ExpressionEquivalenceSamples.count + 4
        // A sum's bounds must be whole numbers: with a sum or product, variables are sampled at small integers. So are
        // the integer names `n`, `m`, `k` when both sides take floors or ceilings: `\lceil\sqrt n\rceil - 1` =
        // `\lfloor\sqrt{n-1}\rfloor` holds for whole n only (other names, such as x, are sampled as reals).
        let integral = a.containsSumOrProduct || b.containsSumOrProduct
            || a.containsFloorOrCeiling && b.containsFloorOrCeiling && variables.allSatisfy(EquivalenceChecker.integerNames.contains)
        for pointIndex in 0..<points {
            var bindings: [String: Complex] = [:]
            for (variableIndex, name) in variables.enumerated() {
                let magnitude = integral ? EquivalenceChecker.integerPoints[(pointIndex + variableIndex * 3) % EquivalenceChecker.integerPoints.count]
                    + Double(variableIndex)
                    : EquivalenceChecker.samplePoints[(pointIndex + variableIndex * 3) % EquivalenceChecker.samplePoints.count]
                    + Double(variableIndex) * 0.173
                bindings[name] = Complex(pointIndex >= ExpressionEquivalenceSamples.count + 2 ? -6 * magnitude
                    : pointIndex >= ExpressionEquivalenceSamples.count ? -magnitude : magnitude)
            }
            guard let x = a.numericValue(bindings), let y = b.numericValue(bindings) else { continue }
            if !singleValued, pointIndex >= ExpressionEquivalenceSamples.count,
               !a.isInRealDomain(bindings) || !b.isInRealDomain(bindings) { continue }
            if proportionally {
                if x.magnitude < 1e-12 && y.magnitude < 1e-12 { continue }
                if x.magnitude < 1e-12 || y.magnitude < 1e-12 { return false }
                let current = y / x
                if let previous = ratio { if !closeEnough(previous, current) { return false } } else { ratio = current }
            } else if !closeEnough(x, y) { return false }
            agreements += 1
        }
        return agreements >= 2
    }

    /// Whether `left = right` holds at sample points once `name` is bound to `value` (the other variables sampled).
    func holdsAfterSubstitution(_ name: String, _ value: Expression, into left: Expression, _ right: Expression) -> Bool {
        let others = left.variables.union(right.variables).union(value.variables).subtracting([name]).sorted()
        guard left.variables.union(right.variables).contains(name), others.count <= 8 else { return false }
        var agreements = 0
        for pointIndex in 0..<ExpressionEquivalenceSamples.count {
            var bindings: [String: Complex] = [:]
            for (variableIndex, other) in others.enumerated() {
                bindings[other] = Complex(EquivalenceChecker.samplePoints[(pointIndex + variableIndex * 3) % EquivalenceChecker.samplePoints.count]
                    + Double(variableIndex) * 0.173)
            }
            guard let bound = value.numericValue(bindings) else { continue }
            bindings[name] = bound
            guard let x = left.numericValue(bindings), let y = right.numericValue(bindings) else { continue }
            if !closeEnough(x, y) { return false }
            agreements += 1
        }
        return agreements >= 2
    }

    /// Whether `expression` is a·name + b with a ≠ 0, a and b free of `name` (checked at sample points of the others).
    func isLinear(_ expression: Expression, in name: String) -> Bool {
        guard expression.variables.contains(name) else { return false }
        let others = expression.variables.subtracting([name]).sorted()
        guard others.count <= 8 else { return false }
        var checked = 0
        for pointIndex in 0..<ExpressionEquivalenceSamples.count {
            var bindings: [String: Complex] = [:]
            for (variableIndex, other) in others.enumerated() {
                bindings[other] = Complex(EquivalenceChecker.samplePoints[(pointIndex + variableIndex * 3) % EquivalenceChecker.samplePoints.count]
                    + Double(variableIndex) * 0.173)
            }
            var values: [Complex] = []
            for point in [0.5, 1.5, 2.5, 4.25] {
                bindings[name] = Complex(point)
                guard let value = expression.numericValue(bindings) else { break }
                values.append(value)
            }
            guard values.count == 4 else { continue }
            let slope = values[1] - values[0]
            guard slope.magnitude > 1e-9, closeEnough(values[2] - values[1], slope), closeEnough((values[3] - values[2]) / Complex(1.75), slope) else { return false }
            checked += 1
        }
        return checked >= 2
    }

    func proportional(_ a: Expression, _ b: Expression) -> Bool {
        let variables = a.variables.union(b.variables).sorted()
        guard !variables.isEmpty else { return false }
        return agreeAtRandomPoints(a, b, variables: variables, proportionally: true)
    }
}

enum ExpressionEquivalenceSamples { static let count = 7 }

extension Expression {
    /// True when evaluation at negative points is unambiguous: no roots, non-integer powers or logarithms.
    var isSingleValuedOnNegatives: Bool {
        switch self {
        case .number, .constant, .variable, .baseLiteral: return true
        case let .sum(a, b), let .difference(a, b), let .product(a, b), let .quotient(a, b):
            return a.isSingleValuedOnNegatives && b.isSingleValuedOnNegatives
        case let .power(a, b): return b.isIntegerLiteral && a.isSingleValuedOnNegatives
        case let .negation(a): return a.isSingleValuedOnNegatives
        case let .function(name, arguments):
            return !["sqrt", "root", "ln", "log", "arcsin", "arccos", "factorial", "binom"].contains(name)
                && arguments.allSatisfy(\.isSingleValuedOnNegatives)
        }
    }
}

extension Expression {
    /// Whether a logarithm without a base (`\log x`) appears.
    var containsUnbasedLogarithm: Bool {
        switch self {
        case .number, .constant, .variable, .baseLiteral: return false
        case let .sum(a, b), let .difference(a, b), let .product(a, b), let .quotient(a, b), let .power(a, b):
            return a.containsUnbasedLogarithm || b.containsUnbasedLogarithm
        case let .negation(a): return a.containsUnbasedLogarithm
        case let .function(name, arguments): return name == "log" || arguments.contains(where: \.containsUnbasedLogarithm)
        }
    }

    /// The expression with every logarithm without a base read as base 10: `\log x` → `\ln x / \ln 10`.
    var commonLogarithms: Expression {
        switch self {
        case .number, .constant, .variable, .baseLiteral: return self
        case let .sum(a, b): return .sum(a.commonLogarithms, b.commonLogarithms)
        case let .difference(a, b): return .difference(a.commonLogarithms, b.commonLogarithms)
        case let .product(a, b): return .product(a.commonLogarithms, b.commonLogarithms)
        case let .quotient(a, b): return .quotient(a.commonLogarithms, b.commonLogarithms)
        case let .power(a, b): return .power(a.commonLogarithms, b.commonLogarithms)
        case let .negation(a): return .negation(a.commonLogarithms)
        case let .function(name, arguments):
            let inner = arguments.map(\.commonLogarithms)
            return name == "log" ? .quotient(.function("ln", inner), .function("ln", [.number("10")])) : .function(name, inner)
        }
    }
}

extension Expression {
    /// Whether every root, fractional power and logarithm in the expression is taken of a real number where it is real
    /// (non-negative; positive for logarithms; within [-1, 1] for arcsin and arccos) at the given point.
    func isInRealDomain(_ bindings: [String: Complex]) -> Bool {
        func real(_ expression: Expression) -> Double? {
            guard let value = expression.numericValue(bindings), abs(value.im) <= 1e-12 * max(1, value.magnitude) else { return nil }
            return value.re
        }
        switch self {
        case .number, .constant, .variable, .baseLiteral: return true
        case let .sum(a, b), let .difference(a, b), let .product(a, b), let .quotient(a, b):
            return a.isInRealDomain(bindings) && b.isInRealDomain(bindings)
        case let .power(a, b):
            guard a.isInRealDomain(bindings), b.isInRealDomain(bindings) else { return false }
            return b.isIntegerLiteral || (real(a).map { $0 >= 0 } ?? false)
        case let .negation(a): return a.isInRealDomain(bindings)
        case let .function(name, arguments):
            guard arguments.allSatisfy({ $0.isInRealDomain(bindings) }) else { return false }
            switch name {
            case "sqrt", "root": return real(arguments[0]).map { $0 >= 0 } ?? false
            case "ln", "log": return real(arguments[0]).map { $0 > 0 } ?? false
            case "arcsin", "arccos": return real(arguments[0]).map { abs($0) <= 1 } ?? false
            default: return true
            }
        }
    }
}
