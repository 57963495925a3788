import LecternFuzzHarness

/// libFuzzer's entry point: one input, see `FuzzHarness.questions(_:)`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzHarness.crashing(on: Array(UnsafeBufferPointer(start: bytes, count: count))) { try FuzzHarness.questions($0) }
    return 0
}
