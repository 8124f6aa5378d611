extension EntityLinker {
  /// Names in a story's all-caps headline written as the story writes a person, a place or an
  /// organization it found ("PAKISTANI PRESIDENT SACKS BHUTTO GOVERNMENT" over "... Benazir
  /// Bhutto 's government"; "HIGH COURT AWARDS ..." over "The High Court jury"): the headline's
  /// words take that mention's type and id, one sense per story, where the tagger, reading
  /// capitals only, found nothing there, a NIL name of another type, or a NIL name that runs on
  /// over common words before them: words the story writes in lower case, the training texts do,
  /// or the story does not use at all ("SACKS BHUTTO"). The
  /// headline is the text's first line, three words or more, four in five of them in capitals,
  /// and opens with no wire label ("SOCCER -", "UPDATE -").
  func headlineNamesFromStory(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    // A sport's story ("SOCCER - ...") is left to the rules for results and match reports.
    guard let tagger, let headline = capitalsHeadline(in: text),
      !Self.wireSlugs.contains(text.tokens[headline.lowerBound].hash)
    else { return mentions }
    let storyStart = headline.upperBound < text.tokens.count ? Int(text.tokens[headline.upperBound].start) : Int.max
    var names: [[UInt64]: LinkedMention] = [:]
    var longest = 0
    // A one-word person of the story counts only as the surname of one named in full there: a
    // firm's name alone is read as a person too often ("Qantas said").
    var surnames = Set<UInt64>()
    for mention in mentions where mention.start >= storyStart && mention.label == "PERSON" {
      let tokens = text.tokens(within: mention.start, mention.end)
      if tokens.count >= 2 { surnames.insert(text.tokens[tokens.upperBound - 1].hash) }
    }
    for mention in mentions where mention.start >= storyStart {
      guard mention.label == "PERSON" || mention.label == "LOCATION" || mention.label == "ORGANIZATION" else {
        continue
      }
      let tokens = text.tokens(within: mention.start, mention.end)
      guard (1...4).contains(tokens.count), text.tokens[tokens.lowerBound].isLatin,
        text.tokens[tokens.lowerBound].startsUppercase,
        mention.label != "PERSON" || tokens.count > 1 || surnames.contains(text.tokens[tokens.lowerBound].hash)
      else { continue }
      let key = tokens.map { text.tokens[$0].hash }
      if names[key] == nil { names[key] = mention }
      longest = max(longest, key.count)
    }
    guard !names.isEmpty else { return mentions }
    var result = mentions
    var position = headline.lowerBound
    while position < headline.upperBound {
      var matched = 0
      for count in stride(from: min(longest, headline.upperBound - position), through: 1, by: -1) {
        let range = position..<(position + count)
        guard range.dropFirst().allSatisfy({ followsBySpace($0, in: text) }),
          range.allSatisfy({ text.tokens[$0].isLatin && text.tokens[$0].isAllUppercase }),
          let story = names[range.map { text.tokens[$0].hash }]
        else { continue }
        if let found = headlineMention(
          range, like: story, in: text, mentions: result, tagger: tagger, storyStart: storyStart)
        {
          result = replacingOverlaps(result, with: found)
        }
        matched = count
        break
      }
      position += max(matched, 1)
    }
    return result
  }

  /// The headline's mention over `range` in the story mention's type and id; nil when the
  /// headline has it already or another name there must stay.
  private func headlineMention(
    _ range: Range<Int>, like story: LinkedMention, in text: TokenizedText, mentions: [LinkedMention],
    tagger: EntityTagger, storyStart: Int
  ) -> LinkedMention? {
    let start = Int(text.tokens[range.lowerBound].start)
    let end = Int(text.tokens[range.upperBound - 1].end)
    let overlapping = mentions.filter { $0.start < end && start < $0.end }
    // What the headline found over the very words stays, whatever its type ("QANTAS" read as an
    // organization where the story's "Qantas" was read as a person).
    if overlapping.contains(where: { $0.start == start && $0.end == end }) { return nil }
    for other in overlapping {
      guard other.isNil, other.label != "DEMONYM" else { return nil }
      // Words of the other name outside the range must be common words before it (a verb:
      // "SACKS BHUTTO"); after it they may be a name's head ("TEXAS INSTRUMENTS").
      let tokens = text.tokens(within: other.start, other.end)
      let outside = tokens.filter { !range.contains($0) }
      guard tokens.upperBound <= range.upperBound,
        outside.allSatisfy({
          isCommonWord($0, in: text, tagger: tagger) || isWrittenInLowerCase(text.tokens[$0].hash, in: text)
            || isHeadlineWordOnly($0, in: text, storyStart: storyStart)
        })
      else { return nil }
    }
    var mention = story
    mention.start = start
    mention.end = end
    mention.confidence = 0.5
    mention.evidence = story.isNil ? ["nil:headline-from-story"] : ["discourse"]
    mention.title = nil
    return mention
  }

  /// Whether a headline's word appears nowhere in the story below it and is no given name: a
  /// headline's verb ("SACKS"), not a name the story writes out.
  private func isHeadlineWordOnly(_ position: Int, in text: TokenizedText, storyStart: Int) -> Bool {
    let hash = text.tokens[position].hash
    guard !LatinGivenNames.shipped.contains(hash) else { return false }
    return !text.tokens.contains { Int($0.start) >= storyStart && $0.hash == hash }
  }

  /// The tokens of the text's first line when it is an all-caps headline: three Latin words or
  /// more of two letters or more, four in five of them in capitals.
  private func capitalsHeadline(in text: TokenizedText) -> Range<Int>? {
    var end = 0
    var words = 0
    var capitals = 0
    while end < text.tokens.count {
      if end > 0 {
        let gap = Int(text.tokens[end - 1].end)..<Int(text.tokens[end].start)
        if gap.contains(where: { text.scalar(at: $0).value == 0x0A }) { break }
      }
      let token = text.tokens[end]
      if token.isLatin, token.foldedEnd - token.foldedStart >= 2, text.folded[Int(token.foldedStart)] > 0x39 {
        words += 1
        if token.isAllUppercase { capitals += 1 }
      }
      end += 1
    }
    guard words >= 3, capitals * 5 >= words * 4, end < text.tokens.count else { return nil }
    return 0..<end
  }
}
