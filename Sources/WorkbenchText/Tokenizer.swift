/// Splits text into words, numbers, punctuation, symbols, URLs, e-mail addresses, hashtags
/// and mentions, with scalar offsets, in one pass over the scalars.
///
/// Rules, chosen so that Arabic and English news tokenize predictably:
/// - A word is a run of letters of one script with their combining marks: a change between
///   Arabic and Latin letters starts a new token (`Ektisadiاقتصادي` is two tokens). Latin words
///   may continue with ASCII digits (`F16`, `COVID19`); ZWNJ/ZWJ between letters stay inside.
/// - A number starts with a digit: digits of any system, with `.` `,` ٫ ٬ between digits.
///   Letters after a number start a new token (`٢٠٢٦م` → `٢٠٢٦` `م`, `28th` → `28` `th`).
/// - Hyphens and apostrophes are punctuation (`Al-Assad` → `Al` `-` `Assad`); proclitics are
///   not split here (see `CliticSegmenter`).
/// - Whitespace, bidi marks, zero-width and control characters are never part of a token
///   (except ZWNJ/ZWJ inside a word).
///
/// Tokens are ranges; nothing is allocated per token.
public struct Tokenizer: Sendable, Hashable {
  /// Which special tokens to recognize; without them their parts become words and punctuation.
  public struct Options: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let urls = Options(rawValue: 1 << 0)
    public static let emails = Options(rawValue: 1 << 1)
    public static let hashtags = Options(rawValue: 1 << 2)
    public static let mentions = Options(rawValue: 1 << 3)
    public static let all: Options = [.urls, .emails, .hashtags, .mentions]
  }

  public var options: Options

  public init(options: Options = .all) {
    self.options = options
  }

  /// The tokens of a text, offsets in its scalars.
  public func tokenize(_ text: String) -> [Token] {
    tokenize(ScalarText.scalars(of: text))
  }

  /// The tokens of a normalized text, offsets in its normalized scalars (map them with
  /// `NormalizedText.originalRange(_:)`).
  public func tokenize(_ text: NormalizedText) -> [Token] {
    tokenize(text.scalars)
  }

  /// The tokens of an array of scalars, offsets into it.
  public func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(scalars.count / 5 + 4)
    forEachToken(in: scalars) { tokens.append($0) }
    return tokens
  }

  /// Calls `body` with every token in order, without building an array.
  public func forEachToken(in scalars: [Unicode.Scalar], _ body: (Token) -> Void) {
    scalars.withUnsafeBufferPointer { buffer in
      ScalarClassTable.dense.withUnsafeBufferPointer { classes in
        var scanner = TokenScanner(buffer: buffer, classes: classes, options: options)
        while let token = scanner.next() { body(token) }
      }
    }
  }
}

/// The scanning state of one `Tokenizer` pass.
struct TokenScanner {
  let p: UnsafeBufferPointer<Unicode.Scalar>
  let classes: UnsafeBufferPointer<UInt8>
  let n: Int
  let options: Tokenizer.Options
  var i = 0
  /// Where the last failed e-mail/domain scan stopped: a scan from a later start inside the
  /// same run would fail too, and repeating it would make `a.a.a.a...` quadratic.
  var specialScanLimit = 0

  init(
    buffer: UnsafeBufferPointer<Unicode.Scalar>, classes: UnsafeBufferPointer<UInt8>,
    options: Tokenizer.Options
  ) {
    self.p = buffer
    self.classes = classes
    self.n = buffer.count
    self.options = options
  }

  @inline(__always) func value(_ index: Int) -> UInt32 { p[index].value }

  @inline(__always) func cls(_ index: Int) -> ScalarClass {
    let v = p[index].value
    if v < ScalarClassTable.denseLimit {
      return ScalarClass(rawValue: classes[Int(v)]).unsafelyUnwrapped
    }
    return ScalarClassTable.classify(v)
  }

  mutating func next() -> Token? {
    while i < n {
      let start = i
      let c = cls(i)
      switch c {
      case .whitespace, .invisible:
        i += 1
        continue
      case .latinLetter:
        if let special = scanLatinSpecial(start) { return special }
        return scanWord(start)
      case .arabicLetter, .otherLetter, .mark:
        return scanWord(start)
      case .digit:
        return scanNumber(start)
      case .punctuation, .symbol:
        let v = value(start)
        if v == 0x23, options.contains(.hashtags), let tag = scanHashtag(start) { return tag }
        if v == 0x40, options.contains(.mentions), let mention = scanMention(start) { return mention }
        return c == .punctuation ? scanPunctuation(start) : scanSymbol(start)
      }
    }
    return nil
  }

