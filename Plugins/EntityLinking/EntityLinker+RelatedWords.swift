extension EntityLinker {
  /// Proclitics and the article a word may carry before a country's stem (folded): والكورية,
  /// بالكوري, للسوريين.
  private static let stemPrefixes: Set<[UInt32]> = Set(
    ["", "ال", "و", "ف", "ب", "ل", "ك", "وال", "فال", "بال", "كال", "لل", "ولل", "وب", "ول"].map {
      NameFolding.fold($0).unicodeScalars.map(\.value)
    })

  /// What may follow the stem: the country's own ending or a nisba's (كوريا، الكورية، الكوريون).
  private static let stemSuffixes: Set<[UInt32]> = Set(
    ["", "ا", "ه", "ي", "يه", "ين", "ون", "يون", "يين", "يان", "يات"].map {
      NameFolding.fold($0).unicodeScalars.map(\.value)
    })

  /// Whether an Arabic word of the text names the entity (a country) by the stem of its name or
  /// by its nisba: كوريا, الكوري, والكورية for South Korea (كوريا الجنوبية), السوري for Syria. It
  /// is the context a `contextual` alias needs (سيول is floods unless the text is about Korea).
  /// Read only for such an alias without other evidence, so it adds nothing per token elsewhere.
  func isNamedByAWord(_ id: String, in text: TokenizedText) -> Bool {
    guard let entity = knowledgeBase[id] else { return false }
    var stems = entity.demonyms_ar.map { NameFolding.fold($0).unicodeScalars.map(\.value) }
    if let first = entity.name_ar.split(separator: " ").first {
      var stem = NameFolding.fold(String(first)).unicodeScalars.map(\.value)
      if stem.starts(with: [0x0627, 0x0644]) { stem.removeFirst(2) }
      // A country's final ا or ة is not in its nisba (كوريا → كوري، سوريا → سوري).
      if stem.count > 3, stem.last == 0x0627 || stem.last == 0x0647 { stem.removeLast() }
      stems.append(stem)
    }
    stems = stems.filter { $0.count >= 3 }
    guard !stems.isEmpty else { return false }
    for position in text.tokens.indices where !text.tokens[position].isLatin {
      let word = text.foldedScalars(position)
      for stem in stems where word.count >= stem.count {
        // The stem first: the affix sets hash a new array, for the rare word that has the stem.
        for offset in 0...min(4, word.count - stem.count)
        where word[word.startIndex + offset] == stem[0] && word.dropFirst(offset).starts(with: stem)
          && Self.stemPrefixes.contains(Array(word.prefix(offset)))
          && Self.stemSuffixes.contains(Array(word.dropFirst(offset + stem.count)))
        {
          return true
        }
      }
    }
    return false
  }
}
