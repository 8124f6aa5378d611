import EntityLinking
import Testing
import WorkbenchCore

/// Issue 13, the lead's user trial: a long name after a role with its pronoun cut in two, a
/// channel or paper named by one word after its word, and a speaker after a role noun and an
/// adjective who speaks to a channel or paper, a ministry named by a conjoined noun and its
/// adjective.
@Suite struct ArabicRunOnNamesAndMediaNamesTests {
  static let stage = Result { try makeStage() }

  static func annotations(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (text, span, type): one mention at the span's offsets with that type.
  @Test(arguments: [
    ("وأكد رئيسه نور الدين بلقاسم عمار أن النقابة لن تتراجع عن الإضراب.", "نور الدين بلقاسم عمار", "PERSON"),
    ("وذكر في حديث مع قناة المستقبل أن المفاوضات توقفت منذ أسبوع.", "المستقبل", "ORGANIZATION"),
    ("وقال الخبير النفطي راشد المطيري لصحيفة الحياة إن الأسعار سترتفع.", "راشد المطيري", "PERSON"),
    (
      "وقالت وزارة التخطيط والتنمية الاقتصادية إن النمو تباطأ هذا العام.", "وزارة التخطيط والتنمية الاقتصادية",
      "ORGANIZATION"
    ),
    ("وصرح المحلل المالي سامي الدباغ لقناة العربية بأن السوق ستتعافى.", "سامي الدباغ", "PERSON"),
  ])
  func mentionSpan(_ text: String, _ span: String, _ type: String) throws {
    let found = try Self.annotations(text)
    let mention = try #require(found.first { $0.text == span }, "\(found.map(\.text))")
    #expect(mention.label == type)
    #expect(mention.start == scalarOffset(of: span, in: text))
  }

  /// A verb's subject and its object stay two names.
  @Test func subjectAndObjectStayApart() throws {
    let text = "وهنأ الرئيس ديمتري ميدفيديف موراليس بإعادة انتخابه."
    let found = try Self.annotations(text)
    let subject = try #require(scalarOffset(of: "ميدفيديف", in: text))
    let object = try #require(scalarOffset(of: "موراليس", in: text))
    #expect(!found.contains { $0.start <= subject && $0.end > object }, "\(found.map(\.text))")
  }

  /// A canal's phrase after قناة is no channel.
  @Test func canalIsNoChannel() throws {
    let found = try Self.annotations("وعبرت الناقلة قناة السويس الجديدة صباح أمس.")
    #expect(!found.contains { $0.label == "ORGANIZATION" && $0.text == "السويس" }, "\(found.map(\.text))")
  }

  /// Text of no word, or of a media word alone, gives no mention and does not stop the stage.
  @Test(arguments: ["", "قناة"])
  func shortTextGivesNoMention(_ text: String) throws {
    #expect(try Self.annotations(text).isEmpty)
  }
}
