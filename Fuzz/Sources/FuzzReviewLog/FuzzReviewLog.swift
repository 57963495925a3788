import LecternFuzzHarness

/// libFuzzer's entry point: one input, see `FuzzHarness.reviewLog(_:in:)`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzHarness.crashing(on: Array(UnsafeBufferPointer(start: bytes, count: count))) { try FuzzHarness.reviewLog($0) }
    return 0
}
