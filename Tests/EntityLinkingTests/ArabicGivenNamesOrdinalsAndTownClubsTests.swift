import EntityLinking
import Testing
import WorkbenchCore

/// Arabic news read wrongly before this change (stage version 23): a given name that opens with
/// ف cut as the conjunction, an ordinal after a scorer taken into the name, and a club named by
/// its head word and its town read as the town.
@Suite struct ArabicGivenNamesOrdinalsAndTownClubsTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (text, span, type): a NIL mention of exactly that span, at its offsets, with that type.
  @Test(arguments: [
    // A given name with ف keeps it, after a verb of saying.
    ("وقال فراس النعيمي إن المشروع سينتهي قبل الصيف.", "فراس النعيمي", "PERSON"),
    ("وقال المحامي فارس الخطيب إن الجلسة تأجلت.", "فارس الخطيب", "PERSON"),
    // The conjunction of a verb stays outside the name.
    ("فأكد مروان الحلبي أن المريض بصحة جيدة.", "مروان الحلبي", "PERSON"),
    // An ordinal after a scorer is the goal's, not the name's.
    ("وسجل زياد القحطاني الهدف الأول قبل أن يضيف ماركوس ليوناردو الثاني في الدقيقة 80.", "ماركوس ليوناردو", "PERSON"),
    ("وافتتح حسن الشهري التسجيل ثم أضاف سلطان الغامدي الثالث لفريقه في الدوري.", "سلطان الغامدي", "PERSON"),
    // Clubs named with their town in match sentences.
    ("وتغلب مولودية وهران على وفاق سطيف بهدفين نظيفين في الجولة العاشرة من الدوري.", "وفاق سطيف", "ORGANIZATION"),
    ("ويلتقي شباب قسنطينة مع اتحاد الحراش في الجولة المقبلة من الدوري.", "شباب قسنطينة", "ORGANIZATION"),
  ])
  func nilSpan(_ text: String, _ span: String, _ type: String) throws {
    try expectNilSpan(try Self.found(text), span: span, type: type, in: text)
  }

  /// (text, span, type): no mention of the text is that span with that type.
  @Test(arguments: [
    ("وقال فراس النعيمي إن المشروع سينتهي قبل الصيف.", "راس النعيمي", "PERSON"),
    ("فأكد مروان الحلبي أن المريض بصحة جيدة.", "فأكد مروان الحلبي", "PERSON"),
    (
      "وسجل زياد القحطاني الهدف الأول قبل أن يضيف ماركوس ليوناردو الثاني في الدقيقة 80.", "ماركوس ليوناردو الثاني",
      "PERSON"
    ),
    ("وتغلب مولودية وهران على وفاق سطيف بهدفين نظيفين في الجولة العاشرة من الدوري.", "سطيف", "LOCATION"),
    // Outside a match the young people of a town are no club.
    ("وتظاهر شباب غزة أمام مقر البلدية للمطالبة بفرص عمل.", "شباب غزة", "ORGANIZATION"),
  ])
  func noSuchMention(_ text: String, _ span: String, _ type: String) throws {
    expectNoMention(try Self.found(text), span: span, type: type)
  }

  /// A monarch's regnal number stays in the name after a royal title.
  @Test(arguments: [
    ("واستقبل الملك عبد الله الثاني وفدا من رجال الأعمال في عمان.", "عبد الله الثاني"),
    ("وبحث الملك محمد السادس مع الوفد التعاون الاقتصادي.", "محمد السادس"),
    ("وزار البابا يوحنا بولس الثاني المدينة قبل سنوات.", "يوحنا بولس الثاني"),
  ])
  func regnalNumber(_ text: String, _ span: String) throws {
    let annotations = try Self.found(text)
    let mention = try #require(annotations.first { $0.text == span }, "\(annotations.map { "\($0.text)=\($0.label)" })")
    #expect(mention.label == "PERSON")
    #expect(mention.start == scalarOffset(of: span, in: text))
  }
}
