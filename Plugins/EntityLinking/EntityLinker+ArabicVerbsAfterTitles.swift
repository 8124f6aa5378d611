extension EntityLinker {
  /// A verb right after a title read as a person's first word: "وقالت الوزيرة تعتزم الحكومة
  /// زيارة ..." (a verb in the present with ت, then its subject with the article) and "وقال
  /// الرئيس سيعقد مؤتمرا صحفيا" (a verb in the future, then an indefinite object in the
  /// accusative). Given names share both shapes (تامر، توفيق الربيعة; سيرجي، سيريل
  /// رامافوزا), so the word is a verb only when it begins no name in the tagger's training texts
  /// (`nameStarts`) and the word after it is of the verb's kind. A NIL person that opens with
  /// such a word right after a title is no person and is dropped; only NIL persons are read.
  func arabicPersonsThatAreVerbsAfterTitles(_ mentions: [LinkedMention], in text: TokenizedText, tagger: EntityTagger)
    -> [LinkedMention]
  {
    mentions.keeping { mention in
      guard mention.label == "PERSON", mention.isNil else { return true }
      let tokens = text.tokens(within: mention.start, mention.end)
      guard let first = tokens.first, Int(text.tokens[first].start) == mention.start, first + 1 < text.tokens.count,
        !text.tokens[first].isLatin, text.tokens[first + 1].joinsPrevious, !text.tokens[first + 1].isLatin,
        !tagger.model.nameStarts.contains(text.tokens[first].hash), titleBefore(first, in: text) != nil
      else { return true }
      return !(isPresentVerbBeforeItsSubject(first, in: text) || isFutureVerbBeforeItsObject(first, in: text))
    }
  }

  /// A word of four to six letters opening with ت (not تيـ, the foreign names تيري، تيتيه) and
  /// followed by a word with the article: a verb in the present and its subject or object
  /// (تعتزم الحكومة، تزور المنطقة).
  private func isPresentVerbBeforeItsSubject(_ position: Int, in text: TokenizedText) -> Bool {
    let scalars = text.foldedScalars(position)
    guard scalars.count >= 4, scalars.count <= 6, scalars.first == 0x062A,
      scalars[scalars.startIndex + 1] != 0x064A,
      !TitleClauseWords.givenNamesOfVerbalNounShape.contains(text.tokens[position].hash)
    else { return false }
    return CueWords.hasArticle(position + 1, in: text)
  }

  /// A verb with the future prefix (سيعقد، ستجري، سنواصل) followed by an indefinite noun in the
  /// accusative (مؤتمرا، اجتماعا، لقاء): the object with ا of the tanween on a noun's shape, or
  /// the ending اء.
  private func isFutureVerbBeforeItsObject(_ position: Int, in text: TokenizedText) -> Bool {
    let scalars = text.foldedScalars(position)
    guard scalars.count >= 5, scalars.count <= 7, scalars.first == 0x0633 else { return false }
    let prefix = scalars[scalars.startIndex + 1]
    guard prefix == 0x064A || prefix == 0x062A || prefix == 0x0646 || prefix == 0x0627 else { return false }
    let object = text.foldedScalars(position + 1)
    guard object.count >= 4, let last = object.last, !CueWords.hasArticle(position + 1, in: text) else { return false }
    // لقاء; مؤتمرا (no long vowel inside, as `isObjectShaped` reads it); اجتماعا (a verbal
    // noun's shape). A foreign family name ending in ا has long vowels and no such shape
    // (سيريل رامافوزا).
    if last == 0x0621 { return true }
    // Folding writes the hamza's seat ؤ as و (مؤتمرا), which the shape tests read as a long
    // vowel: the word as written keeps the hamza.
    let written = text.originalText(of: position + 1).unicodeScalars.map(\.value)
    let shaped = written.contains(0x0624) ? ArraySlice(written.filter { $0 != 0x0624 }) : object
    return last == 0x0627
      && (Self.isObjectShaped(shaped) || TitleClauseWords.hasVerbalNounShape(shaped.dropLast()))
  }
}
