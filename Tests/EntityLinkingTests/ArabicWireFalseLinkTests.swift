import EntityLinking
import Testing
import WorkbenchCore

/// Arabic wire rules kept from linking what they should not (review 2, items 1-6): an agency's
/// nationality after a company or newspaper, a surname in ـات cut as a plural, a plural nisba
/// joined to an organization, a nationality of another country, a relative's name read as the
/// known person's, a club's short name used as an adjective or with another country.
@Suite struct ArabicWireFalseLinkTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (sentence, span, type, id): the span is found with that type, linked to the id or, for
  /// `NIL`, a NIL mention.
  @Test(arguments: [
    // 2: surnames in ـات are not plural nouns.
    ("وقال الرئيس الراحل أنور السادات إن السلام قادم.", "أنور السادات", "PERSON", "NIL"),
    ("وقال الأمين العام للحزب سالم الفلاحات إن الحزب سيشارك.", "سالم الفلاحات", "PERSON", "NIL"),
    // 4: a nationality of another country makes another body, a NIL one.
    ("قال أمين مجلس الأمن الروسي سيرغي شويغو إن الوضع خطير.", "مجلس الأمن الروسي", "ORGANIZATION", "NIL"),
    ("وقال حزب الله العراقي إنه سيرد على الهجوم.", "حزب الله العراقي", "ORGANIZATION", "NIL"),
    // 4: the entity's own country keeps the link.
    ("وقال حزب الله اللبناني إنه سيرد على الهجوم.", "حزب الله", "ORGANIZATION", "wb:hezbollah"),
    // 3: a plural nisba after the name is the verb's object.
    ("دعا حزب الله اللبنانيين إلى المشاركة في الانتخابات.", "حزب الله", "ORGANIZATION", "wb:hezbollah"),
    ("دعت حركة حماس الفلسطينيين إلى النفير.", "حركة حماس", "ORGANIZATION", "wb:hamas"),
    // 5: a son's name before his father's is a person of its own.
    ("وقتل حمزة بن لادن في غارة جوية.", "حمزة بن لادن", "PERSON", "NIL"),
    // 6: the club in a sports sentence keeps its link.
    ("وفاز الأهلي على الزمالك في القاهرة.", "الأهلي", "ORGANIZATION", "wb:al-ahly-sc"),
  ])
  func spanAndLink(_ text: String, _ span: String, _ type: String, _ id: String) throws {
    try expectMention(Self.found(text), span: span, type: type, id: id)
  }

  /// (sentence, id): no mention of the sentence is linked to the entity.
  @Test(arguments: [
    // 1: a company's or newspaper's nationality is not the agency.
    ("وقالت شركة سيمنس الألمانية إن أرباحها ارتفعت.", "wb:dpa"),
    ("وذكرت صحيفة لوموند الفرنسية أن الحكومة ستستقيل.", "wb:afp"),
    // 4: the Russian council is not the UN's.
    ("قال أمين مجلس الأمن الروسي سيرغي شويغو إن الوضع خطير.", "wb:un-security-council"),
    ("وقال حزب الله العراقي إنه سيرد على الهجوم.", "wb:hezbollah"),
    // 5: the family's company, a son, the father.
    ("وقالت مجموعة بن لادن السعودية إن المشروع تأخر.", "wb:osama-bin-laden"),
    ("وقتل حمزة بن لادن في غارة جوية.", "wb:osama-bin-laden"),
    ("وزار جورج بوش الأب المنطقة الأسبوع الماضي.", "wb:george-w-bush"),
    ("وقال جمال مبارك إن الحزب سيفوز.", "wb:hosni-mubarak"),
    // 6: civil society, and another country's club.
    ("وقال المجتمع الأهلي إن المساعدات وصلت.", "wb:al-ahly-sc"),
    ("وفاز الأهلي القطري على السد.", "wb:al-ahly-sc"),
  ])
  func notLinkedTo(_ text: String, _ id: String) throws {
    let annotations = try Self.found(text)
    #expect(!annotations.contains { $0.value == id }, "\(annotations.map { "\($0.text)=\($0.value ?? "")" })")
  }
}
