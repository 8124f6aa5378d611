import Foundation
import WorkbenchCore
import WorkbenchStore

extension WorkbenchError {
  /// A database or disk that failed underneath the command (SQLite, a full disk, a file that
  /// cannot be written): exit status 74, sysexits' EX_IOERR. Status 1 stays for documents
  /// that failed while the rest of the run completed.
  static func storage(_ message: String) -> WorkbenchError { WorkbenchError(message: message, exitCode: 74) }

  /// The tool's own account of an error thrown below the commands, with its exit status, or
  /// nil for errors ArgumentParser reports itself (usage errors, `--help`).
  static func classify(_ error: any Error, database: String?) -> WorkbenchError? {
    switch error {
    case let error as WorkbenchError: return error
    case let failure as AtomicFileWriter.Failure: return .storage(failure.description)
    case let error as StoreError: return .storage(error.description)
    default: break
    }
    if let message = StoreFailure.describe(error, path: database ?? WorkbenchStore.defaultPath) {
      return .storage(message)
    }
    let nsError = error as NSError
    if nsError.domain == NSCocoaErrorDomain || nsError.domain == NSPOSIXErrorDomain {
      let path = (nsError.userInfo[NSFilePathErrorKey] as? String) ?? (nsError.userInfo[NSURLErrorKey] as? URL)?.path
      let reason = Self.systemReason(nsError)
      return .storage(path.map { "'\($0)': \(reason)" } ?? reason)
    }
    return nil
  }

  /// The operating system's sentence for a Foundation file error (no domain, no code).
  private static func systemReason(_ error: NSError) -> String {
    if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
      return String(cString: strerror(Int32(underlying.code)))
    }
    if error.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(error.code))) }
    switch CocoaError.Code(rawValue: error.code) {
    case .fileNoSuchFile, .fileReadNoSuchFile: return "no such file"
    case .fileReadNoPermission, .fileWriteNoPermission: return "permission denied"
    case .fileWriteOutOfSpace: return "the disk is full"
    case .fileWriteVolumeReadOnly: return "the volume is read-only"
    default: return error.localizedDescription
    }
  }
}
