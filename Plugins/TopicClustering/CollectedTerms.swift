import Foundation

/// What topic clustering keeps of one document: its term counts, with the surface words each
/// term was written as, and what a document-level annotation needs (the text's length).
///
/// The terms are packed into one string, `term;count;form;count;form;count|term;...`, with
/// forms by decreasing count: the cache stores one JSON string per document instead of
/// thousands of small objects, and the reduce reads it back without a String per term. A
/// phrase is either written out (`stem stem;count;word word;count`, as the public initializer
/// does) or, as the collector writes it, refers to the entries of its two words by their
/// place in the string and to their forms by their place in those entries:
/// `+3,17;2;0,1;2` is entry 3's term then entry 17's, twice, written as entry 3's first form
/// and entry 17's second. Terms and forms never contain `|`, `;` or a leading `+` (word
/// tokens are letters; the public initializer drops anything else).
public struct CollectedTerms: Codable, Sendable, Hashable {
  /// The document's length in Unicode scalars: the end of its TOPIC annotation.
  public var length: Int
  /// The document's title, shown with representative documents.
  public var title: String?
  /// The packed term counts.
  public var terms: String

  static let entrySeparator = UInt8(ascii: "|")
  static let fieldSeparator = UInt8(ascii: ";")
  /// Starts a phrase given by reference, `+first,second`.
  static let phraseMarker = UInt8(ascii: "+")
  static let pairSeparator = UInt8(ascii: ",")
  /// Starts a formula term: a word of a dateline, credit or heading, or a reporting verb,
  /// calendar word or number word (`~said`). Counted by the model, never shown or a label.
  public static let formulaMarker = UInt8(ascii: "~")

  /// One term with its count in the document and its surface forms.
  public struct Entry: Hashable, Sendable {
    public var term: String
    public var count: Int
    /// Surface forms with their counts, most frequent first.
    public var forms: [Form]
  }

  public struct Form: Hashable, Sendable {
    public var text: String
    public var count: Int
  }

  /// Packs `forms`: for each term (a stem, or two stems joined by a space), how often each
  /// surface form of it occurred.
  public init(length: Int, title: String? = nil, forms: [String: [String: Int]]) {
    self.length = length
    self.title = title
    let separators: Set<UInt8> = [Self.entrySeparator, Self.fieldSeparator]
    func isClean(_ text: String) -> Bool {
      !text.isEmpty && text.utf8.first != Self.phraseMarker && !text.utf8.contains(where: separators.contains)
    }
    var packed: [UInt8] = []
    let terms = forms.keys.filter(isClean).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    for term in terms {
      let surfaces = forms[term]!.filter { isClean($0.key) && $0.value > 0 }
        .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
      guard !surfaces.isEmpty else { continue }
      if !packed.isEmpty { packed.append(Self.entrySeparator) }
      packed.append(contentsOf: term.utf8)
      packed.append(Self.fieldSeparator)
      packed.append(contentsOf: String(surfaces.reduce(0) { $0 + $1.value }).utf8)
      for (surface, count) in surfaces {
        packed.append(Self.fieldSeparator)
        packed.append(contentsOf: surface.utf8)
        packed.append(Self.fieldSeparator)
        packed.append(contentsOf: String(count).utf8)
      }
    }
    self.terms = String(decoding: packed, as: UTF8.self)
  }

  /// Terms already packed (by `TermCollector`).
  init(length: Int, title: String?, packed: String) {
    self.length = length
    self.title = title
    self.terms = packed
  }

