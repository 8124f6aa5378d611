import EntityLinking
import Testing
import WorkbenchCore

/// Organizations and people of the Arabic wire register, on sentences written for these tests:
/// a nationality that closes an organization's name, agencies named by their short names, a
/// person's span that stops before a plural noun, and knowledge-base rows of agencies, clubs and
/// people of the older wire.
@Suite struct ArabicWireOrganizationTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (sentence, the organization's whole name): the nationality after the head word is part of
  /// the name, as one organization.
  @Test(arguments: [
    ("قال البنك المركزي المصري في بيان إن التضخم تراجع خلال الشهر الماضي.", "البنك المركزي المصري"),
    ("أعلنت وزارة الخارجية الأمريكية أن المبعوث سيصل إلى المنطقة غدا.", "وزارة الخارجية الأمريكية"),
  ])
  func nationalityClosesTheOrganization(_ text: String, _ name: String) throws {
    let mention = try #require(Self.found(text).first { $0.text == name })
    #expect(mention.label == "ORGANIZATION")
  }

  /// A plural noun with the article after a person's name is the verb's object, not the name.
  @Test func personStopsBeforeAPluralNoun() throws {
    let mentions = try Self.found("وفي بيروت أبلغ رئيس الحكومة نجيب ميقاتي الشركات المتعاقدة بموعد الدفع.")
    let person = try #require(mentions.first { $0.label == "PERSON" })
    #expect(person.text == "نجيب ميقاتي")
    #expect(person.value?.hasPrefix("nil:") == true)
  }

  /// (sentence, name, id): agencies and clubs the knowledge base holds, linked in full or by a
  /// full name written for the wire.
  @Test(arguments: [
    ("ذكرت وكالة الأنباء الفرنسية أن الاجتماع انتهى دون اتفاق.", "وكالة الأنباء الفرنسية", "wb:afp"),
    ("وقالت وكالة أنباء الشرق الأوسط إن الوفد وصل صباح الأحد.", "وكالة أنباء الشرق الأوسط", "wb:mena"),
    ("فاز ريال مدريد على ضيفه بثلاثة أهداف في المباراة.", "ريال مدريد", "wb:real-madrid"),
    ("استقبل الوزير كوفي انان في مكتبه وبحثا الأزمة.", "كوفي انان", "wb:kofi-annan"),
  ])
  func wireNameIsLinked(_ text: String, _ name: String, _ id: String) throws {
    let mention = try #require(Self.found(text).first { $0.text == name })
    #expect(mention.value == id)
  }

  /// A later surname joins a full name the knowledge base links (Blair, once a NIL person).
  @Test func laterSurnameSharesTheLinkedFullName() throws {
    let annotations = try Self.found(
      "قال رئيس الوزراء البريطاني الأسبق توني بلير إن الغرب ارتكب أخطاء. وأضاف بلير أن الحرب كلفت كثيرا.")
    let full = try #require(annotations.first { $0.text == "توني بلير" })
    #expect(full.value == "wb:tony-blair")
    let later = try #require(annotations.first { $0.text == "بلير" && $0.start > full.end })
    #expect(later.value == "wb:tony-blair")
  }
}
