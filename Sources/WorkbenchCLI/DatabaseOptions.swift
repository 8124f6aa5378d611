import Foundation
import ArgumentParser
import WorkbenchCore
import WorkbenchStore

/// `--db PATH`, shared by the commands that read or write the store.
struct DatabaseOptions: ParsableArguments {
  @Option(name: .customLong("db"), help: "The database file.")
  var path: String = WorkbenchStore.defaultPath

  func open() throws -> WorkbenchStore {
    try WorkbenchStore(path: path)
  }

  /// Opens a database that must exist already (for commands that only read).
  func openExisting() throws -> WorkbenchStore {
    guard FileManager.default.fileExists(atPath: path) else {
      throw WorkbenchError.usage("no database at \(path); run a workflow first (workbench run WORKFLOW) or pass --db")
    }
    return try open()
  }
}
