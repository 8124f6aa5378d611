import EntityLinking
import Testing
import WorkbenchCore

/// The title rule (`nil:title`) ends a name at a word that opens the title's clause: a verbal
/// noun (فرض، تمديد، إطلاق), a verb in the future (سيزور، ستعقد) or a preposition (وفق، عبر),
/// and keeps the names after titles, Arabic and foreign, whose first word has such a shape.
@Suite struct ArabicTitleClauseTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// A sentence whose title is followed by its clause: no person at all.
  @Test(arguments: [
    "وأعلن الرئيس فرض حالة الطوارئ في العاصمة بعد أعمال الشغب.",
    "وقال الرئيس وفق الدستور إن الانتخابات ستجري في موعدها.",
    "وذكر البيان أن الرئيس سيزور المنطقة الأسبوع المقبل.",
    "وقرر الوزير تمديد العمل بالإجراءات الاستثنائية حتى نهاية العام.",
    "وأكد الوزير إطلاق سراح المعتقلين خلال أيام.",
    "وطلب الرئيس تشكيل لجنة تحقيق في الحادث.",
    "ودعا رئيس الوزراء إجراء انتخابات مبكرة في الربيع.",
    "وأعلنت الوزيرة رفع الحظر عن الواردات الزراعية.",
    "وقال المتحدث إن الوزير يعتزم زيارة العاصمة قريبا.",
    "وأفادت مصادر بأن الوزيرة ستعقد مؤتمرا صحفيا غدا.",
    "وأوضح الأمين العام خلال المؤتمر أن المفاوضات متعثرة.",
    "وتحدث الرئيس عبر الهاتف مع نظيره الفرنسي.",
    "وأصدر الملك بعد الاجتماع مرسوما بتعيين الحكومة.",
    "ووجه الرئيس إلى البرلمان رسالة بشأن الميزانية.",
    "وأمر الرئيس وقف إطلاق النار في الجنوب.",
    "وقرر المحافظ منع التجول في المدينة ليلا.",
    "وأعلن الوزير استئناف المفاوضات مع النقابات.",
    "وقال السفير سيلتقي المسؤولين في الخارجية غدا.",
    "وأعلن الوزير اعتماد الميزانية الجديدة للقطاع.",
  ])
  func noPersonAfterTheTitle(_ text: String) throws {
    let persons = try Self.found(text).filter { $0.label == "PERSON" }
    #expect(persons.isEmpty, "\(persons.map(\.text))")
  }

  /// (text, span): the name after the title is a NIL person at its offsets.
  @Test(arguments: [
    ("واستقبل الرئيس عبد المجيد تبون وفدا من رجال الأعمال.", "عبد المجيد تبون"),
    ("وقال الوزير فراس الأبيض إن المستشفيات تعمل بكامل طاقتها.", "فراس الأبيض"),
    ("والتقى الرئيس سيريل رامافوزا رئيس الوزراء في بريتوريا.", "سيريل رامافوزا"),
    ("واجتمع الوزير توفيق الربيعة مع ممثلي الشركات.", "توفيق الربيعة"),
    ("وأشادت الوزيرة إيمان الحسيني بجهود المتطوعين.", "إيمان الحسيني"),
    ("وقالت الوزيرة أنوار الصباغ إن الخطة تشمل المحافظات كلها.", "أنوار الصباغ"),
    ("وأكد الرئيس إيمانويل ماكرون دعم بلاده للاتفاق.", "إيمانويل ماكرون"),
    ("ووصل المستشار أولاف شولتس إلى الرياض في زيارة رسمية.", "أولاف شولتس"),
  ])
  func nameAfterTheTitle(_ text: String, _ span: String) throws {
    try expectNilSpan(try Self.found(text), span: span, type: "PERSON", in: text)
  }

  /// A foreign given name of the shape of a future verb (سيرجي), linked to its entry.
  @Test func foreignNameOfAFutureVerbShapeKeepsItsLink() throws {
    let text = "وصرح الوزير سيرجي لافروف بأن موسكو مستعدة للحوار."
    try expectMention(Self.found(text), span: "سيرجي لافروف", type: "PERSON", id: "wb:sergey-lavrov")
    let mention = try #require(try Self.found(text).first { $0.text == "سيرجي لافروف" })
    #expect(mention.start == scalarOffset(of: "سيرجي لافروف", in: text))
  }
}
