import EntityLinking
import Testing
import WorkbenchCore

/// The limits of stage version 20's Arabic rules: a common noun or a company after a nationality
/// adjective is no person, an official moving to a city keeps the city, a bank word before a
/// knowledge-base organization leaves its link, and النادي before a club's short name leaves
/// the club linked.
@Suite struct ArabicLeftoverRulesPrecisionTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (text, span, type, id): the span is found with that type, linked to the id or, for `NIL`,
  /// a NIL mention.
  @Test(arguments: [
    // Names the narrowed rules still take.
    ("وأحرز الإسباني موراتا هدفا في الدقيقة 70.", "موراتا", "PERSON", "NIL"),
    ("وتغلبت الروسية شارابوفا على منافستها بسهولة.", "شارابوفا", "PERSON", "NIL"),
    ("وفازت اللاعبة التونسية جابر على منافستها.", "جابر", "PERSON", "NIL"),
    ("وانضم المدافع الإيطالي لبرشلونة مقابل عشرة ملايين يورو.", "برشلونة", "ORGANIZATION", "wb:fc-barcelona"),
    // A knowledge-base organization after a bank word keeps its link.
    ("وطالب البنك الاتحاد الأوروبي بزيادة الدعم.", "الاتحاد الأوروبي", "ORGANIZATION", "Q458"),
    ("ودعا البنك الاتحاد الأوروبي إلى خفض الرسوم الجمركية.", "الاتحاد الأوروبي", "ORGANIZATION", "Q458"),
    // A club's short name after النادي is the club.
    ("وقال النادي الأهلي إن المدرب باق.", "الأهلي", "ORGANIZATION", "wb:al-ahly-sc"),
    ("وأعلن النادي الأهلي تعاقده مع مدافع جديد.", "الأهلي", "ORGANIZATION", "wb:al-ahly-sc"),
  ])
  func spanAndLink(_ text: String, _ span: String, _ type: String, _ id: String) throws {
    try expectMention(Self.found(text), span: span, type: type, id: id)
  }

  /// (text, word, type): no mention of the text is that word with that type.
  @Test(arguments: [
    // A company or a common noun after a nationality adjective is no person.
    ("وقالت الأمريكية أمازون الأحد إن المبيعات ارتفعت.", "أمازون", "PERSON"),
    ("وأعلنت اليابانية نيسان الاثنين عن سيارة جديدة.", "نيسان", "PERSON"),
    ("وأعلنت التركية بايكار عن طائرة جديدة.", "بايكار", "PERSON"),
    ("ونشرت البريطانية فودافون نتائجها يوم الخميس.", "فودافون", "PERSON"),
    ("ووقع السعودي اتفاقية مع الشركة.", "اتفاقية", "PERSON"),
    ("ووقع الأردني عقدا مع الوحدات.", "عقدا", "PERSON"),
    ("واستقبل المصري ضيوفه في المنزل.", "ضيوفه", "PERSON"),
    ("وأنهى الكويتي مهمته في الدوحة.", "مهمته", "PERSON"),
    ("وسلم المغربي رسالة إلى الوزير.", "رسالة", "PERSON"),
    ("وزار العراقي أهلها في البصرة.", "أهلها", "PERSON"),
    // An official moving to a city, or a trip's purpose after it, keeps the city.
    ("وانتقل الوزير لبرشلونة لحضور المؤتمر الدولي.", "برشلونة", "ORGANIZATION"),
    ("وانتقل الرئيس لروما لحضور القمة.", "روما", "ORGANIZATION"),
    ("وانتقل السفير لميلان للمشاركة في المعرض.", "ميلان", "ORGANIZATION"),
    ("وانتقل المدرب لبرشلونة في زيارة قصيرة.", "برشلونة", "ORGANIZATION"),
    // A bank word before a knowledge-base organization does not take it in.
    ("وطالب البنك الاتحاد الأوروبي بزيادة الدعم.", "البنك الاتحاد الأوروبي", "ORGANIZATION"),
  ])
  func noSuchMention(_ text: String, _ word: String, _ type: String) throws {
    expectNoMention(try Self.found(text), span: word, type: type)
  }
}
