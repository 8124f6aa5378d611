/// How each Latin word is usually written in running text: lower case (a common word), with a
/// capital (a name), either, or seen once; learned from the training texts and stored in the
/// model. It tells the tagger what a word's case cannot where every word is capitalized: in an
/// all-caps headline ("APPLE TO OPEN NEW CAMPUS") and at a sentence's start ("The", "Apple").
public struct WordCaseProfile: Sendable, Equatable {
  enum Usage: UInt8 {
    case unseen = 0
    case lower, capitalized, mixed, onceLower, onceCapitalized
  }

  /// Folded word hash → `Usage.rawValue` (never `unseen`).
  var usages: [UInt64: UInt8] = [:]

  init(usages: [UInt64: UInt8] = [:]) {
    self.usages = usages
  }

  /// Counts the Latin words of `texts` where their case is a choice: not a sentence's first
  /// word, not in an all-caps sentence, not one letter.
  init(learningFrom texts: [TokenizedText]) {
    var counts: [UInt64: (lower: Int, capitalized: Int)] = [:]
    for text in texts {
      let capsLine = Self.allCapsSentences(text)
      for sentence in EntityTaggerTrainer.sentences(of: text) {
        for position in sentence.dropFirst() where !capsLine[position] {
          let token = text.tokens[position]
          guard token.isLatin, token.foldedEnd - token.foldedStart >= 2, token.scalarBefore != 0x3A else { continue }
          if token.startsUppercase {
            counts[token.hash, default: (0, 0)].capitalized += 1
          } else {
            counts[token.hash, default: (0, 0)].lower += 1
          }
        }
      }
    }
    for (hash, count) in counts {
      let total = count.lower + count.capitalized
      let usage: Usage =
        total == 1
        ? (count.lower == 1 ? .onceLower : .onceCapitalized)
        : Double(count.lower) >= 0.9 * Double(total)
          ? .lower : Double(count.capitalized) >= 0.9 * Double(total) ? .capitalized : .mixed
      usages[hash] = usage.rawValue
    }
  }

  func usage(_ hash: UInt64) -> UInt8 { usages[hash] ?? 0 }

  /// Per token: whether its sentence is a Latin all-caps line (a headline, a credit), where
  /// capitals say nothing about names. Three Latin words of two letters or more, four in five
  /// of them all capitals.
  static func allCapsSentences(_ text: TokenizedText) -> [Bool] {
    var result = [Bool](repeating: false, count: text.tokens.count)
    for sentence in text.sentences {
      var words = 0
      var capitals = 0
      for position in sentence {
        let token = text.tokens[position]
        guard token.isLatin, token.foldedEnd - token.foldedStart >= 2, text.folded[Int(token.foldedStart)] > 0x39 else {
          continue
        }
        words += 1
        if token.isAllUppercase { capitals += 1 }
      }
      if words >= 3 && capitals * 5 >= words * 4 {
        for position in sentence { result[position] = true }
      }
    }
    return result
  }
}
