extension EntityLinker {
  /// A verb in the future read as a person's last word ("أن هنري ميشيل سيعلن القائمة" tagged
  /// "هنري" and "ميشيل سيعلن"): a NIL person of two words or more whose last word has the future
  /// prefix (سيـ، ستـ، سنـ), five to seven letters, no vowel at its end, no article, opens no name in the tagger's
  /// training texts (`nameStarts`) and has a word after it, ends before that word; a one-word NIL
  /// person right before it is the same name's first word and joins it. Only persons are read.
  func arabicPersonsBeforeFutureVerbs(_ mentions: [LinkedMention], in text: TokenizedText, tagger: EntityTagger)
    -> [LinkedMention]
  {
    var result = mentions
    var dropped = Set<Int>()
    for number in result.indices where result[number].label == "PERSON" && result[number].isNil {
      let tokens = text.tokens(within: result[number].start, result[number].end)
      guard tokens.count >= 2, let first = tokens.first, Int(text.tokens[first].start) == result[number].start
      else { continue }
      let last = tokens.upperBound - 1
      guard isFutureVerb(last, in: text, tagger: tagger), last + 1 < text.tokens.count,
        text.tokens[last + 1].joinsPrevious
      else { continue }
      var start = first
      if first > 0, text.tokens[first].joinsPrevious,
        let before = result.indices.first(where: {
          !dropped.contains($0) && result[$0].label == "PERSON" && result[$0].isNil
            && result[$0].start == Int(text.tokens[first - 1].start)
            && result[$0].end == Int(text.tokens[first - 1].end)
        })
      {
        start = first - 1
        dropped.insert(before)
      }
      let evidence = result[number].evidence
      result[number] = nilMention(tokens: start..<last, type: "PERSON", evidence: "nil:before-future-verb", in: text)
      result[number].evidence = evidence + ["nil:before-future-verb"]
    }
    return result.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
  }

  private func isFutureVerb(_ position: Int, in text: TokenizedText, tagger: EntityTagger) -> Bool {
    let scalars = text.foldedScalars(position)
    guard scalars.count >= 5, scalars.count <= 7, scalars.first == 0x0633, !text.tokens[position].isLatin,
      !CueWords.hasArticle(position, in: text), !tagger.model.nameStarts.contains(text.tokens[position].hash)
    else { return false }
    // سأ folds to سا, the opening of foreign family names (سانتوس، سانشيز), as ستيـ opens
    // others (ستيوارت، ستيفنز); and a verb's last letter is its root's, where such names end
    // in a vowel (سيساكو، سيلفا).
    let prefix = scalars[scalars.startIndex + 1]
    guard let last = scalars.last, last != 0x0648, last != 0x0627, last != 0x0647,
      scalars[scalars.startIndex + 2] != 0x064A
    else { return false }
    return prefix == 0x064A || prefix == 0x062A || prefix == 0x0646
  }
}
