extension EntityLinker {
  /// A body named after the organization it belongs to ("United Nations Children's Fund",
  /// "United Nations Development Programme", "IMF Executive Board"), where the knowledge base
  /// links the organization's name and the rest is left out or found apart: the whole name is
  /// one organization (evidence `nil:body-of-organization`). It takes the id of the body when
  /// the knowledge base linked the words after the organization ("U.N. Security Council" is the
  /// Security Council), else it is NIL.
  ///
  /// The words after the organization are one to three capitalized words in Latin letters
  /// (with a possessive "s"), parted by spaces only, the last a public body's head word
  /// (`publicBodyHeads`) and no capitalized word after it; they are free or exactly one
  /// organization mention. A person or place among them leaves the names apart.
  func bodiesOfOrganizations(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    guard mentions.count >= 1, mentions.contains(where: { $0.label == "ORGANIZATION" }) else { return mentions }
    var result = mentions
    var removed = Set<Int>()
    let count = text.tokens.count
    for (number, parent) in mentions.enumerated() where parent.label == "ORGANIZATION" && !removed.contains(number) {
      let tokens = text.tokens(within: parent.start, parent.end)
      guard let first = tokens.first, let last = tokens.last, text.tokens[first].isLatin,
        Int(text.tokens[last].end) == parent.end, last + 1 < count, text.tokens[last + 1].isLatin,
        text.tokens[last + 1].joinsPrevious, text.tokens[last + 1].startsUppercase
      else { continue }
      var end = last + 1
      var capitalized = 0
      var head: Int?
      while end < count, capitalized < 3, text.tokens[end].isLatin,
        text.tokens[end].joinsPrevious || isPossessive(end, in: text)
      {
        if isPossessive(end, in: text) {
          end += 1
          continue
        }
        guard text.tokens[end].startsUppercase else { break }
        capitalized += 1
        end += 1
        if Self.publicBodyHeads.contains(text.foldedString(end - 1)) { head = end }
      }
      guard let head, head == end || !(text.tokens[head].startsUppercase && text.tokens[head].joinsPrevious)
      else { continue }
      let range = Int(text.tokens[last + 1].start)..<Int(text.tokens[head - 1].end)
      let inside = mentions.indices.filter {
        mentions[$0].start < range.upperBound && range.lowerBound < mentions[$0].end
      }
      // The tagger's NIL pieces of the words ("Fund" as a person) go; a linked name there must
      // be the body itself.
      guard
        inside.allSatisfy({
          mentions[$0].start >= range.lowerBound && mentions[$0].end <= range.upperBound
            && (mentions[$0].isNil
              || (mentions[$0].label == "ORGANIZATION" && mentions[$0].start == range.lowerBound
                && mentions[$0].end == range.upperBound))
        })
      else { continue }
      var body = nilMention(
        tokens: first..<head, type: "ORGANIZATION", evidence: "nil:body-of-organization", in: text)
      if let linked = inside.first(where: { !mentions[$0].isNil }) {
        let found = mentions[linked]
        body.id = found.id
        body.isNil = false
        body.nameEnglish = found.nameEnglish
        body.nameArabic = found.nameArabic
        body.evidence = found.evidence + ["body-of-organization"]
      }
      removed.formUnion(inside)
      result[number] = body
    }
    return removed.isEmpty ? result : result.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
  }

  /// Whether a token is the "s" of a possessive ("Children's").
  private func isPossessive(_ position: Int, in text: TokenizedText) -> Bool {
    let token = text.tokens[position]
    return token.end - token.start == 1 && !token.startsUppercase
      && (token.scalarBefore == 0x27 || token.scalarBefore == 0x2019)
      && text.foldedString(position) == "s"
  }
}
