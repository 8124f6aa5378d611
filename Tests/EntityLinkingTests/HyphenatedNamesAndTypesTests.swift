import EntityLinking
import Testing
import WorkbenchCore

/// Business and sports stories written for these tests: hyphenated names stay whole, a month
/// opening a name stays in it, nationalities and events are MISC, an organization's head word
/// is no person's name, and a dateline names the city.
@Suite struct HyphenatedNamesAndTypesTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (story, the whole name, its type): the name is one mention from its first part, and no
  /// mention starts inside it.
  @Test(arguments: [
    ("Mercedes-Benz said on Tuesday that sales in China fell.", "Mercedes-Benz", "ORGANIZATION"),
    ("Coca-Cola raised its full-year forecast on Thursday.", "Coca-Cola", "ORGANIZATION"),
    ("Shipping group Hapag-Lloyd warned that the Red Sea diversions would lift costs.", "Hapag-Lloyd", "ORGANIZATION"),
    ("Rolls-Royce reported record deliveries to buyers in Dubai.", "Rolls-Royce", "ORGANIZATION"),
    (
      "Former French prime minister Jean-Pierre Raffarin met Chinese officials in Beijing.", "Jean-Pierre Raffarin",
      "PERSON"
    ),
    ("Guests at Mar-a-Lago included Elon Musk and several Republican senators.", "Mar-a-Lago", "LOCATION"),
    ("Hewlett-Packard and Rolls-Royce Holdings shares rose in London.", "Hewlett-Packard", "ORGANIZATION"),
    ("Voters in Stratford-upon-Avon backed the plan.", "Stratford-upon-Avon", "LOCATION"),
  ])
  func aHyphenatedNameIsOneMention(_ text: String, _ name: String, _ label: String) throws {
    let annotations = try Self.found(text)
    let mention = try #require(annotations.first { $0.text == name })
    #expect(mention.label == label)
    #expect(mention.start == scalarOffset(of: name, in: text))
    #expect(mention.end == mention.start + name.unicodeScalars.count)
    #expect(!annotations.contains { $0.start > mention.start && $0.start < mention.end })
  }

  /// A person's hyphenated surname standing alone after the full name is that person.
  @Test func aHyphenatedSurnameJoinsItsPerson() throws {
    let text = "Dominic Calvert-Lewin scored twice. Calvert-Lewin said he was pleased."
    let annotations = try Self.found(text)
    let full = try #require(annotations.first { $0.text == "Dominic Calvert-Lewin" })
    let surname = try #require(annotations.first { $0.text == "Calvert-Lewin" })
    #expect(full.label == "PERSON")
    #expect(surname.label == "PERSON")
    #expect(surname.start == scalarOffset(of: "Calvert-Lewin", in: text, occurrence: 1))
    #expect(surname.value == full.value)
  }

  /// Nationalities joined by a hyphen are one MISC adjective, not a place; two names the
  /// knowledge base links stay two.
  @Test func hyphenatedNationalitiesAreMiscAndLinkedNamesStayApart() throws {
    let text = "Ministers discussed the Franco-German plan before the Israel-Hamas talks resumed in Cairo."
    let annotations = try Self.found(text)
    let adjective = try #require(annotations.first { $0.text == "Franco-German" })
    #expect(adjective.label == "MISC")
    #expect(adjective.start == scalarOffset(of: "Franco-German", in: text))
    #expect(!annotations.contains { $0.text == "German" || $0.text.contains("Israel-") })
    #expect(annotations.first { $0.text == "Israel" }?.label == "LOCATION")
    #expect(annotations.first { $0.text == "Hamas" }?.label == "ORGANIZATION")
  }

  /// A month that opens an organization's name stays in it ("Dimes" alone is no person); a
  /// month after a given name ends that name.
  @Test func aMonthOpeningANameStaysInIt() throws {
    let text = "The March of Dimes said it would close two clinics in Ohio after donations fell."
    let annotations = try Self.found(text)
    let charity = try #require(annotations.first { $0.text == "March of Dimes" })
    #expect(charity.label == "ORGANIZATION")
    #expect(charity.start == scalarOffset(of: "March of Dimes", in: text))
    #expect(!annotations.contains { $0.text == "Dimes" })
    let other = try Self.found("Theresa May of Britain met the envoys on Monday.")
    #expect(!other.contains { $0.text.contains("May of") })
    #expect(other.first { $0.text == "Britain" }?.label == "LOCATION")
  }

  /// (story, the name, its type): nationalities and peoples ("Spaniard", "Britons") and
  /// sporting events ("Paris Olympics", "Tokyo Games", "US Open") are MISC; a company named
  /// with "Games" stays an organization.
  @Test(arguments: [
    ("The Spaniard beat Daniil Medvedev in four sets to reach the final.", "Spaniard", "MISC"),
    ("Syrian leader Ahmed al-Sharaa met Turkish officials in Ankara on Monday.", "Syrian", "MISC"),
    ("The Italian won in Rome and two Britons reached the semi-finals.", "Britons", "MISC"),
    ("Organisers of the Paris Olympics said ticket sales passed nine million.", "Paris Olympics", "MISC"),
    ("The Tokyo Games were cited as a model by the organisers.", "Tokyo Games", "MISC"),
    ("Norway topped the medal table at the Winter Olympics in Beijing.", "Winter Olympics", "MISC"),
    ("Fans queued for the US Open in New York.", "US Open", "MISC"),
    ("Epic Games sued Apple over its app store rules.", "Epic Games", "ORGANIZATION"),
  ])
  func nationalitiesAndEventsAreMisc(_ text: String, _ name: String, _ label: String) throws {
    let mention = try #require(Self.found(text).first { $0.text == name })
    #expect(mention.label == label)
    #expect(mention.start == scalarOffset(of: name, in: text))
  }

  /// An organization's or a meeting's head word after a title is no person's name.
  @Test func aMeetingAfterATitleIsNoPerson() throws {
    let annotations = try Self.found("افتتح الرئيس أعمال مؤتمر الحوار الوطني بحضور الأحزاب في دمشق.")
    #expect(!annotations.contains { $0.label == "PERSON" })
    #expect(annotations.first { $0.text == "دمشق" }?.label == "LOCATION")
  }

  /// A person's name goes on after a word of kinship (أبو): علي, folded like the preposition
  /// على, is the rest of the name.
  @Test func aNameGoesOnAfterAKinshipWord() throws {
    let text = "وسجل وسام أبو علي هدفين لفريق الأهلي في مباراة أمس أمام الزمالك."
    let annotations = try Self.found(text)
    let person = try #require(annotations.first { $0.text == "وسام أبو علي" })
    #expect(person.label == "PERSON")
    #expect(person.start == scalarOffset(of: "وسام", in: text))
    #expect(!annotations.contains { $0.text == "وسام أبو" })
  }

  /// (story, the dateline's place, its id): a dateline named like a state or a country is the
  /// city of that name ("NEW YORK" is New York City, "KUWAIT" Kuwait City), and so is the same
  /// name later in the story.
  @Test(arguments: [
    ("NEW YORK, Jan 12 (Reuters) - Shares of two banks rose after their results.", "NEW YORK", "geonames:5128581"),
    ("KUWAIT, Jan 12 (Reuters) - The oil minister said output would hold.", "KUWAIT", "geonames:285787"),
  ])
  func aDatelineNamesTheCity(_ text: String, _ place: String, _ id: String) throws {
    let mention = try #require(Self.found(text).first { $0.text == place })
    #expect(mention.label == "LOCATION")
    #expect(mention.value == id)
    #expect(mention.start == 0)
  }

  /// A country's name later in a story from its capital stays the country.
  @Test func aCountryLaterInTheStoryStaysTheCountry() throws {
    let text = "KUWAIT, Jan 12 (Reuters) - Oil output in Kuwait will hold, the minister said."
    let annotations = try Self.found(text)
    #expect(annotations.first { $0.text == "KUWAIT" }?.value == "geonames:285787")
    let country = try #require(annotations.first { $0.text == "Kuwait" })
    #expect(country.start == scalarOffset(of: "Kuwait", in: text))
    #expect(country.value == "Q817")
  }

  @Test func theDatelinesNameLaterInTheStoryIsTheCity() throws {
    let text = "Markets slip\n\nNEW YORK - Stocks fell on Monday in New York as investors sold."
    let annotations = try Self.found(text)
    let later = try #require(annotations.first { $0.text == "New York" })
    #expect(later.start == scalarOffset(of: "New York", in: text))
    #expect(later.value == "geonames:5128581")
  }
}
