/// The parts of a news story that say where it was filed and by whom rather than what it is
/// about: its dateline (`LONDON (Reuters) -`, `NEW YORK, March 3 (AP) —`, `تونس (وات) -`,
/// `سوسة :`), wire credits in parentheses (`(Reporting by ...; Editing by ...)`), bylines
/// (`By Jane Doe`, or a name alone on a line below the title or at the end: `Jane Doe`), all-caps
/// heading lines (`SOCCER - ENGLISH PREMIER LEAGUE STANDINGS`), the desk's sign-off
/// (`-- London Newsroom +44 20 7000 0000`) and a copyright line (`(c) Reuters Limited 1996`).
/// Their words are collected as formula terms, never shown: a dateline city or a heading word
/// would otherwise label a topic by desk instead of subject. The same word in the body of a
/// story is an ordinary term.
enum StoryFormulaSpans {
  /// A dateline is looked for in this many first non-empty lines (the title, then the lead).
  static let datelineLines = 2
  /// Words a dateline has at most before its dash, parentheses not counted.
  static let datelineWords = 6
  /// Words before a colon, or Arabic words before a dash, for them to end a dateline
  /// (`سوسة :`, `سيدي بوزيد -`), not a clause.
  static let colonDatelineWords = 2
  /// Words a heading line has at most.
  static let headingWords = 12
  /// A name alone on a line is a byline in this many first non-empty lines (not the first, the
  /// title), or on the last.
  static let nameBylineLines = 3
  /// Words a sign-off line (`-- Jakarta Newsroom +62 21 000 0000`) has at most.
  static let signOffWords = 10

  /// The spans to skip, in scalar offsets of `text`, in order and not overlapping.
  static func find(in text: [Unicode.Scalar]) -> [Range<Int>] {
    var spans: [Range<Int>] = []
    var lineStart = 0
    var nonEmptyLines = 0
    /// The last line with a letter, unless it is already skipped, and whether it is a name.
    var lastLine: (range: Range<Int>, isName: Bool)?
    /// Names alone on one of the first lines: bylines, unless they are all the story has.
    var topNames: [Range<Int>] = []
    while lineStart < text.count {
      var lineEnd = lineStart
      while lineEnd < text.count, !isLineBreak(text[lineEnd]) { lineEnd += 1 }
      let line = lineStart..<lineEnd
      if text[line].contains(where: \.properties.isAlphabetic) {
        nonEmptyLines += 1
        lastLine = nil
        if isHeading(text, line) || isSignOff(text, line) {
          spans.append(line)
        } else {
          if nonEmptyLines <= datelineLines {
            if let dateline = dateline(text, line) { spans.append(dateline) }
            if let byline = byline(text, line) { spans.append(byline) }
          }
          let isName = isNameLine(text, line)
          // The first line is the title: "Cholera Outbreak Spreads" has a name's shape.
          if isName, nonEmptyLines > 1, nonEmptyLines <= nameBylineLines {
            topNames.append(line)
          } else {
            lastLine = (line, isName)
            spans.append(contentsOf: creditParentheses(text, line))
          }
        }
      }
      lineStart = lineEnd + 1
    }
    // A story of names alone is its own text, not bylines.
    if nonEmptyLines > topNames.count {
      spans.append(contentsOf: topNames)
      if let last = lastLine, last.isName, nonEmptyLines > topNames.count + 1 { spans.append(last.range) }
    }
    return merged(spans)
  }

  /// A line of Latin capitals only (at least three letters, no lower case, no Arabic).
  static func isHeading(_ text: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
    var upper = 0
    for scalar in text[line] {
      if isArabicLetter(scalar) || scalar.properties.isLowercase { return false }
      if scalar.properties.isUppercase { upper += 1 }
    }
    return upper >= 3 && words(text, line).count <= headingWords
  }

  /// From the line's start to the end of a dash (or a colon after a word or two) that closes
  /// a dateline: a few words, Latin ones capitalized, parentheses allowed (`(Reuters)`).
  static func dateline(_ text: [Unicode.Scalar], _ line: Range<Int>) -> Range<Int>? {
    var depth = 0
    var index = line.lowerBound
    let limit = min(line.upperBound, line.lowerBound + 100)
    while index < limit {
      let scalar = text[index]
      switch scalar {
      case "(": depth += 1
      case ")": depth = max(0, depth - 1)
      case "-", "–", "—", ":":
        let before = index > line.lowerBound ? text[index - 1] : " "
        let after = index + 1 < line.upperBound ? text[index + 1] : " "
        let spaced = (before == " " || before == ")" || before == "\u{A0}") && (after == " " || after == "\u{A0}")
        guard depth == 0, spaced else { break }
        let prefix = words(text, line.lowerBound..<index, outsideParentheses: true)
        // Arabic has no capitals to tell a place from a clause: a place name of two words
        // at most (`سيدي بوزيد`).
        let isArabic = prefix.contains { isArabicLetter(text[$0.lowerBound]) }
        let allowed = scalar == ":" || isArabic ? colonDatelineWords : datelineWords
        guard !prefix.isEmpty, prefix.count <= allowed else { return nil }
        let capitalized = prefix.allSatisfy { word in
          let first = text[word.lowerBound]
          return isArabicLetter(first) || first.properties.isUppercase || first.properties.numericType != nil
        }
        return capitalized ? line.lowerBound..<index + 1 : nil
      default: break
      }
      index += 1
    }
    return nil
  }

