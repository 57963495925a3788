// swift-tools-version:6.0
// Lectern's fuzz targets: one libFuzzer executable per input format, built with `make fuzz` (see docs/fuzzing.md).
// They only link when built with `-sanitize=fuzzer`, which supplies `main`.
import PackageDescription

let harness: [Target.Dependency] = [.product(name: "LecternFuzzHarness", package: "Lectern")]
let fuzzTarget: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "LecternFuzz",
    dependencies: [
        .package(name: "Lectern", path: "..")
    ],
    targets: [
        .executableTarget(name: "FuzzLesson", dependencies: harness, swiftSettings: fuzzTarget),
        .executableTarget(name: "FuzzQuestions", dependencies: harness, swiftSettings: fuzzTarget),
        .executableTarget(name: "FuzzKnowledgeBase", dependencies: harness, swiftSettings: fuzzTarget),
        .executableTarget(name: "FuzzGrader", dependencies: harness, swiftSettings: fuzzTarget),
        .executableTarget(name: "FuzzReviewLog", dependencies: harness, swiftSettings: fuzzTarget),
        .executableTarget(name: "FuzzSnapshot", dependencies: harness, swiftSettings: fuzzTarget),
        .executableTarget(name: "FuzzTerminalText", dependencies: harness, swiftSettings: fuzzTarget),
    ],
    swiftLanguageModes: [.v6]
)
