import Testing

@testable import EntityLinking

/// A word set with its own bit filter (`WordHashSet`) answers as the plain set of its words: the
/// filter only skips the set's hasher, never changes an answer.
@Suite struct WordHashSetTests {
  @Test func wordSetAnswersAsItsWords() {
    let words = NonNameWords.hashes("حزب جبهة حركة party")
    for word in ["حزب", "جبهة", "حركة", "Party"] {
      #expect(words.contains(TokenizedText.hash(NameFolding.fold(word).unicodeScalars.map(\.value))))
    }
    for word in ["حزبي", "الحزب", "جبل", "parties", "a"] {
      #expect(!words.contains(TokenizedText.hash(NameFolding.fold(word).unicodeScalars.map(\.value))))
    }
    #expect(words.count == 4)
  }
}
