import Foundation

/// Runs the built `workbench` executable, which sits beside the test bundle in the build folder.
struct WorkbenchProcess {
  struct Result {
    var status: Int32
    var standardOutput: String
    var standardError: String
  }

  static var executable: URL {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    // The runner may be inside a bundle folder (`X.xctest/...`) on some platforms.
    while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("workbench").path),
      folder.pathComponents.count > 1
    {
      folder = folder.deletingLastPathComponent()
    }
    return folder.appendingPathComponent("workbench")
  }

  /// Starts `workbench` with the arguments in `directory` and returns the running process.
  static func start(
    _ arguments: [String], in directory: URL, standardInput: String? = nil,
    output: URL? = nil
  ) throws -> (Process, Pipe, Pipe) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    if let standardInput {
      let input = Pipe()
      process.standardInput = input
      try process.run()
      input.fileHandleForWriting.write(Data(standardInput.utf8))
      try input.fileHandleForWriting.close()
    } else {
      process.standardInput = FileHandle.nullDevice
      try process.run()
    }
    return (process, out, err)
  }

  /// Runs `workbench` to completion.
  static func run(_ arguments: [String], in directory: URL, standardInput: String? = nil) throws -> Result {
    let (process, out, err) = try start(arguments, in: directory, standardInput: standardInput)
    // Read both pipes before waiting so a large output cannot block the child.
    let errorData = LockedData()
    let reader = Thread { errorData.set(err.fileHandleForReading.readDataToEndOfFile()) }
    reader.start()
    let outputData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while !errorData.isSet { usleep(1_000) }
    return Result(
      status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
      standardError: String(decoding: errorData.value, as: UTF8.self))
  }
}

final class LockedData: @unchecked Sendable {
  private let lock = NSLock()
  private var data = Data()
  private var done = false
  func set(_ value: Data) {
    lock.withLock {
      data = value
      done = true
    }
  }
  var isSet: Bool { lock.withLock { done } }
  var value: Data { lock.withLock { data } }
}

/// A temporary folder for one test, with helpers to write files into it.
struct TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("wb-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  @discardableResult
  func write(_ relativePath: String, _ contents: String) throws -> URL {
    let file = url.appendingPathComponent(relativePath)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(contents.utf8).write(to: file)
    return file
  }
}
