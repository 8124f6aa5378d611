import Foundation
import WorkbenchCore

extension WorkflowChecker {
  static let corpusKeys = ["path", "include", "exclude", "metadata", "language"]
  /// The metadata rows naming no document that get a warning of their own.
  static let orphanRowsShown = 20

  /// The corpus section and the nodes its file checks point at.
  struct CheckedCorpus {
    var spec: CorpusSpec
    var path: (text: String, node: YAMLNode)
    var metadata: (text: String, node: YAMLNode)?
  }

  mutating func checkCorpus(_ entry: YAMLMappingEntry?, in root: YAMLNode) -> CheckedCorpus? {
    guard let entry else {
      missing("corpus", in: "the workflow", at: root, note: "add 'corpus: {path: FOLDER}'")
      return nil
    }
    // `corpus: ../seeds` is short for `corpus: {path: ../seeds}`.
    if entry.value.scalar != nil, !entry.value.isNull {
      guard let path = string(entry.value, key: "corpus") else { return nil }
      return CheckedCorpus(spec: CorpusSpec(path: resolve(path)), path: (path, entry.value))
    }
    guard let fields = keys(of: entry.value, in: "corpus", known: Self.corpusKeys) else { return nil }
    var valid = true
    var pathText: (String, YAMLNode)?
    if let pathEntry = fields["path"], !pathEntry.value.isNull {
      if let text = string(pathEntry.value, key: "path") {
        pathText = (text, pathEntry.value)
      } else {
        valid = false
      }
    } else {
      missing(
        "path", in: "corpus", at: fields["path"]?.key ?? entry.value,
        note: "the folder (or .jsonl file) of the documents")
      valid = false
    }
    var include = CorpusSpec.defaultInclude
    if let includeEntry = fields["include"] {
      if let globs = stringList(includeEntry) {
        if globs.isEmpty {
          error("'include' is empty, so no file would be read", at: includeEntry.value.location)
          valid = false
        }
        include = globs.map(\.0)
      } else {
        valid = false
      }
    }
    var exclude: [String] = []
    if let excludeEntry = fields["exclude"] {
      if let globs = stringList(excludeEntry) { exclude = globs.map(\.0) } else { valid = false }
    }
    var metadata: (String, YAMLNode)?
    if let metadataEntry = fields["metadata"], !metadataEntry.value.isNull {
      if let text = string(metadataEntry.value, key: "metadata") {
        metadata = (text, metadataEntry.value)
      } else {
        valid = false
      }
    }
    var language: String?
    if let languageEntry = fields["language"] {
      language = optionalString(languageEntry)
      if language?.isEmpty == true {
        error("'language' must not be empty", at: languageEntry.value.location)
        valid = false
      } else if let text = language, let problem = MetadataValue.languageProblem(text) {
        error("'language' \(problem)", at: languageEntry.value.location)
        valid = false
      }
    }
    guard valid, let pathText else { return nil }
    let spec = CorpusSpec(
      path: resolve(pathText.0), include: include, exclude: exclude, metadata: metadata.map { resolve($0.0) },
      language: language)
    return CheckedCorpus(spec: spec, path: pathText, metadata: metadata)
  }

