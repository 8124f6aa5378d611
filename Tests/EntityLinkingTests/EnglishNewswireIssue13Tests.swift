import EntityLinking
import Testing
import WorkbenchCore

/// English newswire misses of stage version 23, on sentences written for these tests: a name
/// an appositive describes as a body, a firm named like a person that reports profits or cuts
/// jobs, and DERBY in a sports heading in capitals.
@Suite struct EnglishNewswireIssue13Tests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (text, name, type): every mention of the span has the type and the NIL cluster id of that
  /// name and type.
  @Test(arguments: [
    ("The dispute went to Acas, the conciliation service, after talks failed.", "Acas", "ORGANIZATION"),
    ("Talks resumed at Acas, the conciliation service. Acas said both sides would meet.", "Acas", "ORGANIZATION"),
    ("The fine was set by Ofwat, the water regulator.", "Ofwat", "ORGANIZATION"),
    ("Novo Nordisk reported higher profits on Wednesday and raised its forecast.", "Novo Nordisk", "ORGANIZATION"),
    (
      "Novo Nordisk said it would cut 900 jobs in Denmark. Novo Nordisk is the largest employer in the town.",
      "Novo Nordisk", "ORGANIZATION"
    ),
    ("Brandt Halvorsen cut 400 jobs at its plant in Ohio last year.", "Brandt Halvorsen", "ORGANIZATION"),
    // A person described by a role that ends the appositive stays a person.
    ("The plan was backed by Maria Okafor, the agency's chief, on Monday.", "Maria Okafor", "PERSON"),
    ("Tom Baxter, the union leader, said members would vote again.", "Tom Baxter", "PERSON"),
    // A name after a role that speaks of profits is the person, not a firm.
    ("On Monday, analyst Tom Baxter said it would hurt profits at the mine.", "Tom Baxter", "PERSON"),
  ])
  func namesHaveTheirSpanAndType(_ text: String, _ name: String, _ label: String) throws {
    expectNilMentions(try Self.found(text), span: name, type: label)
  }

  /// DERBY after another word in a heading in capitals is the match, no town.
  @Test(arguments: [
    "MERSEYSIDE DERBY ENDS IN A DRAW\nThe home side equalised late in the game.",
    "NORTH LONDON DERBY GOES TO THE VISITORS\nA late goal settled it.",
  ])
  func derbyInSportsHeadingsIsNoPlace(_ text: String) throws {
    expectNoMention(try Self.found(text), span: "DERBY", type: "LOCATION")
  }
}
