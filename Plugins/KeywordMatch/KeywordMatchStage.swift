import Foundation
import WorkbenchCore

/// Marks every occurrence of configured terms: the simplest useful stage, and the one that
/// exercises the runtime end to end.
///
/// Matching is on Unicode scalars, case-insensitive for Latin letters by default, and whole
/// words only unless `whole_words` is off. Arabic proclitics are allowed before a term
/// (`والنفط` matches `النفط`) when `arabic_proclitics` is on.
public struct KeywordMatchStage: DocumentStage {
  public struct Configuration: StageConfiguration {
    /// The terms to find; the annotation's value is the term as written here.
    @Setting("terms", help: "the words or phrases to find")
    public var terms: [String] = []
    @Setting("case_sensitive", help: "match Latin letters with their case")
    public var caseSensitive = false
    @Setting("whole_words", help: "only match where the term is not part of a longer word")
    public var wholeWords = true
    @Setting("arabic_proclitics", help: "allow و ف ب ل ك ال before a term in whole-word mode")
    public var arabicProclitics = true
    /// The label of the annotations.
    @Setting("label", help: "the label given to matches")
    public var label = "KEYWORD"

    public init() {}

    public func validate() throws {
      if terms.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
        throw ConfigurationError.invalid(field: "terms", message: "terms must not be empty strings")
      }
      if label.isEmpty {
        throw ConfigurationError.invalid(field: "label", message: "must not be empty")
      }
    }
  }

  public static let descriptor = StageDescriptor(
    id: "keywords", aliases: ["keyword-match"], version: 1,
    summary: "Find configured words and phrases (whole words, Latin case folded)",
    consumes: [.role(.boilerplate)],
    produces: [ProducedLabel("KEYWORD", role: .span, configurationKey: "label")],
    examples: [
      StageExample(
        "وصل الوفد إلى دمشق لبحث ملف الطاقة.", configuration: ["terms": ["الطاقة", "energy"]],
        expected: [ExpectedAnnotation("KEYWORD", text: "الطاقة", value: "الطاقة")]),
      StageExample(
        "The delegation arrived to discuss Energy prices.", configuration: ["terms": ["energy"]],
        expected: [ExpectedAnnotation("KEYWORD", text: "Energy", value: "energy")]),
    ])

  private let configuration: Configuration
  private let patterns: [(scalars: [UInt32], term: String)]

  public init(configuration: Configuration, context: StageContext) throws {
    self.configuration = configuration
    self.patterns = configuration.terms.map { term in
      (term.unicodeScalars.map { Self.fold($0.value, configuration.caseSensitive) }, term)
    }
  }

  public func analyze(_ document: Document, inputs: StageInputs) throws -> [Annotation] {
    guard !patterns.isEmpty else { return [] }
    let original = Array(document.text.unicodeScalars)
    let scalars = original.map { Self.fold($0.value, configuration.caseSensitive) }
    let boilerplate = inputs.boilerplate
    var annotations: [Annotation] = []
    for (pattern, term) in patterns where !pattern.isEmpty && pattern.count <= scalars.count {
      var position = 0
      while position + pattern.count <= scalars.count {
        if scalars[position] == pattern[0],
          scalars[position..<position + pattern.count].elementsEqual(pattern),
          !configuration.wholeWords || isWordMatch(scalars, position, position + pattern.count)
        {
          let end = position + pattern.count
          if !boilerplate.contains(where: { $0.overlaps(position..<end) }) {
            annotations.append(
              Annotation(
                start: position, end: end,
                text: String(String.UnicodeScalarView(original[position..<end])),
                label: configuration.label, value: term))
          }
          position = end
        } else {
          position += 1
        }
      }
    }
    return annotations.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
  }

  private func isWordMatch(_ scalars: [UInt32], _ start: Int, _ end: Int) -> Bool {
    if end < scalars.count, Self.isWordScalar(scalars[end]) { return false }
    var wordStart = start
    while wordStart > 0, Self.isWordScalar(scalars[wordStart - 1]) { wordStart -= 1 }
    if wordStart == start { return true }
    guard configuration.arabicProclitics else { return false }
    return Self.isProcliticRun(scalars[wordStart..<start])
  }

  /// و ف ب ل ك in any order of at most three letters: وب, فل, وبال's و and ب before ال.
  private static func isProcliticRun(_ prefix: ArraySlice<UInt32>) -> Bool {
    let clitics: Set<UInt32> = [0x0648, 0x0641, 0x0628, 0x0644, 0x0643]
    return prefix.count <= 3 && prefix.allSatisfy(clitics.contains)
  }

  private static func isWordScalar(_ value: UInt32) -> Bool {
    guard let scalar = Unicode.Scalar(value) else { return false }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      || scalar.properties.generalCategory == .nonspacingMark
  }

  private static func fold(_ value: UInt32, _ caseSensitive: Bool) -> UInt32 {
    if !caseSensitive, value >= 0x41, value <= 0x5A { return value + 0x20 }
    return value
  }
}
