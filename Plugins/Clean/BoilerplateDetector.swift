import WorkbenchText

/// A span of boilerplate and why.
public struct BoilerplateSpan: Sendable, Hashable {
  public var range: Range<Int>
  public var reason: BoilerplateReason
}

/// Finds boilerplate in a news page by line-level features: length, script and language,
/// links and file-name patterns, known prompt, navigation and disclaimer phrases, and
/// repetition. No rule names a site; phrase lists hold page furniture common to many sites.
public struct BoilerplateDetector: Sendable {
  public var reasons: Set<BoilerplateReason>
  /// Lines of at most this many words without final punctuation count as labels.
  public var maximumLabelWords: Int
  /// A line in another language is boilerplate from this many words on (shorter ones only
  /// as labels or navigation).
  public var minimumOtherLanguageWords: Int
  /// ... and up to this many: longer paragraphs in another language are text of a bilingual
  /// document, not comments.
  public var maximumOtherLanguageWords: Int
  private let navigation: Set<String>
  private let commentPrompts: Set<String>
  private let disclaimers: WordSequenceMatcher
  private let stockAgencies = WordSequenceMatcher(["getty images", "shutterstock", "alamy", "istock"])
  private let photoAgencies = WordSequenceMatcher(BoilerplatePhrases.photoAgencies)
  private let creditKeywords: Set<String>
  private let identifier = LanguageIdentifier()

  public init(
    reasons: Set<BoilerplateReason> = Set(BoilerplateReason.allCases), maximumLabelWords: Int = 3,
    minimumOtherLanguageWords: Int = 4, maximumOtherLanguageWords: Int = 25, extraNavigation: [String] = [],
    extraCommentPrompts: [String] = [], extraDisclaimers: [String] = []
  ) {
    self.reasons = reasons
    self.maximumLabelWords = maximumLabelWords
    self.minimumOtherLanguageWords = minimumOtherLanguageWords
    self.maximumOtherLanguageWords = maximumOtherLanguageWords
    navigation = Set((BoilerplatePhrases.navigation + extraNavigation).map(LineFeatures.fold))
    commentPrompts = Set((BoilerplatePhrases.commentPrompts + extraCommentPrompts).map(LineFeatures.fold))
    disclaimers = WordSequenceMatcher((BoilerplatePhrases.disclaimers + extraDisclaimers).map(LineFeatures.fold))
    creditKeywords = Set(BoilerplatePhrases.creditKeywords.map(LineFeatures.fold))
  }