  // MARK: Words and numbers

  private mutating func scanWord(_ start: Int) -> Token {
    var letterClass: ScalarClass? = nil
    var j = start
    while j < n {
      let c = cls(j)
      if c.isLetter {
        if let known = letterClass, known != c { break }
        letterClass = c
      } else if c == .mark {
        // Marks stay with the letters before them.
      } else if c == .digit {
        guard letterClass == .latinLetter, value(j) < 0x80 else { break }
      } else if c == .invisible, value(j) == 0x200C || value(j) == 0x200D {
        guard j + 1 < n, cls(j + 1) == letterClass || cls(j + 1) == .mark else { break }
      } else {
        break
      }
      j += 1
    }
    i = j
    let script: Script
    switch letterClass {
    case .arabicLetter?: script = .arabic
    case .latinLetter?: script = .latin
    case .otherLetter?: script = .other
    default: script = ArabicScalars.isTashkeel(value(start)) ? .arabic : .other
    }
    return Token(start: start, end: j, kind: .word, script: script)
  }

  private mutating func scanNumber(_ start: Int) -> Token {
    var j = start
    var arabicDigits = false
    while j < n {
      let v = value(j)
      if cls(j) == .digit {
        if v >= 0x0660 && v <= 0x06F9 { arabicDigits = true }
        j += 1
      } else if Digits.isNumberSeparator(v), j + 1 < n, cls(j + 1) == .digit {
        j += 1
      } else {
        break
      }
    }
    i = j
    return Token(start: start, end: j, kind: .number, script: arabicDigits ? .arabic : .common)
  }

  // MARK: Punctuation and symbols

  private mutating func scanPunctuation(_ start: Int) -> Token {
    let v = value(start)
    var j = start + 1
    while j < n && value(j) == v { j += 1 }
    i = j
    return Token(start: start, end: j, kind: .punctuation, script: .common)
  }

  private mutating func scanSymbol(_ start: Int) -> Token {
    var j = start + 1
    while j < n {
      let c = cls(j)
      if c == .mark || (0x1F3FB...0x1F3FF).contains(value(j)) {
        j += 1
      } else if value(j) == 0x200D, j + 1 < n, cls(j + 1) == .symbol {
        j += 2
      } else {
        break
      }
    }
    i = j
    return Token(start: start, end: j, kind: .symbol, script: .common)
  }

  // MARK: Hashtags and mentions

  private mutating func scanHashtag(_ start: Int) -> Token? {
    var j = start + 1
    var sawArabic = false
    var sawOther = false
    while j < n {
      let c = cls(j)
      if c == .arabicLetter {
        sawArabic = true
      } else if c == .latinLetter || c == .otherLetter {
        sawOther = true
      } else if !(c == .mark || c == .digit || value(j) == 0x5F) {
        break
      }
      j += 1
    }
    guard sawArabic || sawOther else { return nil }
    i = j
    let script: Script = sawArabic && sawOther ? .mixed : sawArabic ? .arabic : sawOther ? .latin : .common
    return Token(start: start, end: j, kind: .hashtag, script: script)
  }

  private mutating func scanMention(_ start: Int) -> Token? {
    var j = start + 1
    while j < n, isASCIIWordChar(value(j)) { j += 1 }
    guard j > start + 1 else { return nil }
    i = j
    return Token(start: start, end: j, kind: .mention, script: .latin)
  }

  // MARK: URLs, e-mail addresses, domains

  @inline(__always) private func isASCIIAlnum(_ v: UInt32) -> Bool {
    (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
  }

  @inline(__always) private func isASCIIWordChar(_ v: UInt32) -> Bool {
    isASCIIAlnum(v) || v == 0x5F
  }

  @inline(__always) private func lower(_ v: UInt32) -> UInt32 {
    v >= 0x41 && v <= 0x5A ? v + 0x20 : v
  }

  private func hasPrefix(_ start: Int, _ prefix: StaticString) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard start + count <= n else { return false }
    return prefix.withUTF8Buffer { bytes in
      for k in 0..<count where lower(value(start + k)) != UInt32(bytes[k]) { return false }
      return true
    }
  }

