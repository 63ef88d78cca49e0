// swift-tools-version: 6.0
import PackageDescription

let strict: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
    name: "Shortlist",
    products: [
        .library(name: "ShortlistKit", targets: ["ShortlistKit"]),
        .executable(name: "shortlist", targets: ["shortlist"]),
    ],
    dependencies: [],
    targets: [
        .target(name: "ShortlistKit", swiftSettings: strict),
        .target(name: "ShortlistCLI", dependencies: ["ShortlistKit"], swiftSettings: strict),
        .executableTarget(name: "shortlist", dependencies: ["ShortlistCLI"], swiftSettings: strict),
        .executableTarget(name: "shortlist-bench", dependencies: ["ShortlistKit", "ShortlistCLI"], exclude: ["smaa_numpy.py"], swiftSettings: strict),
        .testTarget(name: "ShortlistKitTests", dependencies: ["ShortlistKit"], swiftSettings: strict),
        .testTarget(
            name: "ShortlistCLITests",
            dependencies: ["ShortlistCLI", "ShortlistKit", "shortlist"],
            exclude: ["Snapshots", "Fixtures"],
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)
