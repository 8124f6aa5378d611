import EntityLinking
import Testing
import WorkbenchCore

/// English sports wire copy of stage version 24 (issue 13, round 15), on sentences written for
/// these tests: cricket scorecard lines, soccer summaries with scorers in parentheses, ranked
/// results run on in one line and the "v" of versus in a heading.
@Suite struct SportsWireCopyTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  static let scorecard = """
    CRICKET - SCORES IN HOBART
    Tasmania first innings
    M. Havercroft c Imran Dar b Saleem Qadri 31
    T. Pellew lbw b Junaid Malik 44
    R. Ashdown st Imran Dar b Faisal Rauf 12
    K. Brindle run out 8
    D. Ollerenshaw not out 19
    """

  /// Each run of names between the scorecard's words is one person, the initial included.
  @Test(arguments: [
    "M. Havercroft", "Imran Dar", "Saleem Qadri", "T. Pellew", "Junaid Malik", "R. Ashdown", "Faisal Rauf",
    "K. Brindle", "D. Ollerenshaw",
  ])
  func scorecardNamesArePersons(_ name: String) throws {
    try expectMention(try Self.found(Self.scorecard), span: name, type: "PERSON", id: "NIL")
  }

  @Test(arguments: ["Pellew lbw b Junaid Malik", "Havercroft", "Ashdown st Imran Dar b Faisal Rauf"])
  func scorecardWordsPartNames(_ span: String) throws {
    let found = try Self.found(Self.scorecard)
    #expect(!found.contains { $0.text == span }, "\(found.map { "\($0.text)=\($0.label)" })")
  }

  static let summary = """
    SOCCER - CROATIAN LEAGUE SUMMARY
    ZAGREB 1996-10-06
    Hajduk Split 2 ( Vukovic 12 , Maras 67 ) Dinamo Zagreb 1 ( Petrak 80 pen ) . Attendance : 30,000 .
    """

  /// (name, type): clubs before the score, scorers in the parentheses after it.
  @Test(arguments: [
    ("Hajduk Split", "ORGANIZATION"), ("Dinamo Zagreb", "ORGANIZATION"), ("Vukovic", "PERSON"), ("Maras", "PERSON"),
    ("Petrak", "PERSON"),
  ])
  func summaryClubsAndScorers(_ name: String, _ type: String) throws {
    expectNilMentions(try Self.found(Self.summary), span: name, type: type)
  }

  @Test func scorerSpanLeavesTheMinuteOut() throws {
    let found = try Self.found(Self.summary)
    #expect(!found.contains { $0.text == "Vukovic 12" || $0.text == "Split" })
  }

  static let rankedResults = """
    ATHLETICS - SPRINT RESULTS
    Men 's 100 metres : 1. Kwame Asante ( Ghana ) 10.02 2. Liam Corrigan ( Ireland ) 10.11 3. Teodor Vasilev ( Bulgaria ) 10.19
    """

  @Test(arguments: ["Kwame Asante", "Liam Corrigan", "Teodor Vasilev"])
  func rankedNamesRunOnArePersons(_ name: String) throws {
    expectNilMentions(try Self.found(Self.rankedResults), span: name, type: "PERSON")
  }

  @Test(arguments: ["Ghana", "Ireland", "Bulgaria"])
  func countriesInParenthesesArePlaces(_ name: String) throws {
    let found = try Self.found(Self.rankedResults)
    let mention = try #require(found.first { $0.text == name }, "\(found.map { "\($0.text)=\($0.label)" })")
    #expect(mention.label == "LOCATION")
  }
}
