extension TemporalParser {
  /// Whether the English sentence holding token `k` opens with the frame of a told story: "In
  /// the film, …", "In the novel, …", "In her documentary, …". Its present tense narrates what
  /// happens in the story (the historical present of features and reviews), so a weekday it
  /// names is not the coming one a news present announces: "In the novel, the detective arrives
  /// in Venice on Sunday" is placed behind, as a story is told of the past. "In the capital,
  /// shops reopen on Monday" has no noun of a story and keeps the coming day. The frame does not
  /// govern a clause about the story itself, which news announces like any release: a relative
  /// or participle clause ("In the drama, which starts on Monday, …", "In the documentary,
  /// airing on Sunday, …") or the clause after a semicolon ("…; the book launches on
  /// Thursday"). Asked only where a present verb would place a date ahead, or where no tense
  /// word placed it.
  func inStoryFrame(_ k: Int) -> Bool { storyFrameClause(k) == .narrated }

  /// Whether token `k` lies in a clause about the release of a story a frame opens ("In the
  /// documentary, airing on Sunday, …", "In the drama, which starts on Monday, …"): announced
  /// like any release, ahead.
  func inStoryRelease(_ k: Int) -> Bool { storyFrameClause(k) == .release }

  /// Whether a story's frame puts the verb at `k` and the date at `first` in different clauses:
  /// "في الفيلم، الذي يعرض يوم الخميس، تلعب الممثلة دور طبيبة" (the release clause's Thursday,
  /// the narration's verb), "In the drama, which starts on Monday, the hero dies on Friday". A
  /// verb does not place a date of the other clause: the story's present tells of the story,
  /// the release clause's announces the story.
  func inOtherStoryClause(_ k: Int, than first: Int) -> Bool {
    guard let verbClause = storyFrameClause(k) else { return false }
    return storyFrameClause(first) != verbClause
  }

  /// How a story's frame at the start of the sentence of token `k` holds `k`: narrated by it, or
  /// in a clause about the story's release; nil without a frame.
  private func storyFrameClause(_ k: Int) -> StoryClause? {
    guard k < tokens.count else { return nil }
    var start = k
    while start > 0, !tokens[start].newlineBefore, !endsSentence(start - 1) { start -= 1 }
    // "في الفيلم، يصل جاسوس إلى لشبونة يوم الاثنين": the frame within the region's words.
    if !tokens[k].latin {
      guard let comma = arabicStoryFrameOpens(at: start, before: k) else { return nil }
      return clause(of: k, afterFrameComma: comma)
    }
    if start > 0 || tokens[0].newlineBefore {
      guard let comma = storyFrameOpens(at: start, before: k) else { return nil }
      return clause(of: k, afterFrameComma: comma)
    }
    // The region starts inside the sentence: its opening lies in the text before the region.
    guard let text, regionByteStart > 0, regionByteStart <= text.count else {
      guard let comma = storyFrameOpens(at: 0, before: k) else { return nil }
      return clause(of: k, afterFrameComma: comma)
    }
    guard TemporalParser.storyFrameOpens(in: text, sentenceAround: regionByteStart) else { return nil }
    return clause(of: k, afterFrameComma: -1)
  }

  /// Where a story's frame leaves a token: in the narration, or in a clause about the story.
  private enum StoryClause { case narrated, release }

  /// The clause token `k` lies in after the comma of a story's frame at `frameComma`: a
  /// semicolon, or a relative or participle clause right after the frame (which, that,
  /// "airing", "out") that no comma has closed before `k`, speaks of the story, not in it.
  private func clause(of k: Int, afterFrameComma frameComma: Int) -> StoryClause {
    var clauseOpen = false
    var j = frameComma + 1
    while j < k {
      if isPunctuation(j, ";", "\u{061B}") { return .release }
      if isPunctuation(j, ",", "،") {
        clauseOpen = false
      } else if j == frameComma + 1, tokens[j].kind == .word {
        // Right after the frame, as its apposition: a relative clause inside the narration
        // ("a detective who hates boats arrives …") is still told.
        clauseOpen =
          TemporalParser.relativeWordHashes.contains(tokens[j].wordHash)
          || TemporalParser.releaseParticipleHashes.contains(tokens[j].wordHash)
      }
      j += 1
    }
    return clauseOpen ? .release : .narrated
  }

  /// Words that open a relative clause about the story ("which starts on Monday").
  static let relativeWordHashes: Set<UInt64> = Set(["which", "that", "الذي", "التي"].map(WordHasher.hash))

  /// Words right after a story's frame that open a clause about its release ("airing on
  /// Sunday", "out on Friday").
  static let releaseParticipleHashes: Set<UInt64> = Set(
    [
      "airing", "opening", "premiering", "streaming", "showing", "screening", "launching", "starting", "debuting",
      "playing", "running", "published", "released", "out", "due", "set", "scheduled",
    ].map(WordHasher.hash))

