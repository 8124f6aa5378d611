import EntityLinking
import Testing
import WorkbenchCore

/// Wire datelines and spans the linker repairs after the tagger, on stories written for these
/// tests: a dateline's place under a headline, the US cities of datelines, a date before a
/// company, name particles, venues, and common Arabic phrases that are no organization.
@Suite struct DatelineAndSpanRepairTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (story, the dateline's place, its id): the place is found and linked with or without a
  /// headline line above it.
  @Test(arguments: [
    (
      "Court blocks merger\n\nWASHINGTON, Dec 10 - A federal judge on Tuesday blocked the merger of two grocery chains.",
      "WASHINGTON", "Q61"
    ),
    ("WASHINGTON, Dec 10 - A federal judge on Tuesday blocked the merger of two grocery chains.", "WASHINGTON", "Q61"),
    (
      "Chipmaker beats forecasts\n\nSAN FRANCISCO, Feb 22 - Nvidia said on Wednesday that its quarterly revenue rose by half.",
      "SAN FRANCISCO", "Q62"
    ),
    ("Officials in Washington said the talks would resume in San Francisco next month.", "San Francisco", "Q62"),
    ("وبحثا الوضع في دارفور وغزة. وذكرت القناة أن الوزير سيزور واشنطن الأسبوع المقبل.", "واشنطن", "Q61"),
  ])
  func datelinePlaceIsLinked(_ text: String, _ place: String, _ id: String) throws {
    let mention = try #require(Self.found(text).first { $0.text == place })
    #expect(mention.label == "LOCATION")
    #expect(mention.value == id)
  }

  /// A dateline's place the knowledge base lacks (a name made up for the test) is a NIL place,
  /// under a headline too.
  @Test func unknownDatelinePlaceIsANilPlace() throws {
    let text = "Plant to close\n\nKELDARROW, Nov 3 - A chemical plant will close next year, the company said."
    let mention = try #require(Self.found(text).first { $0.text == "KELDARROW" })
    #expect(mention.label == "LOCATION")
    #expect(mention.attributes["nil"] == true)
    #expect(mention.value == EntityLinker.nilClusterID(name: "KELDARROW", type: "LOCATION"))
  }

  /// An organization the knowledge base links at a line's start, shaped like a dateline, stays
  /// the organization.
  @Test func aLinkedOrganizationAtALineStartStays() throws {
    let nato = try #require(
      Self.found("NATO (Reuters) - Allies agreed on Tuesday to raise spending.").first {
        $0.text == "NATO"
      })
    #expect(nato.label == "ORGANIZATION")
    #expect(nato.value == "Q7184")
  }

  /// The dateline's date is no part of the company's name after it.
  @Test func aDatelineDateIsNoPartOfTheNameAfterIt() throws {
    let text = "SAN FRANCISCO, Feb 22 - Nvidia said on Wednesday that its quarterly revenue rose by half."
    let annotations = try Self.found(text)
    #expect(!annotations.contains { $0.text.contains("Feb") })
    let nvidia = try #require(annotations.first { $0.text == "Nvidia" })
    #expect(nvidia.label == "ORGANIZATION")
    #expect(nvidia.start == scalarOffset(of: "Nvidia", in: text))
  }

  /// (text, the whole name, its title): lower-case particles keep a name whole.
  @Test(arguments: [
    (
      "LISBON (Reuters) - Portuguese President Marcelo Rebelo de Sousa dissolved parliament on Thursday.",
      "Marcelo Rebelo de Sousa", "President"
    )
  ])
  func nameParticlesKeepTheNameWhole(_ text: String, _ name: String, _ title: String) throws {
    let annotations = try Self.found(text)
    let person = try #require(annotations.first { $0.text == name })
    #expect(person.label == "PERSON")
    #expect(person.attributes["title"] == .string(title))
    #expect(!annotations.contains { $0.text == "Sousa" || $0.text == "Marcelo Rebelo" })
  }

  /// (text, the name, its type): a stadium is a place; a ruler's court is an organization,
  /// its nationality word outside. Both are NIL with their cluster id.
  @Test(arguments: [
    ("فاز الأهلي على الزمالك بهدفين في ستاد القاهرة الدولي مساء الجمعة.", "ستاد القاهرة الدولي", "LOCATION"),
    ("Manchester City beat Fulham 3-1 at the Etihad Stadium on Saturday.", "Etihad Stadium", "LOCATION"),
    ("أعلن الديوان الملكي الأردني الحداد ثلاثة أيام.", "الديوان الملكي", "ORGANIZATION"),
    ("وقال بيان صادر عن الديوان الأميري إن الأمير سيزور باريس.", "الديوان الأميري", "ORGANIZATION"),
  ])
  func venuesAndCourtsGetTheirType(_ text: String, _ name: String, _ label: String) throws {
    let mention = try #require(Self.found(text).first { $0.text == name })
    #expect(mention.label == label)
    #expect(mention.attributes["nil"] == true)
    #expect(mention.value == EntityLinker.nilClusterID(name: name, type: label))
  }

  /// National mourning (الحداد الوطني) and the national anthem are no organization.
  @Test(arguments: [
    "أعلنت الحكومة الحداد الوطني ثلاثة أيام بعد الحادث.",
    "وعزفت الفرقة النشيد الوطني في افتتاح البطولة.",
  ])
  func aCommonPhraseWithANisbaIsNoName(_ text: String) throws {
    #expect(!(try Self.found(text)).contains { $0.text.contains("الوطني") })
  }

  /// The words before national mourning keep their own reading: the presidency.
  @Test func aNameBeforeACommonPhraseEndsThere() throws {
    let annotations = try Self.found("أعلنت الرئاسة الجزائرية الحداد الوطني يومين بعد حريق في ولاية بجاية.")
    #expect(!annotations.contains { $0.text.contains("الحداد") })
    let presidency = try #require(annotations.first { $0.text == "الرئاسة الجزائرية" })
    #expect(presidency.label == "ORGANIZATION")
  }

  /// After an organization's head word the common noun (الاقتصاد) is part of the name.
  @Test func aCommonNounAfterAnOrganizationsHeadStaysInTheName() throws {
    let annotations = try Self.found("قالت وزارة الاقتصاد إن التضخم تراجع في الربع الأخير.")
    let ministry = try #require(annotations.first { $0.text == "وزارة الاقتصاد" })
    #expect(ministry.label == "ORGANIZATION")
    #expect(!annotations.contains { $0.text == "وزارة" })
  }

  /// (text, the name, its type): a month word that opens a name is no date without a day after
  /// it, "Arena" closing a person's name is no venue, and "do" after one is no name particle.
  /// The name is found as written, no longer.
  @Test(arguments: [
    (
      "Jan Egeland, head of the Norwegian Refugee Council, said aid convoys were blocked at the border.",
      "Jan Egeland", "PERSON"
    ),
    ("April Ryan asked the spokesman about the talks on Monday.", "April Ryan", "PERSON"),
    ("Bruce Arena said his players had run out of ideas in the second half.", "Bruce Arena", "PERSON"),
    ("Can Maren Holtby do Hamlet after a year away from the stage?", "Maren Holtby", "PERSON"),
    ("Dutch coach Pieter ten Brink told reporters he would stay.", "Pieter ten Brink", "PERSON"),
  ])
  func aMonthAVenueWordOrAParticleLeavesTheNameAsWritten(_ text: String, _ name: String, _ label: String) throws {
    let annotations = try Self.found(text)
    let mention = try #require(annotations.first { $0.text == name })
    #expect(mention.label == label)
    #expect(!annotations.contains { $0.text.hasPrefix(name + " ") })
  }

  /// A wire's label at a line's start, shaped like a dateline, is no place; the dateline under
  /// it still is.
  @Test func aWireLabelIsNoPlace() throws {
    let text = "ANALYSIS - Markets brace for a rate cut\n\nWASHINGTON, Dec 10 - Traders expect the central bank to act."
    let annotations = try Self.found(text)
    #expect(!annotations.contains { $0.text.contains("ANALYSIS") })
    let place = try #require(annotations.first { $0.text == "WASHINGTON" })
    #expect(place.label == "LOCATION")
    #expect(place.value == "Q61")
  }
}
