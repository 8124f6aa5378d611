extension EntityLinker {
  /// A scorer the tagger missed between a verb of scoring and its object (قبل أن يدرك فلان
  /// فلاني التعادل، وقلص فلان الفارق، وسجل فلان فلاني هدف الفوز): one or two name-shaped words,
  /// free, the first without the article, between such a verb and التعادل، الفارق، الهدف، الهدفين،
  /// هدف، هدفا or هدفين are a NIL person (`nil:scorer`), and two such names joined by و are
  /// two; a surname after the given name may have the article. Asked of a token only when its
  /// length and first letter fit one of the objects; the verb is looked for only then.
  func findArabicScorers(
    in text: TokenizedText, finder: NilMentionFinder, taken: inout [Bool], into mentions: inout [LinkedMention]
  ) {
    let count = text.tokens.count
    var position = 2
    while position < count {
      defer { position += 1 }
      let token = text.tokens[position]
      let length = token.foldedEnd - token.foldedStart
      let letter = text.folded[Int(token.foldedStart)]
      guard length >= 3, length <= 7, letter == 0x0627 || letter == 0x0647, token.joinsPrevious,
        !token.isLatin, Self.scoredObjects.contains(token.hash)
      else { continue }
      if findTwoScorers(before: position, in: text, finder: finder, taken: &taken, into: &mentions) { continue }
      for words in [2, 1] {
        let first = position - words
        let verb = first - 1
        guard verb >= 0, (first..<position).allSatisfy({ !taken[$0] && text.tokens[$0].joinsPrevious }),
          Self.isWord(verb, in: Self.scoringVerbs, text),
          (first..<position).allSatisfy({
            finder.isNameWord($0, in: text, first: $0 == first) && !Self.isRelationNoun($0, in: text)
              && (!Self.isObjectShaped(text.foldedScalars($0)) || Self.isForeignNameEndingInYeh($0, in: text))
          })
        else { continue }
        for word in first..<position { taken[word] = true }
        mentions.append(nilMention(tokens: first..<position, type: "PERSON", evidence: "nil:scorer", in: text))
        break
      }
    }
  }

  /// Two scorers joined by و between the verb and the goals (وسجل فلان فلاني وفلان فلاني
  /// الهدفين): each of one or two name words, the و outside the second.
  private func findTwoScorers(
    before object: Int, in text: TokenizedText, finder: NilMentionFinder, taken: inout [Bool],
    into mentions: inout [LinkedMention]
  ) -> Bool {
    for span in 3...4 {
      let verb = object - span - 1
      guard verb >= 0, Self.isWord(verb, in: Self.scoringVerbs, text),
        (verb + 1..<object).allSatisfy({ !taken[$0] && text.tokens[$0].joinsPrevious })
      else { continue }
      for second in (verb + 2)..<object where object - second <= 2 && second - verb - 1 <= 2 {
        let scalars = text.foldedScalars(second)
        guard scalars.count >= 4, scalars.first == 0x0648,
          (verb + 1..<object).allSatisfy({ finder.isNameWord($0, in: text, first: $0 == verb + 1) }),
          !(verb + 1..<object).contains(where: { Self.isRelationNoun($0, in: text) })
        else { continue }
        for word in (verb + 1)..<object { taken[word] = true }
        mentions.append(nilMention(tokens: (verb + 1)..<second, type: "PERSON", evidence: "nil:scorer", in: text))
        var other = nilMention(tokens: second..<object, type: "PERSON", evidence: "nil:scorer", in: text)
        other.start = Int(text.foldedOffsets[Int(text.tokens[second].foldedStart) + 1])
        other.nameArabic = text.text(scalarsFrom: other.start, to: other.end)
        other.id = NilMentionFinder.clusterID(
          name: PartialNameCoreference.words(of: other.nameArabic).joined(separator: " "), type: "PERSON")
        mentions.append(other)
        return true
      }
    }
    return false
  }

  /// Verbs of scoring, equalizing or narrowing the gap, past and present.
  private static let scoringVerbs = NonNameWords.hashes(
    "أدرك يدرك سجل يسجل أحرز يحرز أضاف يضيف قلص يقلص عادل يعادل")

  /// The objects of those verbs that close the scorer's name.
  private static let scoredObjects = NonNameWords.hashes("التعادل الفارق الهدف الهدفين هدف هدفا هدفين")
}
