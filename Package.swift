// swift-tools-version:6.0
// Lectern: a terminal study application. GPL-3.0-or-later.
import PackageDescription

let package = Package(
    name: "Lectern",
    products: [
        .executable(name: "lectern", targets: ["lectern"]),
        // A library only so that the fuzz package (Fuzz/, `make fuzz`) can link its harness and the code it tests.
        .library(name: "LecternFuzzHarness", targets: ["LecternFuzzHarness"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),
        .target(
            name: "LecternCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "LecternShell",
            dependencies: ["LecternCore", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .target(name: "LecternReadline", dependencies: ["LecternShell", "CReadline"]),
        .executableTarget(
            name: "lectern",
            dependencies: [
                "LecternCore", "LecternShell", "LecternReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "LecternTestSupport", dependencies: ["LecternCore", "LecternShell"]),
        // What each fuzz target does with one input; the tests replay the kept inputs through it too.
        .target(name: "LecternFuzzHarness", dependencies: ["LecternCore", "LecternShell", "LecternReadline"]),
        .testTarget(
            name: "LecternCoreTests", dependencies: ["LecternCore", "LecternTestSupport", "LecternFuzzHarness"],
            exclude: ["Snapshots"]),
        .testTarget(name: "LecternShellTests", dependencies: ["LecternShell", "LecternTestSupport"]),
        .testTarget(name: "LecternReadlineTests", dependencies: ["LecternReadline", "LecternTestSupport"]),
        .testTarget(name: "LecternEndToEndTests", dependencies: ["LecternCore", "LecternTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
