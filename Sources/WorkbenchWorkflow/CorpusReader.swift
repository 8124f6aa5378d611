import Foundation
import WorkbenchCore

/// Reads a corpus: lists its files once, then reads them one at a time, so that a corpus of
/// any size is never held in memory at once.
///
/// Reading never fails as a whole: a file that is not UTF-8, a binary file, a malformed JSON
/// Lines record each become a `DocumentFailure` and the rest is read. Documents come in a
/// fixed order: files sorted by relative path, records in file order.
public struct CorpusReader: Sendable {
  public let spec: CorpusSpec
  /// The files of the corpus, sorted.
  public let sources: CorpusSources
  /// The metadata file's rows (none without a metadata file).
  public let metadata: MetadataTable
  /// True when the sources are in strictly increasing order of relative path (as listed), so
  /// that two text files cannot share an id and an id is found by binary search.
  let sourcesAreSorted: Bool

  /// Lists the corpus and loads its metadata. Throws when the corpus path does not exist or
  /// cannot be read, or the metadata file is missing or invalid. An empty corpus is not an
  /// error here (the workflow loader reports it).
  public init(spec: CorpusSpec) throws(DiagnosticList) {
    var diagnostics: [Diagnostic] = []
    var sources = CorpusSources([])
    do throws(CorpusListing.Failure) {
      sources = try CorpusListing.list(spec)
    } catch {
      switch error {
      case .missing:
        diagnostics.append(Diagnostic(.error, "corpus path '\(DisplayPath.of(spec.path))' does not exist"))
      case .unreadable(let reason):
        diagnostics.append(Diagnostic(.error, "cannot read corpus folder '\(DisplayPath.of(spec.path))': \(reason)"))
      }
    }
    var metadata = MetadataTable()
    if let url = spec.metadata {
      if FileManager.default.fileExists(atPath: url.path) {
        let loaded = MetadataTable.load(url)
        metadata = loaded.table
        diagnostics += loaded.diagnostics
      } else {
        diagnostics.append(Diagnostic(.error, "metadata file '\(DisplayPath.of(url))' does not exist"))
      }
    }
    if diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticList(diagnostics) }
    self.init(spec: spec, sources: sources, metadata: metadata)
  }

  /// A reader over sources already listed and metadata already loaded.
  public init(spec: CorpusSpec, sources: CorpusSources, metadata: MetadataTable) {
    self.spec = spec
    self.sources = sources
    self.metadata = metadata
    self.sourcesAreSorted = sources.areSorted
  }

  /// A reader over sources made one by one, in this order.
  public init(spec: CorpusSpec, sources: [CorpusSource], metadata: MetadataTable) {
    self.init(spec: spec, sources: CorpusSources(sources), metadata: metadata)
  }

  /// Every document of the corpus, read lazily source after source. A document id seen
  /// before (two records with one id) is reported as a failure of the later one.
  public func entries() -> CorpusEntries { CorpusEntries(reader: self) }

  /// The documents of one source, read lazily (a JSON Lines file is memory-mapped and decoded
  /// one line at a time).
  public func read(_ source: CorpusSource) -> SourceEntries { SourceEntries(reader: self, source: source) }

  /// The number of entries `entries()` will yield (for a progress total): one per text file
  /// plus one per non-blank line of each JSON Lines file (which this reads, in constant
  /// memory). A JSON Lines file found to be binary yields one failure instead of its lines.
  public func countEntries() -> Int {
    var count = 0
    for source in sources {
      guard source.format == .jsonLines else {
        count += 1
        continue
      }
      guard var lines = try? LineReader(url: source.url) else {
        count += 1  // the failure to read it is one entry
        continue
      }
      while lines.next({ line in
        if line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) { count += 1 }
      }) {}
    }
    return count
  }

  /// The metadata of a document: the metadata file's row for its id over what the document
  /// itself says (a JSON Lines record's fields), with the corpus language as the default.
  public func metadata(for id: String, own: DocumentMetadata = DocumentMetadata()) -> DocumentMetadata {
    var merged = own
    if let row = metadata.metadata(for: id) {
      merged.date = row.date ?? merged.date
      merged.title = row.title ?? merged.title
      merged.source = row.source ?? merged.source
      merged.url = row.url ?? merged.url
      merged.language = row.language ?? merged.language
      merged.extra.merge(row.extra) { _, table in table }
    }
    if merged.language == nil { merged.language = spec.language }
    return merged
  }
}

/// The documents of a whole corpus, in order; see `CorpusReader.entries()`.
public struct CorpusEntries: Sequence, Sendable {
  let reader: CorpusReader

  public struct Iterator: IteratorProtocol {
    let reader: CorpusReader
    var sourceIndex = 0
    var current: SourceEntries.Iterator?
    /// Ids of JSON Lines records, with the file that had them first. A text file's id is its
    /// relative path, unique among listed files, so listed text files are looked up in the
    /// sorted source list rather than remembered: memory grows with records, not with files.
    var firstSeen: [String: String] = [:]

    public mutating func next() -> CorpusEntry? {
      while true {
        if let entry = current?.next() {
          guard case .document(let document, let source) = entry else { return entry }
          let remembered = reader.sources.format(at: sourceIndex - 1) == .jsonLines || !reader.sourcesAreSorted
          if let first = firstSeen[document.id]
            ?? (remembered && reader.sourcesAreSorted ? earlierTextFile(named: document.id) : nil)
          {
            let location = current?.lastLocation ?? SourceLocation(file: source, line: 1, column: 1)
            return .failure(
              DocumentFailure(
                id: document.id, message: "duplicate document id '\(document.id)' (first in \(first))",
                location: location))
          }
          if remembered { firstSeen[document.id] = source }
          return entry
        }
        guard sourceIndex < reader.sources.count else { return nil }
        current = reader.read(reader.sources[sourceIndex]).makeIterator()
        sourceIndex += 1
      }
    }
  }

  public func makeIterator() -> Iterator { Iterator(reader: reader) }
}

extension CorpusEntries.Iterator {
  /// The display path of a text file read before the current source whose id is `id`.
  fileprivate func earlierTextFile(named id: String) -> String? {
    // The sources are sorted by relative path in UTF-8 order (CorpusListing).
    let sources = reader.sources
    var low = 0
    var high = sourceIndex - 1
    while low < high {
      let middle = (low + high) / 2
      if sources[middle].relativePath.utf8.lexicographicallyPrecedes(id.utf8) {
        low = middle + 1
      } else {
        high = middle
      }
    }
    guard low < sourceIndex - 1, sources[low].relativePath == id, sources[low].format == .text else { return nil }
    return sources[low].displayPath
  }
}
