/// Scans UTF-8 text: first a pre-filter that finds the regions worth parsing (around digits
/// and trigger words) at near byte-scan speed, then a tokenizer for those regions only.
///
/// Both passes fold scalars the same way (`TemporalScalar`) and hash words with `WordHasher`;
/// the pre-filter keeps nothing but region bounds, so text without temporal words costs one
/// decode, one hash per word and one table probe per word.
struct TemporalScanner {
  /// A stretch of the text to tokenize and parse.
  struct Region: Equatable {
    var byteStart: Int
    var byteEnd: Int
    /// The scalar offset of `byteStart`.
    var scalarStart: Int
  }

  let lexicon: TemporalLexicon
  /// `TemporalScalar.table`, held here so the hot loops do not go through a global's
  /// one-time initialization check for every scalar.
  private let classes: [TemporalScalar] = TemporalScalar.table
  /// `TemporalScalar.wordCodes`, held here for the same reason.
  private let wordCodes: [UInt32] = TemporalScalar.wordCodes

  init(lexicon: TemporalLexicon) {
    self.lexicon = lexicon
  }

  @inline(__always)
  private func classify(_ value: UInt32) -> TemporalScalar {
    value < 0x700 ? classes[Int(value)] : TemporalScalar.classify(value)
  }
  /// Words kept before the first trigger of a region: an expression can start up to this many
  /// words before its trigger ("الخامس عشر من تشرين الأول"), and a forecast or future word that
  /// far back still sets the tense. Ten words would reach a forecast verb nine words back, but
  /// cost about 4% of the stage's speed on the 10,000-document corpus for no change there.
  var wordsBefore = 8
  /// Words kept before a trigger that follows Arabic منذ within `sinceReach` words: the verb
  /// that decides between "ago" and "for" can head a long clause ("أطلقت السلطات المحلية في
  /// المحافظة … حملة تطعيم منذ ثلاثة أيام"). Only these regions start earlier, so the scan
  /// does no more work per word.
  var wordsBeforeSince = 16
  /// How far after منذ its amount's trigger may come: six words, for a bound before the
  /// amount ("منذ أكثر من ثلاثة أشهر", "منذ ما يزيد على عامين", "منذ ما لا يقل عن ثلاثة أشهر").
  var sinceReach = 6
  /// Words after the last trigger of a region before it closes.
  var wordsAfter = 10

