import EntityLinking
import Testing
import WorkbenchCore

/// English news leftovers of stage version 23, on sentences written for these tests: parties and
/// unions named before their noun, agencies joined by "and", towns named as their clubs in a
/// sentence with a score, firm names closed by Properties or "Banking Group", peers' titles,
/// weapon systems, firms listed with firms or named again in the story.
@Suite struct EnglishNewsLeftoversRound14Tests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (text, name, type): every mention of the span has the type and the NIL cluster id of that
  /// name and type.
  @Test(arguments: [
    (
      "The populist Homeland party won the most votes on Sunday. Homeland leader Jan Hrubec said he would talk to every party.",
      "Homeland", "ORGANIZATION"
    ),
    ("Nurses will walk out next month after the Unite union rejected the pay offer.", "Unite", "ORGANIZATION"),
    ("The Green party lost all its seats in the regional election.", "Green", "ORGANIZATION"),
    ("Voters backed the far-right Freedom First party in three of the five regions.", "Freedom First", "ORGANIZATION"),
    (
      "The Food and Drug Administration approved the weekly shot on Friday.", "Food and Drug Administration",
      "ORGANIZATION"
    ),
    ("Arsenal won 2-0 at Brentford on Saturday to go top.", "Brentford", "ORGANIZATION"),
    ("Luton came from behind to beat Burnley 3-1 on Saturday.", "Luton", "ORGANIZATION"),
    (
      "Shares in Castlegate Banking Group fell 2 percent after it closed 40 branches.",
      "Castlegate Banking Group", "ORGANIZATION"
    ),
    ("In Abu Dhabi, Marwah Properties rose 2 percent in early trade.", "Marwah Properties", "ORGANIZATION"),
    ("The army said Iron Dome batteries had been moved to the north.", "Iron Dome", "MISC"),
    ("Meta shares rose 1 percent, while Apple and Alphabet were little changed.", "Apple", "ORGANIZATION"),
    (
      "APPLE UNVEILS NEW PHONE\nApple showed a thinner phone on Tuesday. Apple shares rose 2 percent.", "Apple",
      "ORGANIZATION"
    ),
    (
      "APPLE UNVEILS NEW PHONE\nApple showed a thinner phone on Tuesday. Apple shares rose 2 percent.", "APPLE",
      "ORGANIZATION"
    ),
  ])
  func namesHaveTheirSpanAndType(_ text: String, _ name: String, _ label: String) throws {
    expectNilMentions(try Self.found(text), span: name, type: label)
  }

  /// (text, name, title): a peer's or knight's title stays out of the person's span and is the
  /// mention's `title`.
  @Test(arguments: [
    ("Lord Ashdown said the vote had been free and fair.", "Ashdown", "Lord"),
    ("Baroness Hollins urged ministers to return to talks.", "Hollins", "Baroness"),
    ("Sir Alan Pardew will lead the inquiry, the ministry said.", "Alan Pardew", "Sir"),
  ])
  func peersTitlesStayOutOfTheSpan(_ text: String, _ name: String, _ title: String) throws {
    let mentions = try Self.found(text)
    let person = try #require(mentions.first { $0.text == name }, "\(mentions.map { "\($0.text)=\($0.label)" })")
    #expect(person.label == "PERSON")
    #expect(person.attributes["title"] == .string(title))
    #expect(!mentions.contains { $0.text.hasPrefix(title) })
  }

  /// A town in a sentence with no score, or after "in", stays the town the knowledge base links;
  /// a country in a match stays a place (national sides); a firm before "missiles" is no system.
  @Test(arguments: [
    ("Fans in Luton celebrated late into the night.", "Luton", "LOCATION", "Q203889"),
    ("Luton beat Burnley 3-1 on Saturday, and fans in Luton celebrated.", "Burnley", "ORGANIZATION", "NIL"),
    ("Poland signed a deal to buy more Lockheed Martin missiles on Friday.", "Poland", "LOCATION", "Q36"),
  ])
  func placesThatStay(_ text: String, _ name: String, _ label: String, _ id: String) throws {
    try expectMention(try Self.found(text), span: name, type: label, id: id)
  }

  /// A later surname joins the full name's entity; the title before it is no part of the span.
  @Test func laterSurnamesJoinTheFullName() throws {
    let text =
      "British Prime Minister Rishi Sunak met Chancellor Olaf Scholz in Berlin on Friday. Sunak said talks went well, and Scholz agreed."
    let mentions = try Self.found(text)
    for (full, surname) in [("Rishi Sunak", "Sunak"), ("Olaf Scholz", "Scholz")] {
      let person = try #require(mentions.first { $0.text == full }, "\(mentions.map { "\($0.text)=\($0.label)" })")
      let later = try #require(mentions.first { $0.text == surname })
      #expect(person.label == "PERSON")
      #expect(later.label == "PERSON")
      #expect(later.value == person.value)
    }
    #expect(!mentions.contains { $0.text.contains("Minister") })
  }
}
