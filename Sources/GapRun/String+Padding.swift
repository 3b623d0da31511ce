// Left-aligned padding for the plain-text tables gaprun prints.

extension String {
    /// The string followed by spaces up to `width` characters (unchanged when already as wide).
    func padded(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
