import CYAML
import Foundation
import WorkbenchCore

/// Parses YAML text into `YAMLNode` trees through libyaml's event API.
///
/// Every node keeps its line and column. Anchors and aliases are resolved by sharing the
/// anchored node; the total size of what aliases expand to is bounded, so a "billion laughs"
/// document is rejected instead of taking exponential time. Nesting is bounded too.
public enum YAMLParser {
  /// The most nodes aliases may add to a document (nodes written out are not counted).
  public static let maximumExpandedNodes = 1_000_000
  /// The deepest nesting of sequences and mappings accepted.
  public static let maximumDepth = 512

  /// Parses every document of a YAML stream. `file` names the source in locations.
  public static func parseStream(_ bytes: some Collection<UInt8>, file: String) throws(YAMLError)
    -> [YAMLDocument]
  {
    var buffer = Array(bytes)
    let count = buffer.count
    buffer.append(0)  // a valid pointer even for empty input
    var builder = TreeBuilder(file: file)
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else {
      throw YAMLError("libyaml could not be initialized", at: SourceLocation(file: file, line: 1, column: 1))
    }
    defer { yaml_parser_delete(&parser) }
    let failure: YAMLError? = buffer.withUnsafeBufferPointer { pointer -> YAMLError? in
      yaml_parser_set_input_string(&parser, pointer.baseAddress, count)
      var event = yaml_event_t()
      while true {
        guard yaml_parser_parse(&parser, &event) == 1 else {
          return syntaxError(parser, bytes: UnsafeBufferPointer(rebasing: pointer[0..<count]), file: file)
        }
        defer { yaml_event_delete(&event) }
        if event.type == YAML_STREAM_END_EVENT { return nil }
        do throws(YAMLError) {
          try builder.handle(event)
        } catch {
          return error
        }
      }
    }
    if let failure { throw failure }
    return builder.documents
  }

  /// Parses a stream that holds at most one document; nil when it holds none (an empty file
  /// or only comments). A second document is an error.
  public static func parse(_ bytes: some Collection<UInt8>, file: String) throws(YAMLError) -> YAMLNode? {
    let documents = try parseStream(bytes, file: file)
    if documents.count > 1 {
      throw YAMLError(
        "expected one YAML document, found \(documents.count); remove the second '---'",
        at: documents[1].location)
    }
    return documents.first?.root
  }

  /// Parses a string holding at most one document.
  public static func parse(_ text: String, file: String) throws(YAMLError) -> YAMLNode? {
    try parse(Array(text.utf8), file: file)
  }

  private static func syntaxError(
    _ parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>, file: String
  ) -> YAMLError {
    let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
    if parser.error == YAML_READER_ERROR {
      // Reader errors (bad encoding, control characters) carry a byte offset, not a mark.
      let location = TextPosition.location(ofByte: parser.problem_offset, in: bytes, file: file)
      var message = "invalid YAML: \(problem)"
      if parser.problem_value != -1 { message += String(format: " (byte 0x%02X", parser.problem_value) + ")" }
      message += " at byte offset \(parser.problem_offset)"
      return YAMLError(message, at: location)
    }
    let mark = parser.problem_mark
    var message = "invalid YAML: \(problem)"
    if let context = parser.context {
      let contextMark = parser.context_mark
      message +=
        " (\(String(cString: context)) that starts at line \(contextMark.line + 1), column \(contextMark.column + 1))"
    }
    return YAMLError(message, at: SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1))
  }
}

/// One document of a YAML stream.
public struct YAMLDocument: Hashable, Sendable {
  public var root: YAMLNode
  /// Where the document starts (its `---`, or its first node).
  public var location: SourceLocation
}

/// A YAML syntax error, or a document that cannot be turned into a node tree (an unknown
/// alias, a too-large alias expansion).
public struct YAMLError: Error, Hashable, Sendable, CustomStringConvertible {
  public var message: String
  public var location: SourceLocation

  public init(_ message: String, at location: SourceLocation) {
    self.message = message
    self.location = location
  }

  /// The error as a located diagnostic.
  public var diagnostic: Diagnostic { Diagnostic(.error, message, at: location) }

  public var description: String { diagnostic.description }
}

/// Turns libyaml events into node trees.
private struct TreeBuilder {
  enum Frame {
    case sequence(elements: [YAMLNode])
    case mapping(entries: [YAMLMappingEntry], pendingKey: YAMLNode?)
  }

  struct OpenCollection {
    var frame: Frame
    var location: SourceLocation
    var tag: String?
    var anchor: String?
    var expandedAtStart: Int
  }

