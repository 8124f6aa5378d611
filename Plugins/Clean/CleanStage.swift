import WorkbenchCore
import WorkbenchText

/// Marks boilerplate in news pages (navigation, site names, image file names, photo credits,
/// category labels, disclaimers, comment prompts, lines in another language) so that
/// downstream stages can skip it through `StageInputs.boilerplate`.
public struct CleanStage: DocumentStage {
  public struct Configuration: StageConfiguration {
    /// The kinds of boilerplate to mark; all by default.
    @Setting("reasons", help: "kinds of boilerplate to mark")
    public var reasons = BoilerplateReason.allCases
    @Setting("max_label_words", help: "lines of at most this many words without final punctuation count as labels")
    public var maxLabelWords = 3
    @Setting(
      "min_other_language_words",
      help: "a line in another language than the document is boilerplate from this many words on")
    public var minOtherLanguageWords = 4
    @Setting(
      "max_other_language_words",
      help: "... up to this many words (longer ones are text of a bilingual document)")
    public var maxOtherLanguageWords = 25
    @Setting("extra_navigation", help: "more whole-line navigation phrases")
    public var extraNavigation: [String] = []
    @Setting("extra_comment_prompts", help: "more whole-line comment prompts")
    public var extraCommentPrompts: [String] = []
    @Setting("extra_disclaimers", help: "more phrases that make a line a disclaimer")
    public var extraDisclaimers: [String] = []

    public init() {}

    public func validate() throws {
      if !(1...10).contains(maxLabelWords) {
        throw ConfigurationError.invalid(field: "max_label_words", message: "must be between 1 and 10")
      }
      if !(1...100).contains(minOtherLanguageWords) {
        throw ConfigurationError.invalid(field: "min_other_language_words", message: "must be between 1 and 100")
      }
      if maxOtherLanguageWords < minOtherLanguageWords {
        throw ConfigurationError.invalid(
          field: "max_other_language_words", message: "must be at least min_other_language_words")
      }
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
      reasons: Set(configuration.reasons),
      maximumLabelWords: configuration.maxLabelWords,
      minimumOtherLanguageWords: configuration.minOtherLanguageWords,
      maximumOtherLanguageWords: configuration.maxOtherLanguageWords,
      extraNavigation: configuration.extraNavigation,
      extraCommentPrompts: configuration.extraCommentPrompts,
      extraDisclaimers: configuration.extraDisclaimers)
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
