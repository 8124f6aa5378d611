import Foundation
import WorkbenchCore
import WorkbenchRuntime

/// The documents `annotate` reads: files named on the command line, or standard input.
enum InputDocuments {
  static func read(_ files: [String], referenceDate: String?) throws -> [CorpusItem] {
    if files.isEmpty {
      let data = FileHandle.standardInput.readDataToEndOfFile()
      return [item(id: "stdin", source: "<stdin>", data: data, referenceDate: referenceDate)]
    }
    return try files.map { path in
      guard FileManager.default.fileExists(atPath: path) else {
        throw WorkbenchError.usage("no such file: \(path)")
      }
      let data = try Data(contentsOf: URL(fileURLWithPath: path))
      return item(id: (path as NSString).lastPathComponent, source: path, data: data, referenceDate: referenceDate)
    }
  }

  static func item(id: String, source: String, data: Data, referenceDate: String?) -> CorpusItem {
    var bytes = data[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      return .failure(documentID: id, source: source, message: "not valid UTF-8")
    }
    return .document(
      Document(id: id, text: text, metadata: DocumentMetadata(date: referenceDate)), source: source)
  }
}

import ArgumentParser
