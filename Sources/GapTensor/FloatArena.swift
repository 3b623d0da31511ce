// One contiguous, zero-initialised Float allocation carved into named views (llm.c's malloc_and_point_parameters).
// Parameters, gradients, each Adam moment and activations each live in one arena, so an optimizer or a checkpoint
// walks a single buffer. The arena owns its memory; views are raw pointers valid while the arena lives.

/// A single 64-byte-aligned allocation of `count` Floats, zeroed at creation.
public final class FloatArena {
    /// Total number of Floats.
    public let count: Int
    /// The first Float; views are offsets from here.
    public let base: UnsafeMutablePointer<Float>

    /// Allocates `count` Floats (at least one, so `base` is always valid) and zeroes them.
    public init(count: Int) {
        self.count = count
        let raw = UnsafeMutableRawPointer.allocate(byteCount: max(1, count) * MemoryLayout<Float>.stride, alignment: 64)
        base = raw.bindMemory(to: Float.self, capacity: max(1, count))
        base.initialize(repeating: 0, count: max(1, count))
    }

    deinit { UnsafeMutableRawPointer(base).deallocate() }

    /// The view starting `offset` Floats into the arena.
    @inline(__always)
    public func pointer(at offset: Int) -> UnsafeMutablePointer<Float> { base + offset }

    /// Sets every Float to zero.
    public func zero() { base.update(repeating: 0, count: count) }

    /// The whole arena as a buffer pointer (for reductions, copies and file I/O).
    public var buffer: UnsafeMutableBufferPointer<Float> { UnsafeMutableBufferPointer(start: base, count: count) }
}
