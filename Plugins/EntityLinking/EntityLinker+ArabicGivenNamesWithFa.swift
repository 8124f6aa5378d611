extension EntityLinker {
  /// Arabic given names that open with ف (فراس، فارس، فيصل): the clitic reader takes the letter
  /// for the conjunction when what remains begins a name too (فراس gave راس, the رأس of رأس
  /// الخيمة). A person whose span starts one letter into such a word gets the letter back; the
  /// conjunction of فقال or فأكد stays outside, those words being no given names.
  func arabicPersonsWithGivenNameFa(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    for index in mentions.indices where mentions[index].label == "PERSON" {
      let mention = mentions[index]
      // The word cut one letter in starts before the mention: it is the first token from the
      // scalar before the mention's start.
      guard mention.start > 0, let first = text.tokens(within: mention.start - 1, mention.end).first,
        Int(text.tokens[first].start) == mention.start - 1, !text.tokens[first].isLatin,
        text.folded[Int(text.tokens[first].foldedStart)] == 0x0641,
        Self.givenNamesWithFa.contains(text.tokens[first].hash)
      else { continue }
      var whole = mention
      whole.start = Int(text.tokens[first].start)
      let written = text.text(scalarsFrom: whole.start, to: whole.end)
      whole.nameArabic = written
      if mention.isNil {
        whole.id = NilMentionFinder.clusterID(
          name: PartialNameCoreference.words(of: written).joined(separator: " "), type: "PERSON")
      }
      whole.evidence.append("nil:given-name-fa")
      result[index] = whole
    }
    return result
  }

  /// Common Arabic given names opening with ف, as written in news (folded forms hashed).
  private static let givenNamesWithFa = NonNameWords.hashes(
    """
    فراس فارس فيصل فهد فؤاد فادي فريد فتحي فوزي فواز فايز فاضل فالح فهمي فاروق فرحان فاطمة فدوى فريدة
    فوزية فيروز فرج فخري فرات
    """)
}
