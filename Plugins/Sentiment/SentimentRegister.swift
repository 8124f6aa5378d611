import WorkbenchText

/// The register of a text: edited news prose, or social-media writing (tweets, comments).
///
/// The register decides how a document's tone is read: a social text is one statement, judged
/// as a whole by the model's decision; a news document is many sentences, most of them neutral
/// reports, so its tone is the mean of its sentences labelled by the score band (a one-sentence
/// news text takes its sentence's label). With `model: auto` it also picks the shipped model.
public enum SentimentRegister: String, Sendable, CaseIterable {
  case news
  case social

  /// The register of `scalars` judged by its features (`SocialMarkers`): a text is social when
  /// it has at least one marker in its first `shortLength` scalars, or at least one marker per
  /// `wordsPerMarker` words; otherwise news. Plain short texts without any marker (a headline,
  /// a formal tweet) read as news.
  static func detect(_ scalars: [Unicode.Scalar], text: SentimentText) -> SentimentRegister {
    let markers = SocialMarkers(scalars, text: text)
    if markers.count == 0 { return .news }
    if scalars.count <= shortLength { return .social }
    return markers.count * wordsPerMarker >= max(1, markers.words) ? .social : .news
  }

  /// The register of `text` judged by its features.
  public static func detect(_ text: String) -> SentimentRegister {
    let scalars = ScalarText.scalars(of: text)
    return detect(scalars, text: SentimentText(scalars))
  }

  /// Texts up to this many scalars (a tweet is at most 280 characters, plus links) are social
  /// with one marker.
  public static let shortLength = 600
  /// Longer texts need a marker per this many words.
  public static let wordsPerMarker = 40
}

/// The features that mark social-media writing, counted over a text: @mentions, hashtags,
/// links, emoji and pictographs, emoticons (:) :( :D ;) <3 xD), letters repeated three times
/// or more (حلوووو, sooo), laughter (ههه, haha, lol), runs of ! and ?, and dialect words that
/// edited news does not use (Egyptian, Levantine, Gulf and Maghrebi: مش، ايه، ليه، عشان،
/// كده، دلوقتي، بدي، هيك، شو، ليش، وش، ايش، ياخي، والله ...; these two in the first
/// `wordScanLength` scalars).
public struct SocialMarkers: Sendable {
  public private(set) var count = 0
  /// The words of the text.
  public private(set) var words = 0

  /// One pass over the scalar values and one over the word tokens (hashed, no strings): the
  /// stage runs this on every document.
  init(_ scalars: [Unicode.Scalar], text: SentimentText) {
    var repeated = 0
    var previous: UInt32 = 0
    var bangs = 0
    scalars.withUnsafeBufferPointer { scalars in
      for index in scalars.indices {
        let value = scalars[index].value
        let next = index + 1 < scalars.count ? scalars[index + 1].value : 0x20
        switch value {
        case 0x40, 0x23:  // @ #
          if Self.isWordScalar(next) { count += 1 }
        case 0x1F300...0x1FAFF, 0x2600...0x27BF:
          count += 1
        case 0x3A, 0x3B:  // :) :( :D :P ;) :-)
          let after = next == 0x2D && index + 2 < scalars.count ? scalars[index + 2].value : next
          if after == 0x29 || after == 0x28 || after == 0x44 || after == 0x50 { count += 1 }
        case 0x3C:  // <3
          if next == 0x33 { count += 1 }
        case 0x78, 0x58:  // xD
          if next == 0x44, index + 2 == scalars.count || !Self.isWordScalar(scalars[index + 2].value),
            index == 0 || !Self.isWordScalar(scalars[index - 1].value)
          {
            count += 1
          }
        default:
          break
        }
        if value == 0x21 || value == 0x3F || value == 0x061F {  // ! ? ؟
          bangs += 1
          if bangs == 2 { count += 1 }
        } else {
          bangs = 0
        }
        if value == previous, Self.isLetter(value) {
          repeated += 1
          if repeated == 2 { count += 1 }
        } else {
          repeated = 0
        }
        previous = value
      }
    }
    let normalized = text.normalized.scalars
    for token in text.tokens {
      switch token.kind {
      case .url:
        count += 1
      case .word:
        words += 1
        if token.start < Self.wordScanLength, token.length <= Self.longestWord,
          Self.words.contains(SentimentFeaturizer.hash(normalized, token.range))
        {
          count += 1
        }
      default:
        continue
      }
    }
  }

  @inline(__always) private static func isLetter(_ value: UInt32) -> Bool {
    (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x0621...0x064A).contains(value)
  }

  @inline(__always) private static func isWordScalar(_ value: UInt32) -> Bool {
    isLetter(value) || (0x30...0x39).contains(value) || value == 0x5F || (0x0660...0x0669).contains(value)
  }

  /// Laughter and dialect words, folded as the featurizer folds them.
  static let words: Set<UInt64> = {
    let written = [
      "ههه", "هههه", "ههههه", "هههههه", "هه", "haha", "hahaha", "lol", "lmao", "omg",
      "مش", "مو", "ايه", "ليه", "ليش", "عشان", "علشان", "كده", "كدا", "دلوقتي", "بدي", "بدك", "هيك", "شو",
      "وش", "ايش", "ياخي", "يخي", "والله", "اوي", "برضه", "برضو", "ازاي", "فين", "امتى", "منيح", "كتير",
      "هلق", "هاد", "هادا", "شنو", "بزاف", "واش", "ديال", "ده", "احنا", "انتو", "اللي",
    ]
    return Set(
      written.map {
        let folded = SentimentFeaturizer.normalizer.normalize($0).scalars
        return SentimentFeaturizer.hash(folded, 0..<folded.count)
      })
  }()

  /// Laughter and dialect words are looked for in this many first (normalized) scalars: a
  /// long text shows its register early, and hashing every word of a long article would cost
  /// a fifth of the stage's time.
  static let wordScanLength = 1_200

  /// No marker word is longer than this.
  static let longestWord = 7
}
