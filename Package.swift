// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// Analysis plugins are derived from the folders under Plugins/: a folder `Plugins/<Name>` is
/// the target `<Name>`, tested by `Tests/<Name>Tests`; its `Resources` folder (if any) is copied
/// as it is, and its test folder's `Fixtures` (if any) is read by path, not compiled. Adding a
/// plugin needs no line here; BuiltInStagesTests says what else to add.
struct AnalysisPlugin {
  var name: String
  var resources: [String]
  /// Other targets the plugin links (a system library such as CSQLite).
  var dependencies: [Target.Dependency]
  var hasTests: Bool
  var testFixtures: [String]
}

let argumentParser = Target.Dependency.product(name: "ArgumentParser", package: "swift-argument-parser")

/// Plugins that link more than the core and the text foundation: a system library, or the
/// argument parser for the commands they contribute (`kb`, `train sentiment`).
let pluginExtraDependencies: [String: [Target.Dependency]] = [
  "EntityLinking": ["CSQLite", argumentParser],
  "Sentiment": [argumentParser],
]

let root = Context.packageDirectory
func isDirectory(_ path: String) -> Bool {
  var directory: ObjCBool = false
  return FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &directory) && directory.boolValue
}

let analysisPlugins: [AnalysisPlugin] = ((try? FileManager.default.contentsOfDirectory(atPath: root + "/Plugins")) ?? [])
  .filter { !$0.hasPrefix(".") && isDirectory("Plugins/\($0)") }
  .sorted()
  .map { name in
    AnalysisPlugin(
      name: name, resources: isDirectory("Plugins/\(name)/Resources") ? ["Resources"] : [],
      dependencies: pluginExtraDependencies[name] ?? [], hasTests: isDirectory("Tests/\(name)Tests"),
      testFixtures: isDirectory("Tests/\(name)Tests/Fixtures") ? ["Fixtures"] : [])
  }

/// Plugins see the core and the text foundation, nothing else of the workbench.
let pluginDependencies: [Target.Dependency] = ["WorkbenchCore", "WorkbenchText"]

/// The modules of the workbench itself, from the core outwards.
let modules: [Target] = [
  .target(name: "WorkbenchCore"),
  .target(name: "WorkbenchText", resources: [.copy("Resources")]),
  .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
  .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
  .target(name: "WorkbenchWorkflow", dependencies: ["WorkbenchCore", "CYAML"]),
  .target(
    name: "WorkbenchStore",
    dependencies: ["WorkbenchCore", "CSQLite", .product(name: "GRDB", package: "GRDB.swift")]),
  .target(
    name: "WorkbenchRuntime",
    dependencies: [
      "WorkbenchCore", "WorkbenchStore", "WorkbenchWorkflow",
      .product(name: "Crypto", package: "swift-crypto"),
    ]),
  .target(name: "WorkbenchReport", dependencies: ["WorkbenchCore"]),
  .target(name: "StageContractKit", dependencies: ["WorkbenchCore"]),
  .target(
    name: "WorkbenchCLI",
    dependencies: [
      "WorkbenchCore", "WorkbenchStore", "WorkbenchRuntime", "WorkbenchReport", "WorkbenchWorkflow",
      argumentParser,
    ]),
  .target(
    name: "BuiltInStages",
    dependencies: ["WorkbenchCore", "WorkbenchCLI", argumentParser] + analysisPlugins.map { .target(name: $0.name) }),
  .executableTarget(name: "workbench", dependencies: ["WorkbenchCLI", "BuiltInStages"]),
]

