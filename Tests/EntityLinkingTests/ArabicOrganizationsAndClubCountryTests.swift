import EntityLinking
import Testing
import WorkbenchCore

/// Arabic news read wrongly before stage version 21: a club's short name shared by an Egyptian
/// and a Saudi club linked to the Egyptian one in a Saudi story, a government named by its
/// programme missed, a title with no name after it making the next common words a person, and
/// organizations of common words cut before the end of their name or carrying their country's
/// adjective.
@Suite struct ArabicOrganizationsAndClubCountryTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (text, span, type, id): the span is found with that type, linked to the id or, for `NIL`,
  /// a NIL mention.
  @Test(arguments: [
    // The story's clubs and cities decide which الأهلي it is.
    ("الرياض - ويلتقي النصر مع الأهلي مساء الجمعة في الرياض.", "الأهلي", "ORGANIZATION", "wb:al-ahli-saudi"),
    ("وأعلن الأهلي تعاقده مع المدافع، وقال مدرب النصر إن المباراة صعبة.", "الأهلي", "ORGANIZATION", "wb:al-ahli-saudi"),
    ("القاهرة - فاز الأهلي على الزمالك بهدفين في القاهرة.", "الأهلي", "ORGANIZATION", "wb:al-ahly-sc"),
    ("وقالت حكومة الوحدة الوطنية إنها سترفع رواتب المعلمين.", "حكومة الوحدة الوطنية", "ORGANIZATION", "NIL"),
    ("وأعلنت حكومة الإنقاذ الوطني رفضها للاتفاق.", "حكومة الإنقاذ الوطني", "ORGANIZATION", "NIL"),
    ("وفاز حزب التجمع الوطني للإصلاح بعشرين مقعدا في البرلمان.", "حزب التجمع الوطني للإصلاح", "ORGANIZATION", "NIL"),
    ("وأعلنت الشركة الوطنية للكهرباء والغاز زيادة الأسعار.", "الشركة الوطنية للكهرباء والغاز", "ORGANIZATION", "NIL"),
    (
      "وقالت الوكالة الموريتانية للأنباء إن الرئيس عاد إلى نواكشوط.", "الوكالة الموريتانية للأنباء", "ORGANIZATION",
      "NIL"
    ),
    ("وقال المتحدث باسم وزارة الصحة والسكان إن الحملة ستبدأ غدا.", "وزارة الصحة والسكان", "ORGANIZATION", "NIL"),
    ("وأعلنت شركة رينو الفرنسية خفض إنتاجها في المغرب.", "رينو", "ORGANIZATION", "NIL"),
  ])
  func spanAndLink(_ text: String, _ span: String, _ type: String, _ id: String) throws {
    try expectMention(Self.found(text), span: span, type: type, id: id)
  }

  /// A club named in full keeps its country wherever its short name comes back, whatever other
  /// club the story names.
  @Test func aClubNamedInFullKeepsItsLink() throws {
    let annotations = try Self.found(
      "وفاز الأهلي المصري على الهلال السعودي في كأس العالم للأندية، وقال مدرب الأهلي إن الفريق قدم مباراة كبيرة.")
    let ahly = annotations.filter { $0.text == "الأهلي" || $0.text == "الأهلي المصري" }
    #expect(ahly.count == 2)
    #expect(ahly.allSatisfy { $0.value == "wb:al-ahly-sc" })
  }

  /// (text, word, type): no mention of the text is that word with that type.
  @Test(arguments: [
    ("أعلن رئيس البلدية خطة جديدة للنقل في المدينة.", "خطة جديدة للنقل", "PERSON"),
    ("أعلن رئيس البلدية خطة جديدة للنقل في المدينة.", "خطة جديدة", "PERSON"),
    // A nationality is no programme; another actor after و is no part of the name.
    ("وقصفت حكومة الاحتلال الإسرائيلي المدينة.", "حكومة الاحتلال الإسرائيلي", "ORGANIZATION"),
    ("واجتمع ممثلو حزب الأمة والحكومة في الخرطوم.", "حزب الأمة والحكومة", "ORGANIZATION"),
    ("وأعلنت شركة رينو الفرنسية خفض إنتاجها في المغرب.", "رينو الفرنسية", "ORGANIZATION"),
  ])
  func noSuchMention(_ text: String, _ word: String, _ type: String) throws {
    expectNoMention(try Self.found(text), span: word, type: type)
  }
}
