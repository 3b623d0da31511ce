// GoldCache: each distinct gold is split, normalised and parsed once per process (a gold recurs across many lines);
// bounded, thread-safe, and a pure memo of pure functions, so it never changes a verdict.
import Synchronization

/// A bounded, thread-safe memo of `compute(key)` for gold answers. Keys longer than `maximumKeyBytes` are computed
/// every time, never stored; when `capacity` entries are stored, the whole table is dropped and refilled (a file has
/// few distinct golds, so this is rare, and it keeps the bound without per-entry bookkeeping).
final class GoldMemo<Value: Sendable>: Sendable {
    let capacity: Int
    let maximumKeyBytes: Int
    private let storage: Mutex<Storage>

    /// The table, and the entry found or stored last: one judgment asks for its gold several times in a row, and
    /// comparing with the last key (the same string, usually the same storage) costs less than hashing a long gold.
    private struct Storage {
        var table: [String: Value] = [:]
        var last: (key: String, value: Value)?
    }

    init(capacity: Int = GoldCache.capacity, maximumKeyBytes: Int = GoldCache.maximumKeyBytes) {
        self.capacity = capacity
        self.maximumKeyBytes = maximumKeyBytes
        self.storage = Mutex(Storage())
    }

    /// `compute(key)`, stored the first time. `compute` runs outside the lock (two threads may both compute a
    /// missing key; both get the same value, as `compute` is pure).
    func value(_ key: String, _ compute: (String) -> Value) -> Value {
        guard key.utf8.count <= maximumKeyBytes else { return compute(key) }
        let stored = storage.withLock { storage -> Value? in
            // The last entry is also in the table (or was, before a drop: the same pure value), so this is the table's answer.
            if let last = storage.last, last.key == key { return last.value }
            guard let found = storage.table[key] else { return nil }
            storage.last = (key, found)
            return found
        }
        if let stored { return stored }
        let value = compute(key)
        storage.withLock { storage in
            if storage.table.count >= capacity { storage.table.removeAll(keepingCapacity: true) }
            storage.table[key] = value
            storage.last = (key, value)
        }
        return value
    }

    /// Entries stored now (never more than `capacity`).
    var count: Int { storage.withLock { $0.table.count } }

    /// Drops every entry.
    func removeAll() { storage.withLock { $0 = Storage() } }
}

/// The memos of the gold side of `verify(gold:candidate:)` and `GaprunScorer`: gold → answer forms, gold text →
/// normalised answer, normalised gold text → parsed value, gold → plain normalised answer.
enum GoldCache {
    /// Entries per memo.
    static let capacity = 4096
    /// Golds longer than this (whole solutions) are not stored.
    static let maximumKeyBytes = 2048

    static let formsMemo = GoldMemo<[String]>()
    static let normalizedMemo = GoldMemo<NormalizedAnswer>()
    static let parsedMemo = GoldMemo<AnswerValue>()
    static let plainNormalizedMemo = GoldMemo<NormalizedAnswer>()

    /// `goldForms(gold)`.
    static func forms(_ gold: String) -> [String] { formsMemo.value(gold, goldForms) }

    /// The gold text normalised as `compare` reads it: a compound quantity or trigonometric degrees rewritten first.
    static func normalized(_ goldText: String) -> NormalizedAnswer {
        normalizedMemo.value(goldText) { Normalizer.normalize(UnitConversion.compoundQuantity($0) ?? TrigonometryDegrees.rewritten($0)) }
    }

    /// `AnswerParser.parse(text)` of a normalised gold.
    static func parsed(_ text: String) -> AnswerValue { parsedMemo.value(text) { AnswerParser.parse($0) } }

    /// `Normalizer.normalize(gold)`.
    static func plainNormalized(_ gold: String) -> NormalizedAnswer { plainNormalizedMemo.value(gold, Normalizer.normalize) }

    /// Whether the gold is a matrix whose entries are all 0 (`\begin{pmatrix} 0 & 0 \\ 0 & 0 \end{pmatrix}`).
    static func isZeroMatrix(_ gold: String) -> Bool {
        guard case let .matrix(rows) = parsed(plainNormalized(gold).text) else { return false }
        return rows.allSatisfy { row in row.allSatisfy { entry in
            if case let .expression(expression, _) = entry { return expression.numericValue([:]).map { $0.magnitude == 0 } ?? false }
            return false
        } }
    }

    /// Empties every memo (tests).
    static func removeAll() {
        formsMemo.removeAll(); normalizedMemo.removeAll(); parsedMemo.removeAll(); plainNormalizedMemo.removeAll()
    }
}
