import Foundation
import Testing
import WorkbenchCore

@Suite struct AtomicFileWriterTests {
  func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  struct Interrupted: Error {}

  @Test func aWriteThatFailsHalfwayLeavesTheOldFileAndNoTemporaryFile() throws {
    let folder = try folder()
    let target = folder.appendingPathComponent("report.html")
    try Data("the good report".utf8).write(to: target)
    #expect(throws: Interrupted.self) {
      try AtomicFileWriter.write(to: target) { handle in
        try handle.write(contentsOf: Data("half a new rep".utf8))
        throw Interrupted()
      }
    }
    #expect(try String(contentsOf: target, encoding: .utf8) == "the good report")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.html"])
  }

  @Test func aCompleteWriteReplacesTheFileAndKeepsItsMode() throws {
    let folder = try folder()
    let target = folder.appendingPathComponent("out.jsonl")
    try Data("old".utf8).write(to: target)
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: target.path)
    try AtomicFileWriter.write(Data("new\n".utf8), to: target)
    #expect(try String(contentsOf: target, encoding: .utf8) == "new\n")
    let mode = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int
    #expect(mode == 0o640)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.jsonl"])
  }

  @Test func aNewFileInANewFolderIsCreated() throws {
    let target = try folder().appendingPathComponent("a/b/out.csv")
    try AtomicFileWriter.write(Data("x".utf8), to: target)
    #expect(try String(contentsOf: target, encoding: .utf8) == "x")
  }

  @Test func aLinkToTheOutputStaysALink() throws {
    let folder = try folder()
    let real = folder.appendingPathComponent("real.html")
    try Data("old".utf8).write(to: real)
    let link = folder.appendingPathComponent("link.html")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
    try AtomicFileWriter.write(Data("new".utf8), to: link)
    #expect(try String(contentsOf: real, encoding: .utf8) == "new")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == real.path)
  }

  @Test func aFolderThatCannotBeCreatedIsAFailureNamingThePath() throws {
    let folder = try folder()
    try Data("a file".utf8).write(to: folder.appendingPathComponent("file"))
    let target = folder.appendingPathComponent("file/out.csv")
    #expect {
      try AtomicFileWriter.write(Data("x".utf8), to: target)
    } throws: { error in
      "\(error)".hasPrefix("cannot write '\(target.path)': cannot create its folder")
    }
  }
}

@Suite struct OutputPathGuardTests {
  @Test func theDatabaseAndItsCompanionsAreProtectedByPathAndByInode() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("guard-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let database = folder.appendingPathComponent("w.sqlite")
    try Data("SQLite format 3\0".utf8).write(to: database)
    var guardrail = OutputPathGuard()
    guardrail.protectDatabase(at: database.path)
    #expect(guardrail.conflict(for: database)?.role == "the database")
    #expect(guardrail.conflict(for: folder.appendingPathComponent("./x/../w.sqlite"))?.role == "the database")
    #expect(guardrail.conflict(for: folder.appendingPathComponent("w.sqlite-wal"))?.role == "the database's wal file")
    let link = folder.appendingPathComponent("other-name.sqlite")
    try FileManager.default.linkItem(at: database, to: link)
    #expect(guardrail.conflict(for: link)?.role == "the database")
    #expect(guardrail.conflict(for: folder.appendingPathComponent("out.jsonl")) == nil)
  }
}

@Suite struct AtomicFileWriterDeviceTests {
  @Test func aDeviceIsWrittenToAndNeverReplaced() throws {
    try AtomicFileWriter.write(Data("discarded".utf8), to: URL(fileURLWithPath: "/dev/null"))
    var info = stat()
    #expect(stat("/dev/null", &info) == 0)
    #expect(info.st_mode & S_IFMT == S_IFCHR)
  }

  @Test func aFolderIsAFailureNotAReplacement() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-dir-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    #expect(throws: AtomicFileWriter.Failure.self) { try AtomicFileWriter.write(Data("x".utf8), to: folder) }
    var isFolder: ObjCBool = false
    #expect(FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) && isFolder.boolValue)
  }
}
