import Foundation
import WorkbenchCore

/// Turns a workflow's node tree into a `Workflow`, collecting every problem instead of
/// stopping at the first. Each part (corpus, stages, outputs) is checked even when another
/// part is broken, so one `validate` shows all there is to fix.
struct WorkflowChecker {
  static let topLevelKeys = ["version", "name", "description", "corpus", "stages", "outputs"]

  let file: URL
  let displayName: String
  let registry: StageRegistry
  var diagnostics: [Diagnostic] = []

  init(file: URL, registry: StageRegistry) {
    self.file = file
    self.displayName = DisplayPath.of(file)
    self.registry = registry
  }

  var baseDirectory: URL { file.deletingLastPathComponent() }

  /// Diagnostics in file order: the workflow's own first by line and column, then those of
  /// other files (the metadata table), then those without a place.
  var sortedDiagnostics: [Diagnostic] {
    diagnostics.enumerated().sorted { a, b in
      func key(_ diagnostic: Diagnostic) -> (Int, String, Int, Int) {
        guard let location = diagnostic.location else { return (2, "", 0, 0) }
        return (location.file == displayName ? 0 : 1, location.file, location.line, location.column)
      }
      let (ka, kb) = (key(a.element), key(b.element))
      if ka != kb { return ka < kb }
      return a.offset < b.offset
    }.map(\.element)
  }

  mutating func error(_ message: String, at location: SourceLocation?, note: String? = nil) {
    diagnostics.append(Diagnostic(.error, message, at: location, suggestion: note))
  }

  mutating func warning(_ message: String, at location: SourceLocation?, note: String? = nil) {
    diagnostics.append(Diagnostic(.warning, message, at: location, suggestion: note))
  }

  /// Parses and checks the whole file; nil when the file cannot be read as a workflow at all
  /// or some required part is missing (the diagnostics say why).
  mutating func check(_ bytes: [UInt8]) -> Workflow? {
    let root: YAMLNode?
    do {
      root = try YAMLParser.parse(bytes, file: displayName)
    } catch {
      diagnostics.append(error.diagnostic)
      return nil
    }
    guard let root, !root.isNull else {
      error(
        "the workflow is empty; it needs 'version: 1', a 'corpus' and 'stages'",
        at: SourceLocation(file: displayName, line: 1, column: 1))
      return nil
    }
    guard let entries = keys(of: root, in: "the workflow", known: Self.topLevelKeys) else { return nil }

    let version = checkVersion(entries["version"], in: root)
    let name = optionalString(entries["name"]) ?? file.deletingPathExtension().lastPathComponent
    let description = optionalString(entries["description"])
    let corpus = checkCorpus(entries["corpus"], in: root)
    let stages = checkStages(entries["stages"], in: root)
    var outputs = checkOutputs(entries["outputs"])
    let reader = corpus.flatMap { checkCorpusFiles($0) }
    if let checked = outputs, let corpus, !checkOutputTargets(checked, corpus: corpus.spec, sources: reader?.sources) {
      outputs = nil
    }

    guard let version, let corpus, let stages, let outputs, let reader else { return nil }
    return Workflow(
      file: file, version: version, name: name, description: description, corpus: corpus.spec,
      stages: stages, outputs: outputs, corpusReader: reader)
  }

  private mutating func checkVersion(_ entry: YAMLMappingEntry?, in root: YAMLNode) -> Int? {
    guard let entry else {
      missing("version", in: "the workflow", at: root, note: "add 'version: 1' at the top of the file")
      return nil
    }
    let value = (try? entry.value.jsonValue()) ?? .null
    guard case .int(let version) = value else {
      error("'version' must be an integer, found \(entry.value.kindDescription)", at: entry.value.location)
      return nil
    }
    guard version == 1 else {
      error("unsupported workflow version \(version); this Workbench reads version 1", at: entry.value.location)
      return nil
    }
    return version
  }
}

// MARK: - Reading nodes

