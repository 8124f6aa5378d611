import EntityLinking
import Testing
import WorkbenchCore

/// English wire copy outside sport, stage version 26 (issue 13, round 16), on sentences written
/// for these tests: national bodies, stock indexes, state codes and attorneys general, hyphenated
/// given names, participles opening a story, bodies, papers and firms by the words around them,
/// places by their nouns, headline names from the story, a dateline before a date in figures.
@Suite struct WireCopyRound16Tests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (text, name, which occurrence, type, the rule's evidence or "" where the span alone is the
  /// point): the name is a mention of exactly these offsets and this type.
  @Test(arguments: [
    (
      "NEW YORK ( Reuters ) - Embattled Harrowgate Mutual Bank said on Monday it would close 40 branches .",
      "Harrowgate Mutual Bank", 0, "ORGANIZATION", ""
    ),
    ("The U.S. Navy said a destroyer would sail on Friday .", "U.S. Navy", 0, "ORGANIZATION", "nil:national-body"),
    (
      "Delegates to the U.N. General Assembly voted on Tuesday .", "U.N. General Assembly", 0, "ORGANIZATION",
      "nil:national-body"
    ),
    ("Indian Navy helicopters dropped food to villages .", "Indian Navy", 0, "ORGANIZATION", "nil:national-body"),
    ("A casino company based in Reno NV said it would appeal .", "Reno", 0, "LOCATION", "nil:state-code"),
    ("A casino company based in Reno NV said it would appeal .", "NV", 0, "LOCATION", "nil:state-code"),
    (
      "In Houston , Texas AG Miguel Arredondo filed suit on Monday .", "Miguel Arredondo", 0, "PERSON",
      "nil:state-attorney-general"
    ),
    ("In Houston , Texas AG Miguel Arredondo filed suit on Monday .", "Texas", 0, "LOCATION", ""),
    (
      "Anne-Marie Lindqvist of Sweden won the 400 metres .", "Anne-Marie Lindqvist", 0, "PERSON",
      "nil:compound-given-name"
    ),
    ("The Nasdaq composite index rose 4 points on Tuesday .", "Nasdaq", 0, "MISC", "nil:index-name"),
    (
      "Chemicals group Dow Chemical Co rose 2 percent .\nThe Dow slipped 12 points as Dow shares gained .", "Dow", 1,
      "MISC", "nil:index-name"
    ),
    (
      "Chemicals group Dow Chemical Co rose 2 percent .\nThe Dow slipped 12 points as Dow shares gained .", "Dow", 2,
      "ORGANIZATION", ""
    ),
    ("Tankers crossed the Strait of Hormuz on Monday .", "Strait of Hormuz", 0, "LOCATION", "nil:natural-feature"),
    ("The Kenyan daily Taifa Leo said the minister had resigned .", "Taifa Leo", 0, "ORGANIZATION", "nil:role-noun"),
    ("The weekly Voorwaarts quoted him on Friday .", "Voorwaarts", 0, "ORGANIZATION", "nil:role-noun"),
    ("The conservative Popular Party won 156 seats .", "Popular Party", 0, "ORGANIZATION", "nil:body-head"),
    (
      "Troops entered the disputed enclave of Nagorno-Karabakh on Friday .", "Nagorno-Karabakh", 0, "LOCATION",
      "nil:place-noun"
    ),
    (
      "FAIR OPENS WITH RECORD STANDS .\nHANNOVER 1996-03-12\nThe trade fair opened on Monday .", "HANNOVER", 0,
      "LOCATION", "nil:dateline"
    ),
    (
      "Shares in Caledon Mills fell after Caledon Mills Ltd warned on profits .", "Caledon Mills", 0, "ORGANIZATION",
      "nil:firm-short-name"
    ),
    (
      "The National Liberation Front of Corsica claimed the bombing .", "National Liberation Front of Corsica", 0,
      "ORGANIZATION", "nil:organization-of-place"
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

  /// (text, name, type): these words are not read so: a Dutch firm's form after "a stake in",
  /// a country's office before a title, a score after a club, a war's front, a people's name.
  @Test(arguments: [
    ("The group bought a stake in Harlingen NV last year .", "NV", "LOCATION"),
    ("U.S. Treasury Secretary Robert Vance said the dollar was too strong .", "U.S. Treasury", "ORGANIZATION"),
    ("The Pirates lost 5-3 on Sunday .", "Pirates", "MISC"),
    ("Soldiers on the Western Front wrote home in 1916 .", "Western Front", "ORGANIZATION"),
    ("Chechen fighters held the town on Monday .", "Chechen", "LOCATION"),
  ])
  func wordsNotReadSo(_ text: String, _ name: String, _ type: String) throws {
    expectNoMention(try Self.found(text), span: name, type: type)
  }

  /// A body the all-caps headline names as the story does takes the story's type there.
  @Test func headlineNameFromTheStory() throws {
    let text = "HIGH COURT CLEARS EDITOR .\nLONDON 1996-07-18\nThe High Court cleared the editor on Thursday ."
    let mentions = try Self.found(text)
    let mention = try #require(mentions.first { $0.start == 0 }, "\(mentions.map { "\($0.text)=\($0.label)" })")
    #expect(mention.text == "HIGH COURT")
    #expect(mention.label == "ORGANIZATION")
  }
}
