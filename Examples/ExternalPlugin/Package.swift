// swift-tools-version: 6.1
import PackageDescription

/// A plugin outside the workbench's repository: one stage of its own (`Quotes`), its tests,
/// and `example-workbench`, the command line with the built-in stages plus this one.
let package = Package(
  name: "ExternalPlugin",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "example-workbench", targets: ["example-workbench"])
  ],
  dependencies: [
    .package(name: "Workbench", path: "../..")
  ],
  targets: [
    .target(name: "Quotes", dependencies: [.product(name: "WorkbenchCore", package: "Workbench")]),
    .executableTarget(
      name: "example-workbench",
      dependencies: [
        "Quotes",
        .product(name: "WorkbenchCLI", package: "Workbench"),
        .product(name: "BuiltInStages", package: "Workbench"),
      ]),
    .testTarget(
      name: "QuotesTests",
      dependencies: [
        "Quotes",
        .product(name: "WorkbenchCore", package: "Workbench"),
        .product(name: "StageContractKit", package: "Workbench"),
      ]),
  ],
  swiftLanguageModes: [.v6]
)
