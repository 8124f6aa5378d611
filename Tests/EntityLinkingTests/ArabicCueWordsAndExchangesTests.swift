import EntityLinking
import Testing
import WorkbenchCore

/// Issue 13, round 18: Arabic organizations whose cue word stays outside the name (a paper's or
/// channel's word, حركة or تنظيم before a one-word name),
/// and stock exchanges named after their city.
@Suite struct ArabicCueWordsAndExchangesTests {
  static let stage = Result { try makeStage() }

  static func organizations(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none).filter { $0.label == "ORGANIZATION" }
  }

  /// (text, span): an organization at the span's offsets, its cue word or city left out or in
  /// as the rule says.
  @Test(arguments: [
    ("وذكرت صحيفة المساء أن المفاوضات ستستأنف الأسبوع المقبل.", "المساء"),
    ("وقالت جريدة الوطن إن الحكومة ستستقيل قريبا.", "الوطن"),
    ("وبثت قناة الجزيرة صورا للمتظاهرين في الساحة.", "الجزيرة"),
    ("وقال متحدث باسم حركة فتح إن الحوار سيستمر.", "فتح"),
    ("وتبنى تنظيم القاعدة الهجوم على القافلة في الصحراء.", "القاعدة"),
    ("وتراجع مؤشر بورصة لندن بنسبة اثنين في المئة أمس.", "بورصة لندن"),
    ("وارتفعت أسهم البنوك في سوق دبي المالي بعد إعلان النتائج.", "سوق دبي المالي"),
  ])
  func organizationSpan(_ text: String, _ span: String) throws {
    let found = try Self.organizations(text)
    let organization = try #require(found.first { $0.text == span }, "\(found.map(\.text))")
    #expect(organization.start == scalarOffset(of: span, in: text))
  }

  /// A movement named by several words keeps its head; a market place without an adjective
  /// after it stays a place.
  @Test(arguments: [
    ("وقالت حركة العدل والمساواة إن قواتها انسحبت من المدينة.", "حركة العدل والمساواة", "ORGANIZATION"),
    ("وتجمع الباعة في سوق بغداد القديم منذ الصباح الباكر.", "بغداد", "LOCATION"),
  ])
  func spanStaysAsWritten(_ text: String, _ span: String, _ type: String) throws {
    let annotations = try Self.stage.get().analyze(Document(id: "t", text: text), .none)
    let mention = try #require(annotations.first { $0.text == span }, "\(annotations.map(\.text))")
    #expect(mention.label == type)
    #expect(mention.start == scalarOffset(of: span, in: text))
  }
}
