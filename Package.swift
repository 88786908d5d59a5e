// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "SeedKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "SeedKit", targets: ["SeedKit"]),
        .executable(name: "seedkit", targets: ["seedkit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(name: "CSQLite3", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        .systemLibrary(name: "CCrypt", pkgConfig: "libcrypt", providers: [.apt(["libcrypt-dev"])]),
        .target(
            name: "SeedKit",
            dependencies: ["CSQLite3", "CLibPQ", "CCrypt", .product(name: "Yams", package: "Yams")],
            // Optimised in debug builds too: the tests generate millions of rows, which take ten
            // times as long unoptimised; `swift test` still builds it with -enable-testing.
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]
        ),
        .executableTarget(
            name: "seedkit",
            dependencies: ["SeedKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "SeedKitTests",
            dependencies: ["SeedKit"],
            resources: [.copy("Fixtures")]
        ),
    ]
)

for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    target.swiftSettings = settings
}
