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
}
