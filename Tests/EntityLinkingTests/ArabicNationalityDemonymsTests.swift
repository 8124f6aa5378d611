import EntityLinking
import Testing
import WorkbenchCore

/// The Arabic nationality adjectives the knowledge base took from arwikicats' nationality
/// table: a person named after one (الموريتاني، الماليزي) starts after it, as one named after
/// الأوكراني did before.
@Suite struct ArabicNationalityDemonymsTests {
  static let stage = Result { try makeStage() }

  /// The scalar offset of the first occurrence of `span` in `text`.
  static func offset(of span: String, in text: String) throws -> Int {
    let range = try #require(text.range(of: span))
    return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
  }

  /// (text, person, nationality): the person is a NIL PERSON of exactly that span, and no
  /// person's span takes in the nationality adjective before it.
  @Test(arguments: [
    ("وقال وزير الخارجية الموريتاني سيدي ولد أحمد إن الحكومة تدعم الحوار.", "سيدي ولد أحمد", "الموريتاني"),
    ("واستقبل رئيس الوزراء الماليزي داود حسين نظيره في العاصمة.", "داود حسين", "الماليزي"),
  ])
  func personAfterNationality(_ text: String, _ person: String, _ nationality: String) throws {
    let annotations = try Self.stage.get().analyze(Document(id: "t", text: text), .none)
    try expectMention(annotations, span: person, type: "PERSON", id: "NIL")
    let mention = try #require(annotations.first { $0.text == person })
    let start = try Self.offset(of: person, in: text)
    #expect(mention.start == start)
    #expect(mention.end == start + person.unicodeScalars.count)
    #expect(!annotations.contains { $0.label == "PERSON" && $0.text.hasPrefix(nationality) })
  }

  /// (country id, nisba): the built-in knowledge base gives the country that demonym.
  @Test(arguments: [
    ("Q833", "ماليزي"), ("Q1025", "موريتاني"), ("Q1045", "صومالي"), ("Q252", "إندونيسي"),
    ("Q863", "طاجيكستانية"), ("Q212", "أوكراني"),
  ])
  func demonym(_ id: String, _ nisba: String) throws {
    let entity = try #require(try KnowledgeBase.builtIn().knowledgeBase[id])
    #expect(entity.demonyms_ar.contains(nisba))
  }

  /// Mali's and Hungary's nisbas are first Arabic words (مالي, financial; مجرى, a course), so
  /// neither country has one.
  @Test(arguments: ["Q912", "Q28"])
  func noCommonWordDemonym(_ id: String) throws {
    let entity = try #require(try KnowledgeBase.builtIn().knowledgeBase[id])
    #expect(entity.demonyms_ar.isEmpty)
  }
}
