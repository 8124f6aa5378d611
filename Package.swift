// swift-tools-version: 6.1
import PackageDescription

/// An analysis plugin: a folder Plugins/<name> holding one target, which declares
/// `public enum <name>Plugin: WorkbenchPlugin`, tested by Tests/<name>Tests. Adding a plugin is
/// its folders and one entry here: the built-in list is generated from these at build time
/// (BuildTools/BuiltInPluginList), and BuiltInStagesTests says what is missing. (The entries
/// are written out rather than read from the folders: SwiftPM caches the evaluated manifest by
/// its text, so a manifest that lists folders misses new ones.)
struct AnalysisPlugin {
  var name: String
  /// Resource folders inside the plugin folder, copied as they are (lexicons, models, tables).
  var resources: [String] = []
  /// Other targets the plugin links: a system library such as CSQLite, or the argument parser
  /// for the commands the plugin contributes (`kb`, `train sentiment`).
  var dependencies: [Target.Dependency] = []
  /// Folders of its test target that tests read by path (fixtures), not sources.
  var testFixtures: [String] = []
}

let argumentParser = Target.Dependency.product(name: "ArgumentParser", package: "swift-argument-parser")

let analysisPlugins: [AnalysisPlugin] = [
  AnalysisPlugin(name: "KeywordMatch"),
  AnalysisPlugin(name: "Clean"),
  AnalysisPlugin(name: "TextStats"),
  AnalysisPlugin(name: "DateNormalization", resources: ["Resources"], testFixtures: ["Fixtures"]),
  AnalysisPlugin(
    name: "EntityLinking", resources: ["Resources"], dependencies: ["CSQLite", argumentParser],
    testFixtures: ["Fixtures"]),
  AnalysisPlugin(name: "Sentiment", resources: ["Resources"], dependencies: [argumentParser]),
  AnalysisPlugin(
    name: "TopicClustering", resources: ["Resources"], dependencies: [argumentParser], testFixtures: ["Fixtures"]),
]

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
    dependencies: ["WorkbenchCore", "WorkbenchCLI", argumentParser] + analysisPlugins.map { .target(name: $0.name) },
    plugins: ["BuiltInPluginList"]),
  .executableTarget(name: "workbench", dependencies: ["WorkbenchCLI", "BuiltInStages"]),
]

let moduleTests: [Target] = [
  .testTarget(name: "WorkbenchCoreTests", dependencies: ["WorkbenchCore"]),
  .testTarget(name: "WorkbenchTextTests", dependencies: ["WorkbenchText"], exclude: ["Fixtures"]),
  .testTarget(
    name: "WorkbenchWorkflowTests", dependencies: ["WorkbenchWorkflow", "WorkbenchCore", "BuiltInStages"]),
  .testTarget(name: "WorkbenchStoreTests", dependencies: ["WorkbenchStore", "WorkbenchCore", "CSQLite"]),
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

/// The build tool that generates BuiltInStages' list of plugins from its dependencies.
let buildTools: [Target] = [
  .executableTarget(name: "built-in-list-generator", path: "BuildTools/BuiltInListGenerator"),
  .plugin(
    name: "BuiltInPluginList", capability: .buildTool(), dependencies: ["built-in-list-generator"],
    path: "BuildTools/BuiltInPluginList"),
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
    .testTarget(
      name: "\(plugin.name)Tests",
      dependencies: [.target(name: plugin.name), "StageContractKit"] + pluginDependencies,
      exclude: plugin.testFixtures),
  ]
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
  targets: modules + moduleTests + buildTools + benchmarks + plugins,
  swiftLanguageModes: [.v6]
)