  /// The comma of a frame when tokens from `start` (a sentence's first) read "In", an optional
  /// determiner or possessive, a noun of a story and a comma, all before token `k`.
  private func storyFrameOpens(at start: Int, before k: Int) -> Int? {
    guard start + 3 <= k, tokens[start].latin, tokens[start].capitalized,
      tokens[start].entry == .keyword(.inPreposition)
    else { return nil }
    var noun = start + 1
    switch tokens[noun].entry {
    case .keyword(.the)?, .keyword(.article)?, .keyword(.determiner)?: noun += 1
    default: if TemporalParser.storyPossessiveHashes.contains(tokens[noun].wordHash) { noun += 1 }
    }
    let found =
      noun + 1 <= k && tokens[noun].kind == .word
      && TemporalParser.storyNounHashes.contains(tokens[noun].wordHash) && isPunctuation(noun + 1, ",")
    return found ? noun + 1 : nil
  }

  /// Whether the sentence of `text` that holds byte `position` opens with a story's frame ("In
  /// the film,"). The sentence starts after the last line break, or the last . ! ? before a
  /// space, before `position` and within 200 bytes of it; further back the frame would be out
  /// of the tense search's reach anyway.
  static func storyFrameOpens(in text: UnsafeBufferPointer<UInt8>, sentenceAround position: Int) -> Bool {
    var i = position
    let floor = max(0, position - 200)
    while i > floor {
      let byte = text[i - 1]
      if byte == 0x0A || byte == 0x0D { break }
      if byte == 0x20, i >= 2, text[i - 2] == 0x2E || text[i - 2] == 0x21 || text[i - 2] == 0x3F { break }
      i -= 1
    }
    guard i == 0 || i > floor else { return false }
    while i < text.count, text[i] == 0x20 || text[i] == 0x09 { i += 1 }
    // Words up to the first comma: "In", at most one determiner, the noun.
    var words: [String] = []
    var word: [UInt8] = []
    while i < text.count, words.count < 4 {
      let byte = text[i]
      if byte == 0x2C {
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return storyFrameWords(words)
      }
      if byte == 0x20 {
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        word.removeAll(keepingCapacity: true)
      } else {
        word.append(byte)
      }
      i += 1
    }
    return false
  }

  /// The comma of an Arabic frame when tokens from `start` (a sentence's first) read في, a
  /// noun of a story (with the article or a possessive suffix: الفيلم، روايتها), at most two
  /// words that describe it (الجديد، الوثائقي، الأخيرة) and a comma, all before token `k`. "في
  /// العاصمة، تفتح المتاجر يوم الاثنين" has no noun of a story and keeps the coming day.
  private func arabicStoryFrameOpens(at start: Int, before k: Int) -> Int? {
    guard start + 3 <= k, !tokens[start].latin, tokens[start].entry == .keyword(.inPreposition),
      tokens[start + 1].kind == .word, TemporalParser.arabicStoryNounHashes.contains(tokens[start + 1].wordHash)
    else { return nil }
    var j = start + 2
    while j < k, j <= start + 4 {
      if isPunctuation(j, ",", "،") { return j }
      guard tokens[j].kind == .word, !tokens[j].latin else { return nil }
      j += 1
    }
    return nil
  }

  /// Arabic nouns of told stories that open a frame ("في الفيلم، …", "في روايتها الأخيرة، …").
  /// Not "العرض" (as often an offer) or "السلسلة" (a run of matches or a chain).
  static let arabicStoryNounHashes: Set<UInt64> = Set(
    [
      "الفيلم", "فيلمه", "فيلمها", "المسلسل", "مسلسله", "مسلسلها", "الرواية", "روايته", "روايتها", "القصة",
      "قصته", "قصتها", "المسرحية", "مسرحيته", "مسرحيتها", "الحلقة", "الوثائقي", "الأوبرا", "الحكاية",
      "الملحمة", "مذكراته", "مذكراتها",
    ].map(WordHasher.hash))

  /// "In", an optional determiner or possessive, a noun of a story.
  private static func storyFrameWords(_ words: [String]) -> Bool {
    guard words.count == 2 || words.count == 3, words[0] == "In" else { return false }
    if words.count == 3, !["the", "a", "an", "this", "that", "his", "her", "its", "their"].contains(words[1]) {
      return false
    }
    return storyNounHashes.contains(WordHasher.hash(words[words.count - 1]))
  }

  /// Nouns of told stories that open a frame ("In the film, …"). Not "series", as often a run
  /// of matches ("In the series, India play Australia on Friday").
  static let storyNounHashes: Set<UInt64> = Set(
    [
      "film", "movie", "novel", "book", "play", "story", "documentary", "episode", "musical", "opera",
      "novella", "sequel", "drama", "miniseries", "memoir", "comic", "tale", "fable",
    ].map(WordHasher.hash))

  /// Possessives before a noun of a story ("In her documentary, …").
  static let storyPossessiveHashes: Set<UInt64> = Set(["his", "her", "its", "their"].map(WordHasher.hash))
}
