// swift-tools-version: 6.1
import PackageDescription

/// An analysis plugin: a folder Plugins/<name> holding one target, tested by Tests/<name>Tests.
/// Adding a plugin is one entry here and one line in Sources/BuiltInStages/BuiltInStages.swift.
struct AnalysisPlugin {
  var name: String
  /// Resource folders inside the plugin folder, copied as they are (lexicons, models, tables).
  var resources: [String] = []
}

let analysisPlugins: [AnalysisPlugin] = [
  AnalysisPlugin(name: "KeywordMatch"),
  AnalysisPlugin(name: "Sentiment", resources: ["Resources"]),
]

/// Plugins see the core and the text foundation, nothing else.
let pluginDependencies: [Target.Dependency] = ["WorkbenchCore"]

let package = Package(
  name: "Workbench",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "workbench", targets: ["workbench"]),
    .library(name: "WorkbenchCore", targets: ["WorkbenchCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: [
    .target(name: "WorkbenchCore"),
    .target(
      name: "WorkbenchStore",
      dependencies: ["WorkbenchCore", .product(name: "GRDB", package: "GRDB.swift")]),
    .target(
      name: "WorkbenchRuntime",
      dependencies: [
        "WorkbenchCore", "WorkbenchStore", .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .target(
      name: "BuiltInStages",
      dependencies: ["WorkbenchCore"] + analysisPlugins.map { .target(name: $0.name) }),
    .executableTarget(
      name: "workbench",
      dependencies: [
        "WorkbenchCore", "WorkbenchStore", "WorkbenchRuntime", "BuiltInStages",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ] + analysisPlugins.map { .target(name: $0.name) }),
    .testTarget(name: "WorkbenchCoreTests", dependencies: ["WorkbenchCore"]),
    .testTarget(name: "WorkbenchCLITests", dependencies: ["WorkbenchCore", "workbench"]),
    .testTarget(name: "WorkbenchStoreTests", dependencies: ["WorkbenchStore", "WorkbenchCore"]),
    .testTarget(
      name: "WorkbenchRuntimeTests",
      dependencies: ["WorkbenchRuntime", "WorkbenchStore", "WorkbenchCore"]),
    .testTarget(
      name: "BuiltInStagesTests", dependencies: ["BuiltInStages", "WorkbenchCore"]),
  ]
    + analysisPlugins.flatMap { plugin -> [Target] in
      [
        .target(
          name: plugin.name, dependencies: pluginDependencies, path: "Plugins/\(plugin.name)",
          resources: plugin.resources.map { .copy($0) }),
        .testTarget(
          name: "\(plugin.name)Tests",
          dependencies: [.target(name: plugin.name)] + pluginDependencies),
      ]
    },
  swiftLanguageModes: [.v6]
)
