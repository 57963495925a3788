import FuzzHarness

/// libFuzzer's entry point: one input, see `FuzzHarness.knowledgeBase(_:)`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzHarness.knowledgeBase(Array(UnsafeBufferPointer(start: bytes, count: count)))
    return 0
}
