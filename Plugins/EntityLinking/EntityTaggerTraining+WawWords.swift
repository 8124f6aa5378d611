extension EntityTaggerTraining {
  /// The Arabic words of clitic-segmented training files whose first letter و belongs to the
  /// word (`وسام`, `وفاء`, `وزارة`, `وادي`): in such a file the conjunction stands alone
  /// (`و تعتبر`), so a word that still begins with و is written so. They join the model's
  /// `nameStarts`, so that a name's first word keeps its و (`وسجل وسام أبو علي` gives `وسام`,
  /// not `سام`).
  ///
  /// Only files where the lone و is common count as segmented (at least one Arabic token in
  /// a hundred): in unsegmented text every `وقال` would look like a word. A word must occur
  /// twice, so that a segmentation slip seen once adds nothing.
  static func wawWords(in documents: [EntityGoldDocument]) -> Set<UInt64> {
    let waw: UInt32 = 0x0648
    let loneWaw = TokenizedText.hash([waw])
    var arabicTokens = 0
    var loneWaws = 0
    var counts: [UInt64: Int] = [:]
    for document in documents {
      let text = TokenizedText(document.text)
      for position in text.tokens.indices where !text.tokens[position].isLatin {
        let token = text.tokens[position]
        arabicTokens += 1
        if token.hash == loneWaw {
          loneWaws += 1
          continue
        }
        let scalars = text.foldedScalars(position)
        guard scalars.count >= 4, scalars.first == waw else { continue }
        counts[token.hash, default: 0] += 1
      }
    }
    guard arabicTokens > 0, loneWaws * 100 >= arabicTokens else { return [] }
    return Set(counts.filter { $0.value >= 2 }.keys)
  }
}
