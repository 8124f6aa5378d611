import Foundation
import PackagePlugin

/// Generates the built-in plugin list of the target it is applied to (BuiltInStages): every
/// dependency of that target whose folder is under Plugins/ is a plugin, listed in the order
/// Package.swift gives. Adding a plugin is then its folder and its line in Package.swift.
///
/// The list is derived here, at build time, rather than in the manifest: SwiftPM caches the
/// evaluated manifest by its text, so a manifest that read the folder list would miss a new
/// folder until Package.swift changed.
@main
struct BuiltInPluginList: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let pluginsFolder = context.package.directoryURL.appending(path: "Plugins").standardizedFileURL.path
    let plugins = target.dependencies.compactMap { dependency -> SourceModuleTarget? in
      guard case .target(let dependency) = dependency, let module = dependency as? SourceModuleTarget,
        module.directoryURL.deletingLastPathComponent().standardizedFileURL.path == pluginsFolder
      else { return nil }
      return module
    }
    let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInPluginList.swift")
    // Each plugin as `Module=folder`; the generator reads the folder's sources to check that
    // the plugin declares its `<Module>Plugin` before the compiler would fail on it.
    let arguments = [output.path] + plugins.map { "\($0.name)=\($0.directoryURL.path)" }
    return [
      .buildCommand(
        displayName: "Listing the built-in plugins (\(plugins.map(\.name).joined(separator: ", ")))",
        executable: try context.tool(named: "built-in-list-generator").url,
        arguments: arguments,
        inputFiles: plugins.flatMap { $0.sourceFiles(withSuffix: "swift").map(\.url) },
        outputFiles: [output])
    ]
  }
}
