extension EntityLinker {
  /// An organization's acronym given in brackets after its full name ("الشركة السعودية للصناعات
  /// الأساسية (سابك)") and then used alone: each later word that is the acronym, bare or after a
  /// proclitic (ل، و، ب، ف: "الرئيس التنفيذي لسابك"), is the same organization, with the full
  /// name's id (its NIL cluster when the knowledge base does not hold it); a name the tagger
  /// ended one or two words with the article before the bracket runs to it. A person or place
  /// found over the word alone gives way. The bracketed acronym itself is left as it is: Arabic
  /// news annotation marks the name, not its gloss.
  /// Only organizations followed by a bracket are read; the text's words are compared with the
  /// acronym only when one is found.
  func arabicAcronymsAfterFullNames(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var acronyms: [(hash: UInt64, token: Int, organization: LinkedMention)] = []
    var result = mentions
    for number in mentions.indices where mentions[number].label == "ORGANIZATION" {
      // The first token after the name, by bisection; up to two words with the article may
      // stand between, the end of a name the tagger cut short (للمصافي والصناعات البترولية).
      let next = text.tokens(within: mentions[number].end, mentions[number].end).lowerBound
      var token = next
      while token < text.tokens.count, token < next + 2, text.tokens[token].joinsPrevious,
        !text.tokens[token].isLatin, CueWords.hasArticle(token, in: text)
      {
        token += 1
      }
      guard token < text.tokens.count, !text.tokens[token].isLatin,
        text.tokens[token].scalarBefore == 0x28,
        token + 1 == text.tokens.count || text.tokens[token + 1].scalarBefore == 0x29,
        text.tokens(within: mentions[number].start, mentions[number].end).count >= 2,
        !CueWords.hasArticle(token, in: text), text.foldedScalars(token).count >= 3
      else { continue }
      if token > next, !mentions.contains(where: { $0.start == Int(text.tokens[next].start) }) {
        let start = mentions[number].start
        let end = Int(text.tokens[token - 1].end)
        if mentions[number].isNil {
          result[number].nameArabic = text.text(scalarsFrom: start, to: end)
          result[number].id = NilMentionFinder.clusterID(
            name: NameFolding.fold(result[number].nameArabic), type: "ORGANIZATION")
        }
        result[number].end = end
        result[number].evidence.append("name-to-acronym")
      } else if token > next {
        continue
      }
      acronyms.append((text.tokens[token].hash, token, result[number]))
    }
    guard !acronyms.isEmpty else { return mentions }
    var taken = takenTokens(mentions, in: text)
    for position in text.tokens.indices {
      guard let acronym = acronyms.first(where: { $0.token != position && matches($0.hash, position, in: text) }),
        !taken[position] || isSingleWordNonOrganization(position, result, in: text)
      else { continue }
      let token = text.tokens[position]
      let stripped = text.foldedScalars(position).count - text.foldedScalars(acronym.token).count
      let start =
        stripped == 0 ? Int(token.start) : Int(text.foldedOffsets[Int(token.foldedStart) + stripped])
      var organization = acronym.organization
      organization.start = start
      organization.end = Int(token.end)
      organization.evidence = ["acronym-of:" + acronym.organization.nameArabic]
      organization.confidence = min(organization.confidence, 0.8)
      result.removeAll { $0.start < organization.end && organization.start < $0.end }
      result.append(organization)
      taken[position] = true
    }
    return result.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
  }

  /// Whether token `position` is the acronym, bare or after one or two proclitic letters.
  private func matches(_ acronym: UInt64, _ position: Int, in text: TokenizedText) -> Bool {
    if text.tokens[position].hash == acronym { return true }
    let variants = text.cliticVariants.isEmpty ? AliasIndex.Variants() : text.cliticVariants[position]
    return (0..<variants.count).contains { variants.stripped($0) > 0 && variants[$0] == acronym }
  }

  /// A person or place found over this one word alone (the tagger's reading of an acronym it
  /// has not seen).
  private func isSingleWordNonOrganization(_ position: Int, _ mentions: [LinkedMention], in text: TokenizedText)
    -> Bool
  {
    mentions.contains {
      $0.label != "ORGANIZATION" && $0.end == Int(text.tokens[position].end)
        && text.tokens(within: $0.start, $0.end).count == 1 && $0.start >= Int(text.tokens[position].start)
    }
  }
}
