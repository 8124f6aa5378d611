extension EntityLinker {
  /// A long name after a title or a role noun that the tagger cut in two: "وقال رئيسها فلان
  /// الفلاني الفلان شريف إن ...", read as a person of three words and a person of one. When a NIL
  /// person of two words or more stands after a title or a role noun (with or without its
  /// pronoun), and a NIL person of one word follows it with nothing between them, and what was
  /// said (إن، أن) or a verb of saying comes right after that word, both are one person
  /// (`nil:run-on-name`). A verb's subject and object stay apart ("هنأ فلان فلانا"): the first
  /// person has no title there and is often one word. Only the mentions are read.
  func arabicRunOnNamesAfterTitles(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    let persons = mentions.indices.filter {
      mentions[$0].label == "PERSON" && mentions[$0].isNil
    }.sorted { mentions[$0].start < mentions[$1].start }
    guard persons.count >= 2 else { return mentions }
    var result = mentions
    var removed = Set<Int>()
    for (earlier, later) in zip(persons, persons.dropFirst()) where !removed.contains(earlier) {
      let head = text.tokens(within: mentions[earlier].start, mentions[earlier].end)
      let tail = text.tokens(within: mentions[later].start, mentions[later].end)
      guard head.count >= 2, tail.count == 1, tail.lowerBound == head.upperBound,
        !text.tokens[head.lowerBound].isLatin, text.tokens[tail.lowerBound].joinsPrevious,
        Int(text.tokens[tail.lowerBound].start) == mentions[later].start, tail.upperBound < text.tokens.count,
        text.tokens[tail.upperBound].joinsPrevious
      else { continue }
      let next = tail.upperBound
      guard Self.complementizers.contains(text.tokens[next].hash) || Self.isVerbOfSaying(next, in: text),
        mentions[earlier].title != nil || titleBefore(head.lowerBound, in: text) != nil
          || isAfterRoleNoun(head.lowerBound, in: text) || Self.isRoleWithPronoun(head.lowerBound - 1, in: text)
      else { continue }
      var joined = nilMention(tokens: head.lowerBound..<tail.upperBound, type: "PERSON", evidence: "", in: text)
      joined.start = mentions[earlier].start
      joined.evidence = mentions[earlier].evidence + ["nil:run-on-name"]
      joined.title = joined.title ?? mentions[earlier].title
      result[earlier] = joined
      removed.insert(later)
    }
    guard !removed.isEmpty else { return result }
    return result.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
  }

  /// Whether the word is a leader's or a role's noun with a possessive pronoun (رئيسها، زعيمه،
  /// مديرهم), which the titles list holds only bare.
  static func isRoleWithPronoun(_ position: Int, in text: TokenizedText) -> Bool {
    guard position >= 0, !text.tokens[position].isLatin else { return false }
    let scalars = text.foldedScalars(position)
    for suffix in [[0x0647, 0x0627], [0x0647, 0x0645], [0x0647]] as [[UInt32]]
    where scalars.count > suffix.count + 2 && scalars.suffix(suffix.count).elementsEqual(suffix) {
      return rolesTakingPronouns.contains(TokenizedText.hash(scalars.dropLast(suffix.count)))
    }
    return false
  }

  /// Roles named with their holder's organization as a pronoun (folded forms).
  static let rolesTakingPronouns = NonNameWords.hashes("رئيس زعيم أمين مدير محافظ مدرب محامي نائب مستشار قائد مؤسس")

  /// A channel, paper or magazine named by one word with the article right after its word
  /// ("مع قناة الحدث"، "لصحيفة الرياض") that no mention covers: that word is an organization
  /// (`nil:after-media-word`), the media word left outside as the news files write it. The word
  /// must be name-shaped and end the phrase (no second word with the article after it: "قناة
  /// السويس الجديدة" is a canal's phrase, not a channel). The media words are found by a
  /// token's hash in a set that carries its own bit filter.
  func arabicMediaNamesAfterTheirWord(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    var taken: [Bool]? = nil
    let finder = NilMentionFinder(cues: cues)
    let count = text.tokens.count
    for position in 0..<max(0, count - 1) {
      let token = text.tokens[position]
      guard !token.isLatin, Self.mediaWordsWithClitics.contains(token.hash) else { continue }
      let name = position + 1
      guard text.tokens[name].joinsPrevious, !text.tokens[name].isLatin, CueWords.hasArticle(name, in: text),
        finder.isNameWord(name, in: text, first: false),
        name + 1 >= count || !text.tokens[name + 1].joinsPrevious || !CueWords.hasArticle(name + 1, in: text)
      else { continue }
      if taken == nil { taken = takenTokens(result, in: text) }
      guard taken?[position] == false, taken?[name] == false else { continue }
      result.append(
        nilMention(tokens: name..<(name + 1), type: "ORGANIZATION", evidence: "nil:after-media-word", in: text))
      taken?[name] = true
    }
    return result
  }

  /// A channel's, paper's or magazine's word, bare or with و، ل or ب before it (folded forms).
  static let mediaWordsWithClitics = NonNameWords.hashes(
    "قناة وقناة لقناة بقناة صحيفة وصحيفة لصحيفة بصحيفة جريدة وجريدة لجريدة بجريدة مجلة ومجلة لمجلة بمجلة")
}
