/// A language as `LanguageIdentifier` tells them apart.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
  case arabic = "ar"
  case english = "en"
  /// Persian (Arabic script with پ چ ژ گ ک ی).
  case persian = "fa"
  /// Letters of another language or script (French, Russian ...).
  case other
  /// No letters to judge by.
  case none
}

/// What `LanguageIdentifier` found in a text.
public struct LanguageGuess: Sendable, Hashable {
  public var language: Language
  /// The script most letters are written in.
  public var script: Script
  /// The share of letters in that script (0-1), or for English the share of its words that
  /// are English function words when that decided.
  public var confidence: Double
  public var arabicLetters: Int
  public var latinLetters: Int
  public var otherLetters: Int

  public var letters: Int { arabicLetters + latinLetters + otherLetters }
}

/// Identifies the language of a document, a paragraph or a line: Arabic vs English vs other.
///
/// Script first (counting letters of the Arabic, Latin and other scripts); Arabic-script text
/// with Persian letters is Persian; Latin-script text is English when enough of its words are
/// English function words (`Stopwords.english`) or, for short lines of at most
/// `shortLineWords` words, when it is plain ASCII.
public struct LanguageIdentifier: Sendable {
  /// The share of English function words above which Latin text is English.
  public var englishStopwordShare: Double
  public var shortLineWords: Int

  public init(englishStopwordShare: Double = 0.12, shortLineWords: Int = 4) {
    self.englishStopwordShare = englishStopwordShare
    self.shortLineWords = shortLineWords
  }

  /// The language of a whole text.
  public func identify(_ text: String) -> LanguageGuess {
    let scalars = Array(text.unicodeScalars)
    return identify(scalars, 0..<scalars.count)
  }

  /// The language of `scalars[range]`.
  public func identify(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> LanguageGuess {
    var arabic = 0
    var latin = 0
    var other = 0
    var persian = 0
    var nonASCIILatin = 0
    for index in range {
      let value = scalars[index].value
      switch ScalarClass.of(value) {
      case .arabicLetter:
        arabic += 1
        switch value {
        case 0x067E, 0x0686, 0x0698, 0x06AF, 0x06A9, 0x06CC: persian += 1
        default: break
        }
      case .latinLetter:
        latin += 1
        if value >= 0x80 { nonASCIILatin += 1 }
      case .otherLetter: other += 1
      default: break
      }
    }
    var guess = LanguageGuess(
      language: .none, script: .common, confidence: 0, arabicLetters: arabic, latinLetters: latin,
      otherLetters: other)
    let total = arabic + latin + other
    guard total > 0 else { return guess }
    if arabic >= latin && arabic >= other {
      guess.script = .arabic
      guess.confidence = Double(arabic) / Double(total)
      guess.language = persian * 50 >= arabic && persian >= 2 ? .persian : .arabic
    } else if latin >= other {
      guess.script = .latin
      guess.confidence = Double(latin) / Double(total)
      guess.language = .other
      var words = 0
      var stopwords = 0
      let part = Array(scalars[range])
      Tokenizer(options: []).forEachToken(in: part) { token in
        guard token.kind == .word, token.script == .latin else { return }
        words += 1
        if Stopwords.english.contains(part[token.range]) { stopwords += 1 }
      }
      if words > 0 {
        let share = Double(stopwords) / Double(words)
        if share >= englishStopwordShare {
          guess.language = .english
          guess.confidence = min(guess.confidence, 0.5 + share)
        } else if words <= shortLineWords && nonASCIILatin == 0 {
          guess.language = .english
          guess.confidence = 0.5
        }
      }
    } else {
      guess.script = .other
      guess.confidence = Double(other) / Double(total)
      guess.language = .other
    }
    return guess
  }

  /// The language of every non-empty line (a paragraph in news pages), with its range.
  public func identifyLines(_ text: String) -> [(range: Range<Int>, guess: LanguageGuess)] {
    let scalars = Array(text.unicodeScalars)
    return Lines.ranges(scalars).map { ($0, identify(scalars, $0)) }
  }
}
