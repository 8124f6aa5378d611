import EntityLinking
import Testing
import WorkbenchCore

/// Name edges found by trying the stage on news stories written for the project: a
/// sentence's first word describing the name after it, a title's institution read into the
/// name after it, and a person's name run on into "for the club" (للنصر).
@Suite struct NameEdgesTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (sentence, span found, its type, a word no mention may be exactly).
  @Test(arguments: [
    // A headline's or sentence's first word that describes the name is no name.
    ("Carmaker profits fall as Toyota cuts its forecast", "Toyota", "ORGANIZATION", "Carmaker"),
    ("Rival Samsung Electronics lost 2%.", "Samsung Electronics", "ORGANIZATION", "Rival"),
    // The bank belongs to the governor's title; the name after it is a person.
    ("وقال محافظ البنك عادل الشركس في بيان صدر اليوم إن الدينار مستقر", "عادل الشركس", "PERSON", "البنك عادل الشركس"),
    // A player's name ends before "for the club"; the first name after a nationality is his.
    (
      "وأدرك البرتغالي كريستيانو رونالدو للنصر التعادل في الدقيقة الأخيرة", "كريستيانو رونالدو", "PERSON",
      "رونالدو للنصر"
    ),
    ("وأضاف المغربي ياسين بونو للهلال هدفا", "ياسين بونو", "PERSON", "ياسين بونو للهلال"),
  ])
  func nameEdges(_ text: String, _ span: String, _ type: String, _ notAMention: String) throws {
    let annotations = try Self.found(text)
    let mention = try #require(annotations.first { $0.text == span }, "\(annotations.map(\.text))")
    #expect(mention.label == type)
    #expect(!annotations.contains { $0.text == notAMention }, "\(annotations.map(\.text))")
  }

  /// A capitalized first word that is a name stays one.
  @Test(arguments: [
    ("Goldman Sachs raised its target.", "Goldman Sachs"),
    ("Toyota Motor said profits fell.", "Toyota Motor"),
  ])
  func openingNamesStay(_ text: String, _ span: String) throws {
    #expect(try Self.found(text).contains { $0.text == span })
  }
}