  /// The boilerplate spans of a text, sorted by start.
  public func detect(_ text: String) -> [BoilerplateSpan] {
    let scalars = Array(text.unicodeScalars)
    let documentLanguage = identifier.identify(scalars, 0..<scalars.count)
    // Lines in file order; nil for blank lines, which separate blocks.
    let lines: [LineFeatures?] = Lines.allRanges(scalars).map { range in
      guard let trimmed = trim(scalars, range) else { return nil }
      return LineFeatures(scalars: scalars, range: trimmed, identifier: identifier)
    }
    // Letters per language: a language that holds a fifth of the text is not spam in it.
    var lettersByLanguage: [Language: Int] = [:]
    var allLetters = 0
    for line in lines.compactMap({ $0 }) {
      lettersByLanguage[line.language.language, default: 0] += line.language.letters
      allLetters += line.language.letters
    }
    let minorLanguages = Set(lettersByLanguage.filter { $0.value * 5 < allLetters }.keys)
    var marks = [BoilerplateReason?](repeating: nil, count: lines.count)
    for (index, line) in lines.enumerated() {
      guard let line else { continue }
      marks[index] = wholeLineReason(
        line, scalars: scalars, documentLanguage: documentLanguage, minorLanguages: minorLanguages)
    }
    markRepeatedLabels(lines, &marks)
    markLabelsInBoilerplateBlocks(lines, &marks)
    var spans: [BoilerplateSpan] = []
    for (index, line) in lines.enumerated() {
      guard let line else { continue }
      if let reason = marks[index] {
        if reasons.contains(reason) { spans.append(BoilerplateSpan(range: line.range, reason: reason)) }
      } else if reasons.contains(.photoCredit) {
        spans += creditParentheticals(scalars, line.range).map { BoilerplateSpan(range: $0, reason: .photoCredit) }
      }
    }
    return spans.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  // MARK: Whole lines

  private func wholeLineReason(
    _ line: LineFeatures, scalars: [Unicode.Scalar], documentLanguage: LanguageGuess,
    minorLanguages: Set<Language>
  ) -> BoilerplateReason? {
    if line.wordCount <= 8, commentPrompts.contains(line.words) { return .commentPrompt }
    if disclaimers.matches(line.words) { return .disclaimer }
    if isNavigation(line, scalars) { return .navigation }
    if isSiteName(line, scalars) { return .siteName }
    if isImageFileName(line, scalars) { return .imageFile }
    if isCreditLine(line, scalars) { return .photoCredit }
    if minorLanguages.contains(line.language.language), isOtherLanguage(line, documentLanguage) {
      return .otherLanguage
    }
    return nil
  }

  private func segments(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = range.lowerBound
    for index in range {
      switch scalars[index].value {
      case 0x7C, 0x2022, 0xB7, 0xA6:
        result.append(start..<index)
        start = index + 1
      default: break
      }
    }
    result.append(start..<range.upperBound)
    return result.compactMap { trim(scalars, $0) }
  }

  private func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
    ScalarString.make(scalars[range])
  }

  private func isNavigation(_ line: LineFeatures, _ scalars: [Unicode.Scalar]) -> Bool {
    guard line.wordCount <= 12, !line.endsWithSentencePunctuation else { return false }
    if navigation.contains(line.words) { return true }
    let parts = segments(scalars, line.range)
    return parts.count >= 2
      && parts.allSatisfy { navigation.contains(LineFeatures.fold(string(scalars, $0))) }
  }

  /// A line of links only, or a page title whose `|`-separated parts include a domain or
  /// repeat each other ("Title | Site.com | Site.com").
  private func isSiteName(_ line: LineFeatures, _ scalars: [Unicode.Scalar]) -> Bool {
    if line.urlCount >= 1 && line.otherTokenCount == 0 { return true }
    let parts = segments(scalars, line.range)
    guard parts.count >= 2 else { return false }
    let folded = parts.map { LineFeatures.fold(string(scalars, $0)) }
    let hasDomainPart = parts.contains { part in
      let tokens = Tokenizer().tokenize(Array(scalars[part]))
      return tokens.count == 1 && tokens[0].kind == .url
    }
    return hasDomainPart || Set(folded).count < folded.count
  }

  private func isImageFileName(_ line: LineFeatures, _ scalars: [Unicode.Scalar]) -> Bool {
    let text = Array(scalars[line.range])
    if !line.containsWhitespace || line.wordCount <= 3 {
      // A name with an image extension: "IMG_2041.jpg", "photo-1.webp".
      for token in text.split(whereSeparator: { ScalarClass.of($0.value) == .whitespace }) {
        if let dot = token.lastIndex(of: "."), dot < token.endIndex - 1 {
          let ext = String(String.UnicodeScalarView(token[(dot + 1)...])).lowercased()
          if BoilerplatePhrases.imageExtensions.contains(ext), dot > token.startIndex { return true }
        }
      }
    }
    guard !line.containsWhitespace, text.count >= 16 else { return false }
    // A generated slug: ASCII letters and digits joined by - and _, with digits, or with "__".
    var separators = 0
    var digits = 0
    var doubleUnderscore = false
    for (index, scalar) in text.enumerated() {
      let value = scalar.value
      if value == 0x2D || value == 0x5F {
        separators += 1
        if value == 0x5F, index > 0, text[index - 1].value == 0x5F { doubleUnderscore = true }
      } else if value >= 0x30 && value <= 0x39 {
        digits += 1
      } else if !(value >= 0x41 && value <= 0x5A) && !(value >= 0x61 && value <= 0x7A) {
        return false
      }
    }
    return doubleUnderscore || (separators >= 3 && digits > 0)
  }

