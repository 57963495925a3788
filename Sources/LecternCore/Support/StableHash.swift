/// A hash that is the same in every process and on every machine (FNV-1a, 64 bits).
///
/// Swift's `Hasher` is seeded per process, so anything that must come out the same on every run (the order of
/// generated distractors) uses this instead.
enum StableHash {
    /// The FNV-1a hash of the UTF-8 bytes of `text`.
    static func of(_ text: String) -> UInt64 {
        of(bytes: text.utf8)
    }

    /// The FNV-1a hash of `bytes`.
    static func of(bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }
}
