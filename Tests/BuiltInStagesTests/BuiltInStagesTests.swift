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
    #expect(modules.contains(folder), "Plugins/\(folder) registers no stage in BuiltInStages")
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
