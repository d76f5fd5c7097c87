// swift-tools-version:6.0
// Pincite: US court opinions → structured data.
// The engine (`Pincite`) is a plain library with no dependencies so that the
// test build stays lean; the CLI (`pincite`) adds swift-argument-parser.
// CLibXML2 is the system libxml2 (pkg-config libxml-2.0; Debian libxml2-dev),
// used by the HTML / CAP XML input readers (Sources/Pincite/Source/Readers) and the
// XML exporters; CCrypto is OpenSSL's libcrypto (pkg-config libcrypto; Debian
// libssl-dev), used for the SHA-256 of the input only.
import PackageDescription

let package = Package(
    name: "Pincite",
    products: [
        .library(name: "Pincite", targets: ["Pincite"]),
        .executable(name: "pincite", targets: ["pincite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
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
        .executableTarget(
            name: "pincite",
            dependencies: [
                "Pincite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PinciteTests", dependencies: ["Pincite"]),
    ]
)

// libFuzzer targets (Fuzz/, one per entry point), only when PINCITE_FUZZ is set so that
// the normal build and `swift test` stay lean. scripts/fuzz.sh builds them with
// `-sanitize=fuzzer,address`; `-parse-as-library` because libFuzzer supplies `main`.
import Foundation
if ProcessInfo.processInfo.environment["PINCITE_FUZZ"] != nil {
    package.targets.append(.target(name: "FuzzDriver", path: "Fuzz/FuzzDriver"))
    for name in ["FuzzLexer", "FuzzCitations", "FuzzLayout", "FuzzMarkup", "FuzzParse"] {
        package.targets.append(.executableTarget(name: name, dependencies: ["Pincite", "FuzzDriver"], path: "Fuzz/\(name)",
                                                 swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
    }
}
