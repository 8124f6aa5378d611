import EntityLinking
import Testing
import WorkbenchCore

/// Arabic news names the stage missed or cut wrongly before stage version 20: a one-word player
/// after a nationality adjective, a club joined to ل without the article, a knowledge-base alias
/// that opens with a title, and a bank named with a club's or a place's name.
@Suite struct ArabicNewsLeftoversTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (text, span, type, id): the span is found with that type, linked to the id or, for `NIL`,
  /// a NIL mention.
  @Test(arguments: [
    // A one-word person after a nationality adjective.
    ("وسجل البرازيلي مالكوم هدفين في الشوط الثاني.", "مالكوم", "PERSON", "NIL"),
    ("وأهدر المهاجم الفرنسي جيرو ركلة جزاء في الدقيقة 80.", "جيرو", "PERSON", "NIL"),
    ("وفازت التونسية أنس على منافستها في ثلاث مجموعات.", "أنس", "PERSON", "NIL"),
    // A club joined to ل without the article, after a verb of playing, moving or scoring.
    ("ولعب المدافع لبرشلونة ثلاثة مواسم قبل أن يعتزل.", "برشلونة", "ORGANIZATION", "wb:fc-barcelona"),
    ("وكان قد لعب لبرشلونة قبل أن يعتزل.", "برشلونة", "ORGANIZATION", "wb:fc-barcelona"),
    ("وانضم الحارس لتشيلسي مقابل عشرين مليون يورو.", "تشيلسي", "ORGANIZATION", "NIL"),
    ("وسجل الجناح هدفين لليفربول في شباك منافسه.", "ليفربول", "ORGANIZATION", "NIL"),
    ("ووقع المهاجم المغربي يوسف النصيري لباريس سان جيرمان لمدة ثلاث سنوات.", "باريس سان جيرمان", "ORGANIZATION", "NIL"),
    ("وانتقل اللاعب لريال مدريد في الصيف الماضي.", "ريال مدريد", "ORGANIZATION", "wb:real-madrid"),
    // A title in the alias stays out of the span; the link stays.
    ("استقبل الأمير محمد بن سلمان وفدا من رجال الأعمال.", "محمد بن سلمان", "PERSON", "wb:mohammed-bin-salman"),
    ("وصل الشيخ تميم إلى الجزائر في زيارة رسمية.", "تميم", "PERSON", "wb:tamim-bin-hamad"),
    (
      "وقال وزير الطاقة الأمير عبد العزيز بن سلمان إن السوق متوازنة.", "عبد العزيز بن سلمان", "PERSON",
      "wb:abdulaziz-bin-salman"
    ),
    // A bank named with another name.
    ("وخفض البنك الأهلي المصري رسوم التحويل للعملاء.", "البنك الأهلي المصري", "ORGANIZATION", "NIL"),
    // A company named with Arabic words keeps its word.
    ("وأعلنت شركة الكهرباء الوطنية زيادة في الأسعار.", "شركة الكهرباء الوطنية", "ORGANIZATION", "NIL"),
  ])
  func spanAndLink(_ text: String, _ span: String, _ type: String, _ id: String) throws {
    try expectMention(Self.found(text), span: span, type: type, id: id)
  }

  /// (text, title): the linked person's title is an attribute, never part of the span.
  @Test(arguments: [
    ("استقبل الأمير محمد بن سلمان وفدا من رجال الأعمال.", "الأمير"),
    ("وصل الشيخ تميم إلى الجزائر في زيارة رسمية.", "الشيخ"),
  ])
  func titleIsAnAttribute(_ text: String, _ title: String) throws {
    let annotations = try Self.found(text)
    let person = try #require(annotations.first { $0.label == "PERSON" })
    #expect(!person.text.hasPrefix(title))
    #expect(person.attributes["title"] == .string(title))
  }

  /// (text, word): no mention of the text is that word with that type, or none at all.
  @Test(arguments: [
    // A nationality after a plain noun describes it; the next word is no person.
    ("وقال الجيش المصري إن الوضع مستقر.", "إن", "PERSON"),
    ("ورحب الجانب المصري بالمبادرة.", "بالمبادرة", "PERSON"),
    ("وأشاد الوزير السعودي بالاتفاق الجديد.", "بالاتفاق", "PERSON"),
    ("وأكد الوزير أن التعاون المصري-السوداني يتجه نحو مرحلة جديدة.", "يتجه", "PERSON"),
    ("وأكد الوزير أن الشراكة المصرية-السودانية تتسع رغم الصعوبات.", "تتسع", "PERSON"),
    // A city after ل stays the city where an official moves there or no word of sport stands
    // before it.
    ("وانتقل الوزير لبرشلونة لحضور المؤتمر.", "برشلونة", "ORGANIZATION"),
    ("وعاد الوفد لباريس بعد انتهاء المحادثات.", "باريس", "ORGANIZATION"),
    // A club's word before a proper name stays out of it.
    ("وقالت شركة سيمنس إنها ستبني المحطة.", "شركة سيمنس", "ORGANIZATION"),
    ("وفاز نادي الهلال بالكأس.", "نادي الهلال", "ORGANIZATION"),
  ])
  func noSuchMention(_ text: String, _ word: String, _ type: String) throws {
    expectNoMention(try Self.found(text), span: word, type: type)
  }
}
