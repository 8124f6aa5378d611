extension EntityLinker {
  /// Whether a one-word Latin span the tagger found is only a capitalized sentence opener
  /// ("Ships were diverted", "Dockworkers walked out ... the dockworkers"): it stands at a
  /// sentence's start, the knowledge base has no such name, and the word is written in lower
  /// case elsewhere in this text or usually (the model's case profile), while it never recurs
  /// with a capital inside a sentence. Called only for such spans: no work per token otherwise.
  func isSentenceOpenerOnly(_ span: EntityTagger.Span, in text: TokenizedText, tagger: EntityTagger) -> Bool {
    let first = span.firstToken
    guard span.endToken - first == 1, text.tokens[first].isLatin, text.tokens[first].startsUppercase,
      !text.tokens[first].isAllUppercase, opensSentence(first, in: text)
    else { return false }
    let hash = text.tokens[first].hash
    var writtenLower = false
    for position in text.tokens.indices where position != first && text.tokens[position].hash == hash {
      if !text.tokens[position].startsUppercase {
        writtenLower = true
      } else if !opensSentence(position, in: text) {
        return false
      }
    }
    if writtenLower { return true }
    return isCommonWord(first, in: text, tagger: tagger) || isOpenerDescriptor(first, in: text, tagger: tagger)
  }

  /// Whether the training texts write the word in lower case (the model's case profile), or
  /// it is the plural of such a word ("Stocks", "Shares", "Investors" opening a wire story:
  /// "stock" is written in lower case where "stocks" may be unseen).
  func isCommonWord(_ position: Int, in text: TokenizedText, tagger: EntityTagger) -> Bool {
    func isLower(_ hash: UInt64) -> Bool {
      let usage = WordCaseProfile.Usage(rawValue: tagger.model.caseProfile.usage(hash))
      return usage == .lower || usage == .onceLower
    }
    if isLower(text.tokens[position].hash) { return true }
    let scalars = text.foldedScalars(position)
    guard scalars.count >= 4, scalars.last == 0x73, scalars[scalars.endIndex - 2] != 0x73 else { return false }
    return isLower(TokenizedText.hash(scalars.dropLast()))
  }

  /// The token starts the text, follows a sentence's end (. ! ? :) or starts a new line. A
  /// full stop counts only where the text's sentences begin: after "Dr." or "Gen." the name
  /// goes on.
  func opensSentence(_ position: Int, in text: TokenizedText) -> Bool {
    guard position > 0 else { return true }
    let token = text.tokens[position]
    if token.scalarBefore == 0x2E { return startsASentence(position, in: text) }
    if [0x21, 0x3F, 0x3A].contains(token.scalarBefore) { return true }
    // A dash set off by spaces after a dateline ("NEW YORK - Stocks fell") opens the story.
    // Inside a sentence ("Its biggest rival – Shell – declined") a dash opens nothing.
    if [0x2D, 0x2013, 0x2014].contains(token.scalarBefore), Int(token.start) > Int(text.tokens[position - 1].end) + 1 {
      return endsDateline(at: position - 1, in: text)
    }
    let previousEnd = Int(text.tokens[position - 1].end)
    return (previousEnd..<Int(token.start)).contains { text.scalar(at: $0).value == 0x0A }
  }

  /// Whether a dateline ends at token `last`: an agency's credit in parentheses ("LYON, France
  /// (Reuters)") or up to four words in capitals that open their line ("NEW YORK").
  private func endsDateline(at last: Int, in text: TokenizedText) -> Bool {
    let gap = Int(text.tokens[last].end)..<Int(text.tokens[last + 1].start)
    if gap.contains(where: { text.scalar(at: $0).value == 0x29 }) { return true }
    var first = last
    while text.tokens[first].isLatin, text.tokens[first].isAllUppercase, last - first < 4 {
      if first == 0
        || (Int(text.tokens[first - 1].end)..<Int(text.tokens[first].start)).contains(where: {
          text.scalar(at: $0).value == 0x0A
        })
      {
        return true
      }
      first -= 1
    }
    return false
  }

  /// Whether one of the text's sentences begins at token `position` (found by bisection).
  private func startsASentence(_ position: Int, in text: TokenizedText) -> Bool {
    let sentences = text.sentences
    var low = 0
    var high = sentences.count
    while low < high {
      let middle = (low + high) / 2
      if sentences[middle].upperBound <= position { low = middle + 1 } else { high = middle }
    }
    return low < sentences.count && sentences[low].lowerBound == position
  }
}
