import DateNormalization
import Testing

/// English news forms whose reading depends on where a sentence or a clause ends: the dot of an
/// abbreviated month before a capitalised word. Sentences written for these tests, against
/// Friday 2024-11-22 unless a row says.
@Suite struct EnglishFocusAndSentenceEndTests {
  /// The expressions found, with their TimeML type ("text=TYPE value[/mod]").
  func typed(_ text: String, _ date: String = "2024-11-22") -> [String] {
    let scalars = Array(text.unicodeScalars)
    return TemporalExtractor().extract(text, anchor: reference(date)).map { expression in
      let slice = String(String.UnicodeScalarView(scalars[expression.start..<expression.end]))
      var line = "\(slice)=\(expression.label.rawValue) \(expression.value)"
      if let mod = expression.mod { line += "/\(mod)" }
      return line
    }
  }

  /// A capitalised word after "Jan." starts a new sentence, whose tense is its own; a day, a
  /// year or a lowercase word goes on with the same one.
  @Test(
    arguments: [
      (
        "Orders slumped in Oct. On Tuesday the board will meet again.",
        ["Oct=DATE 2024-10", "Tuesday=DATE 2024-11-26"]
      ),
      (
        "Rents climbed in Sept. Landlords expect them to ease in April.",
        ["Sept=DATE 2024-09", "April=DATE 2025-04"]
      ),
      // Guards: a day or a lowercase word after the dot continues the sentence.
      ("The bridge was closed from Dec. 27 to Dec. 29.", ["Dec. 27=DATE 2023-12-27", "Dec. 29=DATE 2023-12-29"]),
    ] as [(String, [String])])
  func sentenceEndAfterAbbreviatedMonth(sentence: String, expected: [String]) {
    #expect(typed(sentence) == expected)
  }
}