  /// The unpacked entries, in packed order, phrases given by reference written out.
  public var entries: [Entry] {
    var result: [Entry] = []
    /// Phrase references: (index in `result`, first entry, second entry, forms as
    /// (first form, second form, count)).
    var references: [(Int, Int, Int, [(Int, Int, Int)])] = []
    forEachEntry { term, count, forms, _ in
      if term.first == Self.phraseMarker {
        guard let (first, second) = Self.reference(term) else { return }
        let pairs = Self.forms(forms).compactMap { form in Self.pair(form.text).map { ($0.0, $0.1, form.count) } }
        references.append((result.count, first, second, pairs))
        result.append(Entry(term: "", count: count, forms: []))
        return
      }
      result.append(
        Entry(
          term: String(decoding: term, as: UTF8.self), count: count,
          forms: Self.forms(forms).map { Form(text: String(decoding: $0.text, as: UTF8.self), count: $0.count) }))
    }
    var broken: Set<Int> = []
    for (index, first, second, pairs) in references {
      guard first < result.count, second < result.count, !result[first].term.isEmpty, !result[second].term.isEmpty,
        !result[first].term.contains(" "), !result[second].term.contains(" ")
      else {
        broken.insert(index)
        continue
      }
      result[index].term = result[first].term + " " + result[second].term
      result[index].forms = pairs.compactMap { a, b, count in
        guard a < result[first].forms.count, b < result[second].forms.count else { return nil }
        return Form(text: result[first].forms[a].text + " " + result[second].forms[b].text, count: count)
      }
    }
    return result.enumerated().filter { !broken.contains($0.offset) }.map(\.element)
  }

  /// The two entry indices of a phrase given by reference (`+first,second`), or nil.
  static func reference(_ term: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
    guard term.first == phraseMarker else { return nil }
    return pair(UnsafeBufferPointer(rebasing: term[1...]))
  }

  /// Two decimal numbers joined by a comma (`3,17`), or nil.
  static func pair(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
    var numbers = (0, 0)
    var digits = (0, 0)
    var second = false
    for byte in bytes {
      if byte == pairSeparator, !second {
        second = true
      } else if byte >= 48, byte <= 57 {
        let digit = Int(byte) - 48
        if second {
          guard digits.1 < 9 else { return nil }
          numbers.1 = numbers.1 * 10 + digit
          digits.1 += 1
        } else {
          guard digits.0 < 9 else { return nil }
          numbers.0 = numbers.0 * 10 + digit
          digits.0 += 1
        }
      } else {
        return nil
      }
    }
    return digits.0 > 0 && digits.1 > 0 ? numbers : nil
  }

  /// Calls `body` with each term's bytes, its count, the bytes of its packed forms
  /// (`form;count;form;count`) and their offset in `terms`' UTF-8, without allocating.
  func forEachEntry(
    _ body: (UnsafeBufferPointer<UInt8>, Int, UnsafeBufferPointer<UInt8>, Int) -> Void
  ) {
    var packed = terms
    packed.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return }
      /// The first `byte` in `start..<end`, or `end`: memchr reads many bytes per step, and
      /// most of a document's bytes are forms that only the separators matter in.
      func first(_ byte: UInt8, from start: Int, to end: Int) -> Int {
        guard start < end, let found = memchr(base + start, Int32(byte), end - start) else { return end }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
      }
      var start = 0
      while start < bytes.count {
        let end = first(Self.entrySeparator, from: start, to: bytes.count)
        let termEnd = first(Self.fieldSeparator, from: start, to: end)
        var countEnd = min(termEnd + 1, end)
        var count = 0
        while countEnd < end, bytes[countEnd] != Self.fieldSeparator {
          let digit = Int(bytes[countEnd]) - 48
          if digit >= 0 && digit <= 9 { count = count &* 10 &+ digit }
          countEnd += 1
        }
        let formsStart = min(countEnd + 1, end)
        if termEnd > start, count > 0 {
          body(
            UnsafeBufferPointer(rebasing: bytes[start..<termEnd]), count,
            UnsafeBufferPointer(rebasing: bytes[formsStart..<end]), formsStart)
        }
        start = end + 1
      }
    }
  }

  /// Splits packed forms into (bytes, count) pairs.
  static func forms(_ packed: UnsafeBufferPointer<UInt8>) -> [(text: UnsafeBufferPointer<UInt8>, count: Int)] {
    var result: [(UnsafeBufferPointer<UInt8>, Int)] = []
    var position = 0
    while position < packed.count {
      var textEnd = position
      while textEnd < packed.count, packed[textEnd] != fieldSeparator { textEnd += 1 }
      var countEnd = min(textEnd + 1, packed.count)
      var count = 0
      while countEnd < packed.count, packed[countEnd] != fieldSeparator {
        let digit = Int(packed[countEnd]) - 48
        if digit >= 0 && digit <= 9 { count = count &* 10 &+ digit }
        countEnd += 1
      }
      if textEnd > position { result.append((UnsafeBufferPointer(rebasing: packed[position..<textEnd]), count)) }
      position = countEnd + 1
    }
    return result
  }
}
