import BuiltInStages
import Foundation
import Testing
import WorkbenchCore

/// The workbench knows plugins only through their declarations: no file under Sources/
/// imports a plugin (BuiltInStages' list is generated at build time) or spells a plugin's id,
/// alias or label as a string literal. Role attribute names (`score`, `name_ar`), which the roles
/// define, are not plugin names even when a plugin id happens to match one.
@Suite struct SourcesNameNoPluginTests {
  static let sourcesFolder = BuiltInStagesTests.pluginsFolder.deletingLastPathComponent().appendingPathComponent(
    "Sources")

  static var sourceFiles: [String] {
    let enumerator = FileManager.default.enumerator(atPath: sourcesFolder.path)
    var files: [String] = []
    while let path = enumerator?.nextObject() as? String {
      if path.hasSuffix(".swift") { files.append(path) }
    }
    return files.sorted()
  }

  /// The string literals on the code lines of `text` (comments left out).
  static func literals(in text: String) -> [String] {
    var found: [String] = []
    for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
      let parts = line.split(separator: "\"", omittingEmptySubsequences: false)
      guard parts.count >= 3 else { continue }
      for index in stride(from: 1, to: parts.count - 1, by: 2) { found.append(String(parts[index])) }
    }
    return found
  }

  @Test func sourcesAreFound() {
    #expect(Self.sourceFiles.count > 50)
  }

  @Test func noSourceFileNamesAPlugin() throws {
    let registry = try builtInRegistry()
    let roleAttributes = Set(AnnotationRole.allCases.flatMap(\.attributes))
    var names: Set<String> = []
    for factory in registry.factories {
      names.formUnion(factory.descriptor.names)
      names.formUnion(factory.descriptor.produces.map(\.label))
    }
    names.subtract(roleAttributes)
    let modules = Set(registry.factories.map(\.moduleName))
    var problems: [String] = []
    for path in Self.sourceFiles {
      let text = try String(contentsOf: Self.sourcesFolder.appendingPathComponent(path), encoding: .utf8)
      for line in text.split(separator: "\n") where line.hasPrefix("import ") {
        let module = line.dropFirst("import ".count).trimmingCharacters(in: .whitespaces)
        if modules.contains(module) { problems.append("Sources/\(path) imports the plugin \(module)") }
      }
      for literal in Set(Self.literals(in: text)) where names.contains(literal) {
        problems.append(
          "Sources/\(path) names \"\(literal)\": consume it by role or label through the stage's declarations")
      }
    }
    #expect(problems == [])
  }
}
