// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "digest",
  // Linux only: the C boundary (libncursesw, vid_puts, signals) and the tests (/proc) are
  // Linux-specific and no macOS build has been tried, so no macOS platform is claimed.
  products: [
    .library(name: "ArxivDigest", targets: ["ArxivDigest"]),
    .executable(name: "digest", targets: ["digest"]),
    .executable(name: "digest-bench", targets: ["digest-bench"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
  ],
  targets: [
    // Pure libraries: Foundation only, no terminal.
    .target(name: "ArxivDigest"),
    .target(name: "DigestQuery", dependencies: ["ArxivDigest"]),
    .target(name: "DigestExport", dependencies: ["ArxivDigest"]),
    .target(name: "DigestRank"),
    // arXiv's RSS feeds and API over HTTP (FoundationNetworking, FoundationXML).
    .target(name: "DigestFetch", dependencies: ["ArxivDigest"]),
    .target(name: "ReaderCore", dependencies: ["ArxivDigest", "DigestQuery", "DigestExport"]),
    .target(
      name: "ReaderUI", dependencies: ["ReaderCore", "ArxivDigest", "DigestQuery", "DigestExport"]),

    // Edges: the database, the terminal, the disk.
    .target(
      name: "DigestState",
      dependencies: ["ArxivDigest", .product(name: "GRDB", package: "GRDB.swift")]),
    // No pkgConfig: its -D flags are prohibited (a warning per build); shim.h sets the
    // defines and module.modulemap links ncursesw (its .so pulls in tinfo).
    .systemLibrary(name: "CNcursesw"),
    .target(name: "NcursesTerminal", dependencies: ["CNcursesw", "ReaderUI", "ReaderCore"]),
    .target(
      name: "ReaderApp",
      dependencies: [
        "ArxivDigest", "DigestQuery", "DigestExport", "DigestState", "DigestRank", "ReaderCore",
        "ReaderUI", .product(name: "TOMLKit", package: "TOMLKit"),
      ],
      plugins: ["EmbedThemesPlugin"]),
    .target(
      name: "DigestCLI",
      dependencies: [
        "ArxivDigest", "DigestQuery", "DigestExport", "DigestState", "ReaderApp",
        "NcursesTerminal", "DigestFetch",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),

    // Build time: Themes/*.toml embedded into ReaderApp as Swift source.
    .executableTarget(name: "EmbedThemes"),
    .plugin(
      name: "EmbedThemesPlugin", capability: .buildTool(), dependencies: ["EmbedThemes"],
      path: "Sources/EmbedThemesPlugin"),

    // Executables only wire.
    .executableTarget(name: "digest", dependencies: ["DigestCLI"]),
    .executableTarget(
      name: "digest-bench",
      dependencies: [
        "ArxivDigest", "DigestQuery", "DigestState", "ReaderCore", "ReaderUI", "ReaderApp",
        "DigestRank",
      ]),

    // Tests: one target per library, each declaring every module it imports.
    .target(
      name: "TestSupport", path: "Tests/TestSupport", resources: [.copy("Fixtures")]),
    .testTarget(
      name: "ArxivDigestTests",
      dependencies: [
        "ArxivDigest", "TestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(
      name: "DigestQueryTests", dependencies: ["DigestQuery", "ArxivDigest", "TestSupport"]),
    .testTarget(name: "DigestRankTests", dependencies: ["DigestRank"]),
    .testTarget(
      name: "DigestExportTests", dependencies: ["DigestExport", "ArxivDigest", "TestSupport"],
      exclude: ["Golden"]),
    .testTarget(
      name: "DigestStateTests",
      dependencies: ["DigestState", "ArxivDigest", .product(name: "GRDB", package: "GRDB.swift")]),
    .testTarget(
      name: "ReaderCoreTests",
      dependencies: ["ReaderCore", "ArxivDigest", "DigestExport", "DigestQuery"]),
    .testTarget(
      name: "ReaderUITests",
      dependencies: ["ReaderUI", "ReaderCore", "ArxivDigest", "DigestExport", "DigestQuery"]),
    .testTarget(
      name: "ReaderAppTests",
      dependencies: [
        "ReaderApp", "ReaderUI", "ReaderCore", "DigestQuery", "DigestState", "ArxivDigest",
      ]),
    // Depends on the `digest` executable so `swift test` builds it beside the test bundle.
    .testTarget(
      name: "DigestCLITests",
      dependencies: [
        "digest", "DigestCLI", "ArxivDigest", "DigestState", "NcursesTerminal", "ReaderApp", "ReaderCore",
        "ReaderUI", "FetchTestSupport", "TestSupport",
      ],
      resources: [.copy("Fixtures")]),
    .target(
      name: "FetchTestSupport", path: "Tests/FetchTestSupport", resources: [.copy("Feeds")]),
    .testTarget(
      name: "DigestFetchTests", dependencies: ["DigestFetch", "ArxivDigest", "FetchTestSupport"]),
  ]
)
