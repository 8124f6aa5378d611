/// One person per name in a document: a shorter person mention whose words end a longer one
/// ("Scholz" after "Olaf Scholz", "الشرع" after "أحمد الشرع") is the same person, and takes its
/// id, whether the longer one is linked or NIL.
enum PartialNameCoreference {
  static func resolve(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    // Folding names is the cost here: none is needed without a NIL person and another person.
    let persons = mentions.lazy.filter { $0.label == "PERSON" }
    guard persons.contains(where: \.isNil), persons.dropFirst().first != nil else { return mentions }
    let words = mentions.map { mention -> [String] in
      guard mention.label == "PERSON" else { return [] }
      return Self.words(of: text.text(scalarsFrom: mention.start, to: mention.end))
    }
    var result = mentions
    for index in mentions.indices
    where mentions[index].label == "PERSON" && mentions[index].isNil && !words[index].isEmpty {
      let short = words[index]
      // The longest full name ending with these words; linked ones first.
      let full = mentions.indices.filter { other in
        other != index && words[other].count > short.count && words[other].suffix(short.count).elementsEqual(short)
      }.max { a, b in
        (mentions[a].isNil ? 0 : 1, words[a].count) < (mentions[b].isNil ? 0 : 1, words[b].count)
      }
      guard let full else { continue }
      let entity = mentions[full]
      result[index].id = entity.id
      result[index].isNil = entity.isNil
      result[index].nameEnglish = entity.nameEnglish
      result[index].nameArabic = entity.nameArabic
      result[index].evidence = entity.isNil ? ["nil:tagger", "partial-name"] : ["discourse", "partial-name"]
    }
    return result
  }

  /// The folded words of a name, as the cluster id is made of.
  static func words(of name: String) -> [String] {
    let folded = NameFolding.fold(name)
    return simpleWords(of: folded) ?? folded.split { !($0.isLetter || $0.isNumber) }.map(String.init)
  }

  /// The words of a folded name made only of printable ASCII and Arabic letters without marks
  /// (nearly every name once folded), split scalar by scalar; nil for any other name. There
  /// each scalar is a character of its own, and a letter or a number exactly when it is an
  /// ASCII letter or digit or an Arabic letter, so the words are those of the split by
  /// characters, without its grapheme breaking and property look-ups.
  static func simpleWords(of folded: String) -> [String]? {
    // Read as UTF-8 bytes, each word made a string straight from them: the scalar view's
    // indices and a string built from a slice of it cost several times more.
    var folded = folded
    return folded.withUTF8 { bytes -> [String]? in
      var words: [String] = []
      var wordStart = -1
      var index = 0
      func appendWord(upTo end: Int) {
        words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<end]), as: UTF8.self))
        wordStart = -1
      }
      while index < bytes.count {
        let byte = bytes[index]
        let isWordScalar: Bool
        var length = 1
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: isWordScalar = true
        case 0x20...0x7E: isWordScalar = false
        case 0xC0...0xDF where index + 1 < bytes.count:
          // Two bytes: a word scalar only when it is one of the Arabic letters.
          let value = (UInt32(byte & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F)
          guard value >= 0x0621 && value <= 0x064A else { return nil }
          isWordScalar = true
          length = 2
        default: return nil
        }
        if isWordScalar {
          if wordStart < 0 { wordStart = index }
        } else if wordStart >= 0 {
          appendWord(upTo: index)
        }
        index += length
      }
      if wordStart >= 0 { appendWord(upTo: bytes.count) }
      return words
    }
  }

}
