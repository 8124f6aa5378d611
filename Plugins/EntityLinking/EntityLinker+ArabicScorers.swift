extension EntityLinker {
  /// A scorer the tagger missed between a verb of scoring and its object (قبل أن يدرك فلان
  /// فلاني التعادل، وقلص فلان الفارق): one or two name-shaped words, free and without the
  /// article, between such a verb and التعادل، الفارق or الهدف are a NIL person
  /// (`nil:scorer`). Asked of a token only when its length and first letter fit one of the
  /// three objects; the verb is looked for only then.
  func findArabicScorers(
    in text: TokenizedText, finder: NilMentionFinder, taken: inout [Bool], into mentions: inout [LinkedMention]
  ) {
    let count = text.tokens.count
    var position = 2
    while position < count {
      defer { position += 1 }
      let token = text.tokens[position]
      let length = token.foldedEnd - token.foldedStart
      guard length >= 5, length <= 7, text.folded[Int(token.foldedStart)] == 0x0627, token.joinsPrevious,
        !token.isLatin, Self.scoredObjectBits.mayContain(token.hash), Self.scoredObjects.contains(token.hash)
      else { continue }
      for words in [2, 1] {
        let first = position - words
        let verb = first - 1
        guard verb >= 0, (first..<position).allSatisfy({ !taken[$0] && text.tokens[$0].joinsPrevious }),
          Self.isWord(verb, in: Self.scoringVerbs, text),
          (first..<position).allSatisfy({
            finder.isNameWord($0, in: text, first: true) && !Self.isRelationNoun($0, in: text)
              && (!Self.isObjectShaped(text.foldedScalars($0)) || Self.isForeignNameEndingInYeh($0, in: text))
          })
        else { continue }
        for word in first..<position { taken[word] = true }
        mentions.append(nilMention(tokens: first..<position, type: "PERSON", evidence: "nil:scorer", in: text))
        break
      }
    }
  }

  /// Verbs of scoring, equalizing or narrowing the gap, past and present.
  private static let scoringVerbs = NonNameWords.hashes(
    "أدرك يدرك سجل يسجل أحرز يحرز أضاف يضيف قلص يقلص عادل يعادل")

  /// The objects, told apart from most words with the article without the set's hasher.
  private static let scoredObjectBits = HashBitFilter(scoredObjects)

  /// The objects of those verbs that close the scorer's name.
  private static let scoredObjects = NonNameWords.hashes("التعادل الفارق الهدف")
}
