import Testing

@testable import TopicClustering

/// Datelines, credits, bylines and all-caps headings found in stories written for these tests.
@Suite struct StoryFormulaSpansTests {
  static func skipped(_ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return StoryFormulaSpans.find(in: scalars).map { String(String.UnicodeScalarView(scalars[$0])) }
  }

  @Test(arguments: [
    ("LONDON (Reuters) - Oil prices rose.", ["LONDON (Reuters) -"]),
    ("NEW YORK, March 3 (Reuters) - Stocks fell.", ["NEW YORK, March 3 (Reuters) -"]),
    ("WASHINGTON — The Senate voted.", ["WASHINGTON —"]),
    ("تونس (وات) - قال الوزير إن الصابة وفيرة.", ["تونس (وات) -"]),
    ("سوسة : مهرجان للموسيقى", ["سوسة :"]),
    ("Title line\n\nBEIRUT - The talks resumed.", ["BEIRUT -"]),
    ("SOCCER - ENGLISH PREMIER LEAGUE STANDINGS\nArsenal won.", ["SOCCER - ENGLISH PREMIER LEAGUE STANDINGS"]),
    ("Arsenal won 2-1.\n(Reporting by Jane Doe; Editing by Tom Roe)", ["(Reporting by Jane Doe; Editing by Tom Roe)"]),
    ("By Jane Doe\nThe council met.", ["By Jane Doe"]),
    // A desk's sign-off, a copyright line and a name alone on a line, at the end or near the top.
    (
      "Tin was steady .\n-- Kuala Lumpur Commodities Desk +603 230 8911",
      ["-- Kuala Lumpur Commodities Desk +603 230 8911"]
    ),
    ("Fixtures for Saturday .\n(c) Reuters Limited 1996", ["(c) Reuters Limited 1996"]),
    ("England won by 107 runs .\nPeter Hall", ["Peter Hall"]),
    ("Talks resumed\nJane M. Doe\nThe council met on Monday.", ["Jane M. Doe"]),
  ])
  func findsFormula(text: String, expected: [String]) {
    #expect(Self.skipped(text) == expected)
  }

  @Test(arguments: [
    "The minister said prices - which had fallen - would rise.",
    "the council met on Monday - and voted.",
    "The UN and the EU agreed on a plan.",
    "قال الوزير إن الأسعار - التي انخفضت - سترتفع قريبا في كل الأسواق.",
    "First line.\nSecond line.\nPARIS - a third line is no dateline.",
    "Scores were 2-1 and 3-0.",
    // Not a byline: a team alone in a table, a line with a number, a sentence, a lone name.
    "Results on Saturday:\nArsenal 2 Leicester 0\nMen's singles",
    "The talks resumed.\nThe council met on Monday.\nThey agreed.",
    "Peter Hall",
    "The talks resumed - again - on Monday.\n--",
    // A title has a name's shape but is the first line.
    "Cholera Outbreak Spreads\nHealth officials counted new cases in three towns.\nClinics stayed open.",
  ])
  func leavesStoriesAlone(text: String) {
    #expect(Self.skipped(text) == [])
  }
}
