import DateNormalization
import Testing

/// A capitalized word inside a sentence is a name, not a verb of schedules: "the Canadian Open"
/// does not put a weekday ahead. Sentences written for these tests: "text=TYPE value" in text
/// order.
@Suite struct TournamentNamesTests {
  /// Against Thursday 1996-08-15 (the nearest Monday and Tuesday lie behind; a verb of schedules
  /// puts a weekday in the coming week).
  @Test(
    arguments: [
      (
        "Anna Keller beat Sofia Marin of Spain 6-2 6-3 on Thursday to reach the quarter-finals of the Canadian Open.",
        ["Thursday=DATE 1996-08-15"]
      ),
      ("Garcia beat Ruud 7-5 6-4 on Monday in the second round of the Madrid Open.", ["Monday=DATE 1996-08-12"]),
      ("Keys beat Lind on Tuesday to set up a semi-final at the Italian Open.", ["Tuesday=DATE 1996-08-13"]),
      ("Scheffler beat Lowry in a playoff on Monday to win the Masters.", ["Monday=DATE 1996-08-12"]),
      ("Novak beat Tiafoe on Tuesday to reach the final of the Cincinnati Classic.", ["Tuesday=DATE 1996-08-13"]),
      // Guards: the verb in lower case still announces the day, after a name too; a title-case
      // headline is read as before.
      ("Players at the Qatar Open meet on Tuesday.", ["Tuesday=DATE 1996-08-20"]),
      ("The tournament opens on Monday.", ["Monday=DATE 1996-08-19"]),
      ("Both teams meet on Tuesday.", ["Tuesday=DATE 1996-08-20"]),
      ("Canadian Open Starts Monday", ["Monday=DATE 1996-08-19"]),
    ] as [(String, [String])])
  func capitalizedScheduleWordsAreNames(sentence: String, expected: [String]) {
    #expect(typed(sentence, "1996-08-15") == expected)
  }
}
