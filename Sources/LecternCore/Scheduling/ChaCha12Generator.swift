/// The ChaCha stream cipher with 12 rounds as a random number generator: what Rust's `rand::rngs::StdRng` is, so
/// that the optimizer can shuffle its batches in the very order fsrs-rs does for the same seed.
///
/// A 32-byte key, a 64-bit block counter from 0 and a zero stream id; the sixteen output words of each block are
/// read in order. `init(seed:)` expands a 64-bit seed into the key as `rand_core`'s `seed_from_u64` does, with PCG32.
struct ChaCha12Generator {
    private var key: [UInt32]
    private var counter: UInt64 = 0
    private var block = [UInt32](repeating: 0, count: 16)
    private var position = 16

    /// A generator keyed with `key`, 32 bytes.
    init(key bytes: [UInt8]) {
        key = (0..<8).map { word in
            (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[word * 4 + $1]) << (8 * UInt32($1)) }
        }
    }

    /// A generator keyed from a 64-bit seed as `SeedableRng::seed_from_u64` keys it.
    init(seed: UInt64) {
        var state = seed
        var bytes: [UInt8] = []
        for _ in 0..<8 {
            state = state &* 6_364_136_223_846_793_005 &+ 11_634_580_027_462_260_723
            let shifted = UInt32(truncatingIfNeeded: ((state >> 18) ^ state) >> 27)
            let rotation = UInt32(truncatingIfNeeded: state >> 59)
            let word = shifted >> rotation | shifted << ((32 - rotation) & 31)
            bytes += (0..<4).map { UInt8(truncatingIfNeeded: word >> (8 * $0)) }
        }
        self.init(key: bytes)
    }

    /// The next 32 bits of the key stream.
    mutating func next32() -> UInt32 {
        if position == 16 { refill() }
        position += 1
        return block[position - 1]
    }

    /// The next 64 bits: two words, the first in the low half.
    mutating func next64() -> UInt64 {
        let low = UInt64(next32())
        return low | UInt64(next32()) << 32
    }

    /// A draw in 0..<bound as `rand`'s `random_range(..bound)` makes it for `u32`: a widening multiply, with one more
    /// word when the low half shows the draw might be biased.
    mutating func below(_ bound: UInt32) -> UInt32 {
        let product = UInt64(next32()) * UInt64(bound)
        var result = UInt32(truncatingIfNeeded: product >> 32)
        let low = UInt32(truncatingIfNeeded: product)
        if low > 0 &- bound {
            let extra = UInt32(truncatingIfNeeded: (UInt64(next32()) * UInt64(bound)) >> 32)
            if low.addingReportingOverflow(extra).overflow { result += 1 }
        }
        return result
    }

    /// Shuffles `values` as `rand`'s `SliceRandom::shuffle` does: Fisher-Yates from the front, several small
    /// draws taken from one 32-bit draw while their product fits.
    mutating func shuffle(_ values: inout [Int]) {
        guard values.count > 1 else { return }
        var size: UInt32 = 0
        var chunk: UInt32 = 0
        var remaining = 1  // the first index is always 0: no draw
        for index in values.indices {
            let next = size + 1
            if remaining == 0 {
                var product = next
                var factor = next + 1
                var count = 1
                while case let (value, false) = product.multipliedReportingOverflow(by: factor) {
                    product = value
                    factor += 1
                    count += 1
                }
                chunk = below(product)
                remaining = count
            }
            remaining -= 1
            let other: UInt32
            if remaining == 0 {
                other = chunk
            } else {
                other = chunk % next
                chunk /= next
            }
            size = next
            values.swapAt(index, Int(other))
        }
    }

    private mutating func refill() {
        let constants: [UInt32] = [0x6170_7865, 0x3320_646e, 0x7962_2d32, 0x6b20_6574]
        let input =
            constants + key + [UInt32(truncatingIfNeeded: counter), UInt32(truncatingIfNeeded: counter >> 32), 0, 0]
        var x = input
        func quarter(_ a: Int, _ b: Int, _ c: Int, _ d: Int) {
            x[a] = x[a] &+ x[b]; x[d] ^= x[a]; x[d] = x[d] << 16 | x[d] >> 16
            x[c] = x[c] &+ x[d]; x[b] ^= x[c]; x[b] = x[b] << 12 | x[b] >> 20
            x[a] = x[a] &+ x[b]; x[d] ^= x[a]; x[d] = x[d] << 8 | x[d] >> 24
            x[c] = x[c] &+ x[d]; x[b] ^= x[c]; x[b] = x[b] << 7 | x[b] >> 25
        }
        for _ in 0..<6 {
            quarter(0, 4, 8, 12); quarter(1, 5, 9, 13); quarter(2, 6, 10, 14); quarter(3, 7, 11, 15)
            quarter(0, 5, 10, 15); quarter(1, 6, 11, 12); quarter(2, 7, 8, 13); quarter(3, 4, 9, 14)
        }
        for index in 0..<16 { block[index] = x[index] &+ input[index] }
        counter &+= 1
        position = 0
    }
}