  /// A short line that opens with a credit keyword and a colon: "Photo: AFP", "تصوير: ...".
  private func isCreditLine(_ line: LineFeatures, _ scalars: [Unicode.Scalar]) -> Bool {
    guard line.wordCount <= 15 else { return false }
    return opensWithCreditKeyword(scalars, line.range)
  }

  private func opensWithCreditKeyword(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
    guard let colon = scalars[range].firstIndex(where: { $0 == ":" }), colon - range.lowerBound <= 20
    else { return false }
    return creditKeywords.contains(LineFeatures.fold(string(scalars, range.lowerBound..<colon)))
  }

  private func isOtherLanguage(_ line: LineFeatures, _ document: LanguageGuess) -> Bool {
    guard line.wordCount >= minimumOtherLanguageWords, line.wordCount <= maximumOtherLanguageWords,
      document.language != .none,
      line.language.language != .none, line.language.language != document.language
    else { return false }
    let lettersInDocumentScript: Int
    switch document.script {
    case .arabic: lettersInDocumentScript = line.language.arabicLetters
    case .latin: lettersInDocumentScript = line.language.latinLetters
    default: lettersInDocumentScript = line.language.otherLetters
    }
    return lettersInDocumentScript * 10 <= line.language.letters
  }

  // MARK: Labels

  /// Short label lines that occur more than once ("سياسة" under every teaser).
  private func markRepeatedLabels(_ lines: [LineFeatures?], _ marks: inout [BoilerplateReason?]) {
    var occurrences: [String: Int] = [:]
    for line in lines.compactMap({ $0 }) where line.isLabelLike(maximumWords: maximumLabelWords) {
      occurrences[line.words, default: 0] += 1
    }
    for (index, line) in lines.enumerated() {
      guard let line, marks[index] == nil, line.isLabelLike(maximumWords: maximumLabelWords),
        occurrences[line.words, default: 0] >= 2
      else { continue }
      marks[index] = .categoryLabel
    }
  }

  /// In a run of consecutive lines, each boilerplate or label-like, that holds boilerplate,
  /// the labels are page furniture too ("Contact Us / Site.com / اقتصاد"). Blank lines and
  /// lines of text end a run.
  private func markLabelsInBoilerplateBlocks(_ lines: [LineFeatures?], _ marks: inout [BoilerplateReason?]) {
    var run: [Int] = []
    func flush(_ marks: inout [BoilerplateReason?]) {
      if run.contains(where: { marks[$0] != nil && marks[$0] != .otherLanguage }) {
        for index in run where marks[index] == nil { marks[index] = .categoryLabel }
      }
      run.removeAll()
    }
    for (index, line) in lines.enumerated() {
      if let line, marks[index] != nil || line.isLabelLike(maximumWords: maximumLabelWords) {
        run.append(index)
      } else {
        flush(&marks)
      }
    }
    flush(&marks)
  }

  // MARK: Credits inside lines

  /// Parentheticals that are photo credits: "(Credit: NAME/POOL/AFP عبر Getty Images)".
  private func creditParentheticals(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var open: Int?
    for index in range {
      switch scalars[index].value {
      case 0x28, 0x5B: open = index
      case 0x29, 0x5D:
        if let start = open, index - start <= 200 {
          let inside = (start + 1)..<index
          if let trimmed = trim(scalars, inside), isCredit(scalars, trimmed) {
            result.append(start..<index + 1)
          }
        }
        open = nil
      default: break
      }
    }
    return result
  }

  private func isCredit(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
    if opensWithCreditKeyword(scalars, range) { return true }
    let words = LineFeatures.fold(string(scalars, range))
    return stockAgencies.matches(words) || (scalars[range].contains("/") && photoAgencies.matches(words))
  }

  private func trim(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int>? {
    BlankTrimming.trim(scalars, range)
  }
}
