import EntityLinking
import Testing
import WorkbenchCore

/// The guards of stage version 23's English rules, on sentences written for these tests: a score
/// needs a sport word and numbers that are no vote, share or date range; a party noun after "a",
/// or after a holiday, faith or legislature alone, names nothing; a peer's title before a place's
/// head word names a place; "system" and "battery" are weapons only in a military sentence.
@Suite struct EnglishRound14PrecisionTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (text, name, type): the rules still find these, every mention of the span with the type and
  /// the NIL cluster id of that name and type.
  @Test(arguments: [
    ("Leeds drew 1-1 with Luton in the league on Saturday.", "Luton", "ORGANIZATION"),
    ("Arsenal won 2-0 at Brentford on Saturday to go top.", "Brentford", "ORGANIZATION"),
    ("Nurses will walk out next month after the Unite union rejected the pay offer.", "Unite", "ORGANIZATION"),
    ("Voters backed the far-right Freedom First party in three of the five regions.", "Freedom First", "ORGANIZATION"),
    ("The army said Iron Dome batteries had been moved to the north.", "Iron Dome", "MISC"),
    ("Israel said its Iron Dome system intercepted most of the rockets.", "Iron Dome", "MISC"),
  ])
  func namesTheRulesStillFind(_ text: String, _ name: String, _ label: String) throws {
    expectNilMentions(try Self.found(text), span: name, type: label)
  }

  /// (text, name, type): sentences the rules misread before their guards; no mention of the span
  /// has that type.
  @Test(arguments: [
    ("Shares rose 3-1 in trading at Bristol.", "Bristol", "ORGANIZATION"),
    ("The festival will open with Cambridge council members on 12-14 May.", "Cambridge", "ORGANIZATION"),
    ("Ticket sales for the match rose 2-3 percent at Luton.", "Luton", "ORGANIZATION"),
    ("Cup matches will be played on 12-14 May with Cambridge hosting the final.", "Cambridge", "ORGANIZATION"),
    ("The league voted 20-3 to hold its meeting at Bristol.", "Bristol", "ORGANIZATION"),
    ("She threw a Christmas party for the staff.", "Christmas", "ORGANIZATION"),
    ("Gunmen from a Sunni militia attacked the convoy.", "Sunni", "ORGANIZATION"),
    ("Tourists flocked to Lord Howe Island this summer.", "Howe Island", "PERSON"),
    ("Traffic was closed on Dame Street in Dublin.", "Street", "PERSON"),
    ("The carmaker will use CATL batteries in its new model.", "CATL", "MISC"),
  ])
  func misreadNamesAreNotRetyped(_ text: String, _ name: String, _ label: String) throws {
    expectNoMention(try Self.found(text), span: name, type: label)
  }
}