  /// `By Jane Doe` as a line of its own: a byline of at most five words.
  static func byline(_ text: [Unicode.Scalar], _ line: Range<Int>) -> Range<Int>? {
    // Checked first: counting the words of a long paragraph is what costs.
    guard line.count >= 4, line.count <= 60, text[line.lowerBound] == "B", text[line.lowerBound + 1] == "y",
      text[line.lowerBound + 2] == " "
    else { return nil }
    let lineWords = words(text, line)
    guard let first = lineWords.first, lineWords.count <= 5, String(String.UnicodeScalarView(text[first])) == "By"
    else { return nil }
    return line
  }

  /// A name alone on a line (`Peter Hall`, `Jane M. Doe`), as wire stories sign them: two or
  /// three Latin words of a capital and lower case (an initial with its dot may stand
  /// between), nothing else on the line.
  static func isNameLine(_ text: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
    guard line.count <= 40 else { return false }
    var names = 0
    var initials = 0
    for word in words(text, line) {
      let first = text[word.lowerBound]
      guard first.properties.isUppercase, !isArabicLetter(first) else { return false }
      if word.count == 1 {
        guard word.upperBound < line.upperBound, text[word.upperBound] == "." else { return false }
        initials += 1
      } else {
        guard text[word].dropFirst().allSatisfy(\.properties.isLowercase) else { return false }
        names += 1
      }
    }
    guard (2...3).contains(names), initials <= 1 else { return false }
    // Nothing but the words, spaces and an initial's dot.
    return text[line].allSatisfy { $0.properties.isAlphabetic || $0 == " " || $0 == "." }
      && text[line].last != "."
  }

  /// A desk's sign-off: a line that opens with `--` (`-- London Newsroom +44 20 7000 0000`),
  /// or a copyright line (`(c) Reuters Limited 1996`, `© AFP`), of a few words.
  static func isSignOff(_ text: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
    guard let start = text[line].firstIndex(where: { $0 != " " && $0 != "\t" }) else { return false }
    let opening = text[start..<min(line.upperBound, start + 3)]
    let opensSignOff =
      opening.starts(with: ["-", "-"]) || opening.first == "©"
      || (opening.count == 3 && opening.first == "("
        && (opening.dropFirst().first == "c" || opening.dropFirst().first == "C")
        && opening.last == ")")
    return opensSignOff && words(text, line).count <= signOffWords
  }

  /// Parentheses opening with a credit word: `(Reporting by ...; Editing by ...)`.
  static func creditParentheses(_ text: [Unicode.Scalar], _ line: Range<Int>) -> [Range<Int>] {
    var spans: [Range<Int>] = []
    var index = line.lowerBound
    while index < line.upperBound {
      guard text[index] == "(", let close = text[index..<line.upperBound].firstIndex(of: ")") else {
        index += 1
        continue
      }
      if let first = words(text, index + 1..<close).first {
        let word = String(String.UnicodeScalarView(text[first])).lowercased()
        if creditOpenings.contains(word) { spans.append(index..<close + 1) }
      }
      index = close + 1
    }
    return spans
  }

  static let creditOpenings: Set<String> = ["reporting", "writing", "editing", "compiled", "additional", "photo"]

  /// The words (runs of letters and digits) of `range`; with `outsideParentheses`, those not
  /// inside parentheses.
  static func words(_ text: [Unicode.Scalar], _ range: Range<Int>, outsideParentheses: Bool = false) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var depth = 0
    /// Where the current word starts, and whether it started inside parentheses.
    var start: (index: Int, inside: Bool)?
    for index in range {
      let scalar = text[index]
      let inWord = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      if inWord, start == nil { start = (index, depth > 0) }
      if !inWord, let begun = start {
        if !outsideParentheses || !begun.inside { result.append(begun.index..<index) }
        start = nil
      }
      if scalar == "(" { depth += 1 }
      if scalar == ")" { depth = max(0, depth - 1) }
    }
    if let begun = start, !outsideParentheses || !begun.inside { result.append(begun.index..<range.upperBound) }
    return result
  }

  static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\n" || scalar == "\r" || scalar == "\u{2029}" || scalar == "\u{2028}"
  }

  static func isArabicLetter(_ scalar: Unicode.Scalar) -> Bool {
    (0x0620...0x064A).contains(scalar.value) || (0x066E...0x06D3).contains(scalar.value)
  }

  /// Sorted, with overlapping spans joined.
  static func merged(_ spans: [Range<Int>]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    for span in spans.sorted(by: { $0.lowerBound < $1.lowerBound }) where !span.isEmpty {
      if let last = result.last, last.upperBound >= span.lowerBound {
        result[result.count - 1] = last.lowerBound..<max(last.upperBound, span.upperBound)
      } else {
        result.append(span)
      }
    }
    return result
  }
}
