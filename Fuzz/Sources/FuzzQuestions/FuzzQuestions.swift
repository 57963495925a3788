import FuzzHarness

/// libFuzzer's entry point: one input, see `FuzzHarness.questions(_:)`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzHarness.questions(Array(UnsafeBufferPointer(start: bytes, count: count)))
    return 0
}
