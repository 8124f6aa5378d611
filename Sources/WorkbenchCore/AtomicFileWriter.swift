import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a file so that it is either the old file or the whole new one, never a part: the
/// content goes to a temporary file in the same folder, is flushed to disk, and is then
/// renamed over the target. A full disk or a killed process leaves the old file as it was
/// (and at worst a hidden `.NAME.tmp-XXXXXX` beside it).
public enum AtomicFileWriter {
  /// Why a file could not be written: the path and the system's reason.
  public struct Failure: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String
    public var description: String { "cannot write '\(path)': \(reason)" }
  }

  /// Creates the folders of `url` when needed, lets `body` write the new content to a
  /// temporary file's handle, then puts the file in place. When `body` throws, the target is
  /// left untouched and the error is rethrown.
  ///
  /// A target that is a symbolic link is written through it (the link stays a link).
  public static func write<T>(to url: URL, _ body: (FileHandle) throws -> T) throws -> T {
    let target = url.standardizedFileURL.resolvingSymlinksInPath()
    var existing = stat()
    let exists = stat(target.path, &existing) == 0
    if exists, existing.st_mode & S_IFMT != S_IFREG {
      // `/dev/null`, `/dev/stdout`, a pipe: written to as they are; renaming a file over a
      // device would replace it.
      guard existing.st_mode & S_IFMT != S_IFDIR else { throw Failure(path: url.path, reason: "it is a folder") }
      let handle: FileHandle
      do {
        handle = try FileHandle(forWritingTo: target)
      } catch {
        throw Failure(path: url.path, reason: Self.reason(of: error))
      }
      defer { try? handle.close() }
      return try body(handle)
    }
    let folder = target.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw Failure(path: url.path, reason: "cannot create its folder: \(Self.reason(of: error))")
    }
    var template = Array(folder.appendingPathComponent(".\(target.lastPathComponent).tmp-XXXXXX").path.utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { throw Failure(path: url.path, reason: String(cString: strerror(errno))) }
    let temporary = String(cString: template)
    var placed = false
    defer { if !placed { unlink(temporary) } }
    // mkstemp creates the file for its owner only; an output is as readable as any new file
    // (or keeps the mode of the file it replaces).
    let mode = exists ? existing.st_mode & 0o7777 : Self.newFileMode
    fchmod(descriptor, mode_t(mode))
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    let result: T
    do {
      result = try body(handle)
      guard fsync(descriptor) == 0 else { throw Failure(path: url.path, reason: String(cString: strerror(errno))) }
      try handle.close()
    } catch let failure as Failure {
      try? handle.close()
      throw failure
    } catch {
      try? handle.close()
      if (error as NSError).domain == NSCocoaErrorDomain || (error as NSError).domain == NSPOSIXErrorDomain {
        throw Failure(path: url.path, reason: Self.reason(of: error))
      }
      throw error
    }
    guard rename(temporary, target.path) == 0 else {
      throw Failure(path: url.path, reason: String(cString: strerror(errno)))
    }
    placed = true
    return result
  }

  /// Writes `data` to `url` atomically.
  public static func write(_ data: Data, to url: URL) throws {
    try write(to: url) { handle in try handle.write(contentsOf: data) }
  }

  /// 0666 less the process's umask, read without changing it for good.
  private static let newFileMode: mode_t = {
    let mask = umask(0o022)
    umask(mask)
    return 0o666 & ~mask
  }()

  /// The system's reason behind a Foundation file error, without its domain and code.
  public static func reason(of error: any Error) -> String {
    let error = error as NSError
    if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
      return String(cString: strerror(Int32(underlying.code)))
    }
    if error.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(error.code))) }
    return error.localizedDescription
  }
}
