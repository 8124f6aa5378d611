import EntityLinking
import Testing
import WorkbenchCore

/// Arabic clubs named by their short name in match reports, and where an Arabic person's name
/// starts: after a sentence-opening verb (وكان), with a given name before a linked father's name
/// (عدي صدام حسين), or a linked surname alias that is another person's given name (باراك أوباما).
@Suite struct ArabicMatchReportAndNameStartTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (text, span, type, id): the span is found with that type, linked to the id or, for `NIL`,
  /// a NIL mention.
  @Test(arguments: [
    // A club after a result verb and a preposition, or in construct after a match noun.
    ("فاز النصر على الاتحاد 2-1 في الدوري السعودي.", "الاتحاد", "ORGANIZATION", "wb:al-ittihad-jeddah"),
    ("تعادل الهلال مع الشباب في مباراة مثيرة.", "الشباب", "ORGANIZATION", "NIL"),
    ("وقال مدرب الوحدة إن لاعبيه قدموا مباراة كبيرة.", "الوحدة", "ORGANIZATION", "NIL"),
    ("هزم الشباب الوحدة بثلاثة أهداف على ملعبه.", "الوحدة", "ORGANIZATION", "NIL"),
    ("تعادل الهلال والنصر في مباراة الكأس.", "النصر", "ORGANIZATION", "NIL"),
    // Common words keep their sense, the union its name.
    ("دعا الاتحاد الأوروبي إلى وقف إطلاق النار في غزة.", "الاتحاد الأوروبي", "ORGANIZATION", "Q458"),
    // The name starts after the opening verb.
    ("وكان كريستيانو رونالدو قد أهدر فرصة في الشوط الأول.", "كريستيانو رونالدو", "PERSON", "NIL"),
    ("وكانت أنجيلا ميركل قد زارت باريس الشهر الماضي.", "أنجيلا ميركل", "PERSON", "NIL"),
    ("وكان حسن نصر الله قد ألقى خطابا.", "حسن نصر الله", "PERSON", "wb:hassan-nasrallah"),
    ("وكانت زوجته ميشيل أوباما قد أطلقت كتابا جديدا.", "ميشيل أوباما", "PERSON", "NIL"),
    // A son's given name before his father's linked name.
    ("وقال عدي صدام حسين إن الجيش مستعد.", "عدي صدام حسين", "PERSON", "NIL"),
    ("وقال صدام حسين إن الجيش مستعد.", "صدام حسين", "PERSON", "wb:saddam-hussein"),
    // A surname alias of one person that is another's given name.
    (
      "قال الرئيس الأمريكي الأسبق باراك أوباما في شيكاغو. وكانت زوجته ميشيل أوباما قد أطلقت كتابا.",
      "باراك أوباما", "PERSON", "NIL"
    ),
  ])
  func spanAndLink(_ text: String, _ span: String, _ type: String, _ id: String) throws {
    try expectMention(Self.found(text), span: span, type: type, id: id)
  }

  /// (text, word): no mention of the text is that word: a common noun, not a club.
  @Test(arguments: [
    ("أكد الرئيس أن النصر على الإرهاب قريب.", "النصر"),
    ("شدد رئيس الوزراء على الوحدة الوطنية في مواجهة الأزمة.", "الوحدة"),
    ("يواجه الشباب صعوبات كبيرة في سوق العمل.", "الشباب"),
    ("التقى وزير العمل مع الشباب في الجامعة لمناقشة البطالة.", "الشباب"),
  ])
  func commonNounIsNoClub(_ text: String, _ word: String) throws {
    let annotations = try Self.found(text)
    #expect(!annotations.contains { $0.text == word }, "\(annotations.map { "\($0.text)=\($0.label)" })")
  }
}
