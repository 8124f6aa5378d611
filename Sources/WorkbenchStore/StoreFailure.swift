import Foundation
import GRDB

/// Turns the errors SQLite reports into sentences a user can act on, without SQLite's result
/// codes or the statement that failed.
public enum StoreFailure {
  /// A readable account of a database error, or nil when `error` did not come from SQLite.
  public static func describe(_ error: any Error, path: String) -> String? {
    guard let error = error as? DatabaseError else { return nil }
    let file = "the database '\(path)'"
    switch error.resultCode {
    case .SQLITE_CORRUPT, .SQLITE_NOTADB:
      return
        "\(file) is damaged or is not a Workbench database (\(error.message ?? "file is not a database")); restore it from a copy or pass another --db"
    case .SQLITE_FULL:
      return "the disk holding \(file) is full; free some space and run again (completed batches are kept)"
    case .SQLITE_READONLY:
      return "\(file) is read-only: this command needs to write to it; pass another --db"
    case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
      return "cannot open \(file): \(error.message ?? "permission denied")"
    case .SQLITE_IOERR:
      return "reading or writing \(file) failed: \(error.message ?? "input/output error")"
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      return "\(file) stayed locked by another process; try again when it has finished"
    default:
      return "\(file): \(error.message ?? "SQLite error \(error.resultCode.rawValue)")"
    }
  }
}
