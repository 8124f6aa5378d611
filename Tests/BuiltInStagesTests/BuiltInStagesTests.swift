import BuiltInStages
import Foundation
import Testing
import WorkbenchCLI
import WorkbenchCore

/// Every folder under Plugins/ must be in the generated built-in list and register a stage,
/// and every registered stage must be well formed.
@Suite struct BuiltInStagesTests {
  static let pluginsFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Plugins")

  static var pluginFolders: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: pluginsFolder.path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted()
  }

  @Test func registryBuildsWithoutClashes() throws {
    let registry = try builtInRegistry()
    #expect(registry.factories.count == builtInStageTypes.count)
  }

  @Test func pluginsFolderIsFound() {
    #expect(!Self.pluginFolders.isEmpty)
  }

  @Test(arguments: pluginFolders)
  func pluginFolderIsInTheBuiltInList(folder: String) {
    #expect(
      WorkbenchPlugins.builtInModules.contains(folder),
      """
      Plugins/\(folder) is not a built-in plugin: add `AnalysisPlugin(name: "\(folder)"),` to analysisPlugins in \
      Package.swift (with `resources: ["Resources"]` if it ships data files); the built-in list is generated \
      from those entries
      """)
  }

  @Test(arguments: WorkbenchPlugins.builtInModules)
  func builtInPluginRegistersAStage(module: String) throws {
    let modules = try builtInRegistry().factories.map(\.moduleName)
    #expect(
      modules.contains(module),
      "Plugins/\(module) registers no stage: list its stage types in `\(module)Plugin.stages`")
  }

  @Test(arguments: pluginFolders)
  func pluginFolderHasTests(folder: String) {
    let tests = Self.pluginsFolder.deletingLastPathComponent().appendingPathComponent("Tests/\(folder)Tests")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: tests.path)) ?? []
    #expect(
      files.contains { $0.hasSuffix(".swift") },
      "Plugins/\(folder) has no tests: add Tests/\(folder)Tests/\(folder)Tests.swift")
  }

  @Test func descriptorsAreWellFormed() throws {
    for factory in try builtInRegistry().factories {
      let descriptor = factory.descriptor
      #expect(descriptor.id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(descriptor.id)")
      #expect(descriptor.version >= 1)
      #expect(!descriptor.summary.isEmpty)
      #expect(!descriptor.produces.isEmpty)
      _ = try factory.configure(nil)
    }
  }
}
