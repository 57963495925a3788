import Testing
import LecternCore

@testable import LecternShell

struct LineLimitsTests {
    @Test func anyCollectionDecodesAsItsBytesInAnArray() {
        let bytes: [UInt8] = Array("quiz 1 · é".utf8)
        let fromBuffer = bytes.withUnsafeBytes { LineLimits.decode($0) }
        #expect(fromBuffer == .line("quiz 1 · é"))
        #expect(LineLimits.decode(bytes[...]) == LineLimits.decode(bytes))
        #expect(LineLimits.decode([0x66, 0xFF] as ArraySlice<UInt8>) == .rejected("that line is not valid UTF-8 text"))
    }

    @Test func aHugeLineIsRefusedWithoutBeingCopied() {
        // A terabyte of spaces: copying it first would run out of memory.
        let input = LineLimits.decode(repeatElement(UInt8(ascii: " "), count: 1 << 40))
        #expect(input == .rejected("that line is \(1 << 40) bytes long; the limit is \(LineLimits.maximumBytes)"))
    }

    @Test func bytesInMemoryAreRefusedOrReadAsAnArrayIs() {
        for count in [0, 1, LineLimits.maximumBytes, LineLimits.maximumBytes + 1] {
            let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: count)
            let fromMemory = bytes.withUnsafeBytes { LineLimits.decode($0) }
            #expect(fromMemory == LineLimits.decode(bytes[...]), "\(count) bytes")
        }
        var rng = SplitMix64(seed: 8)
        for _ in 0..<2_000 {
            // Mostly ASCII, with now and then a byte that may start, continue or break a UTF-8 sequence.
            let bytes = (0..<Int.random(in: 0...12, using: &rng)).map { _ in
                Bool.random(using: &rng) ? UInt8.random(in: 0x20...0x7E, using: &rng) : UInt8.random(in: 0...0xFF, using: &rng)
            }
            let expected = String(validating: bytes, as: UTF8.self).map(LineInput.line) ?? .rejected("that line is not valid UTF-8 text")
            #expect(LineLimits.decode(bytes) == expected, "\(bytes)")
        }
        let invalid: [UInt8] = [0x66, 0xC3]
        #expect(invalid.withUnsafeBytes { LineLimits.decode($0) } == .rejected("that line is not valid UTF-8 text"))
    }
}
