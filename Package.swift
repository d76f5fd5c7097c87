// swift-tools-version:6.0
// Pincite: US court opinions → structured data.
// The engine (`Pincite`) is a plain library with no dependencies so that the
// test build stays lean; the CLI (`pincite`) adds swift-argument-parser.
// The libxml2 system-library target (CLibXML2) arrives with the XML exporter.
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
        .target(name: "Pincite"),
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
