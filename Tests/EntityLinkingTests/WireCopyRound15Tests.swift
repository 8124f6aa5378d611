import EntityLinking
import Testing
import WorkbenchCore

/// English wire copy of stage version 24, on stories written for these tests: a cricket
/// scorecard's batting lines, firms named with their legal form, a firm's name opening a story
/// after a dateline, a two-word sport's label.
@Suite struct WireCopyRound15Tests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  static let scorecard = """
    CRICKET - SCOREBOARD .
    Westland first innings
    R. Thandeka c Vellacott b Ormsby-Kerr 52
    P. J. Mwangale lbw b Ormsby-Kerr 7
    Dumisani Okoro run out 23
    T. Brathwell c & b Quennell 14
    K. Sithole not out 38
    Total ( for four wickets ) 134
    """

  /// (scorecard, name, where it starts): batsmen with their initials, fielders after "c" and
  /// bowlers after "b" are NIL persons, each span exactly the name.
  @Test(arguments: [
    ("R. Thandeka", 0), ("Vellacott", 0), ("Ormsby-Kerr", 0), ("Ormsby-Kerr", 1), ("P. J. Mwangale", 0),
    ("Dumisani Okoro", 0), ("T. Brathwell", 0), ("Quennell", 0), ("K. Sithole", 0),
  ])
  func battingLinesNamePersons(_ name: String, _ occurrence: Int) throws {
    let text = Self.scorecard
    let mentions = try Self.found(text)
    var starts: [Int] = []
    var from = text.startIndex
    while let range = text.range(of: name, range: from..<text.endIndex) {
      starts.append(text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound))
      from = range.upperBound
    }
    let start = starts[occurrence]
    let mention = try #require(mentions.first { $0.start == start })
    #expect(mention.end == start + name.unicodeScalars.count)
    #expect(mention.text == name)
    #expect(mention.label == "PERSON")
    #expect(mention.attributes["nil"] == true)
  }

  /// Lines of other shapes than a batting line name nobody by that rule: the scorecard's total,
  /// the innings' heading, and lines where "c" or "b" is no dismissal or no figures close it.
  @Test(arguments: [
    "Westland first innings 134\nTotal ( for four wickets ) 134",
    "Plan B was dropped after 3 weeks , Vellacott said .",
    "Section C b 12\n",
    "Anders Vellacott c Brathwell b Quennell said the pitch was slow\n",
  ])
  func otherLinesNameNoBatsman(_ text: String) throws {
    let mentions = try Self.found(text)
    #expect(!mentions.contains { $0.attributes["evidence"]?.arrayValue?.contains("nil:scorecard") == true })
  }

  /// (text, firm): the words before a legal form and the form are one NIL organization.
  @Test(arguments: [
    ("Marrowfield Co won a $ 200 million order from the navy , a spokesman said .", "Marrowfield Co"),
    ("The order went to Brackley Vance Corp , which beat two rivals .", "Brackley Vance Corp"),
    ("Shares in Dellacourt Engineering Plc fell 12 pence .", "Dellacourt Engineering Plc"),
    ("On Tuesday Quorvane Inc said it would cut 300 jobs .", "Quorvane Inc"),
    // "General" is a title, but opens firms' names too.
    ("Shares of General Tillmore Co rose 2 percent on Tuesday .", "General Tillmore Co"),
  ])
  func firmsWithTheirLegalForm(_ text: String, _ firm: String) throws {
    let mention = try Self.organization(firm, in: text)
    #expect(mention.value == EntityLinker.nilClusterID(name: firm, type: "ORGANIZATION"))
  }

  /// The mention that starts where `firm` does in `text`, which must span exactly `firm` as an
  /// ORGANIZATION.
  static func organization(_ firm: String, in text: String) throws -> Annotation {
    let mentions = try found(text)
    let start = try #require(scalarOffset(of: firm, in: text))
    let mention = try #require(mentions.first { $0.start == start })
    #expect(mention.end == start + firm.unicodeScalars.count)
    #expect(mention.label == "ORGANIZATION")
    return mention
  }

  /// (name, where it starts): a firm named with its legal form is found again by its whole name
  /// in the headline, where the tagger read a person, and by its first word alone; all carry the
  /// firm's id.
  @Test(arguments: [("BRANNOCK MARTIN", 0), ("Brannock Martin Corp", 60), ("Brannock", 172), ("Raytheon Co", 203)])
  func aFirmWithItsLegalFormNamedAgain(_ name: String, _ start: Int) throws {
    let text = """
      BRANNOCK MARTIN WINS RADAR CONTRACT .
      WASHINGTON 1997-02-18
      Brannock Martin Corp won a $ 310 million contract to build radars for the navy , the Pentagon said on Tuesday .
      Brannock beat a rival bid from Raytheon Co , a spokesman said .
      """
    let mentions = try Self.found(text)
    let mention = try #require(mentions.first { $0.start == start })
    #expect(mention.text == name)
    #expect(mention.end == start + name.unicodeScalars.count)
    #expect(mention.label == "ORGANIZATION")
    if name.hasPrefix("Brannock") || name.hasPrefix("BRANNOCK") {
      let firm = try #require(mentions.first { $0.text == "Brannock Martin Corp" })
      #expect(mention.value == firm.value)
    }
  }

  /// "Co" before a capitalized word is a county, and a weekday or a title stays out of a firm.
  @Test(arguments: [
    ("She grew up in Co Durham and studied in Leeds .", "Co Durham", false),
    ("On Tuesday Quorvane Inc said it would cut 300 jobs .", "Tuesday", false),
  ])
  func noFirmAcrossTheseWords(_ text: String, _ words: String, _ isFirm: Bool) throws {
    let mentions = try Self.found(text)
    #expect(
      mentions.contains { $0.text.contains(words) && $0.label == "ORGANIZATION" } == isFirm)
  }

  /// A firm's name opening a story after a dateline's dash, whose first word the training texts
  /// never write in lower case, is whole.
  @Test(arguments: [
    (
      "LONDON , May 2 ( Reuters ) - Farrowdale Banking Group will shut 30 branches , the bank said .",
      "Farrowdale Banking Group"
    )
  ])
  func aFirmOpeningAStory(_ text: String, _ firm: String) throws {
    _ = try Self.organization(firm, in: text)
  }

  /// A sport's label of two words before the headline is no name; the clubs after it are found.
  @Test(arguments: ["RUGBY UNION - HARLOW HOLD ESSEX .\n", "RUGBY LEAGUE - HARLOW HOLD ESSEX .\n"])
  func aTwoWordSportLabelIsNoName(_ text: String) throws {
    let mentions = try Self.found(text)
    #expect(!mentions.contains { $0.start == 0 })
  }
}
