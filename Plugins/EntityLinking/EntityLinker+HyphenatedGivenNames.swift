extension EntityLinker {
  /// NIL persons of two Latin words or more that stop before a hyphen and a lower-case syllable
  /// are grown over it: Korean and Chinese given names are written as two syllables joined by a
  /// hyphen, the second in lower case ("Kim Jae-won", "Moon Jae-in", "Xi Jin-ping"), and the
  /// tagger and the capitals rule, which read a lower-case word as no name, stop at "Kim Jae".
  /// Both parts must be shaped like one romanized syllable (consonants, vowels, a final n, ng,
  /// m, k, l, p, t or r), so "Biden-era", "Trump-backed" or "Musk-owned" stay out.
  func personsWithHyphenatedGivenNames(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    for index in mentions.indices where mentions[index].label == "PERSON" && mentions[index].isNil {
      let tokens = text.tokens(within: mentions[index].start, mentions[index].end)
      guard tokens.count >= 2, Int(text.tokens[tokens.upperBound - 1].end) == mentions[index].end,
        text.tokens[tokens.lowerBound].isLatin
      else { continue }
      let next = tokens.upperBound
      guard next < text.tokens.count, Self.isHyphenJoined(next, in: text), !text.tokens[next].startsUppercase,
        next + 1 == text.tokens.count || !Self.isHyphenJoined(next + 1, in: text),
        Self.isRomanizedSyllable(text.foldedString(next - 1)), Self.isRomanizedSyllable(text.foldedString(next)),
        !mentions.contains(where: { $0.start < Int(text.tokens[next].end) && Int(text.tokens[next].start) < $0.end })
      else { continue }
      let end = Int(text.tokens[next].end)
      let written = text.text(scalarsFrom: mentions[index].start, to: end)
      let name = PartialNameCoreference.words(of: written).joined(separator: " ")
      result[index].end = end
      result[index].id = NilMentionFinder.clusterID(name: name, type: "PERSON")
      result[index].nameEnglish = written
    }
    return result
  }

  /// Whether a folded Latin word is shaped like one syllable of romanized Korean or Chinese:
  /// up to three consonants, one to three vowels, then nothing or n, ng, m, k, l, p, t or r
  /// ("jae", "won", "in", "myung", "ping", "shek").
  static func isRomanizedSyllable(_ word: String) -> Bool {
    let letters = Array(word.utf8)
    guard (1...6).contains(letters.count) else { return false }
    let vowels: Set<UInt8> = Set("aeiouy".utf8)
    var position = 0
    while position < letters.count, position < 3, !vowels.contains(letters[position]),
      (0x61...0x7A).contains(letters[position])
    {
      position += 1
    }
    let vowelStart = position
    while position < letters.count, vowels.contains(letters[position]) { position += 1 }
    guard (1...3).contains(position - vowelStart) else { return false }
    let coda = String(decoding: letters[position...], as: UTF8.self)
    return ["", "n", "ng", "m", "k", "l", "p", "t", "r"].contains(coda)
  }
}
