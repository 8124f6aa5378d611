import EntityLinking
import Testing
import WorkbenchCore

/// English wire copy from desks outside politics and sport, stage version 28 (issue 13, round
/// 17), on sentences written for these tests: a surname the knowledge base also has as a town,
/// a desk's sign-off, Nordic firms' legal forms, a Grand Prix named by its place, grounds before a
/// venue's noun, a firm after a country's possessive or after "rival", a nationality inside a
/// firm's name, a firm's short name, a name cut at "near", a consortium.
@Suite struct WireCopyRound17Tests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (text, name, which occurrence, type, the rule's evidence or "" where the span alone is the
  /// point): the name is a mention of exactly these offsets and this type.
  @Test(arguments: [
    (
      "BUSH FLIES TO BEIJING FOR TALKS .\nBEIJING 1996-11-24\nPresident George Bush landed in Beijing on Sunday .\nBush meets Premier Li Peng on Monday .",
      "BUSH", 0, "PERSON", "partial-name"
    ),
    (
      "BUSH FLIES TO BEIJING FOR TALKS .\nBEIJING 1996-11-24\nPresident George Bush landed in Beijing on Sunday .\nBush meets Premier Li Peng on Monday .",
      "Bush", 1, "PERSON", "partial-name"
    ),
    (
      "Rebels shelled the airport on Tuesday , a doctor said .\n-- Nairobi Newsroom +254 2 330261", "Nairobi", 0,
      "LOCATION", ""
    ),
    (
      "The council will meet again in March .\n-- Bwaliro Newsroom +254 35 40000", "Bwaliro", 0, "LOCATION",
      "nil:desk-sign-off"
    ),
    (
      "Swedish truck maker AB Volvo said third-quarter profit rose 12 percent .", "AB Volvo", 0, "ORGANIZATION",
      "nil:legal-prefix"
    ),
    (
      "Finland 's Oy Karhula Paper cut 300 jobs on Monday .", "Oy Karhula Paper", 0, "ORGANIZATION",
      "nil:legal-prefix"
    ),
    (
      "Olivier Panis won the Monaco Grand Prix on Sunday , his first win .", "Monaco Grand Prix", 0, "MISC",
      "nil:event-name"
    ),
    (
      "Thousands gathered at Bukhungu stadium in Kakamega on Saturday .", "Bukhungu", 0, "LOCATION", ""
    ),
    (
      "Volkswagen sold shares in Germany 's Traton last year .", "Traton", 0, "ORGANIZATION",
      "nil:after-possessive"
    ),
    (
      "Allied Irish Banks said on Tuesday its half-year profit rose 14 percent .", "Allied Irish Banks", 0,
      "ORGANIZATION", "nil:nationality-inside"
    ),
    (
      "Swedish appliance maker AB Halvarsson cut 900 jobs .\nShares in Halvarsson fell 4 percent .", "Halvarsson", 1,
      "ORGANIZATION", "nil:firm-short-name"
    ),
    (
      "Dr Anna Reid of the Kelso Institute near Edinburgh said the trial had ended .", "Kelso Institute", 0,
      "ORGANIZATION", ""
    ),
    (
      "Dr Anna Reid of the Kelso Institute near Edinburgh said the trial had ended .", "Edinburgh", 0, "LOCATION", ""
    ),
    (
      "Chevron holds 15 percent of the Aral Export Pipeline Consortium , a spokesman said .",
      "Aral Export Pipeline Consortium", 0, "ORGANIZATION", ""
    ),
  ])
  func namesOfWireCopy(_ text: String, _ name: String, _ occurrence: Int, _ type: String, _ evidence: String) throws {
    let mentions = try Self.found(text)
    let start = try #require(scalarOffset(of: name, in: text, occurrence: occurrence))
    let mention = try #require(
      mentions.first { $0.start == start }, "\(mentions.map { "\($0.text)=\($0.label)" })")
    #expect(mention.end == start + name.unicodeScalars.count)
    #expect(mention.text == name)
    #expect(mention.label == type)
    if !evidence.isEmpty {
      #expect(mention.attributes["evidence"]?.arrayValue?.contains(.string(evidence)) == true)
    }
  }

  /// (text, name, type): these words are not read so: the desk's word in a sign-off, the
  /// place of a Grand Prix as a firm, a firm's rival as a place, a town the story names as a
  /// surname.
  @Test(arguments: [
    ("Rebels shelled the airport on Tuesday .\n-- Nairobi Newsroom +254 2 330261", "Nairobi Newsroom", "PERSON"),
    ("Rebels shelled the airport on Tuesday .\n-- Nairobi Newsroom +254 2 330261", "Nairobi Newsroom", "ORGANIZATION"),
    ("Damon Hill crashed out of the Monaco Grand Prix on Sunday .", "Monaco", "ORGANIZATION"),
    (
      "AB Volvo reported higher profit on Friday , beating rival Scania by a wide margin .", "Scania",
      "LOCATION"
    ),
    ("Shares in AB Volvo rose 3 percent .", "Volvo", "ORGANIZATION"),
  ])
  func wordsNotReadSo(_ text: String, _ name: String, _ type: String) throws {
    expectNoMention(try Self.found(text), span: name, type: type)
  }

  /// A firm after "rival" is an organization where the tagger read it as a place or MISC.
  @Test func rivalIsAFirm() throws {
    let text = "AB Volvo reported higher profit on Friday , beating rival Scania by a wide margin ."
    let mentions = try Self.found(text)
    let start = try #require(scalarOffset(of: "Scania", in: text, occurrence: 0))
    let mention = try #require(mentions.first { $0.start == start }, "\(mentions.map { "\($0.text)=\($0.label)" })")
    #expect(mention.label == "ORGANIZATION")
    #expect(mention.text == "Scania")
    #expect(mention.attributes["evidence"]?.arrayValue?.contains(.string("nil:role-noun")) == true)
  }
}
