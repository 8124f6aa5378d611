import EntityLinking
import Testing
import WorkbenchCore

/// Arabic news read wrongly before stage version 23: clubs of a match report that neither the
/// club list nor the tagger knows, a person after a title and the organization it heads, two
/// scorers joined by و and a scorer before هدف, a municipality with its place before an acting
/// verb, and an organization's name run on over its listeners (للصحافيين).
@Suite struct ArabicUnlistedClubsAndTitledNamesTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (text, span, type, id): the span is found with that type, linked to the id or, for `NIL`,
  /// a NIL mention.
  @Test(arguments: [
    // Clubs after a result verb and after the preposition of the other side.
    ("فاز السالمية على الجهراء بثلاثة أهداف في الدوري.", "السالمية", "ORGANIZATION", "NIL"),
    ("فاز السالمية على الجهراء بثلاثة أهداف في الدوري.", "الجهراء", "ORGANIZATION", "NIL"),
    ("وتغلب الزوراء على القوة الجوية بهدف في الجولة الخامسة.", "القوة الجوية", "ORGANIZATION", "NIL"),
    ("وكان الفريق قد تعادل مع كاظمة سلبيا في المباراة الماضية.", "كاظمة", "ORGANIZATION", "NIL"),
    ("وتعادل الوحدات مع شباب الأردن في الجولة الأخيرة من الدوري.", "شباب الأردن", "ORGANIZATION", "NIL"),
    // A person after a title and the organization it heads, the organization kept.
    ("والتقى رئيس مجلس النواب محمد الحلبوسي وفدا من المحافظة.", "محمد الحلبوسي", "PERSON", "NIL"),
    ("والتقى رئيس مجلس النواب نبيه بري المبعوث الأمريكي، وأكد بري أن البلاد ملتزمة.", "نبيه بري", "PERSON", "NIL"),
    // Scorers before هدف and two scorers joined by و.
    ("وسجل سالم الهاجري هدف الفوز في الدقيقة 90.", "سالم الهاجري", "PERSON", "NIL"),
    ("وسجل مهند سامي وأمجد عطوان الهدفين في الشوط الثاني.", "مهند سامي", "PERSON", "NIL"),
    ("وسجل مهند سامي وأمجد عطوان الهدفين في الشوط الثاني.", "أمجد عطوان", "PERSON", "NIL"),
    // A municipality before its acting verb; an organization without its listeners.
    ("بلدية طولكرم تطلق حملة لتنظيف الشوارع.", "بلدية طولكرم", "ORGANIZATION", "NIL"),
    ("وأوضحت وزارة المالية للصحافيين أن الإيرادات ارتفعت.", "وزارة المالية", "ORGANIZATION", "NIL"),
    // A body named after its members keeps them.
    ("وأعلن الاتحاد الوطني للطلاب إضرابا مفتوحا.", "الاتحاد الوطني للطلاب", "ORGANIZATION", "NIL"),
  ])
  func spanAndLink(_ text: String, _ span: String, _ type: String, _ id: String) throws {
    try expectMention(Self.found(text), span: span, type: type, id: id)
  }

  /// (text, word, type): no mention of the text is that word with that type.
  @Test(arguments: [
    // Nouns of the sport and a country's side are no clubs of their own; no match, no club.
    ("وفاز المنتخب على ضيفه بهدفين في المباراة الودية.", "المنتخب", "ORGANIZATION"),
    ("وفاز المنتخب على ضيفه بهدفين في المباراة الودية.", "ضيفه", "ORGANIZATION"),
    ("وفاز المرشح على منافسيه في الانتخابات البلدية.", "المرشح", "ORGANIZATION"),
    // A verb after a title and an organization is no name; the noun phrase after a name is no part of it.
    ("وقال رئيس مجلس النواب بعث رسالة إلى الحكومة.", "بعث رسالة", "PERSON"),
    ("والتقى رئيس مجلس النواب محمد الحلبوسي المبعوث الأممي.", "محمد الحلبوسي المبعوث", "PERSON"),
    // The listeners are no part of the name, and a place where it happens stays a place.
    ("وأوضحت وزارة المالية للصحافيين أن الإيرادات ارتفعت.", "وزارة المالية للصحافيين", "ORGANIZATION"),
    ("وانقطعت المياه في بلدية طولكرم أمس.", "بلدية طولكرم", "ORGANIZATION"),
    // An election or a party contest, a round of talks, "with the aim of": no match, no club.
    ("وخسر الحزب أمام خصومه في الجولة الثانية.", "خصومه", "ORGANIZATION"),
    ("وخسر الحزب أمام خصومه في الجولة الثانية.", "الحزب", "ORGANIZATION"),
    ("وفاز الإصلاحيون على المحافظين في الجولة الثانية من الانتخابات.", "المحافظين", "ORGANIZATION"),
    ("والتقى الشمري مع العبيدي خلال الجولة الإقليمية في بغداد.", "العبيدي", "ORGANIZATION"),
    ("وتغلب المزارعون على الجفاف بهدف حماية المحصول.", "الجفاف", "ORGANIZATION"),
  ])
  func noSuchMention(_ text: String, _ word: String, _ type: String) throws {
    expectNoMention(try Self.found(text), span: word, type: type)
  }
}
