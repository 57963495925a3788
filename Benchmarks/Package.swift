// swift-tools-version:6.0
// Lectern benchmarks: `make bench` at the top level builds this package in release mode and runs Benchmarks/run.sh.
//
// The main package exports no library product and its manifest is shared, so this package compiles the very same
// sources through symbolic links (Sources/LecternCore -> ../../Sources/LecternCore, likewise CReadline) with the
// same dependency, instead of depending on `..` by path. Nothing here is part of `make test` or CI.
import PackageDescription

let package = Package(
    name: "LecternBenchmarks",
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2")
    ],
    targets: [
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        .target(name: "LecternCore", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(name: "BenchSupport", dependencies: ["LecternCore"]),
        // Tools that make data.
        .executableTarget(name: "gen-log", dependencies: ["BenchSupport", "LecternCore"]),
        .executableTarget(name: "gen-course", dependencies: ["BenchSupport", "LecternCore"]),
        .executableTarget(name: "gen-class", dependencies: ["BenchSupport", "LecternCore"]),
        // In-process measurements.
        .executableTarget(name: "bench-fsrs", dependencies: ["BenchSupport", "LecternCore"]),
        .executableTarget(name: "bench-optimizer", dependencies: ["BenchSupport", "LecternCore"]),
        .executableTarget(name: "bench-rebuild", dependencies: ["BenchSupport", "LecternCore"]),
        .executableTarget(name: "bench-course", dependencies: ["BenchSupport", "LecternCore"]),
        .executableTarget(name: "bench-append", dependencies: ["BenchSupport", "LecternCore"]),
        .executableTarget(name: "bench-wrap", dependencies: ["BenchSupport", "LecternCore"]),
        // Baselines run through the pseudo-terminal, and the driver that times them.
        .executableTarget(name: "baseline-prompt", dependencies: ["CReadline"]),
        .executableTarget(name: "baseline-answer", dependencies: ["CReadline"]),
        .executableTarget(name: "ptydrive", linkerSettings: [.linkedLibrary("util")]),
    ],
    swiftLanguageModes: [.v6]
)
