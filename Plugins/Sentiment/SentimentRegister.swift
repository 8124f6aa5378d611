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
/// كده، دلوقتي، بدي، هيك، شو، ليش، وش، ايش، ياخي، والله ...).
public struct SocialMarkers: Sendable {
  public private(set) var count = 0
  /// The words of the text.
  public private(set) var words = 0

  init(_ scalars: [Unicode.Scalar], text: SentimentText) {
    var repeated = 0
    var previous: Unicode.Scalar? = nil
    var bangs = 0
    for (index, scalar) in scalars.enumerated() {
      let value = scalar.value
      let next = index + 1 < scalars.count ? scalars[index + 1] : " "
      switch value {
      case 0x40, 0x23:  // @ #
        if next.properties.isAlphabetic || ("0"..."9").contains(next) || next == "_" { count += 1 }
      case 0x1F300...0x1FAFF, 0x2600...0x27BF, 0x2764:
        count += 1
      case 0x21, 0x3F, 0x061F:  // ! ? ؟
        bangs += 1
        if bangs == 2 { count += 1 }
      default:
        break
      }
      if !(value == 0x21 || value == 0x3F || value == 0x061F) { bangs = 0 }
      if scalar == previous, scalar.properties.isAlphabetic {
        repeated += 1
        if repeated == 2 { count += 1 }
      } else {
        repeated = 0
      }
      previous = scalar
    }
    count += Self.emoticons(scalars)
    for token in text.tokens where token.kind == .word || token.kind == .url || token.kind == .mention {
      if token.kind == .url {
        count += 1
        continue
      }
      if token.kind == .mention { continue }
      words += 1
      if Self.words.contains(text.normalized.string(token.range)) { count += 1 }
    }
  }

  /// :) :-) :( :-( :D :P ;) <3 xD XD
  private static func emoticons(_ scalars: [Unicode.Scalar]) -> Int {
    var found = 0
    for index in scalars.indices.dropLast() {
      let a = scalars[index], b = scalars[index + 1]
      switch (a, b) {
      case (":", ")"), (":", "("), (":", "D"), (":", "P"), (";", ")"), ("<", "3"), ("x", "D"), ("X", "D"):
        found += 1
      case (":", "-") where index + 2 < scalars.count && ")(DP".unicodeScalars.contains(scalars[index + 2]):
        found += 1
      default:
        break
      }
    }
    return found
  }

  /// Laughter and dialect words, folded as the featurizer folds them.
  static let words: Set<String> = {
    let written = [
      "ههه", "هههه", "ههههه", "هههههه", "هه", "haha", "hahaha", "lol", "lmao", "omg",
      "مش", "مو", "ايه", "ليه", "ليش", "عشان", "علشان", "كده", "كدا", "دلوقتي", "بدي", "بدك", "هيك", "شو",
      "وش", "ايش", "ياخي", "يخي", "والله", "اوي", "برضه", "برضو", "ازاي", "فين", "امتى", "منيح", "كتير",
      "هلق", "هاد", "هادا", "شنو", "بزاف", "واش", "ديال", "ده", "احنا", "انتو", "اللي",
    ]
    return Set(written.map { SentimentFeaturizer.normalizer.normalizedString($0) })
  }()
}
