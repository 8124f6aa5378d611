import Foundation
import WorkbenchCore

/// A corpus folder read into memory: its `.txt` documents in file-name order, with the dates,
/// titles and sources of its `metadata.csv` when there is one.
struct BenchmarkCorpus {
  var documents: [Document]
  /// The UTF-8 size of all texts together (after BOM removal), the denominator of MB/s.
  var byteCount: Int

  /// Reads every `.txt` file of `folder` (not its subfolders); `limit` keeps the first N.
  static func load(folder: URL, limit: Int?) throws -> BenchmarkCorpus {
    let manager = FileManager.default
    var names = try manager.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".txt") }
      .sorted()
    if let limit { names = Array(names.prefix(limit)) }
    guard !names.isEmpty else { throw BenchmarkError.emptyCorpus(folder.path) }

    let metadataURL = folder.appendingPathComponent("metadata.csv")
    let metadata =
      manager.fileExists(atPath: metadataURL.path)
      ? try MetadataTable.read(metadataURL) : [:]

    var documents: [Document] = []
    documents.reserveCapacity(names.count)
    var byteCount = 0
    for name in names {
      var data = try Data(contentsOf: folder.appendingPathComponent(name))
      if data.starts(with: [0xEF, 0xBB, 0xBF]) { data.removeFirst(3) }
      guard let text = String(validating: data, as: UTF8.self) else {
        throw BenchmarkError.invalidUTF8(name)
      }
      byteCount += data.count
      documents.append(Document(id: name, text: text, metadata: metadata[name] ?? DocumentMetadata()))
    }
    return BenchmarkCorpus(documents: documents, byteCount: byteCount)
  }
}
