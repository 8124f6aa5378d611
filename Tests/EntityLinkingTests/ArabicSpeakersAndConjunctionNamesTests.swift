import EntityLinking
import Testing
import WorkbenchCore

/// Arabic news read wrongly before this change (stage version 23): a speaker's name between a
/// verb of saying and إن/أن, given names opening with و or ف, a nationality adjective taken
/// into a name, and clubs named حسنية or نهضة with their town.
@Suite struct ArabicSpeakersAndConjunctionNamesTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (text, span, type): a NIL mention of exactly that span, at its offsets, with that type.
  @Test(arguments: [
    // A speaker after a verb of saying, and after a noun of a trade.
    ("وصرح عادل الفرايه بأن الطريق سيفتح الأسبوع المقبل.", "عادل الفرايه", "PERSON"),
    ("ونقلت الوكالة عن المنسق جان بيير لاكروا أن المساعدات وصلت.", "جان بيير لاكروا", "PERSON"),
    // A given name with و before the surname the tagger read.
    ("وقالت وزيرة الثقافة وداد بني هاني إن المهرجان سيقام في الصيف.", "وداد بني هاني", "PERSON"),
    // A given name with ف after a noun of a trade, with no verb of saying.
    ("وأجرى الجراح فراس الموسى العملية بنجاح.", "فراس الموسى", "PERSON"),
    // The nationality adjective stays outside the name.
    ("وقال وزير الدفاع الأوكراني أوميروف إن الجيش مستعد.", "أوميروف", "PERSON"),
    // A club named حسنية with its town, in a match sentence.
    ("وسجل أيوب الراشدي هدف حسنية أكادير في الدقيقة 70 من المباراة.", "حسنية أكادير", "ORGANIZATION"),
  ])
  func nilSpan(_ text: String, _ span: String, _ type: String) throws {
    try expectNilSpan(try Self.found(text), span: span, type: type, in: text)
  }

  /// (text, span, type): no mention of the text is that span with that type.
  @Test(arguments: [
    ("وقال وزير الدفاع الأوكراني أوميروف إن الجيش مستعد.", "الأوكراني أوميروف", "PERSON"),
    ("وسجل أيوب الراشدي هدف حسنية أكادير في الدقيقة 70 من المباراة.", "أكادير", "LOCATION"),
    // The link of a title to its body, a quantifier, a role with its pronoun, a rank and a
    // noun phrase are no speaker's name.
    ("وقال المتحدث باسم الحكومة إن القرار نهائي.", "باسم الحكومة", "PERSON"),
    ("فقال أحد السكان إن الدخان غطى الحي.", "أحد السكان", "PERSON"),
    ("وقال محاميه سمير الدالي إن الحكم سيستأنف.", "محاميه سمير الدالي", "PERSON"),
    ("وقال الفريق أول خالد الزين إن الجيش مستعد.", "أول خالد الزين", "PERSON"),
    ("وقال مدرب الشرطة مؤمن سليمان إن فريقه يريد الفوز.", "مدرب الشرطة مؤمن سليمان", "PERSON"),
    ("وقالت إدارة الكوارث والطوارئ التركية إن عشرات المنازل تضررت.", "إدارة الكوارث والطوارئ التركية", "PERSON"),
    // A preposition with the article or a word of time after the name is no part of it.
    ("وقال سامي الحلو للصحفيين إن الاتفاق قريب.", "سامي الحلو للصحفيين", "PERSON"),
    ("وقال سامي الحلو أمس إن الاتفاق قريب.", "سامي الحلو أمس", "PERSON"),
    // A hospital named after a king names no person.
    ("وأعلن مستشفى الملك فيصل التخصصي نجاح العملية.", "فيصل التخصصي", "PERSON"),
    // Unnamed sources and statements speak; a medal and loyalty after a title are no names.
    ("وأكد مصدر مطلع أن المحادثات ستستأنف الأسبوع المقبل.", "مصدر مطلع", "PERSON"),
    ("وقال مصدر أمني رفيع إن الحدود مغلقة.", "مصدر أمني رفيع", "PERSON"),
    ("وأضاف بيان رسمي أن الحكومة ستدرس المقترح.", "بيان رسمي", "PERSON"),
    ("وقال سكان محليون إن القصف استمر طوال الليل.", "سكان محليون", "PERSON"),
    ("وقلد الرئيس وسام الاستحقاق للاعبين بعد الفوز.", "وسام الاستحقاق", "PERSON"),
    ("وأكد الوزير ولاء الشعب للقيادة في كلمته.", "ولاء الشعب", "PERSON"),
    // نصر before a country is a victory, not a club, even in a match sentence.
    ("وأهدى اللاعب نصر المغرب في المباراة إلى الجماهير.", "نصر المغرب", "ORGANIZATION"),
  ])
  func noSuchMention(_ text: String, _ span: String, _ type: String) throws {
    expectNoMention(try Self.found(text), span: span, type: type)
  }
}
