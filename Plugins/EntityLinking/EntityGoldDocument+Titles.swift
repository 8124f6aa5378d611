extension EntityGoldDocument {
  /// The document with the title and role words at the start of its person mentions left out
  /// (`الامير عبد القادر` → `عبد القادر`, `President Obama` → `Obama`): annotated corpora differ
  /// on this, and the stage never puts a title in a name (it is the `title` attribute).
  public func withoutLeadingTitles() -> EntityGoldDocument {
    guard mentions.contains(where: { $0.type == "PERSON" }) else { return self }
    var text = TokenizedText(self.text)
    let cues = CueWords()
    cues.classify(&text)
    var copy = self
    for index in copy.mentions.indices where copy.mentions[index].type == "PERSON" {
      let mention = copy.mentions[index]
      var position = text.tokens.firstIndex { Int($0.end) > mention.start } ?? text.tokens.count
      while position < text.tokens.count, Int(text.tokens[position].end) < mention.end {
        let isTitle =
          text.tokens[position].isLatin
          ? NilMentionFinder.latinTitles.contains(text.foldedString(position))
          : cues.contains(cues.titles, token: position, in: text)
        guard isTitle else { break }
        position += 1
        copy.mentions[index].start = Int(text.tokens[position].start)
      }
    }
    return copy
  }
}
