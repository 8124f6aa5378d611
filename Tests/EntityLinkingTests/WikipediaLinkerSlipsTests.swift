import EntityLinking
import Testing
import WorkbenchCore

/// Linker slips found on WikiFANE's tuning folds that news makes as well (stage version 29): a
/// club's name inside another organization's name, a ruler's number cut from his name, towns
/// whose names are common words, and a detached pronoun read as a given name.
@Suite struct WikipediaLinkerSlipsTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (text, name, club id): an organization's head word before a club's name makes another
  /// organization of it, which is not the club.
  @Test(arguments: [
    ("وأرسلت جمعية الهلال الأحمر قافلة من الأدوية إلى المدينة المنكوبة.", "الهلال", "wb:al-hilal"),
    ("ونشرت جريدة الاتحاد في عددها الصادر اليوم مقابلة مع وزير الاقتصاد.", "الاتحاد", "wb:al-ittihad-jeddah"),
  ])
  func clubNameInsideAnotherOrganization(_ text: String, _ name: String, _ club: String) throws {
    let annotations = try Self.found(text)
    #expect(!annotations.contains { $0.value == club }, "\(annotations.map { "\($0.text)=\($0.value ?? "")" })")
  }

  /// The club word itself still names the club.
  @Test func clubAfterItsClubWord() throws {
    let text = "وتعاقد نادي الهلال مع مدافع برازيلي لمدة ثلاثة مواسم."
    try expectMention(try Self.found(text), span: "الهلال", type: "ORGANIZATION", id: "wb:al-hilal")
  }

  /// (text, span): a ruler named by one given name in two words, or after the khedive's title,
  /// keeps his regnal number.
  @Test(arguments: [
    ("وأصدر عبد الحميد الثاني فرمانا بإنشاء مدرسة للطب في المدينة.", "عبد الحميد الثاني"),
    ("وفي عهد نور الدين الأول بنيت القلعة على التل.", "نور الدين الأول"),
    ("وافتتح الخديوي عباس حلمي الثاني الجسر الجديد على النهر.", "عباس حلمي الثاني"),
  ])
  func regnalNumberWithoutRoyalTitle(_ text: String, _ span: String) throws {
    let annotations = try Self.found(text)
    let mention = try #require(annotations.first { $0.text == span }, "\(annotations.map { "\($0.text)=\($0.label)" })")
    #expect(mention.label == "PERSON")
    #expect(mention.start == scalarOffset(of: span, in: text))
  }

  /// (text, word): a town's alias that the tagger's training text uses as a verb or a common
  /// word more often than as a name is no place by itself.
  @Test(arguments: [
    ("وقد أنشئ المتحف في وسط المدينة قبل عشرين عاما.", "أنشئ"),
    ("واختار السائق اقصر طريق إلى المطار لتفادي الزحام.", "اقصر"),
    ("وأنهى البرلمان قراءة مشروع القانون في جلسة مسائية.", "قراءة"),
  ])
  func commonWordIsNoPlace(_ text: String, _ word: String) throws {
    expectNoMention(try Self.found(text), span: word, type: "LOCATION")
  }

  /// The town's own name with the article still links.
  @Test func luxorWithItsArticle() throws {
    let text = "ووصل مئات السياح إلى الأقصر لزيارة المعابد القديمة."
    try expectMention(try Self.found(text), span: "الأقصر", type: "LOCATION", id: "geonames:360502")
  }

  /// A pronoun written apart from its verb (clitic-segmented text) is no given name before a
  /// person: the person is the name after it.
  @Test func detachedPronounBeforeAPerson() throws {
    let text = "وشارك في الحركة التي قاد ها حافظ الأسد عام 1970 ضباط من الجيش."
    let annotations = try Self.found(text)
    #expect(!annotations.contains { $0.text.hasPrefix("ها ") }, "\(annotations.map { "\($0.text)=\($0.label)" })")
    try expectMention(annotations, span: "حافظ الأسد", type: "PERSON", id: "wb:hafez-al-assad")
  }
}
