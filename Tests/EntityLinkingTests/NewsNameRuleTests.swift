import EntityLinking
import Testing
import WorkbenchCore

/// Rules around names in news, on sentences written for these tests: a person is not the small
/// town of the same name, directions and months are no names, and a name after a title is
/// taken whole.
@Suite struct NewsNameRuleTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (text, a person's name that is also a small town's, the title expected before it)
  @Test(arguments: [
    ("Spanish Prime Minister Pedro Sanchez met union leaders in Madrid on Tuesday.", "Pedro Sanchez", "Minister"),
    ("Pedro Sanchez told reporters in Brussels that the budget was ready.", "Pedro Sanchez", nil),
    ("وقال رئيس الوزراء الإسباني بيدرو سانشيز إن الحكومة ستساعد المتضررين.", "بيدرو سانشيز", "رئيس الوزراء الإسباني"),
  ])
  func aPersonIsNotTheSmallTownOfTheSameName(_ text: String, _ name: String, _ title: String?) throws {
    let mention = try #require(Self.found(text).first { $0.text == name })
    // Without a title, the verb of saying after the name says "person" whatever the tagger
    // reads (the model shipped since stage version 7 tags this untitled name as the place).
    #expect(mention.label == "PERSON")
    #expect(mention.attributes["nil"] == true)
    #expect(mention.value == EntityLinker.nilClusterID(name: name, type: "PERSON"))
    #expect(mention.attributes["title"] == title.map { .string($0) })
  }

  @Test func aLargeCityKeepsItsLinkBesideThePerson() throws {
    let annotations = try Self.found(
      "Spanish Prime Minister Pedro Sanchez met union leaders in Madrid on Tuesday.")
    let madrid = try #require(annotations.first { $0.text == "Madrid" })
    #expect(madrid.label == "LOCATION")
    #expect(madrid.value == "geonames:3117735")
  }

  /// (text, the compass word that must not be a place, the place after it and its id)
  @Test(arguments: [
    ("اجتاحت الفيضانات إقليم طاطا جنوب المغرب يوم السبت.", "جنوب", "المغرب", "Q1028"),
    ("وانقطعت الكهرباء في مدينة أكادير جنوب المغرب مساء الأحد.", "جنوب", "المغرب", "Q1028"),
    ("وتضررت قرى في منطقة الريف شمال المغرب.", "شمال", "المغرب", "Q1028"),
    ("وسقطت قذائف على بلدة الخيام جنوب لبنان.", "جنوب", "لبنان", "Q822"),
  ])
  func aCompassWordBeforeAPlaceIsADirection(_ text: String, _ compass: String, _ place: String, _ id: String) throws {
    let annotations = try Self.found(text)
    #expect(!annotations.contains { $0.text == compass })
    let linked = try #require(annotations.first { $0.text == place })
    #expect(linked.value == id)
  }

  @Test func aRegionNamedWithACompassWordIsStillLinked() throws {
    let annotations = try Self.found("وقال الجيش إن الاشتباكات تركزت في جنوب السودان وشمال دارفور.")
    #expect(annotations.first { $0.text == "جنوب السودان" }?.value == "Q958")
  }

  /// (text, the month words that must not be names, the place that must stay linked)
  @Test(arguments: [
    ("ROTTERDAM, Nov 14 (Wire) - Thousands of dockworkers met.", ["Nov", "Nov 14"], "ROTTERDAM"),
    ("BERLIN, Sept 9 (Wire) - Officials met in Paris and London on Monday.", ["Sept", "Sept 9"], "BERLIN"),
    ("Shares rose in Aug and fell in Sep, traders in London said.", ["Aug", "Sep"], "London"),
    ("وفي نوفمبر الماضي زار الوزير القاهرة، وفي أيار عاد إلى بيروت.", ["نوفمبر", "أيار"], "بيروت"),
  ])
  func aMonthIsNoName(_ text: String, _ months: [String], _ place: String) throws {
    let annotations = try Self.found(text)
    for month in months { #expect(!annotations.contains { $0.text == month }, "\(month)") }
    #expect(annotations.first { $0.text == place }?.label == "LOCATION")
  }

  @Test func aCompanyNamedLikeAMonthAfterItsCueWordIsStillLinked() throws {
    let annotations = try Self.found("وقالت شركة نيسان في أيار إنها ستغلق مصنعا.")
    #expect(annotations.first { $0.text == "نيسان" }?.label == "ORGANIZATION")
    #expect(!annotations.contains { $0.text == "أيار" })
  }

  @Test func aSurnameSpeltLikeAMonthStillJoinsItsPerson() throws {
    let annotations = try Self.found("Former Prime Minister Theresa May spoke in London. May said the deal was fair.")
    let full = try #require(annotations.first { $0.text == "Theresa May" })
    #expect(full.label == "PERSON")
    let later = try #require(annotations.first { $0.text == "May" && $0.start > full.end })
    #expect(later.value == full.value)
  }

  /// (text, the whole name after the title, the title)
  @Test(arguments: [
    ("وأكد رئيس الحكومة عزيز أخنوش خلال زيارته لمدينة فاس أن المشاريع ستنطلق قريبا.", "عزيز أخنوش", "رئيس الحكومة"),
    ("وأوضح رئيس الحكومة عزيز أخنوش أمام البرلمان أن الأسعار ستنخفض.", "عزيز أخنوش", "رئيس الحكومة"),
  ])
  func theNameAfterATitleIsTakenWhole(_ text: String, _ name: String, _ title: String) throws {
    let person = try #require(Self.found(text).first { $0.label == "PERSON" })
    #expect(person.text == name)
    #expect(person.value == EntityLinker.nilClusterID(name: name, type: "PERSON"))
    #expect(person.attributes["title"] == .string(title))
  }

  /// (text, the one-word name after the title, followed by a word that is not a name)
  @Test(arguments: [
    ("وقال الرئيس عباس يوم الاثنين إن المفاوضات متوقفة.", "عباس"),
    ("وقال الوزير سامي للصحفيين إن الاتفاق قريب.", "سامي"),
  ])
  func aFunctionWordAfterAOneWordNameStaysOut(_ text: String, _ name: String) throws {
    let person = try #require(Self.found(text).first { $0.label == "PERSON" })
    #expect(person.text == name)
  }

  /// (text, the place that stays linked): a Latin name never ends in a lowercase word, so the
  /// piece "Port of" that the tagger stops at is no name.
  @Test(arguments: [
    ("Ships queued outside the Port of Hamburg on Monday.", "Hamburg"),
    ("Dockworkers at the Port of Rotterdam began a strike on Thursday.", "Rotterdam"),
  ])
  func aLatinNameDoesNotEndInALowercaseWord(_ text: String, _ place: String) throws {
    let annotations = try Self.found(text)
    #expect(!annotations.contains { $0.text.hasSuffix(" of") })
    #expect(annotations.first { $0.text == place }?.label == "LOCATION")
  }
}
