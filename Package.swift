// swift-tools-version: 6.0
// An event database of the Syrian war, built from news articles.
// Pipeline: read → clean → segment → places and factions → events → dates and control → store → report.
import PackageDescription

let package = Package(
    name: "ConflictEvents",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ingest", targets: ["Ingest"]),
        .executable(name: "query", targets: ["Query"]),
        .executable(name: "bench", targets: ["Bench"]),
        .library(name: "Store", targets: ["Store"]),
        .library(name: "Extraction", targets: ["Extraction"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The system SQLite 3 (libsqlite3-dev), through a module map of our own.
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        // The system zlib (zlib1g-dev), to unpack the embedded gazetteer.
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        // Migrations, reference data and lexicons compiled into the binaries with C23 #embed,
        // so that the executables work from any directory and when copied elsewhere.
        .target(name: "CEmbedded"),
        .target(name: "Embedded", dependencies: ["CEmbedded", "CZlib"]),
        // Matching keys for names of places, factions and sources, shared by every module.
        .target(name: "Names"),
        // SQLite plumbing and every line of SQL that writes the database.
        .target(name: "Store", dependencies: ["CSQLite", "Embedded", "Names"]),
        // Text in, events out: cleaning, segmentation, places, factions, events, dates. No I/O.
        .target(name: "Extraction", dependencies: ["Embedded", "Names"]),
        // Files in, database rows out: decoding, HTML, JSON Lines, parallel extraction, one writer.
        .target(name: "Pipeline", dependencies: ["Store", "Extraction", "Embedded", "Names"]),
        // Canned reports, ad-hoc SQL and output formats.
        .target(name: "Reports", dependencies: ["Store", "Names"]),
        .executableTarget(name: "Ingest", dependencies: [
            "Pipeline", "Store",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "Query", dependencies: [
            "Reports", "Store",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "Bench", dependencies: [
            "Pipeline", "Reports", "Store", "Extraction",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Embedded", "Names"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "Pipeline", "Store"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "Store", "Extraction"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Pipeline", "Store"]),
    ]
)
