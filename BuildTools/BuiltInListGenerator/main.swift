import Foundation

// Writes the built-in plugin list of BuiltInStages (see BuildTools/BuiltInPluginList).
// Arguments: the output file, then one `Module=folder` per plugin, in Package.swift's order.

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
  FileHandle.standardError.write(Data("usage: built-in-list-generator OUTPUT [Module=folder]...\n".utf8))
  exit(64)
}

var modules: [String] = []
var problems: [String] = []
for argument in arguments.dropFirst() {
  guard let separator = argument.firstIndex(of: "=") else { continue }
  let module = String(argument[..<separator])
  let folder = URL(fileURLWithPath: String(argument[argument.index(after: separator)...]))
  modules.append(module)
  // The compiler would say "cannot find 'QuotesPlugin' in scope" in a generated file; say
  // instead, at the plugin's folder, what to add.
  let declaration = try Regex("\\b(enum|struct|class)\\s+\(module)Plugin\\b")
  let files =
    FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
    .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
  let declares = files.contains { file in
    (try? String(contentsOf: file, encoding: .utf8))?.contains(declaration) ?? false
  }
  if !declares {
    problems.append(
      """
      \(folder.path): error: the plugin \(module) declares no \(module)Plugin, which the built-in list \
      names; add \(module)Plugin.swift to its folder:
          import WorkbenchCore

          public enum \(module)Plugin: WorkbenchPlugin {
            public static let stages: [any Stage.Type] = [\(module)Stage.self]  // its stage types
          }
      """)
  }
}
guard problems.isEmpty else {
  FileHandle.standardError.write(Data((problems.joined(separator: "\n") + "\n").utf8))
  exit(1)
}

let text = """
  // Generated at build time by BuildTools/BuiltInListGenerator from the plugin targets that
  // BuiltInStages depends on (analysisPlugins in Package.swift). Do not edit.
  \(modules.map { "import \($0)\n" }.joined())import WorkbenchCLI

  extension WorkbenchPlugins {
    /// The plugin modules under Plugins/, in Package.swift's order.
    public static let builtInModules: [String] = [
  \(modules.map { "    \"\($0)\",\n" }.joined())  ]

    /// What each built-in plugin contributes, in the same order.
    static let builtInContributions: [WorkbenchPlugins] = [
  \(modules.map { "    WorkbenchPlugins(\($0)Plugin.self),\n" }.joined())  ]
  }

  """
let url = URL(fileURLWithPath: output)
// Rewritten only when it changes, so that an edit inside a plugin does not recompile the list.
if (try? String(contentsOf: url, encoding: .utf8)) != text {
  try Data(text.utf8).write(to: url, options: .atomic)
}
