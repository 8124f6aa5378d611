extension EntityLinker {
  /// An Arabic organization written the same way as one linked elsewhere in the document is the
  /// same organization (one sense per discourse): "مدرب الهلال" read as a NIL club while two other
  /// الهلال of the story link to the club takes their link. A name linked to two entities in the
  /// document is left as it is.
  func organizationsOfOneSense(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var hasNil = false
    var hasLinked = false
    for mention in mentions where mention.label == "ORGANIZATION" {
      if mention.isNil { hasNil = true } else { hasLinked = true }
    }
    guard hasNil, hasLinked else { return mentions }
    var linkedByName: [String: LinkedMention?] = [:]
    for mention in mentions where mention.label == "ORGANIZATION" && !mention.isNil {
      guard let first = text.tokens(within: mention.start, mention.end).first, !text.tokens[first].isLatin else {
        continue
      }
      let name = NameFolding.fold(text.text(scalarsFrom: mention.start, to: mention.end))
      if let seen = linkedByName[name] {
        if let seen, seen.id != mention.id { linkedByName[name] = .some(nil) }
      } else {
        linkedByName[name] = mention
      }
    }
    guard !linkedByName.isEmpty else { return mentions }
    return mentions.map { mention in
      guard mention.label == "ORGANIZATION", mention.isNil,
        let found = linkedByName[NameFolding.fold(text.text(scalarsFrom: mention.start, to: mention.end))],
        let linked = found
      else { return mention }
      var same = linked
      same.start = mention.start
      same.end = mention.end
      same.title = mention.title
      same.evidence = linked.evidence + ["one-sense"]
      return same
    }
  }
}
