import WorkbenchCore
import WorkbenchText

/// Marks boilerplate in news pages (navigation, site names, image file names, photo credits,
/// category labels, disclaimers, comment prompts, lines in another language) so that
/// downstream stages can skip it through `StageInputs.boilerplate`.
public struct CleanStage: DocumentStage {
  public struct Configuration: StageConfiguration {
    /// The kinds of boilerplate to mark (`BoilerplateReason` raw values); all by default.
    public var reasons: [String] = BoilerplateReason.allCases.map(\.rawValue)
    public var max_label_words = 3
    public var min_other_language_words = 4
    public var max_other_language_words = 25
    public var extra_navigation: [String] = []
    public var extra_comment_prompts: [String] = []
    public var extra_disclaimers: [String] = []

    public init() {}

    public func validate() throws {
      let known = BoilerplateReason.allCases.map(\.rawValue)
      for reason in reasons where BoilerplateReason(rawValue: reason) == nil {
        var message = "unknown reason '\(reason)'"
        if let suggestion = Suggestion.closest(to: reason, among: known) {
          message += "; did you mean '\(suggestion)'?"
        } else {
          message += " (known: \(known.joined(separator: ", ")))"
        }
        throw ConfigurationError.invalid(field: "reasons", message: message)
      }
      if !(1...10).contains(max_label_words) {
        throw ConfigurationError.invalid(field: "max_label_words", message: "must be between 1 and 10")
      }
      if !(1...100).contains(min_other_language_words) {
        throw ConfigurationError.invalid(field: "min_other_language_words", message: "must be between 1 and 100")
      }
      if max_other_language_words < min_other_language_words {
        throw ConfigurationError.invalid(
          field: "max_other_language_words", message: "must be at least min_other_language_words")
      }
    }

    public static var fieldHelp: [String: String] {
      [
        "reasons": "kinds of boilerplate to mark: " + BoilerplateReason.allCases.map(\.rawValue).joined(separator: ", "),
        "max_label_words": "lines of at most this many words without final punctuation count as labels",
        "min_other_language_words": "a line in another language than the document is boilerplate from this many words on",
        "max_other_language_words": "... up to this many words (longer ones are text of a bilingual document)",
        "extra_navigation": "more whole-line navigation phrases",
        "extra_comment_prompts": "more whole-line comment prompts",
        "extra_disclaimers": "more phrases that make a line a disclaimer",
      ]
    }
  }

  public static let descriptor = StageDescriptor(
    id: "clean", aliases: ["boilerplate"], version: 1,
    summary: "Mark boilerplate in news pages (navigation, credits, labels, prompts, spam)",
    produces: [ProducedLabel(CleanStage.label, role: .boilerplate, attributes: ["reason"])],
    examples: [
      StageExample(
        "وصل الوفد إلى دمشق لبحث ملف الطاقة مع الحكومة يوم الأحد الماضي.\nاترك تعليقا\n",
        expected: [ExpectedAnnotation(CleanStage.label, text: "اترك تعليقا")]),
      StageExample(
        "The delegation arrived in Damascus to discuss energy with the government on Sunday.\nAll rights reserved to the publisher.\n",
        expected: [ExpectedAnnotation(CleanStage.label, text: "All rights reserved to the publisher.")]),
    ])

  /// The label of every annotation this stage makes.
  public static let label = "BOILERPLATE"

  private let detector: BoilerplateDetector

  public init(configuration: Configuration, context: StageContext) throws {
    detector = BoilerplateDetector(
      reasons: Set(configuration.reasons.compactMap(BoilerplateReason.init(rawValue:))),
      maximumLabelWords: configuration.max_label_words,
      minimumOtherLanguageWords: configuration.min_other_language_words,
      maximumOtherLanguageWords: configuration.max_other_language_words,
      extraNavigation: configuration.extra_navigation,
      extraCommentPrompts: configuration.extra_comment_prompts,
      extraDisclaimers: configuration.extra_disclaimers)
  }

  public func analyze(_ document: Document, inputs: StageInputs) throws -> [Annotation] {
    let text = ScalarText(document.text)
    return detector.detect(document.text).map { span in
      Annotation(
        start: span.range.lowerBound, end: span.range.upperBound, text: text[span.range],
        label: Self.label, value: nil,
        attributes: ["reason": .string(span.reason.rawValue)])
    }
  }
}
