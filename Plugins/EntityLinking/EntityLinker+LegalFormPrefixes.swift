extension EntityLinker {
  /// Nordic firms named with their legal form first ("AB Volvo", "AB Electrolux", "Oy Nokia"):
  /// the form and the one to three capitalized words after it are one organization, where the
  /// tagger read two names ("AB" and "Volvo") or a person. A firm the knowledge base linked over
  /// the words after the form keeps its id over the whole name; otherwise the name is a NIL
  /// organization (evidence `nil:legal-prefix`). "AB" counts only in capitals and "Oy" only
  /// before a capitalized word; only tokens equal to the forms are read.
  func firmsWithLegalFormFirst(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    // A capital first, before the set is asked: most tokens are answered by their flag.
    for position in text.tokens.indices
    where text.tokens[position].startsUppercase && Self.legalFormsFirst.contains(text.tokens[position].hash) {
      let form = text.tokens[position]
      guard form.isLatin, form.startsUppercase, position + 1 < text.tokens.count,
        text.tokens[position].hash != Self.aktiebolag || form.isAllUppercase,
        followsBySpace(position + 1, in: text), isCapitalizedNameWord(position + 1, in: text)
      else { continue }
      var end = position + 2
      while end < text.tokens.count, end - position <= 3, followsBySpace(end, in: text),
        isCapitalizedNameWord(end, in: text), !isTitle(end, in: text)
      {
        end += 1
      }
      let start = Int(form.start)
      let nameEnd = Int(text.tokens[end - 1].end)
      let overlapping = result.filter { $0.start < nameEnd && start < $0.end }
      // A name that runs on past the firm's words ("AB Volvo Chairman ...") is left as it is.
      guard !overlapping.contains(where: { $0.start < start || $0.end > nameEnd }) else { continue }
      var firm = nilMention(tokens: position..<end, type: "ORGANIZATION", evidence: "nil:legal-prefix", in: text)
      if let linked = overlapping.first(where: { !$0.isNil && $0.label == "ORGANIZATION" }) {
        firm = linked
        firm.start = start
        firm.end = nameEnd
      }
      result = replacingOverlaps(result, with: firm)
    }
    return result
  }

  private static let aktiebolag = TokenizedText.hash(NameFolding.fold("ab").unicodeScalars.map(\.value))
  static let legalFormsFirst = NonNameWords.hashes("ab oy oyj")
}
