import EntityLinking
import Testing
import WorkbenchCore

/// Linker rules that read the rest of the text, on sentences written for these tests: a common
/// word that is also a city needs its country in the text, a city shared by two countries
/// follows the country named, capitals at a headline or a sentence's start are no evidence
/// of a name, a club's "City" is no place word for the next name, and a surname keeps its
/// person through the text.
@Suite struct ContextAndCapitalsTests {
  static let stage = Result { try makeStage() }
  static let seoul = "geonames:1835848"

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// Floods (سيول), with no word of Korea in the text, are no city.
  @Test(arguments: [
    "تسببت سيول جارفة في مقتل ثمانية أشخاص في محافظة مأرب.",
    "جرفت السيول عشرات المنازل في قرى الجنوب بعد أمطار غزيرة.",
    "وحذرت الأرصاد من سيول في الأودية خلال الأيام المقبلة.",
  ])
  func floodsAreNoCity(_ text: String) throws {
    let annotations = try Self.found(text)
    #expect(!annotations.contains { $0.value == Self.seoul })
    #expect(!annotations.contains { $0.text.hasSuffix("سيول") })
  }

  /// Seoul where the text names Korea by a word of its own or a capital word precedes it.
  @Test(arguments: [
    "اجتمع الرئيس الكوري في سيول مع وزير الخارجية الأمريكي.",
    "وصل الوفد الياباني إلى سيول لإجراء محادثات مع الحكومة الكورية.",
    "قالت شركات في كوريا إن الصادرات ارتفعت، وتوقع مسؤولون في سيول نموا أكبر.",
    "زار الوزير العاصمة سيول الأسبوع الماضي.",
  ])
  func seoulWithKoreanContextIsTheCity(_ text: String) throws {
    let seoul = try #require(Self.found(text).first { $0.text == "سيول" })
    #expect(seoul.label == "LOCATION")
    #expect(seoul.value == Self.seoul)
  }

  /// (text, the id of Valencia there): the country named decides between Spain's city and
  /// Venezuela's.
  @Test(arguments: [
    ("Heavy rain flooded streets in Valencia, in eastern Spain, on Tuesday.", "Q8818"),
    ("غمرت الأمطار شوارع فالنسيا شرق إسبانيا يوم الثلاثاء.", "Q8818"),
    ("Protesters gathered in Valencia, Venezuela's third city, on Sunday.", "geonames:3625549"),
  ])
  func valenciaFollowsTheCountryNamed(_ text: String, _ id: String) throws {
    let valencia = try #require(Self.found(text).first { $0.text == "Valencia" || $0.text == "فالنسيا" })
    #expect(valencia.label == "LOCATION")
    #expect(valencia.value == id)
  }

  /// A country within the United Kingdom, not a namesake town (the places table has a village
  /// called Wales).
  @Test(arguments: [
    ("The minister will tour Wales and Scotland next week.", "Wales", "Q25"),
    ("The minister will tour Wales and Scotland next week.", "Scotland", "Q22"),
    ("Floods closed roads across northern England on Sunday.", "England", "Q21"),
  ])
  func countryWithinTheUnitedKingdomIsLinked(_ text: String, _ name: String, _ id: String) throws {
    let mention = try #require(Self.found(text).first { $0.text == name })
    #expect(mention.label == "LOCATION")
    #expect(mention.value == id)
  }

  @Test func antwerpIsThePortCity() throws {
    let annotations = try Self.found(
      "PORT STRIKE HITS ANTWERP\nDockworkers walked out at the port of Antwerp on Monday, and the dockworkers' union said talks had failed."
    )
    let antwerp = annotations.filter { $0.text.lowercased() == "antwerp" }
    #expect(antwerp.count == 2)
    #expect(antwerp.allSatisfy { $0.label == "LOCATION" && $0.value == "Q12892" })
    // Common words in capitals, or at a sentence's start and in lower case later, are no names.
    #expect(!annotations.contains { ["PORT STRIKE", "PORT", "STRIKE", "HITS", "Dockworkers"].contains($0.text) })
  }

  @Test func aCommonWordInAHeadlineIsNoTown() throws {
    let annotations = try Self.found("FLOODS HIT TOWNS IN SPAIN\nThe storm hit the coast on Monday.")
    #expect(!annotations.contains { $0.text == "HIT" })
    #expect(annotations.first { $0.text == "SPAIN" }?.value == "Q29")
  }

  @Test func aNameAtASentenceStartThatRecursIsKept() throws {
    let annotations = try Self.found(
      "Stellantis said sales fell in March. Analysts expect Stellantis to cut prices in Europe.")
    #expect(annotations.contains { $0.text == "Stellantis" && $0.start == 0 })
  }

  /// The full stop of "Dr." ends no sentence: the name after it is no sentence opener, even when
  /// the word is written in lower case later.
  @Test func aNameAfterAnAbbreviationIsNoSentenceOpener() throws {
    let annotations = try Self.found("The report was written by Dr. Green, who said green energy would grow.")
    #expect(annotations.contains { $0.text == "Green" && $0.start == 30 })
  }

  @Test func aClubsCityIsNoPlaceWordForTheOtherClub() throws {
    let annotations = try Self.found("Manchester City beat Arsenal 2-1 on Sunday.")
    let arsenal = try #require(annotations.first { $0.text == "Arsenal" })
    #expect(arsenal.label != "LOCATION")
  }

  @Test func aCompanyWordIsOutsideTheCompanysName() throws {
    let annotations = try Self.found("وقعت شركة أرامكو السعودية اتفاقا مع شركة سينوبك الصينية لبناء مصفاة.")
    #expect(annotations.contains { $0.text == "سينوبك" && $0.label == "ORGANIZATION" })
    #expect(!annotations.contains { $0.text.hasPrefix("شركة") })
  }

  @Test func aSurnameReadAsAPlaceIsThePersonNamedBefore() throws {
    let annotations = try Self.found(
      "Erling Haaland scored twice, and manager Pep Guardiola said Haaland was in the form of his life.")
    let full = try #require(annotations.first { $0.text == "Erling Haaland" })
    let surname = try #require(annotations.first { $0.text == "Haaland" })
    #expect(full.label == "PERSON")
    #expect(surname.label == "PERSON")
    #expect(surname.value == full.value)
  }
}