  @inline(__always)
  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (UInt32, Int) {
    let lead = bytes[index]
    if lead < 0x80 { return (UInt32(lead), 1) }
    let count = bytes.count
    if lead < 0xE0, index + 1 < count {
      return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
    }
    if lead < 0xF0, index + 2 < count {
      return (
        UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
          | UInt32(bytes[index + 2] & 0x3F), 3
      )
    }
    if index + 3 < count {
      return (
        UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
          | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F), 4
      )
    }
    return (0xFFFD, 1)
  }

  /// The regions of the text that hold a digit or a trigger word, with context around them.
  func regions(_ bytes: UnsafeBufferPointer<UInt8>) -> [Region] {
    wordCodes.withUnsafeBufferPointer { regions(bytes, codes: $0) }
  }

  /// The scalar at `index` and its length: `decode`, with the two-byte case (Arabic) first.
  @inline(__always)
  private static func nextScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (UInt32, Int) {
    let lead = bytes[index]
    if lead >= 0x80, lead < 0xE0, index &+ 1 < bytes.count {
      return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[index &+ 1] & 0x3F), 2)
    }
    return decode(bytes, index)
  }

  /// `TemporalScalar.wordCode(of:)` through the table, which the caller holds as a buffer so
  /// that the loop over a word's letters pays no bounds check for it.
  @inline(__always)
  private static func wordCode(_ value: UInt32, _ codes: UnsafeBufferPointer<UInt32>) -> UInt32 {
    value < 0x700 ? codes[Int(value)] : TemporalScalar.wordCode(of: value)
  }

  private func regions(_ bytes: UnsafeBufferPointer<UInt8>, codes: UnsafeBufferPointer<UInt32>) -> [Region] {
    var regions: [Region] = []
    // A ring of the starts of the last `wordsBefore` words.
    var ringBytes = [Int](repeating: 0, count: max(wordsBefore, wordsBeforeSince) + 1)
    var ringScalars = [Int](repeating: 0, count: max(wordsBefore, wordsBeforeSince) + 1)
    var lastSinceWord = Int.min / 2
    var wordCount = 0
    // `wordCount % ring count`, kept by hand: a division per word is measurable here.
    var slot = 0
    var open: Region?
    var lastTriggerWord = 0
    // Where the open region may end: the start of the word `wordsAfter + 1` words past its
    // last trigger, once the scan has reached it.
    var closing: (byte: Int, scalar: Int)?
    var index = 0
    var scalar = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      // Fast path: ASCII that is neither a letter nor a digit.
      if byte < 0x80, !(byte >= 0x30 && byte <= 0x39), !((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) {
        index += 1
        scalar += 1
        continue
      }
      let (value, length) = Self.decode(bytes, index)
      let kind = classify(value)
      let wordByteStart = index
      let wordScalarStart = scalar
      var trigger = false
      switch kind {
      case .letter(let folded):
        var hasher = WordHasher()
        hasher.add(folded)
        index += length
        scalar += 1
        while index < count {
          let (next, nextLength) = Self.nextScalar(bytes, index)
          let code = Self.wordCode(next, codes)
          if code > TemporalScalar.ignorableInWord {
            hasher.add(code)
          } else if code == TemporalScalar.endsWord {
            break
          }
          index &+= nextLength
          scalar &+= 1
        }
        if let hit = lexicon.lookup(hasher.value) {
          if hit.trigger { trigger = true }
          if hit.reachesBack { lastSinceWord = wordCount }
        }
      case .digit:
        trigger = true
        index += length
        scalar += 1
        while index < count {
          let (next, nextLength) = Self.decode(bytes, index)
          guard case .digit = classify(next) else { break }
          index += nextLength
          scalar += 1
        }
      default:
        index += length
        scalar += 1
        continue
      }
      // A word or number ended at `index`.
      ringBytes[slot] = wordByteStart
      ringScalars[slot] = wordScalarStart
      if open != nil, closing == nil, wordCount - lastTriggerWord > wordsAfter {
        closing = (wordByteStart, wordScalarStart)
      }
      if trigger {
        let reach = wordCount - lastSinceWord <= sinceReach ? wordsBeforeSince : wordsBefore
        let back = max(0, wordCount - reach) % ringBytes.count
        if let region = open, let end = closing, ringBytes[back] >= end.byte {
          regions.append(Region(byteStart: region.byteStart, byteEnd: end.byte, scalarStart: region.scalarStart))
          open = nil
        }
        if open == nil {
          open = Region(byteStart: ringBytes[back], byteEnd: count, scalarStart: ringScalars[back])
        }
        closing = nil
        lastTriggerWord = wordCount
      }
      wordCount += 1
      slot += 1
      if slot == ringBytes.count { slot = 0 }
    }
    if let region = open {
      regions.append(
        Region(byteStart: region.byteStart, byteEnd: closing?.byte ?? count, scalarStart: region.scalarStart))
    }
    return regions
  }

  /// The tokens of a region.
  func tokens(_ bytes: UnsafeBufferPointer<UInt8>, _ region: Region) -> [TemporalToken] {
    wordCodes.withUnsafeBufferPointer { tokens(bytes, region, codes: $0) }
  }

  private func tokens(
    _ bytes: UnsafeBufferPointer<UInt8>, _ region: Region, codes: UnsafeBufferPointer<UInt32>
  ) -> [TemporalToken] {
    var tokens: [TemporalToken] = []
    // About one token per four bytes (words, signs, Arabic letters of two bytes): growing the
    // array step by step cost more than the spare room.
    tokens.reserveCapacity((min(region.byteEnd, bytes.count) - region.byteStart) / 4 + 4)
    var index = region.byteStart
    var scalar = region.scalarStart
    var newline = false
    var space = false
    let end = min(region.byteEnd, bytes.count)
    // Scalar offsets of the first letters of the current word, to drop proclitics.
    var letterOffsets = (0, 0, 0, 0)
    var letterBytes = (0, 0, 0, 0)
    // The first folded letters of the current word, to see whether it carries ال.
    var firstLetters = (UInt32(0), UInt32(0), UInt32(0), UInt32(0), UInt32(0), UInt32(0))
    while index < end {
      let (value, length) = Self.decode(bytes, index)
      let kind = classify(value)
      switch kind {
      case .space(let isNewline):
        newline = newline || isNewline
        space = true
        index += length
        scalar += 1
      case .ignorable:
        index += length
        scalar += 1
      case .punctuation(let sign):
        tokens.append(
          TemporalToken(
            kind: .punctuation, start: scalar, end: scalar + 1, wordStart: scalar, entry: nil,
            number: Int(sign), digits: 0, newlineBefore: newline, spaceBefore: space,
            conjunction: false, byteStart: index, byteEnd: index + length))
        newline = false
        space = false
        index += length
        scalar += 1
      case .digit(let digit):
        let start = scalar
        let startByte = index
        var number = digit
        var digits = 1
        index += length
        scalar += 1
        while index < end {
          let (next, nextLength) = Self.decode(bytes, index)
          guard case .digit(let nextDigit) = classify(next) else { break }
          if digits < 12 { number = number * 10 + nextDigit }
          digits += 1
          index += nextLength
          scalar += 1
        }
        tokens.append(
          TemporalToken(
            kind: .number, start: start, end: scalar, wordStart: start, entry: nil,
            number: number, digits: digits, newlineBefore: newline, spaceBefore: space,
            conjunction: false, byteStart: startByte, byteEnd: index))
        newline = false
        space = false
      case .letter(let folded):
        let start = scalar
        var hasher = WordHasher()
        hasher.add(folded)
        var letters = 1
        letterOffsets = (start, start, start, start)
        let startByte = index
        letterBytes = (index, index, index, index)
        firstLetters = (folded, 0, 0, 0, 0, 0)
        // The last three letters, for the tense of an unknown word.
        var tail = (UInt32(0), UInt32(0), folded)
        index += length
        scalar += 1
        while index < end {
          let (next, nextLength) = Self.nextScalar(bytes, index)
          let nextFolded = Self.wordCode(next, codes)
          if nextFolded > TemporalScalar.ignorableInWord {
            switch letters {
            case 1:
              letterOffsets.1 = scalar
              letterBytes.1 = index
              firstLetters.1 = nextFolded
            case 2:
              letterOffsets.2 = scalar
              letterBytes.2 = index
              firstLetters.2 = nextFolded
            case 3:
              letterOffsets.3 = scalar
              letterBytes.3 = index
              firstLetters.3 = nextFolded
            case 4: firstLetters.4 = nextFolded
            case 5: firstLetters.5 = nextFolded
            default: break
            }
            hasher.add(nextFolded)
            tail = (tail.1, tail.2, nextFolded)
            letters &+= 1
          } else if nextFolded == TemporalScalar.endsWord {
            break
          }
          index &+= nextLength
          scalar &+= 1
        }
        let hit = lexicon.lookup(hasher.value)
        var tokenStart = start
        var tokenByte = startByte
        if let hit, hit.prefixLetters > 0 {
          switch hit.prefixLetters {
          case 1: (tokenStart, tokenByte) = (letterOffsets.1, letterBytes.1)
          case 2: (tokenStart, tokenByte) = (letterOffsets.2, letterBytes.2)
          default: (tokenStart, tokenByte) = (letterOffsets.3, letterBytes.3)
          }
        }
        let conjunction = (hit?.prefixLetters ?? 0) > 0 && folded == 0x0648
        // A constant copy: a function that read the variable would pay a runtime exclusivity
        // check at every call.
        let wordLetters = firstLetters
        func letter(_ n: Int) -> UInt32 {
          switch n {
          case 0: return wordLetters.0
          case 1: return wordLetters.1
          case 2: return wordLetters.2
          case 3: return wordLetters.3
          case 4: return wordLetters.4
          default: return wordLetters.5
          }
        }
        let skip = min(hit?.prefixLetters ?? 0, 3)
        // "للعام" (ل + ال with its alef dropped) counts as definite too.
        let definite =
          (letter(skip) == 0x0627 && letter(skip + 1) == 0x0644)
          || (skip > 0 && letter(skip - 1) == 0x0644 && letter(skip) == 0x0644)
        // ل after an optional و or ف: "لشهر", "ولشهر".
        let conjunctionLetters = skip > 1 && (folded == 0x0648 || folded == 0x0641) ? 1 : 0
        let tense = hit == nil ? TemporalScanner.tense(first: letter, count: letters, tail: tail) : 0
        let decision =
          hit?.decision
          ?? (folded < 0x0250 && letters >= 5 && TemporalLexicon.englishDecisionHashes.contains(hasher.value))
        let verbalNoun = hit == nil && folded >= 0x0600 && TemporalScanner.isVerbalNoun(first: letter, count: letters)
        if folded == 0x0648, letters == 1 {
          // A lone و (before digits: "و12").
          tokens.append(
            TemporalToken(
              kind: .word, start: start, end: scalar, wordStart: start, entry: .keyword(.and),
              number: 0, digits: 0, newlineBefore: newline, spaceBefore: space, conjunction: false,
              byteStart: startByte, byteEnd: index, holidayHead: HolidayCatalog.andOpensPhrase))
        } else {
          tokens.append(
            TemporalToken(
              kind: .word, start: tokenStart, end: scalar, wordStart: start, entry: hit?.entry,
              number: 0, digits: 0, newlineBefore: newline, spaceBefore: space,
              conjunction: conjunction, byteStart: tokenByte, byteEnd: index, latin: folded < 0x0250,
              definite: definite, tense: tense,
              imperfect: hit == nil && tense == 0 && letters >= 3
                && (folded == 0x064A || folded == 0x062A || folded == 0x0646),
              purpose: skip > conjunctionLetters && letter(conjunctionLetters) == 0x0644,
              capitalized: value >= 0x41 && value <= 0x5A, opensRegion: hit?.trigger ?? false, decision: decision,
              verbalNoun: verbalNoun, wordHash: hasher.value, holidayHead: hit?.holidayHead ?? false,
              eveWord: hit?.eveWord ?? false))
        }
        newline = false
        space = false
      }
    }
    return tokens
  }

  /// The tense an unknown word's form suggests (see `TemporalToken.tense`): an English word of
  /// five letters or more in -ed (not -eed, which is mostly "need", "proceed"), an Arabic
  /// perfect verb by its suffix (`arabicPerfect`), or an Arabic word of five letters or more
  /// (after و/ف) that starts with س and an imperfect prefix (ي ت ن أ), does not end like a
  /// noun (ة، ات) and has no alef third (سيارة، سياسة).
  static func tense(first letter: (Int) -> UInt32, count: Int, tail: (UInt32, UInt32, UInt32)) -> Int8 {
    let first = letter(0)
    if first < 0x0250 {
      if count >= 5, tail.1 == 0x65, tail.2 == 0x64, tail.0 != 0x65 { return -1 }
      return 0
    }
    if arabicPerfect(first: letter, count: count, tail: tail) { return -1 }
    var start = 0
    if (first == 0x0648 || first == 0x0641) && letter(1) == 0x0633 { start = 1 }
    guard count - start >= 5, letter(start) == 0x0633 else { return 0 }
    switch letter(start + 1) {
    case 0x064A, 0x062A, 0x0646, 0x0627: break
    default: return 0
    }
    if letter(start + 2) == 0x0627 || tail.2 == 0x0647 || (tail.1 == 0x0627 && tail.2 == 0x062A) { return 0 }
    return 1
  }

  /// Whether an unknown Arabic word reads as a perfect verb by its suffix: the feminine ت
  /// (أجرت، نقلت، أبلغت، استأنفت) on four letters or more, or the plural وا (أبلغوا، نقلوا) on
  /// five or more. Nouns are kept out by what precedes the ت (ات plurals, يت/وت nouns: بيروت،
  /// توقيت، تصويت) and by the article (الوقت، بالوقت; الت- stays, for التقت، التزمت). On the
  /// Tunisian news of the shared ANT subset, the words this reads are nearly all verbs (see
  /// the stage's manual).
  static func arabicPerfect(first letter: (Int) -> UInt32, count: Int, tail: (UInt32, UInt32, UInt32)) -> Bool {
    let alef: UInt32 = 0x0627
    let lam: UInt32 = 0x0644
    let taa: UInt32 = 0x062A
    let waw: UInt32 = 0x0648
    let yaa: UInt32 = 0x064A
    // A definite noun: ال at the start or after one proclitic (بال، وال، لل).
    if letter(0) == alef && letter(1) == lam && !(letter(2) == taa && count >= 5) { return false }
    if letter(1) == alef && letter(2) == lam { return false }
    if letter(0) == lam && letter(1) == lam { return false }
    if tail.2 == taa { return count >= 4 && tail.1 != alef && tail.1 != waw && tail.1 != yaa }
    // يكونوا، يقوموا: an imperfect after أن/لم, not a perfect.
    return count >= 5 && tail.1 == waw && tail.2 == alef && letter(0) != yaa
  }
}
