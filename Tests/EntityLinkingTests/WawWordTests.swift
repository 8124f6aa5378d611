import Testing

@testable import EntityLinking

/// A name whose own first letter is و (وسام، وفاء) keeps it: words that begin with و in
/// clitic-segmented training text are words as written, not the conjunction and a word.
@Suite struct WawWordTests {
  static func document(_ text: String) -> EntityGoldDocument {
    EntityGoldDocument(id: "d", text: text, mentions: [], ids: [])
  }

  /// Segmented as WikiFANE writes: the conjunction stands alone.
  static let segmented = [
    document("وصل وسام نصر إلى المدينة و قال إن وزارة النقل ستفتح الطريق ."),
    document("و أكد وسام نصر أن وزارة النقل و البلدية تعملان معا و وعد بحل سريع ."),
  ]

  /// The folded word's hash, as the tokenizer gives it (ة and ه fold together).
  static func hash(_ word: String) -> UInt64 { TokenizedText(word).tokens[0].hash }

  @Test func wordsBeginningWithWawInSegmentedTextAreWords() {
    let words = EntityTaggerTraining.wawWords(in: Self.segmented)
    #expect(words.contains(Self.hash("وسام")))
    #expect(words.contains(Self.hash("وزارة")))
    // Seen once: a segmentation slip would add nothing.
    #expect(!words.contains(Self.hash("وصل")))
    // Three letters: never cut anyway.
    #expect(!words.contains(Self.hash("وعد")))
  }

  @Test func unsegmentedTextGivesNoWords() {
    let unsegmented = [
      Self.document("وقال وسام نصر إن الطريق سيفتح وقال مسؤول آخر إن العمل بدأ ."),
      Self.document("وأكد وسام نصر أن العمل بدأ وقال إن الطريق سيفتح قريبا ."),
    ]
    #expect(EntityTaggerTraining.wawWords(in: unsegmented).isEmpty)
  }

  @Test(arguments: [
    // The name's own و stays with the learned words, and goes without them.
    ("وسجل وسام نصر هدفا", 1, true, 0),
    ("وسجل وسام نصر هدفا", 1, false, 1),
    // The conjunction before a name is still cut.
    ("قال ووسام نصر هدفا", 1, true, 1),
  ])
  func aNamesOwnWawIsKept(_ text: String, _ position: Int, _ withWords: Bool, _ cut: Int) {
    let tokenized = TokenizedText(text)
    let starts = withWords ? EntityTaggerTraining.wawWords(in: Self.segmented) : []
    #expect(EntityTagger.procliticLength(position, in: tokenized, nameStarts: starts) == cut)
  }
}
