import EntityLinking
import Testing
import WorkbenchCore

/// Where the news rules of the last round fired on text they were not written for, on sentences
/// written for these tests: a firm that speaks of someone else ("said he", then its spokesman or
/// "the club said"), an illness named after a person that the tagger typed as a place or a firm,
/// a government described by time (حكومة البلاد الحالية), two actors joined by و, and a title
/// followed by a possessed noun or a preposition.
@Suite struct RuleOverreachTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (text, name, type): the span, its type and its NIL cluster id.
  @Test(arguments: [
    ("Barclays said he would not comment on the fine, its spokesman said.", "Barclays", "ORGANIZATION"),
    ("Chelsea said he had signed a new five-year contract, the club said in a statement.", "Chelsea", "ORGANIZATION"),
    ("Morgan said she would step down as chief executive of the company next year.", "Morgan", "PERSON"),
    ("Parkinson's disease affects millions of people, a study found.", "Parkinson", "MISC"),
    ("Crohn's disease patients in Toronto were treated with the drug.", "Crohn", "MISC"),
    // حركة stays outside a one-word name (stage version 27), as the gold files write it.
    ("واتهمت حركة النهضة والتكتل الديمقراطي الحكومة بالفشل.", "النهضة", "ORGANIZATION"),
  ])
  func namesHaveTheirSpanAndType(_ text: String, _ name: String, _ label: String) throws {
    expectNilMentions(try Self.found(text), span: name, type: label)
  }

  /// (text, a word in no mention).
  @Test(arguments: [
    ("وقالت حكومة البلاد الحالية إنها لن تستقيل.", "حكومة"),
    ("وقالت حكومة الوحدة الماضية إن الديون ارتفعت.", "الماضية"),
    ("واتهمت حركة النهضة والتكتل الديمقراطي الحكومة بالفشل.", "التكتل"),
    ("وناقش الرئيس مشاريعها المقبلة مع الوفد.", "مشاريعها"),
    ("وأعلنت حكومة الرئيس الجديدة برنامجها الاقتصادي.", "برنامجها"),
    ("وانتقد النائب حكومة الأغلبية الحالية بسبب الأسعار.", "بسبب"),
  ])
  func wordsAreInNoMention(_ text: String, _ word: String) throws {
    #expect(!(try Self.found(text)).contains { $0.text.contains(word) })
  }
}