  /// A URL, e-mail address or bare domain starting at a Latin letter, or nil.
  private mutating func scanLatinSpecial(_ start: Int) -> Token? {
    if options.contains(.urls),
      hasPrefix(start, "http://") || hasPrefix(start, "https://") || hasPrefix(start, "www.")
    {
      return scanURL(start)
    }
    guard options.contains(.emails) || options.contains(.urls), start >= specialScanLimit else { return nil }
    // Cheap rejection: a special token needs `.` or `@` right after the first ASCII label.
    var j = start
    while j < n, isASCIIAlnum(value(j)) || value(j) == 0x2D || value(j) == 0x5F { j += 1 }
    guard j < n, value(j) == 0x2E || value(j) == 0x40 || value(j) == 0x2B || value(j) == 0x25
    else {
      specialScanLimit = j
      return nil
    }
    while j < n, isEmailLocalChar(value(j)) { j += 1 }
    if j < n, value(j) == 0x40, options.contains(.emails), let end = domainEnd(j + 1, requireTLD: false) {
      i = end
      return Token(start: start, end: end, kind: .email, script: .latin)
    }
    if options.contains(.urls), let end = domainEnd(start, requireTLD: true) {
      var k = end
      if k < n, value(k) == 0x2F { k = urlEnd(k) }
      i = k
      return Token(start: start, end: k, kind: .url, script: .latin)
    }
    specialScanLimit = j
    return nil
  }

  private func isEmailLocalChar(_ v: UInt32) -> Bool {
    isASCIIAlnum(v) || v == 0x2E || v == 0x5F || v == 0x25 || v == 0x2B || v == 0x2D
  }

  /// The end of a domain name (labels of ASCII letters, digits and `-` joined by `.`) starting
  /// at `start`: at least two labels, the last one letters only; with `requireTLD`, the last
  /// label must be a known top-level domain.
  private func domainEnd(_ start: Int, requireTLD: Bool) -> Int? {
    var j = start
    var labels = 0
    var lastLabelStart = start
    var end = start
    while j < n {
      let labelStart = j
      while j < n, isASCIIAlnum(value(j)) || value(j) == 0x2D { j += 1 }
      guard j > labelStart else { break }
      labels += 1
      lastLabelStart = labelStart
      end = j
      guard j + 1 < n, value(j) == 0x2E, isASCIIAlnum(value(j + 1)) else { break }
      j += 1
    }
    guard labels >= 2 else { return nil }
    let tld = p[lastLabelStart..<end]
    guard tld.count >= 2, tld.allSatisfy({ ScalarClass.of($0.value) == .latinLetter }) else { return nil }
    if requireTLD {
      var name = ""
      for scalar in tld { name.unicodeScalars.append(Unicode.Scalar(lower(scalar.value))!) }
      guard Self.knownTopLevelDomains.contains(name) else { return nil }
    }
    return end
  }

  private mutating func scanURL(_ start: Int) -> Token {
    let end = urlEnd(start)
    i = end
    return Token(start: start, end: end, kind: .url, script: .latin)
  }

  /// The end of a URL: up to whitespace, a quote or an angle bracket, without trailing
  /// sentence punctuation.
  private func urlEnd(_ start: Int) -> Int {
    var j = start
    while j < n {
      let v = value(j)
      let c = cls(j)
      if c == .whitespace || c == .invisible { break }
      if v == 0x22 || v == 0x3C || v == 0x3E || v == 0xAB || v == 0xBB || v == 0x201C
        || v == 0x201D
      {
        break
      }
      j += 1
    }
    while j > start + 1 {
      switch value(j - 1) {
      case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D, 0x27, 0x060C, 0x061B, 0x061F:
        j -= 1
        continue
      default:
        break
      }
      break
    }
    return j
  }

  /// Top-level domains recognized in bare domains (`Ektisadi.com`); short enough that
  /// sentences missing a space after a full stop are rarely mistaken for domains.
  static let knownTopLevelDomains: Set<String> = [
    "com", "net", "org", "info", "gov", "edu", "int", "mil", "biz", "news", "online", "site",
    "io", "tv", "me", "ru", "sy", "lb", "sa", "ae", "eg", "iq", "jo", "qa", "kw", "om", "bh",
    "ye", "ps", "ma", "dz", "tn", "ly", "sd", "tr", "ir", "uk", "fr", "de", "cn", "eu", "ua",
  ]
}
