import EntityLinking
import Testing
import WorkbenchCore

/// English sports wire copy of stage version 26 (issue 13, round 16), on stories written for
/// these tests: standings with percentages and games behind, results with a note or run on
/// after a colon, teams named by city and nickname, rugby scorers after their cue, a nationality
/// before a name read as one MISC run, and a dateline with a year-first date.
@Suite struct SportsResultsRound16Tests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  static let standings = """
    BASKETBALL - WESTERN STANDINGS .
    Standings ( won , lost , percentage , games behind ) :
    Tulsa Comets 14 3 .824 -
    Wichita 11 6 .647 3
    Omaha Stallions 9 8 .529 5 1/2
    Monday 's results : Tulsa 98 OMAHA 91 , Wichita 77 DENVER 80
    Boise 104 SPOKANE 101 ( OT )
    """

  /// Every row's name and every result's team is an organization at its own offsets: a city
  /// stands for its team in a results table.
  @Test(arguments: ["Tulsa Comets", "Wichita", "Omaha Stallions", "OMAHA", "DENVER", "Boise", "SPOKANE"])
  func tableAndResultNamesAreTeams(_ name: String) throws {
    try expectNilSpan(try Self.found(Self.standings), span: name, type: "ORGANIZATION", in: Self.standings)
  }

  @Test func noTeamSpansTheFigures() throws {
    let found = try Self.found(Self.standings)
    #expect(!found.contains { $0.text.contains("1/2") || $0.text.hasPrefix("Standings") || $0.text == "OT" })
  }

  static let golfLine = """
    GOLF - LEADING SCORES .
    Third round scores : 205 Callum Ferrie 69 66 70 , Douglas Maitland 68 68 69
    """

  /// A line that opens with a score is a leaderboard, not a table: its players stay persons.
  @Test(arguments: ["Callum Ferrie", "Douglas Maitland"])
  func leaderboardPlayersAreNoTeams(_ name: String) throws {
    let found = try Self.found(Self.golfLine)
    #expect(
      !found.contains { $0.text == name && $0.label == "ORGANIZATION" }, "\(found.map { "\($0.text)=\($0.label)" })")
  }

  static let nicknames = """
    BASEBALL - GULLS BEAT PILOTS .
    Tom Baxter drove in three runs as the Atlanta Gulls beat the Los Angeles Pilots 6-1 on Monday .
    The Pilots have lost four in a row .
    """

  /// (name, where it starts): the city linked as a place grows over its nickname; the nickname
  /// alone, in the headline's capitals or later, is the same team.
  @Test(arguments: [("Los Angeles Pilots", 92), ("GULLS", 11), ("PILOTS", 22), ("Pilots", 131)])
  func cityAndNicknameTeams(_ name: String, _ start: Int) throws {
    let found = try Self.found(Self.nicknames)
    let mention = try #require(
      found.first { $0.start == start && $0.text == name }, "\(found.map { "\($0.text)=\($0.label)@\($0.start)" })")
    #expect(mention.label == "ORGANIZATION")
    #expect(mention.end == start + name.unicodeScalars.count)
    #expect(Array(Self.nicknames.unicodeScalars)[start..<mention.end].map(String.init).joined() == name)
  }

  /// The nickname alone and its full name are one team: one NIL cluster.
  @Test func nicknameJoinsItsTeam() throws {
    let found = try Self.found(Self.nicknames)
    let full = try #require(found.first { $0.text == "Los Angeles Pilots" })
    let alone = try #require(found.first { $0.text == "Pilots" })
    #expect(alone.value == full.value)
  }

  @Test func headlineCapitalsDoNotExtendACountry() throws {
    let text = """
      RUGBY UNION - SCOTLAND BEAT WALES .
      Scotland beat Wales 22-16 at Murrayfield on Saturday .
      """
    let found = try Self.found(text)
    #expect(!found.contains { $0.text.hasPrefix("SCOTLAND ") || $0.text.hasPrefix("Scotland ") })
  }

  static let rugbyScorers = """
    RUGBY UNION - CLUB MATCH .
    Scorers :
    Pontypridd - Tries : Llewellyn 2 , van der Merwe , Pryce-Jenkins . Conversion : Thorburn . Penalties : Thorburn 3 .
    """

  /// Each name after a scoring cue and its colon is a person, its count and the next cue left out.
  @Test(arguments: ["Llewellyn", "van der Merwe", "Thorburn"])
  func scorersAfterTheirCueArePersons(_ name: String) throws {
    try expectNilSpan(try Self.found(Self.rugbyScorers), span: name, type: "PERSON", in: Self.rugbyScorers)
  }

  @Test func scorerSpansStopAtTheirCount() throws {
    let found = try Self.found(Self.rugbyScorers)
    #expect(
      !found.contains { $0.text.contains("Penalties") || $0.text.contains("Conversion") || $0.text.contains("3") })
  }

  /// A club before a spaced dash heads its scorers: it is no part of the first scorer's name.
  @Test func clubBeforeADashIsNoScorer() throws {
    let text = """
      SOCCER - CUP REPLAY .
      Scorers : Harbour City - Okafor 30 , Baird 71 .
      Scorers : Harbour City - Tries : Okafor 2 .
      """
    let found = try Self.found(text)
    try expectNilSpan(found, span: "Okafor", type: "PERSON", in: text)
    try expectNilSpan(found, span: "Baird", type: "PERSON", in: text)
    #expect(!found.contains { $0.label == "PERSON" && $0.text.contains("City") })
    #expect(!found.contains { $0.label == "PERSON" && $0.text.contains("Tries") })
  }

  static let matchResult = """
    SOCCER - LATE GOAL .
    Result : Harbour City 2 ( Okafor 30 , Lindqvist 88 ) Westport Rovers 1 ( Baird 12 ) .
    """

  /// A summary after a label and a colon: the label is no part of the club.
  @Test(arguments: [("Harbour City", "ORGANIZATION"), ("Westport Rovers", "ORGANIZATION"), ("Lindqvist", "PERSON")])
  func summaryAfterALabel(_ name: String, _ type: String) throws {
    try expectNilSpan(try Self.found(Self.matchResult), span: name, type: type, in: Self.matchResult)
  }

  static let nationalities = """
    TENNIS - SECOND ROUND .
    Zimbabwean Peter Mlambo beat Frenchman Louis Garnier 6-3 6-4 on Tuesday .
    """

  /// A nationality before a given name is no part of the person's name.
  @Test(arguments: ["Peter Mlambo", "Louis Garnier"])
  func personsAfterNationalities(_ name: String) throws {
    try expectNilSpan(try Self.found(Self.nationalities), span: name, type: "PERSON", in: Self.nationalities)
  }

  /// A dateline whose date is written year first ("1996-03-02") names its city alone, even one
  /// the knowledge base does not hold.
  @Test func datelineBeforeAYearFirstDate() throws {
    let text = """
      BASEBALL - SPRING GAMES .
      PEORIANA 1996-03-02
      The Comets beat the Hawks 4-2 on Saturday .
      """
    try expectNilSpan(try Self.found(text), span: "PEORIANA", type: "LOCATION", in: text)
  }
}
