// swift-tools-version:6.1
import PackageDescription

// The package graph is the pipeline (docs/architecture.md): each stage is a target that may import
// only the stages to its left, and the compiler holds it to that. Between tracker's own targets
// declarations are `package`, not `public`: nothing here is a library for others.
//
//   Core ← Markup ← Deeds ← Store ← Harvest
//   Core ← Text ← Ledger ← Store ← Linking ← Scoring ← Publishing
//   everything ← TrackerKit (the commands as functions) ← Serving (HTTP) ← tracker (parse and print)
let package = Package(
    name: "tracker",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tracker", targets: ["tracker"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // `tracker serve` only; without the traits that pull in swift-configuration and full Foundation.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // C libraries from Debian: zlib (only Core), Snowball (only Text); libxml2 below, for Markup alone.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        // Linux's renameat2(RENAME_EXCHANGE), which Swift's Glibc does not declare: publish swaps folders with it.
        .systemLibrary(name: "CExchange"),

        // Dates, positions and problems in reviewed files, the YAML reader, digests, compression, JSON coding.
        .target(
            name: "Core",
            dependencies: [
                "CZlib",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ]),
        // Dutch text: folding, Snowball stemming and phrase matching, shared by the index and the linker.
        .target(name: "Text", dependencies: ["CStemmer"]),
        // The only code that touches libxml2 (libxml2-dev). Its module map is handed to this target alone, so
        // `import CLibXML2` anywhere else does not compile.
        .target(
            name: "Markup", dependencies: ["Core"], exclude: ["libxml2"],
            swiftSettings: [
                .unsafeFlags([
                    "-Xcc", "-fmodule-map-file=\(Context.packageDirectory)/Sources/Markup/libxml2/module.modulemap",
                    "-Xcc", "-I/usr/include/libxml2",
                ])
            ],
            linkerSettings: [.linkedLibrary("xml2")]),
        // The commitment ledger (Commitments/): themes, standards, pledges, municipalities, links.
        .target(name: "Ledger", dependencies: ["Core", "Text"]),
        // What institutions did: the Deed and the readers that turn official documents into deeds.
        .target(name: "Deeds", dependencies: ["Core", "Markup", "Text"]),
        // Storage: GRDB, the schema, the full-text index. Knows the ledger and deeds, never how they are fetched.
        .target(
            name: "Store",
            dependencies: [
                "Core", "Text", "Ledger", "Deeds",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C interface, for the one file control GRDB does not wrap (persistent WAL).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]),
        // The network and the sources of Scrapers/: HTTP, SyncFeed (and its join), SRU, council pages, local files.
        .target(name: "Harvest", dependencies: ["Core", "Text", "Markup", "Deeds", "Store"]),
        .target(name: "Linking", dependencies: ["Core", "Text", "Ledger", "Deeds", "Store"]),
        .target(name: "Scoring", dependencies: ["Core", "Text", "Ledger", "Deeds"]),
        // What the analyst publishes: JSON and CSV, the Dutch reports, the feed, and letters from the Mustache
        // templates of Templates/ (swift-mustache), which an analyst edits without touching Swift.
        .target(
            name: "Publishing",
            dependencies: ["Core", "Ledger", "Deeds", "Scoring", .product(name: "Mustache", package: "swift-mustache")]),
        // The commands as library functions: validation, update, ingest, rebuild, queries.
        .target(
            name: "TrackerKit",
            dependencies: [
                "CExchange", "Core", "Ledger", "Deeds", "Store", "Harvest", "Linking", "Scoring", "Publishing",
            ]),
        // `tracker serve`: the published folder over HTTP, read-only (Hummingbird). The only target that knows it.
        .target(
            name: "Serving",
            dependencies: [
                "Core", "TrackerKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .executableTarget(
            name: "tracker",
            dependencies: [
                "Core", "Ledger", "Deeds", "Harvest", "Scoring", "Publishing", "TrackerKit", "Serving",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Fixture paths, a local HTTP server and the SyncFeed and SRU pages built from real fixtures.
        .target(
            name: "TestSupport", dependencies: ["Core", "Markup", "Ledger", "Deeds", "Harvest"],
            path: "Tests/TestSupport"),
        // `make bench`: a SyncFeed server with the test corpus, repeated as generated data.
        .executableTarget(name: "feedserver", dependencies: ["TestSupport"], path: "Tests/FeedServer"),
        // `make bench`: in-process timings (full relink, one pledge's score) on a harvested workspace.
        .executableTarget(
            name: "trackerbench", dependencies: ["Core", "Ledger", "Store", "Linking", "Scoring", "TrackerKit"],
            path: "Tests/Bench"),
        // `make eval`: the linker measured on the labelled motions of eval/motions.yaml (eval/SOURCES.md).
        .executableTarget(
            name: "trackereval",
            dependencies: ["Core", "Text", "Deeds", "Store", "Harvest", "Ledger", "Linking", "TestSupport"],
            path: "Tests/Eval"),
        .testTarget(name: "CoreTests", dependencies: ["Core"]),
        .testTarget(name: "TextTests", dependencies: ["Text"]),
        .testTarget(name: "MarkupTests", dependencies: ["Core", "Markup", "TestSupport"]),
        .testTarget(name: "LedgerTests", dependencies: ["Core", "Text", "Ledger", "TestSupport"]),
        .testTarget(name: "DeedsTests", dependencies: ["Core", "Markup", "Deeds", "TestSupport"]),
        .testTarget(
            name: "StoreTests",
            dependencies: [
                "Core", "Text", "Ledger", "Deeds", "Store", "Harvest", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        // Harvesting through the pipeline: update and rebuild against local servers.
        .testTarget(
            name: "HarvestTests",
            dependencies: [
                "Core", "Markup", "Deeds", "Store", "Harvest", "Ledger", "Linking", "Scoring", "TrackerKit",
                "TestSupport",
            ]),
        .testTarget(
            name: "LinkingTests",
            dependencies: ["Core", "Text", "Ledger", "Deeds", "Store", "Harvest", "Linking", "TestSupport"]),
        .testTarget(
            name: "ScoringTests",
            dependencies: ["Core", "Ledger", "Deeds", "Harvest", "Scoring", "TestSupport"]),
        .testTarget(
            name: "PublishingTests", dependencies: ["Core", "Ledger", "Deeds", "Publishing", "Scoring", "TestSupport"]),
        .testTarget(name: "TrackerCLITests", dependencies: ["tracker", "TestSupport"]),
    ]
)
