import Foundation
import WorkbenchCore
import WorkbenchWorkflow

/// The documents `annotate` reads: files named on the command line (text, or JSON Lines with
/// one document per line), or standard input. Reading goes through the corpus reader, so the
/// checks (UTF-8 with the byte offset of a bad sequence, BOM, binary files, malformed JSON
/// Lines) are the same as in a workflow run.
enum InputDocuments {
  static func read(_ files: [String]) throws -> [CorpusEntry] {
    let currentDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    var sources: [CorpusSource] = []
    var spool: URL?
    defer { if let spool { try? FileManager.default.removeItem(at: spool) } }
    if files.isEmpty {
      // Standard input is spooled to a file so that it is read exactly like a text document.
      let url = FileManager.default.temporaryDirectory.appendingPathComponent("workbench-stdin-\(UUID().uuidString)")
      let data = FileHandle.standardInput.readDataToEndOfFile()
      try data.write(to: url)
      spool = url
      sources.append(CorpusSource(url: url, relativePath: "stdin", format: .text, displayPath: "<stdin>"))
    }
    for path in files {
      let url = URL(fileURLWithPath: path, relativeTo: currentDirectory).standardizedFileURL
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else {
        throw WorkbenchError.usage("no such file: \(path)")
      }
      sources.append(
        CorpusSource(
          url: url, relativePath: url.lastPathComponent, format: CorpusSource.format(ofFileNamed: path),
          displayPath: path))
    }
    let reader = CorpusReader(
      spec: CorpusSpec(path: currentDirectory), sources: sources, metadata: MetadataTable())
    // `--reference-date` reaches the stages through their context (RunPlan.referenceDate), so
    // a stage can tell it from a date the document itself carries.
    return Array(reader.entries())
  }
}
