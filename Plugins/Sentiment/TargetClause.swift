import WorkbenchText

/// A stretch of a sentence judged for the entity mentions inside it (`level: target`).
///
/// A sentence is cut at , ، ; ؛ outside quotation marks (a quotation is one statement). A piece
/// that opens with a word continuing the previous piece's statement joins it: circumstantial
/// participles of reporting (مؤكدا، مشددا، معربا عن، مشيرا إلى; stressing, adding) and وأن
/// ("and that"), whose subject is the previous piece's. So in "وجدد الوزير دعم بلاده، مشددا على
/// أهمية الاستقرار" the minister's mention is judged on both pieces. A clause with fewer than
/// `minimumWords` words says little on its own ("من جانبه"): its mentions take the sentence.
///
/// The participle's subject is the subject of the reporting verb, not of the content it
/// reports: in "قالت المتحدثة إن نورلاند تحافظ على اتصالات مكثفة، مضيفة: ..." (and "the spokeswoman
/// said that Norland ..., adding ...") what the spokeswoman adds is hers. So a mention inside
/// reported content (from إن / أن / بأن / that to the end of its piece) is judged on that content
/// alone, a mention inside the addition on the addition alone; mentions before the content
/// (the speaker's side) take the joined clause.
struct TargetClause: Sendable {
  /// The scalars of the sentence this clause covers, separators included: clauses tile the
  /// sentence, so a mention is found by its offset.
  var stretch: Range<Int>
  /// The span judged for mentions inside `stretch`: the clause without its separators and the
  /// blanks around them, or the whole sentence when the clause is too short.
  var judged: Range<Int>
  /// Reported content that a continuation does not extend: the scalars from its complementizer
  /// to the end of its piece, the span judged for mentions inside them, and the span judged
  /// for mentions in the speaker's addition after them.
  var reported: (content: Range<Int>, judged: Range<Int>, addition: Range<Int>)? = nil

  /// The words a clause needs to be judged on its own.
  static let minimumWords = 5

  /// Normalized first words that continue the previous piece's statement.
  static let continuationWords: Set<String> = {
    let participles = [
      "مؤكدا", "مؤكدة", "مشددا", "مشددة", "مشيرا", "مشيرة", "معربا", "معربة", "موضحا", "موضحة",
      "لافتا", "لافتة", "داعيا", "داعية", "مضيفا", "مضيفة", "معتبرا", "معتبرة", "واصفا", "واصفة",
      "منوها", "منوهة", "مبديا", "مبدية", "معلنا", "معلنة", "مجددا", "مجددة", "متعهدا", "متعهدة",
      "مطالبا", "مطالبة", "مشيدا", "مشيدة", "مثمنا", "مثمنة", "معبرا", "معبرة", "قائلا", "قائلة",
      "محذرا", "محذرة", "مبينا", "مبينة", "وأن", "وبأن", "وإن",
      "saying", "adding", "stressing", "noting", "stating", "calling", "describing", "urging",
      "insisting", "expressing", "pledging", "reaffirming", "praising", "warning",
    ]
    return Set(participles.map { SentimentFeaturizer.normalizer.normalizedString($0) })
  }()

  /// Normalized words that open reported content ("said that ...").
  static let complementizers: Set<String> = Set(
    ["إن", "أن", "بأن", "that"].map { SentimentFeaturizer.normalizer.normalizedString($0) })

  /// The clauses of `sentence` (original scalar offsets), in order, tiling it; linear in its
  /// length. `text` is the prepared text of the whole document (for the first words).
  static func clauses(of sentence: Range<Int>, _ scalars: [Unicode.Scalar], text: SentimentText) -> [TargetClause] {
    // Pieces between separators outside quotations, each with its word count.
    var pieces: [(range: Range<Int>, words: Int)] = []
    var start = sentence.lowerBound
    var words = 0
    var inWord = false
    var straightQuoteOpen = false
    var quoteDepth = 0
    for index in sentence {
      let value = scalars[index].value
      switch value {
      case 0x22: straightQuoteOpen.toggle()
      case 0x201C, 0x00AB: quoteDepth += 1
      case 0x201D, 0x00BB: quoteDepth = max(0, quoteDepth - 1)
      case 0x2C, 0x060C, 0x3B, 0x061B:
        guard !straightQuoteOpen, quoteDepth == 0 else { break }
        pieces.append((start..<index + 1, words))
        start = index + 1
        words = 0
        inWord = false
        continue
      default: break
      }
      let isSpace = scalars[index].properties.isWhitespace
      if !isSpace, !inWord { words += 1 }
      inWord = !isSpace
    }
    if start < sentence.upperBound || pieces.isEmpty { pieces.append((start..<sentence.upperBound, words)) }

    // Continuations join the piece before them, except for the content that piece reports.
    var units: [(range: Range<Int>, words: Int, reported: Range<Int>?)] = []
    for piece in pieces {
      if let last = units.last, opensWithContinuation(piece.range, text: text) {
        let reported = last.reported ?? reportedContent(last.range, text: text)
        units[units.count - 1] = (last.range.lowerBound..<piece.range.upperBound, last.words + piece.words, reported)
      } else {
        units.append((piece.range, piece.words, nil))
      }
    }
    return units.map { unit in
      var clause = TargetClause(
        stretch: unit.range,
        judged: unit.words >= minimumWords ? trimmed(unit.range, scalars) : sentence)
      if let content = unit.reported {
        clause.reported = (
          content, trimmed(content, scalars), trimmed(content.upperBound..<unit.range.upperBound, scalars)
        )
      }
      return clause
    }
  }

  /// The reported content of `piece`: from its last complementizer to its end, when at least
  /// `TargetScope.minimumWords` words follow it (scalar offsets).
  private static func reportedContent(_ piece: Range<Int>, text: SentimentText) -> Range<Int>? {
    let words = text.tokens(in: piece).filter { text.tokens[$0].kind == .word }
    guard
      let opener = words.lastIndex(where: { complementizers.contains(text.normalized.string(text.tokens[$0].range)) }),
      words.count - opener - 1 >= TargetScope.minimumWords
    else { return nil }
    let start = text.normalized.originalRange(text.tokens[words[opener]].range).lowerBound
    return start..<piece.upperBound
  }

  /// The judged span of the clause whose stretch holds `offset` (its reported content's or its
  /// addition's, when `offset` falls inside one of them).
  static func judged(containing offset: Int, in clauses: [TargetClause]) -> Range<Int> {
    var low = 0
    var high = clauses.count - 1
    while low < high {
      let middle = (low + high) / 2
      if clauses[middle].stretch.upperBound <= offset { low = middle + 1 } else { high = middle }
    }
    if let reported = clauses[low].reported, offset >= reported.content.lowerBound {
      return offset < reported.content.upperBound ? reported.judged : reported.addition
    }
    return clauses[low].judged
  }

  private static func opensWithContinuation(_ range: Range<Int>, text: SentimentText) -> Bool {
    let tokens = text.tokens(in: range)
    guard let first = tokens.first(where: { text.tokens[$0].kind == .word }) else { return false }
    let token = text.tokens[first]
    var word = String.UnicodeScalarView()
    word.append(contentsOf: text.normalized.scalars[token.range])
    return continuationWords.contains(String(word))
  }

  /// `range` without a trailing separator and the blanks around it.
  private static func trimmed(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    if upper > lower, [0x2C, 0x060C, 0x3B, 0x061B].contains(scalars[upper - 1].value) { upper -= 1 }
    while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
    while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
    return lower..<upper
  }
}
