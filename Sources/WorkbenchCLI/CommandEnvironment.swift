import Foundation
import WorkbenchCore

/// The plugins the running executable passed to `Workbench.main(plugins:)`: commands take
/// their stages, evaluators and tools from here, never from a list of their own.
enum CommandEnvironment {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var installed = WorkbenchPlugins()

  /// The plugins of this process.
  static var plugins: WorkbenchPlugins {
    get { lock.withLock { installed } }
    set { lock.withLock { installed = newValue } }
  }

  /// The registry of the plugins' stages.
  static func registry() throws -> StageRegistry {
    try plugins.registry()
  }

  /// The name the executable was started as (`workbench`, `example-workbench`), for help.
  static var commandName: String {
    CommandLine.arguments.first.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "workbench"
  }
}