  let file: String
  var documents: [YAMLDocument] = []
  var documentLocation: SourceLocation?
  var stack: [OpenCollection] = []
  var anchors: [String: (node: YAMLNode, size: Int)] = [:]
  /// Nodes so far, written or expanded from aliases: an anchored collection's size.
  var expanded = 0
  /// Nodes added by aliases: only these are bounded, since written nodes cost no more than
  /// the text they are written in (a 50 MB list of terms has no alias and is accepted).
  var expandedThroughAliases = 0

  init(file: String) { self.file = file }

  func location(_ mark: yaml_mark_t) -> SourceLocation {
    SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
  }

  static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    guard let pointer else { return nil }
    return String(cString: pointer)
  }

  mutating func handle(_ event: yaml_event_t) throws(YAMLError) {
    let start = location(event.start_mark)
    switch event.type {
    case YAML_DOCUMENT_START_EVENT:
      documentLocation = start
      anchors = [:]
      expanded = 0
      expandedThroughAliases = 0
    case YAML_SCALAR_EVENT:
      let scalar = event.data.scalar
      let text = String(
        decoding: UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)), as: UTF8.self)
      let style: YAMLScalar.Style
      switch scalar.style {
      case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
      case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
      case YAML_LITERAL_SCALAR_STYLE: style = .literal
      case YAML_FOLDED_SCALAR_STYLE: style = .folded
      default: style = .plain
      }
      let node = YAMLNode(.scalar(YAMLScalar(text, style: style)), at: start, tag: Self.string(scalar.tag))
      try count(1, at: start)
      if let anchor = Self.string(scalar.anchor) { anchors[anchor] = (node, 1) }
      try add(node)
    case YAML_ALIAS_EVENT:
      let name = Self.string(event.data.alias.anchor) ?? ""
      guard let anchored = anchors[name] else {
        throw YAMLError("unknown alias '*\(name)': no anchor '&\(name)' comes before it", at: start)
      }
      try count(anchored.size, at: start, throughAlias: true)
      var node = anchored.node
      node.location = start
      try add(node)
    case YAML_SEQUENCE_START_EVENT:
      let data = event.data.sequence_start
      try open(.sequence(elements: []), at: start, tag: Self.string(data.tag), anchor: Self.string(data.anchor))
    case YAML_MAPPING_START_EVENT:
      let data = event.data.mapping_start
      try open(
        .mapping(entries: [], pendingKey: nil), at: start, tag: Self.string(data.tag), anchor: Self.string(data.anchor))
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
      guard let collection = stack.popLast() else { return }
      let content: YAMLNode.Content
      switch collection.frame {
      case .sequence(let elements): content = .sequence(elements)
      case .mapping(let entries, _): content = .mapping(entries)
      }
      let node = YAMLNode(content, at: collection.location, tag: collection.tag)
      if let anchor = collection.anchor { anchors[anchor] = (node, expanded - collection.expandedAtStart) }
      try add(node)
    default:
      break
    }
  }

  mutating func open(_ frame: Frame, at location: SourceLocation, tag: String?, anchor: String?) throws(YAMLError) {
    guard stack.count < YAMLParser.maximumDepth else {
      throw YAMLError("nesting deeper than \(YAMLParser.maximumDepth) levels", at: location)
    }
    try count(1, at: location)
    stack.append(
      OpenCollection(frame: frame, location: location, tag: tag, anchor: anchor, expandedAtStart: expanded - 1))
  }

  mutating func count(_ nodes: Int, at location: SourceLocation, throughAlias: Bool = false) throws(YAMLError) {
    expanded += nodes
    guard throughAlias else { return }
    expandedThroughAliases += nodes
    if expandedThroughAliases > YAMLParser.maximumExpandedNodes {
      throw YAMLError(
        "the document expands to more than \(YAMLParser.maximumExpandedNodes) nodes through aliases",
        at: location)
    }
  }

  mutating func add(_ node: YAMLNode) throws(YAMLError) {
    guard var top = stack.popLast() else {
      documents.append(YAMLDocument(root: node, location: documentLocation ?? node.location))
      return
    }
    switch top.frame {
    case .sequence(var elements):
      top.frame = .sequence(elements: [])  // release the frame's reference so append is in place
      elements.append(node)
      top.frame = .sequence(elements: elements)
    case .mapping(var entries, let pendingKey):
      top.frame = .mapping(entries: [], pendingKey: nil)
      if let pendingKey {
        entries.append(YAMLMappingEntry(key: pendingKey, value: node))
        top.frame = .mapping(entries: entries, pendingKey: nil)
      } else {
        top.frame = .mapping(entries: entries, pendingKey: node)
      }
    }
    stack.append(top)
  }
}
