import Testing

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
}
