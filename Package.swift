// swift-tools-version:6.1
// Pincite: US court opinions → structured data.
// The engine (`Pincite`) is a plain library with no dependencies so that the
// test build stays lean; the CLI (`pincite`) adds swift-argument-parser.
// CLibXML2 is the system libxml2 (pkg-config libxml-2.0; Debian libxml2-dev),
// used by the HTML / CAP XML input readers (Sources/Pincite/Source/Readers) and the
// XML exporters; CCrypto is OpenSSL's libcrypto (pkg-config libcrypto; Debian
// libssl-dev), used for the SHA-256 of the input only.
// Batch mode lives in its own targets so that the engine stays dependency-free:
// PinciteBatch (dump readers, decompression through the system zlib / libbz2 /
// libzstd, the parallel runner, database rows, graph), PinciteSQLite (GRDB.swift)
// and PincitePostgres (postgres-nio).
import PackageDescription

let package = Package(
    name: "Pincite",
    products: [
        .library(name: "Pincite", targets: ["Pincite"]),
        .executable(name: "pincite", targets: ["pincite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CCrypto",
            path: "Sources/CCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        .target(name: "Pincite", dependencies: ["CLibXML2", "CCrypto"]),
        // compression libraries for batch inputs (Debian zlib1g-dev, libbz2-dev, libzstd-dev)
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CBZip2", path: "Sources/CBZip2", providers: [.apt(["libbz2-dev"])]),
        .systemLibrary(name: "CZstd", path: "Sources/CZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"])]),
        .target(name: "PinciteBatch", dependencies: ["Pincite", "CZlib", "CBZip2", "CZstd"]),
        // glibc's <malloc.h> (mallopt), part of libc6-dev
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
        .target(name: "PinciteSQLite", dependencies: ["PinciteBatch", .product(name: "GRDB", package: "GRDB.swift"),
                                                     .product(name: "GRDBSQLite", package: "GRDB.swift")]),
        .target(name: "PincitePostgres", dependencies: ["PinciteBatch", .product(name: "PostgresNIO", package: "postgres-nio")]),
        .executableTarget(
            name: "pincite",
            dependencies: [
                "Pincite", "PinciteBatch", "PinciteSQLite", "PincitePostgres", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PinciteTests", dependencies: ["Pincite"]),
        .testTarget(name: "PinciteBatchTests", dependencies: ["PinciteBatch", "PinciteSQLite", "PincitePostgres", "CLibXML2",
                                                          .product(name: "GRDB", package: "GRDB.swift")]),
    ]
)

// libFuzzer targets (Fuzz/, one per entry point), only when PINCITE_FUZZ is set so that
// the normal build and `swift test` stay lean. scripts/fuzz.sh builds them with
// `-sanitize=fuzzer,address`; `-parse-as-library` because libFuzzer supplies `main`.
import Foundation
if ProcessInfo.processInfo.environment["PINCITE_FUZZ"] != nil {
    package.targets.append(.target(name: "FuzzDriver", path: "Fuzz/FuzzDriver"))
    // the batch readers' targets share FuzzBatchSupport (a scratch file, the document invariants)
    package.targets.append(.target(name: "FuzzBatchSupport", dependencies: ["PinciteBatch"], path: "Fuzz/FuzzBatchSupport"))
    let batch: [Target.Dependency] = ["PinciteBatch", "FuzzBatchSupport"]
    let targets: [(String, [Target.Dependency])] = [
        ("FuzzLexer", []), ("FuzzCitations", []), ("FuzzLayout", []), ("FuzzMarkup", []), ("FuzzParse", []),
        ("FuzzCSV", batch), ("FuzzJSONRecords", batch), ("FuzzCompressed", batch + ["CZlib", "CBZip2", "CZstd"]),
    ]
    for (name, extra) in targets {
        package.targets.append(.executableTarget(name: name, dependencies: ["Pincite", "FuzzDriver"] + extra, path: "Fuzz/\(name)",
                                                 swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
    }
}
