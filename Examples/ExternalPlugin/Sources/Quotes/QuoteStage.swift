import WorkbenchCore

/// Finds quoted speech: the words between «», “” or "" on one line, in Arabic or English.
public struct QuoteStage: DocumentStage {
  public struct Configuration: StageConfiguration {
    /// Quotes with fewer words are skipped (single quoted words are mostly names or terms).
    @Setting("min_words", help: "quotes with fewer words are skipped")
    public var minWords = 2

    public init() {}

    public func validate() throws {
      if minWords < 1 {
        throw ConfigurationError.invalid(field: "min_words", message: "must be at least 1")
      }
    }
  }

  public static let descriptor = StageDescriptor(
    id: "quotes", aliases: ["quotations"], version: 1,
    summary: "Quoted speech between «», “” or \"\" on one line",
    consumes: [.role(.boilerplate)],
    produces: [ProducedLabel("QUOTE", role: .span, attributes: ["words"])],
    examples: [
      StageExample(
        "قال الوزير «سنبدأ العمل غداً» للصحفيين.",
        expected: [ExpectedAnnotation("QUOTE", text: "سنبدأ العمل غداً")]),
      StageExample(
        "He said “the plant reopens in May” and left.",
        expected: [ExpectedAnnotation("QUOTE", text: "the plant reopens in May")]),
    ])

  /// Opening marks and the mark that closes each.
  static let closingMark: [Unicode.Scalar: Unicode.Scalar] = ["«": "»", "“": "”", "\"": "\""]

  let configuration: Configuration

  public init(configuration: Configuration, context: StageContext) throws {
    self.configuration = configuration
  }

  public func analyze(_ document: Document, inputs: StageInputs) throws -> [Annotation] {
    let scalars = Array(document.text.unicodeScalars)
    let boilerplate = inputs.boilerplate
    var annotations: [Annotation] = []
    var index = 0
    while index < scalars.count {
      guard let close = Self.closingMark[scalars[index]],
        let end = scalars[(index + 1)...].firstIndex(where: { $0 == close || $0 == "\n" }),
        scalars[end] == close
      else {
        index += 1
        continue
      }
      let start = index + 1
      let words = String(String.UnicodeScalarView(scalars[start..<end]))
        .split(whereSeparator: { $0.isWhitespace }).count
      let inBoilerplate = boilerplate.contains { $0.overlaps(start..<max(end, start + 1)) }
      if words >= configuration.minWords && !inBoilerplate {
        annotations.append(
          Annotation(
            start: start, end: end, text: String(String.UnicodeScalarView(scalars[start..<end])),
            label: "QUOTE", attributes: ["words": .int(words)]))
      }
      index = end + 1
    }
    return annotations
  }
}
