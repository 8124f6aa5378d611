import EntityLinking
import Testing
import WorkbenchCore

/// Issue 13, round 17: speakers quoted after عن and named before their title in apposition,
/// transliterated names the tagger cut in pieces or left short after a nationality adjective,
/// and verbs after a title (تعتزم، سيعقد) that are no person.
@Suite struct ArabicSpeakersNamePiecesAndTitleVerbsTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (text, span): the whole name is one NIL person at its offsets.
  @Test(arguments: [
    // A speaker before the title in apposition, the given name unseen by the tagger.
    ("وفي الجلسة قال جاكوب تومبسون رئيس اللجنة المالية إن العجز سيتراجع.", "جاكوب تومبسون"),
    // A quoted source after عن and نقلت, the words ending with قوله.
    ("ونقلت الإذاعة عن ليفي موانغا قوله إن الاجتماع سيعقد في لوساكا.", "ليفي موانغا"),
    // A given name and a name the tagger cut in two, joined again (with particles between).
    ("وأضاف الكاميروني جان بول أتانغانا الهدف الثاني قبل نهاية المباراة.", "جان بول أتانغانا"),
    (
      "وشهد الطرفان توقيع الاتفاق في العاصمة. وقال جيروين فان دير فير إن الاتفاق بداية شراكة طويلة.",
      "جيروين فان دير فير"
    ),
    // A one-word person after a nationality adjective takes its family name.
    ("وسجل الكاميروني جورج مبينزا الهدف الثاني في الدقيقة الأخيرة.", "جورج مبينزا"),
    // A two-letter given name after a nationality adjective, the ordinal of the goal left out.
    ("وسجل الكاميروني غي مبينزا الثاني في الدقيقة الأخيرة.", "غي مبينزا"),
  ])
  func wholeName(_ text: String, _ span: String) throws {
    try expectNilSpan(try Self.found(text), span: span, type: "PERSON", in: text)
  }

  /// A verb of describing takes its object before بأن: the object is no part of the speaker's
  /// name.
  @Test func objectOfDescribingIsNoName() throws {
    let text = "واستقبل الرئيس المبعوث الإسباني. ووصف كارلوس ويستندورب المحادثات بأنها صريحة."
    let annotations = try Self.found(text)
    #expect(!annotations.contains { $0.label == "PERSON" && $0.text.hasSuffix("المحادثات") })
  }

  /// A verb after a title: no person at all.
  @Test(arguments: [
    "وقالت الوزيرة تعتزم الحكومة زيارة المناطق المتضررة الأسبوع المقبل.",
    "وأكد الرئيس تعتزم البلاد توسيع التعاون مع جيرانها.",
    "وأعلن الوزير سيعقد لقاء مع ممثلي النقابات غدا.",
    "وقال الرئيس سيعقد اجتماعا مع قادة الأحزاب.",
  ])
  func noPersonAfterTheTitle(_ text: String) throws {
    let persons = try Self.found(text).filter { $0.label == "PERSON" }
    #expect(persons.isEmpty, "\(persons.map(\.text))")
  }

  /// Names of the same shapes that stay whole (given names opening with ت after a title, a
  /// speaker with his title) and words that stay out of them.
  @Test(arguments: [
    ("واجتمع الوزير توفيق الربيعة مع ممثلي الشركات.", "توفيق الربيعة"),
    ("وقال الوزير تركي الفيصل إن المملكة مستعدة.", "تركي الفيصل"),
    ("واستقبل الرئيس سيريل رامافوزا وفدا من المستثمرين.", "سيريل رامافوزا"),
    ("وقال حزب القوات اللبنانية بزعامة سمير جعجع إن الخطة فاشلة.", "سمير جعجع"),
  ])
  func nameStaysAsWritten(_ text: String, _ span: String) throws {
    let annotations = try Self.found(text)
    let person = try #require(annotations.first { $0.label == "PERSON" }, "\(annotations.map(\.text))")
    #expect(person.text == span)
    #expect(person.start == scalarOffset(of: span, in: text))
  }

  /// A title linking word before a name is no given name, and a goal after a one-word scorer
  /// is no family name.
  @Test func neitherTitleLinkNorGoalJoinsTheName() throws {
    let chaired = "وقرر مجلس الاحتياطي الفيدرالي الأمريكي برئاسة بن برنانكي خفض الفائدة."
    expectNoMention(try Self.found(chaired), span: "برئاسة بن برنانكي", type: "PERSON")
    let scored = "وسجل البرازيلي مالكوم هدفين في المباراة."
    try expectNilSpan(try Self.found(scored), span: "مالكوم", type: "PERSON", in: scored)
    expectNoMention(try Self.found(scored), span: "مالكوم هدفين", type: "PERSON")
  }
}
