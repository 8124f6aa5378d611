import BuiltInStages
import Foundation
import Testing
import WorkbenchCore

/// Every folder under Plugins/ must register a stage in the built-in list, and every
/// registered stage must be well formed.
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
  func pluginFolderRegistersAStage(folder: String) throws {
    let modules = try builtInRegistry().factories.map(\.moduleName)
    #expect(
      modules.contains(folder),
      """
      Plugins/\(folder) registers no stage: in Sources/BuiltInStages/BuiltInStages.swift add \
      `import \(folder)` and its stage type (such as `\(folder)Stage.self,`) to builtInStageTypes
      """)
  }

  @Test(arguments: pluginFolders)
  func pluginFolderIsATarget(folder: String) throws {
    let manifest = try String(
      contentsOf: Self.pluginsFolder.deletingLastPathComponent().appendingPathComponent("Package.swift"), encoding: .utf8)
    #expect(
      manifest.contains("AnalysisPlugin(name: \"\(folder)\"") || manifest.contains("name: \"\(folder)\", resources:"),
      """
      Plugins/\(folder) is not a target: add `AnalysisPlugin(name: "\(folder)"),` to analysisPlugins in \
      Package.swift (with `resources: ["Resources"]` if it ships data files)
      """)
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
