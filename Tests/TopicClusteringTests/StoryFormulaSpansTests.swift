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
  ])
  func leavesStoriesAlone(text: String) {
    #expect(Self.skipped(text) == [])
  }
}