let moduleTests: [Target] = [
  .testTarget(name: "WorkbenchCoreTests", dependencies: ["WorkbenchCore"]),
  .testTarget(name: "WorkbenchTextTests", dependencies: ["WorkbenchText"], exclude: ["Fixtures"]),
  .testTarget(
    name: "WorkbenchWorkflowTests", dependencies: ["WorkbenchWorkflow", "WorkbenchCore", "BuiltInStages"]),
  .testTarget(name: "WorkbenchStoreTests", dependencies: ["WorkbenchStore", "WorkbenchCore"]),
  .testTarget(
    name: "WorkbenchRuntimeTests",
    dependencies: ["WorkbenchRuntime", "WorkbenchStore", "WorkbenchWorkflow", "WorkbenchCore"]),
  .testTarget(name: "WorkbenchReportTests", dependencies: ["WorkbenchReport", "WorkbenchCore"]),
  .testTarget(name: "BuiltInStagesTests", dependencies: ["BuiltInStages", "WorkbenchCore", "WorkbenchCLI"]),
  .testTarget(
    name: "StageContractTests", dependencies: ["BuiltInStages", "StageContractKit", "WorkbenchCore"],
    exclude: ["stage-digests.json"]),
  .testTarget(
    name: "WorkbenchCLITests", dependencies: ["WorkbenchCore", "WorkbenchStore", "workbench"]),
]

/// Benchmarks: executables built in release mode by scripts/benchmark.sh (never timed tests).
let benchmarks: [Target] = [
  .executableTarget(
    name: "stage-benchmark", dependencies: ["WorkbenchCore", "BuiltInStages", argumentParser],
    path: "Benchmarks/StageBenchmark"),
  .executableTarget(
    name: "text-benchmark", dependencies: ["WorkbenchText"], path: "Benchmarks/TextBenchmark"),
  .executableTarget(
    name: "WorkflowBenchmark", dependencies: ["WorkbenchWorkflow", "WorkbenchCore"],
    path: "Benchmarks/WorkflowBenchmark"),
  .executableTarget(
    name: "entity-benchmark", dependencies: ["EntityLinking"], path: "Benchmarks/EntityBenchmark"),
  .executableTarget(
    name: "topics-benchmark", dependencies: ["WorkbenchCore", "TopicClustering"],
    path: "Benchmarks/TopicsBenchmark"),
  .executableTarget(
    name: "report-benchmark", dependencies: ["WorkbenchReport", "WorkbenchCore"],
    path: "Benchmarks/ReportBenchmark"),
  .executableTarget(
    name: "date-benchmark", dependencies: ["DateNormalization", "WorkbenchCore"],
    path: "Benchmarks/DateBenchmark"),
]

let plugins: [Target] = analysisPlugins.flatMap { plugin -> [Target] in
  [
    .target(
      name: plugin.name, dependencies: pluginDependencies + plugin.dependencies,
      path: "Plugins/\(plugin.name)", resources: plugin.resources.map { .copy($0) }),
  ] + (plugin.hasTests
    ? [
      .testTarget(
        name: "\(plugin.name)Tests",
        dependencies: [.target(name: plugin.name), "StageContractKit"] + pluginDependencies,
        exclude: plugin.testFixtures)
    ] : [])
}

let package = Package(
  name: "Workbench",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "workbench", targets: ["workbench"]),
    // For tools and plugins in other packages (Examples/ExternalPlugin): the command line with
    // the built-in stages, and the modules a tool can embed.
    .library(name: "WorkbenchCLI", targets: ["WorkbenchCLI"]),
    .library(name: "BuiltInStages", targets: ["BuiltInStages"]),
    .library(name: "WorkbenchCore", targets: ["WorkbenchCore"]),
    .library(name: "WorkbenchText", targets: ["WorkbenchText"]),
    .library(name: "WorkbenchWorkflow", targets: ["WorkbenchWorkflow"]),
    .library(name: "WorkbenchStore", targets: ["WorkbenchStore"]),
    .library(name: "WorkbenchRuntime", targets: ["WorkbenchRuntime"]),
    .library(name: "WorkbenchReport", targets: ["WorkbenchReport"]),
    .library(name: "StageContractKit", targets: ["StageContractKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: modules + moduleTests + benchmarks + plugins,
  swiftLanguageModes: [.v6]
)
