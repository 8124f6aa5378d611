import Testing

@testable import EntityLinking

/// The words a name is compared by (surname joining, club names, NIL cluster ids) are the same
/// whether the name takes the scalar-by-scalar path or the split by characters.
@Suite struct PartialNameWordsTests {
  @Test(arguments: [
    ("Olaf Scholz", ["olaf", "scholz"]),
    ("Jean-Luc Picard", ["jean", "luc", "picard"]),
    ("Mary O'Neil, Jr.", ["mary", "o", "neil", "jr"]),
    ("R2-D2", ["r2", "d2"]),
    ("أحمد الشرع", ["احمد", "الشرع"]),
    ("كوفي  عنان", ["كوفي", "عنان"]),
    ("الرئيسُ إيمانويل ماكرون", ["الرييس", "ايمانويل", "ماكرون"]),
    ("Recep Tayyip Erdoğan", ["recep", "tayyip", "erdogan"]),
  ])
  func wordsOfAName(_ name: String, _ words: [String]) {
    #expect(PartialNameCoreference.words(of: name) == words)
  }

  /// Names outside printable ASCII and unmarked Arabic letters go through the split by
  /// characters (a combining mark, a line break, a non-Latin script, an emoji).
  @Test(arguments: ["e\u{301}tienne Dupont", "Olaf\r\nScholz", "Владимир Путин", "Tim 🍎 Cook", "پژمان جمشیدی"])
  func otherNamesTakeTheCharacterSplit(_ name: String) {
    let folded = NameFolding.fold(name)
    let byCharacters = folded.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    if let simple = PartialNameCoreference.simpleWords(of: folded) {
      #expect(simple == byCharacters)
    }
    #expect(PartialNameCoreference.words(of: name) == byCharacters)
  }
}
