extension EntityLinker {
  /// A cue word that says what kind of organization follows, read as the first word of its
  /// name: صحيفة الخليج، قناة الجزيرة، حركة حماس، تنظيم القاعدة.
  /// Arabic news annotation leaves the cue outside the name, so the organization starts after
  /// it: always after a paper's or channel's word (صحيفة، جريدة، مجلة، قناة), after حركة or
  /// تنظيم when one word is left (a movement's own name; حركة العدل والمساواة keeps its head).
  /// حزب stays: the gold files write a party both ways. A linked organization keeps its id,
  /// and its cue too unless that is a paper's or channel's word and the words after it are the
  /// entity's own Arabic name. Only
  /// organizations of two words or more are read, so no token is asked.
  func arabicOrganizationsWithoutCueWord(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    for number in result.indices where result[number].label == "ORGANIZATION" {
      let tokens = text.tokens(within: result[number].start, result[number].end)
      guard tokens.count >= 2, let first = tokens.first, Int(text.tokens[first].start) == result[number].start,
        !text.tokens[first].isLatin, !text.tokens[first + 1].isLatin, text.tokens[first + 1].joinsPrevious
      else { continue }
      let cue = text.tokens[first].hash
      let leavesCue =
        Self.mediaCues.contains(cue)
        || (Self.movementCues.contains(cue) && tokens.count == 2)
      guard leavesCue else { continue }
      if result[number].isNil {
        var trimmed = nilMention(
          tokens: (first + 1)..<tokens.upperBound, type: "ORGANIZATION", evidence: "nil:without-cue-word", in: text)
        trimmed.evidence = result[number].evidence + ["nil:without-cue-word"]
        result[number] = trimmed
      } else {
        // A linked name keeps its cue where the entity's own Arabic name is not the words
        // after it (قناة العين, whose name is العين الإخبارية: العين alone is a city and a club).
        let rest = text.text(scalarsFrom: Int(text.tokens[first + 1].start), to: result[number].end)
        // A linked movement keeps its cue (حركة حماس is linked whole, as earlier rounds asked).
        guard Self.mediaCues.contains(cue), NameFolding.fold(rest) == NameFolding.fold(result[number].nameArabic)
        else { continue }
        result[number].start = Int(text.tokens[first + 1].start)
        result[number].evidence.append("without-cue-word")
      }
    }
    return result
  }

  /// A paper's, magazine's or channel's word before its name (also set aside by the evaluator,
  /// `OrganizationWordConvention`).
  static let mediaCues = NonNameWords.hashes("صحيفة جريدة مجلة قناة")
  /// A movement's or group's word before a one-word name (حركة فتح، تنظيم القاعدة).
  static let movementCues = NonNameWords.hashes("حركة تنظيم")
}
