extension EntityLinker {
  /// A municipality, state or governorate that acts (أطلقت بلدية ... حملة، قررت ولاية ...،
  /// أعلنت محافظة ...) is the authority, an organization, not the place: a LOCATION mention
  /// that opens with بلدية، ولاية or محافظة (or follows one) right after a verb of deciding,
  /// launching or announcing (or right after the place: بلدية غزة تطلق نداء) becomes one NIL
  /// organization with its head word (`nil:acting-authority`), as the gold files write [ORG
  /// بلدية ...]; a conjunction before the head stays outside. "في ولاية X" keeps its place.
  func arabicAuthoritiesActing(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    for number in result.indices where result[number].label == "LOCATION" {
      let tokens = text.tokens(within: result[number].start, result[number].end)
      guard let first = tokens.first, first > 0, !text.tokens[first].isLatin else { continue }
      var head = first
      if !(tokens.count >= 2 && Self.authorityHeads.contains(text.tokens[first].hash)) {
        head = first - 1
        guard text.tokens[first].joinsPrevious, Self.isWord(head, in: Self.authorityHeads, text) else {
          continue
        }
      }
      let verbAfter = tokens.upperBound
      // The verb before the head (أطلقت بلدية ...), or after the place in a headline or a clause
      // that opens with the authority (بلدية غزة تطلق نداء، وبلدية المحرق تطلق غدا).
      guard
        (head > 0 && text.tokens[head].joinsPrevious && Self.isWord(head - 1, in: Self.actingVerbs, text))
          || (verbAfter < text.tokens.count && text.tokens[verbAfter].joinsPrevious
            && Self.isWord(verbAfter, in: Self.actingVerbs, text))
      else {
        continue
      }
      var authority = nilMention(
        tokens: head..<tokens.upperBound, type: "ORGANIZATION", evidence: "nil:acting-authority", in: text)
      let headLetter = text.folded[Int(text.tokens[head].foldedStart)]
      if !Self.authorityHeads.contains(text.tokens[head].hash), headLetter == 0x0648 || headLetter == 0x0641 {
        let proclitic = 1
        // وبلدية: the conjunction stays outside.
        authority.start = Int(text.foldedOffsets[Int(text.tokens[head].foldedStart) + proclitic])
        authority.nameArabic = text.text(scalarsFrom: authority.start, to: authority.end)
        authority.id = NilMentionFinder.clusterID(
          name: PartialNameCoreference.words(of: authority.nameArabic).joined(separator: " "), type: "ORGANIZATION")
      }
      result[number] = authority
    }
    findAuthoritiesBeforeVerbs(in: text, into: &result)
    return result
  }

  /// بلدية، ولاية or محافظة, one free name word and an acting verb (وبلدية المحرق تطلق غدا)
  /// where neither the tagger nor the knowledge base read the place: one NIL organization.
  /// Asked of a token only when the heads' bit filter passes its hash.
  private func findAuthoritiesBeforeVerbs(in text: TokenizedText, into mentions: inout [LinkedMention]) {
    let count = text.tokens.count
    var taken: [Bool]?
    for head in 0..<max(0, count - 2) {
      let token = text.tokens[head]
      guard !token.isLatin, Self.authorityHeadsWithConjunction.contains(token.hash)
      else { continue }
      let name = head + 1
      let verb = head + 2
      guard text.tokens[name].joinsPrevious, text.tokens[verb].joinsPrevious,
        Self.isWord(verb, in: Self.actingVerbs, text)
      else { continue }
      if taken == nil { taken = takenTokens(mentions, in: text) }
      guard !taken![head], !taken![name], NilMentionFinder(cues: cues).isNameWord(name, in: text, first: false)
      else { continue }
      var authority = nilMention(
        tokens: head..<(name + 1), type: "ORGANIZATION", evidence: "nil:acting-authority", in: text)
      if !Self.authorityHeads.contains(token.hash) {
        authority.start = Int(text.foldedOffsets[Int(token.foldedStart) + 1])
        authority.nameArabic = text.text(scalarsFrom: authority.start, to: authority.end)
        authority.id = NilMentionFinder.clusterID(
          name: PartialNameCoreference.words(of: authority.nameArabic).joined(separator: " "), type: "ORGANIZATION")
      }
      taken![head] = true
      taken![name] = true
      mentions.append(authority)
    }
  }

  /// A name after an island, beach, gulf, mountain or valley (جزيرة ...، جبل ...، وادي ...) is a
  /// place, and the head word stays outside as after مدينة in the gold files: one free,
  /// name-shaped word without the article that has no adjective's shape (جزيرة صغيرة، شاطئ
  /// رملي، جزيرة نائية، جبل مرتفع) is a NIL location (`nil:place-head`). Asked of a token only
  /// when its length fits a head word.
  func findArabicPlacesAfterHeads(
    in text: TokenizedText, finder: NilMentionFinder, taken: inout [Bool], into mentions: inout [LinkedMention]
  ) {
    let count = text.tokens.count
    for position in 0..<max(0, count - 1) {
      let token = text.tokens[position]
      let length = token.foldedEnd - token.foldedStart
      guard length >= 3, length <= 7, !token.isLatin, Self.placeHeads.contains(token.hash)
      else { continue }
      let name = position + 1
      guard !taken[name], text.tokens[name].joinsPrevious, finder.isNameWord(name, in: text, first: true),
        !Self.isAdjectiveShaped(text.foldedScalars(name))
      else { continue }
      taken[name] = true
      mentions.append(nilMention(tokens: name..<(name + 1), type: "LOCATION", evidence: "nil:place-head", in: text))
    }
  }

  /// A nisba (رملي، اصطناعية), a فعيل/فعيلة adjective (صغيرة، جميل), an active participle
  /// فاعل/فاعلة (نائية، عالية) or a م‑ participle (مهجورة، مرتفع).
  private static func isAdjectiveShaped(_ word: ArraySlice<UInt32>) -> Bool {
    guard let last = word.last, word.count >= 3 else { return true }
    let start = word.startIndex
    if last == 0x064A || (last == 0x0647 && word[word.endIndex - 2] == 0x064A) { return true }
    if word[start] == 0x0645 && word.count >= 4 { return true }
    if word[start + 1] == 0x0627 { return true }
    return word.count >= 4 && word[start + 2] == 0x064A
  }

  private static let authorityHeads = NonNameWords.hashes("بلدية ولاية محافظة")

  /// The heads, bare and after و.
  private static let authorityHeadsWithConjunction = NonNameWords.hashes(
    "بلدية ولاية محافظة وبلدية وولاية ومحافظة")

  /// Verbs of deciding, launching or announcing, past and present, feminine as the heads are.
  private static let actingVerbs = NonNameWords.hashes(
    """
    أطلقت تطلق أعلنت تعلن قررت تقرر نظمت تنظم دعت تدعو أصدرت تصدر وقعت توقع أقرت تقر نفذت تنفذ باشرت
    تباشر شرعت تشرع افتتحت تفتتح خصصت تخصص رصدت منعت تمنع حذرت تحذر طالبت تطالب أكدت تؤكد أوضحت
    قالت أطلقتها اتخذت تتخذ
    """)

  private static let placeHeads: WordHashSet = {
    let heads = ["جزيرة", "شاطئ", "خليج", "جبل", "وادي", "جزر"]
    return NonNameWords.hashes(
      heads.flatMap { head in ["", "و", "ب", "وب", "ل", "ف"].map { $0 + head } }.joined(separator: " "))
  }()
}