extension WorkflowChecker {
  /// The entries of a mapping by key, after reporting what is wrong with its keys (not a
  /// mapping, a non-text key, a duplicate, an unknown key with a did-you-mean).
  mutating func keys(of node: YAMLNode, in place: String, known: [String]) -> [String: YAMLMappingEntry]? {
    guard let mapping = node.mapping else {
      error("\(place) must be a mapping of keys to values, found \(node.kindDescription)", at: node.location)
      return nil
    }
    var found: [String: YAMLMappingEntry] = [:]
    for entry in mapping {
      guard let key = entry.key.scalar?.value else {
        error("keys must be plain text, found \(entry.key.kindDescription)", at: entry.key.location)
        continue
      }
      if let first = found[key] {
        error("duplicate key '\(key)' in \(place) (first at line \(first.key.location.line))", at: entry.key.location)
        continue
      }
      guard known.contains(key) else {
        if let suggestion = Suggestion.closest(to: key, among: known) {
          error("unknown key '\(key)' in \(place); did you mean '\(suggestion)'?", at: entry.key.location)
        } else {
          error(
            "unknown key '\(key)' in \(place)", at: entry.key.location,
            note: "known keys: \(known.joined(separator: ", "))")
        }
        continue
      }
      found[key] = entry
    }
    return found
  }

  mutating func missing(_ key: String, in place: String, at node: YAMLNode, note: String? = nil) {
    error("missing required key '\(key)' in \(place)", at: node.location, note: note)
  }

  /// A scalar's text for a key that takes a string. Numbers are taken as written (a folder
  /// named `2026`); booleans, lists and mappings are errors; null is absent.
  mutating func optionalString(_ entry: YAMLMappingEntry?) -> String? {
    guard let entry, !entry.value.isNull else { return nil }
    return string(entry.value, key: entry.key.scalar?.value ?? "")
  }

  mutating func string(_ node: YAMLNode, key: String) -> String? {
    if let scalar = node.scalar {
      switch (try? node.jsonValue()) ?? .null {
      case .string, .int, .double: return scalar.value
      default: break
      }
    }
    error("'\(key)' must be a string, found \(node.kindDescription)", at: node.location)
    return nil
  }

  /// A string or a list of strings, each with its node.
  mutating func stringList(_ entry: YAMLMappingEntry) -> [(String, YAMLNode)]? {
    let key = entry.key.scalar?.value ?? ""
    if entry.value.isNull { return [] }
    if entry.value.scalar != nil {
      return string(entry.value, key: key).map { [($0, entry.value)] }
    }
    guard let elements = entry.value.sequence else {
      error("'\(key)' must be a list of strings, found \(entry.value.kindDescription)", at: entry.value.location)
      return nil
    }
    var result: [(String, YAMLNode)] = []
    var valid = true
    for element in elements {
      if element.scalar != nil, let text = string(element, key: key) {
        result.append((text, element))
      } else {
        if element.scalar == nil {
          error("'\(key)' must be a list of strings, found \(element.kindDescription) in it", at: element.location)
        }
        valid = false
      }
    }
    return valid ? result : nil
  }

  /// A path from the workflow, resolved against the workflow's folder (`~` is the home folder).
  func resolve(_ path: String) -> URL {
    let expanded = (path as NSString).expandingTildeInPath
    if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded).standardizedFileURL }
    return baseDirectory.appendingPathComponent(expanded).standardizedFileURL
  }

  /// A did-you-mean for a path that does not exist: the closest name in its folder.
  func closestExistingPath(to written: String) -> String? {
    var path = Substring(written)
    while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
    let url = resolve(String(path))
    let folder = url.deletingLastPathComponent()
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path),
      let closest = Suggestion.closest(to: url.lastPathComponent, among: names.filter { !$0.hasPrefix(".") })
    else { return nil }
    let written = path.split(separator: "/", omittingEmptySubsequences: false)
    return (written.dropLast().map(String.init) + [closest]).joined(separator: "/")
  }
}
