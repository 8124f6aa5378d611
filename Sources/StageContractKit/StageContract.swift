import Foundation
import WorkbenchCore

/// The checks every stage must pass, whoever wrote it: its descriptor's examples, and
/// invariants on any input (spans inside the text and `text` equal to the slice, declared
/// labels and attributes, the same output twice, no failure on empty, very long or random
/// Unicode input). Each check returns the problems found, as sentences that name the stage;
/// a test expects the list to be empty.
///
/// The repository's contract test runs it over every built-in stage; a plugin in its own
/// package runs it over its stages the same way.
public struct StageContract: Sendable {
  public let factory: StageFactory
  /// Where relative paths in configurations resolve.
  public var baseDirectory: URL

  public init(
    _ factory: StageFactory, baseDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
  ) {
    self.factory = factory
    self.baseDirectory = baseDirectory
  }

  /// A contract for a stage type.
  public init?(_ type: any Stage.Type) {
    guard let factory = StageFactory(erasing: type) else { return nil }
    self.init(factory)
  }

  private var id: String { factory.descriptor.id }

  /// Builds the stage with a configuration (`null`: the defaults).
  public func makeStage(_ configuration: JSONValue = .null) throws -> StageInstance {
    let context = StageContext(baseDirectory: baseDirectory, checksum: { _ in "" })
    return try factory.configure(configuration).makeStage(context: context)
  }

  /// Runs a built stage over documents without upstream inputs: per document, or collected
  /// and reduced as one corpus. Annotations by document id.
  public static func annotate(_ documents: [Document], with stage: StageInstance) throws -> [String: [Annotation]] {
    switch stage {
    case .document(let instance):
      var result: [String: [Annotation]] = [:]
      for document in documents { result[document.id] = try instance.analyze(document, .none) }
      return result
    case .corpus(let instance):
      let collected = try documents.map { CollectedItem(documentID: $0.id, value: try instance.collect($0, .none)) }
      return try instance.reduce(collected).annotations
    }
  }

  /// Problems with the descriptor's examples: none given, or an expected annotation missing.
  public func exampleProblems() -> [String] {
    let examples = factory.descriptor.examples
    guard !examples.isEmpty else {
      return [
        "stage '\(id)' has no examples: add `examples: [StageExample(\"text\", expected: [...])]` to its descriptor"
      ]
    }
    var problems: [String] = []
    for (index, example) in examples.enumerated() {
      let document = example.document
      let annotations: [Annotation]
      do {
        annotations = try Self.annotate([document], with: makeStage(example.configuration))[document.id] ?? []
      } catch {
        problems.append("stage '\(id)' example \(index + 1) failed: \(error)")
        continue
      }
      for expected in example.expected where !annotations.contains(where: { expected.isMatched(by: $0, in: document) })
      {
        let made = annotations.map { "\($0.label) [\($0.start), \($0.end)) \($0.value ?? "nil")" }
        problems.append(
          "stage '\(id)' example \(index + 1): expected \(expected), got: \(made.isEmpty ? "nothing" : made.joined(separator: "; "))"
        )
      }
      problems += spanProblems(annotations, in: document, what: "example \(index + 1)")
    }
    return problems
  }

  /// Problems with the invariants over the examples' texts, the empty text, a very long text
  /// and random Unicode: each run twice, compared.
  public func invariantProblems(randomDocuments: Int = 40, seed: UInt64 = 20_261_206) -> [String] {
    var documents = [Document(id: "empty", text: "")]
    let sample = factory.descriptor.examples.map(\.text).joined(separator: "\n")
    documents.append(Document(id: "long", text: RandomText.long(from: sample.isEmpty ? "word كلمة 2026 " : sample)))
    var generator = RandomText.Generator(seed: seed)
    for index in 0..<randomDocuments {
      documents.append(Document(id: "random-\(index)", text: RandomText.unicode(using: &generator)))
    }
    for (index, text) in factory.descriptor.examples.map(\.text).enumerated() {
      documents.append(Document(id: "example-\(index + 1)", text: text))
    }
    // The defaults, and each configuration an example uses (a keyword list, say).
    var configurations: [JSONValue] = [.null]
    for example in factory.descriptor.examples where !configurations.contains(example.configuration) {
      configurations.append(example.configuration)
    }
    var problems: [String] = []
    for configuration in configurations {
      let first: [String: [Annotation]]
      let second: [String: [Annotation]]
      do {
        first = try Self.annotate(documents, with: makeStage(configuration))
        second = try Self.annotate(documents, with: makeStage(configuration))
      } catch {
        problems.append(
          "stage '\(id)' failed on the invariant inputs (empty, long, random Unicode) with configuration \(configuration.canonicalJSON): \(error)"
        )
        continue
      }
      for document in documents {
        let annotations = first[document.id] ?? []
        if annotations != second[document.id] ?? [] {
          problems.append(
            "stage '\(id)' gave two different outputs for document '\(document.id)': it must be deterministic")
        }
        problems += spanProblems(annotations, in: document, what: "document '\(document.id)'")
      }
    }
    return problems
  }

  /// Spans inside the text, `text` equal to the slice, labels and attributes declared.
  public func spanProblems(_ annotations: [Annotation], in document: Document, what: String) -> [String] {
    let scalars = Array(document.text.unicodeScalars)
    let declared = Dictionary(
      factory.descriptor.produces.map { ($0.label, Set($0.attributes)) }, uniquingKeysWith: { $0.union($1) })
    var problems: [String] = []
    for annotation in annotations {
      guard 0 <= annotation.start, annotation.start <= annotation.end, annotation.end <= scalars.count else {
        problems.append(
          "stage '\(id)' \(what): span [\(annotation.start), \(annotation.end)) is outside the text of \(scalars.count) scalars"
        )
        continue
      }
      var slice = String.UnicodeScalarView()
      slice.append(contentsOf: scalars[annotation.start..<annotation.end])
      // A result about the whole document may leave `text` empty rather than repeat the text.
      let isWholeWithoutText = annotation.start == 0 && annotation.end == scalars.count && annotation.text.isEmpty
      if String(slice) != annotation.text && !isWholeWithoutText {
        problems.append(
          "stage '\(id)' \(what): annotation text \(annotation.text.debugDescription) is not the text at [\(annotation.start), \(annotation.end)): \(String(slice).debugDescription)"
        )
      }
      guard let attributes = declared[annotation.label] else {
        problems.append("stage '\(id)' \(what): label '\(annotation.label)' is not declared in `produces`")
        continue
      }
      let undeclared = Set(annotation.attributes.keys).subtracting(attributes).sorted()
      if !undeclared.isEmpty {
        problems.append(
          "stage '\(id)' \(what): label '\(annotation.label)' carries undeclared attributes \(undeclared.joined(separator: ", ")); add them to its ProducedLabel"
        )
      }
    }
    return problems
  }
}
