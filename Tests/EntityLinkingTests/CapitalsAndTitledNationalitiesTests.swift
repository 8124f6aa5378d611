import EntityLinking
import Testing
import WorkbenchCore

/// Capitals the knowledge base had lost to the places table's noise (a QID reused by a small
/// town, a garbled Arabic alias, a capital's name judged a common word), and a nationality
/// after a title that is also a person's surname, on sentences written for these tests.
@Suite struct CapitalsAndTitledNationalitiesTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (text, capital, its id): each links to the capital, not to a province of its name or to
  /// nothing.
  @Test(arguments: [
    ("وصل المبعوث الأممي إلى الخرطوم مساء الأحد لإجراء محادثات.", "الخرطوم", "geonames:379252"),
    ("تستضيف الدوحة جولة جديدة من المفاوضات الأسبوع المقبل.", "الدوحة", "geonames:290030"),
    ("وعقد الاجتماع في المنامة بحضور وزراء الخارجية.", "المنامة", "geonames:290340"),
    ("The talks resume in Helsinki on Monday, diplomats said.", "Helsinki", "Q1757"),
    ("Riga and Vilnius asked for more air defence.", "Riga", "Q1773"),
    ("Officials in Islamabad denied the report.", "Islamabad", "Q1362"),
  ])
  func capitalsLink(_ text: String, _ capital: String, _ id: String) throws {
    try expectMention(Self.found(text), span: capital, type: "LOCATION", id: id)
  }

  /// A capital that shares its name with its country leaves the bare name to the country.
  @Test func kuwaitIsTheCountry() throws {
    try expectMention(
      Self.found("أعلنت الكويت زيادة إنتاجها من النفط."), span: "الكويت", type: "LOCATION", id: "Q817")
  }

  /// (text, the person after the title and its nationality): السوداني there is Sudanese, not
  /// the surname of Iraq's prime minister, and the name after it is found (علي with a dotted
  /// yeh in a text that writes the preposition على with alif maqsura is the name Ali).
  @Test(arguments: [
    (
      "قال وزير الخارجية السوداني علي الصادق يوم الثلاثاء إن حكومته مستعدة للعودة إلى المحادثات على الفور.",
      "علي الصادق"
    ),
    ("واستقبل وزير الدفاع السوداني ياسين إبراهيم وفدا عسكريا في بورتسودان.", "ياسين إبراهيم"),
  ])
  func nationalityAfterTitleIsNoPerson(_ text: String, _ person: String) throws {
    let annotations = try Self.found(text)
    expectNoMention(annotations, span: "السوداني", type: "PERSON")
    try expectMention(annotations, span: person, type: "PERSON", id: "NIL")
  }

  /// Astana is one city whatever its name: the GeoNames city carries the id the places table
  /// gives the capital (Q1520, as Nur-Sultan).
  @Test func astanaIsTheCapitalsQID() throws {
    try expectMention(
      Self.found("Foreign ministers met in Astana on Thursday."), span: "Astana", type: "LOCATION", id: "Q1520")
  }

  /// After a title the nisba still names the person where the text named him in full before.
  @Test func surnameAfterTitleOnceNamedInFull() throws {
    let annotations = try Self.found(
      "وقال رئيس الوزراء العراقي محمد شياع السوداني إن بغداد تريد علاقات متوازنة. وأضاف رئيس الوزراء السوداني أن الحكومة ماضية في الإصلاح."
    )
    let surname = try #require(annotations.first { $0.text == "السوداني" })
    #expect(surname.value == "wb:mohammed-shia-al-sudani")
  }

  /// The surname alone still names the prime minister where the text gives his full name.
  @Test func fullNameStillLinks() throws {
    try expectMention(
      Self.found("وقال رئيس الوزراء العراقي محمد شياع السوداني إن بغداد تريد علاقات متوازنة."),
      span: "محمد شياع السوداني", type: "PERSON", id: "wb:mohammed-shia-al-sudani")
  }

  /// علي with a dotted yeh after a title is the name Ali where the text writes the preposition
  /// على with alif maqsura; a set phrase (علي هامش) keeps it a preposition.
  @Test(arguments: [
    ("وقال الوزير علي هامش الاجتماع إن الحكومة مستعدة للرد على الأسئلة.", "علي هامش الاجتماع"),
    ("وأكد الرئيس علي ضرورة الحوار مع المعارضة على الفور.", "علي ضرورة"),
    // No على with alif maqsura in the text: nothing tells the spellings apart.
    ("وحث الوزير علي التعاون مع الجيران.", "علي التعاون"),
    // إلي with a yeh: the text writes alif maqsura as yeh now and then.
    ("وحث الوزير علي التعاون مع الجيران على الفور وصولا إلي اتفاق.", "علي التعاون"),
  ])
  func prepositionSpelledWithYehIsNoName(_ text: String, _ span: String) throws {
    let annotations = try Self.found(text)
    #expect(!annotations.contains { $0.label == "PERSON" && $0.text.hasPrefix("علي") })
    expectNoMention(annotations, span: span, type: "PERSON")
  }
}
