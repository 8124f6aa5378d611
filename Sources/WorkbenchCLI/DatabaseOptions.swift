import ArgumentParser
import Foundation
import WorkbenchCore
import WorkbenchStore

/// `--db PATH`, shared by the commands that read or write the store.
struct DatabaseOptions: ParsableArguments {
  @Option(name: .customLong("db"), help: "The database file.")
  var path: String = WorkbenchStore.defaultPath

  /// The database the command opened, named in messages about store errors.
  nonisolated(unsafe) static var pathInUse: String?

  func open() throws -> WorkbenchStore {
    Self.pathInUse = path
    return try WorkbenchStore(path: path)
  }

  /// Opens a database that must exist already; read-only unless `forWriting` (for commands
  /// that only read: a file of another user's, or one marked read-only, can be looked at, and
  /// nothing is created or migrated).
  func openExisting(forWriting: Bool = false) throws -> WorkbenchStore {
    guard FileManager.default.fileExists(atPath: path) else {
      throw WorkbenchError.usage("no database at \(path); run a workflow first (workbench run WORKFLOW) or pass --db")
    }
    Self.pathInUse = path
    return try WorkbenchStore(path: path, readOnly: !forWriting)
  }

  /// Warns on standard error when SQLite finds the file damaged, so that an export or a
  /// report of a damaged database is never taken for a sound one.
  func warnIfDamaged(_ store: WorkbenchStore) {
    let rows = (try? store.quickCheck()) ?? ["the integrity check itself failed"]
    guard rows != ["ok"] else { return }
    // SQLite puts several problems in one row, under a "*** in database main ***" heading.
    let problems = rows.flatMap { $0.split(separator: "\n").map(String.init) }.filter { !$0.hasPrefix("***") }
    let count =
      problems.count >= 20 ? "20 or more problems" : "\(problems.count) problem\(problems.count == 1 ? "" : "s")"
    Terminal.error(
      "warning: the database '\(path)' is damaged (\(count), the first: \(problems.first ?? "?")); what it gives may be incomplete or wrong"
    )
  }
}
