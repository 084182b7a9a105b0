// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "tracker",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "TrackerKit", targets: ["TrackerKit"]),
        .executable(name: "tracker", targets: ["tracker"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // libxml2 as a system library; only Sources/TrackerKit/Markup imports it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // zlib, for keeping raw source documents compressed.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "TrackerKit",
            dependencies: [
                "CLibXML2",
                "CZlib",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "tracker",
            dependencies: [
                "TrackerKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // A local HTTP server and the SyncFeed pages built from real fixtures, shared by the test targets.
        .target(
            name: "TestSupport",
            dependencies: ["TrackerKit"],
            path: "Tests/TestSupport"
        ),
        // `make bench`: a SyncFeed server with the test corpus, repeated as generated data.
        .executableTarget(
            name: "feedserver",
            dependencies: ["TestSupport"],
            path: "Tests/FeedServer"
        ),
        .testTarget(
            name: "TrackerKitTests",
            dependencies: ["TrackerKit", "TestSupport"]
        ),
        .testTarget(
            name: "TrackerCLITests",
            dependencies: ["tracker", "TestSupport"]
        ),
    ]
)