  /// Checks what the corpus section names on disk: the path exists, some file matches, the
  /// metadata file exists and is a valid table. Returns a reader over the listed files.
  mutating func checkCorpusFiles(_ corpus: CheckedCorpus) -> CorpusReader? {
    var valid = true
    var metadata = MetadataTable()
    if let (text, node) = corpus.metadata, let url = corpus.spec.metadata {
      var isDirectory: ObjCBool = false
      if !FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
        error(notFound("metadata file", text), at: node.location)
        valid = false
      } else if isDirectory.boolValue {
        error("metadata '\(text)' is a folder; it must be a CSV file", at: node.location)
        valid = false
      } else {
        let loaded = MetadataTable.load(url)
        metadata = loaded.table
        diagnostics += loaded.diagnostics
        if loaded.diagnostics.contains(where: { $0.severity == .error }) { valid = false }
      }
    }
    let (text, node) = corpus.path
    let sources: CorpusSources
    do throws(CorpusListing.Failure) {
      sources = try CorpusListing.list(corpus.spec)
    } catch {
      switch error {
      case .missing: self.error(notFound("corpus path", text), at: node.location)
      case .unreadable(let reason): self.error("cannot read corpus folder '\(text)': \(reason)", at: node.location)
      }
      return nil
    }
    if sources.isEmpty {
      var message = "the corpus is empty: no file in '\(text)' matches \(corpus.spec.include.joined(separator: ", "))"
      if !corpus.spec.exclude.isEmpty { message += " without matching \(corpus.spec.exclude.joined(separator: ", "))" }
      error(message, at: node.location)
      valid = false
    }
    if valid, let url = corpus.spec.metadata, let (_, metadataNode) = corpus.metadata {
      checkMetadataCoverage(metadata, sources: sources, file: DisplayPath.of(url), node: metadataNode)
    }
    guard valid else { return nil }
    return CorpusReader(spec: corpus.spec, sources: sources, metadata: metadata)
  }

  /// Warns about metadata rows that name no document (a typo loses a document's date) and
  /// about documents without a row. JSON Lines ids are known only when reading, so a corpus
  /// with JSON Lines files is not checked.
  ///
  /// Each file (listed once, so ids are unique) is looked up in the table's index and its
  /// row marked: a flag a row and an index an unmatched file, rather than sets of ids.
  private mutating func checkMetadataCoverage(
    _ metadata: MetadataTable, sources: CorpusSources, file: String, node: YAMLNode
  ) {
    guard !sources.indices.contains(where: { sources.format(at: $0) == .jsonLines }) else { return }
    var matched = [Bool](repeating: false, count: metadata.count)
    var unmatched: [Int] = []
    for (index, source) in sources.enumerated() {
      if let position = metadata.position(of: source.relativePath) {
        matched[position] = true
      } else {
        unmatched.append(index)
      }
    }
    let orphans = matched.indices.filter { !matched[$0] }.compactMap(metadata.row(at:)).sorted { $0.line < $1.line }
    if !orphans.isEmpty {
      let candidates = unmatched.map { sources[$0].relativePath }.sorted()
      for (id, line) in orphans.prefix(Self.orphanRowsShown) {
        var message = "the metadata row for '\(id)' matches no document of the corpus"
        if let suggestion = Suggestion.closest(to: id, among: candidates) {
          message += "; did you mean '\(suggestion)'?"
        }
        warning(message, at: SourceLocation(file: file, line: line, column: 1))
      }
      // A table written for a larger corpus would otherwise print a line per row.
      if orphans.count > Self.orphanRowsShown {
        let more = orphans.count - Self.orphanRowsShown
        warning(
          "\(more) more metadata row\(more == 1 ? "" : "s") match no document of the corpus (\(orphans.count) in all)",
          at: SourceLocation(file: file, line: orphans[Self.orphanRowsShown].line, column: 1))
      }
    }
    if !unmatched.isEmpty {
      var first: [String] = []  // the three smallest, in Unicode scalar order
      for index in unmatched {
        let id = sources[index].relativePath
        let place = first.firstIndex { id.unicodeScalars.lexicographicallyPrecedes($0.unicodeScalars) } ?? first.count
        if place < 3 {
          first.insert(id, at: place)
          if first.count > 3 { first.removeLast() }
        }
      }
      let count = unmatched.count
      warning(
        "\(count) document\(count == 1 ? " has" : "s have") no row in the metadata file: \(first.joined(separator: ", "))\(count > 3 ? ", ..." : "")",
        at: node.location)
    }
  }

  private func notFound(_ what: String, _ path: String) -> String {
    var message = "\(what) '\(path)' does not exist"
    if let closest = closestExistingPath(to: path) { message += "; did you mean '\(closest)'?" }
    return message
  }
}
