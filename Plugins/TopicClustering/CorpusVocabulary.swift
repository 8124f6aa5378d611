import Foundation

/// The corpus as a matrix of raw term counts (documents x terms) over a vocabulary chosen by
/// document frequency, built from the collected terms without a String per term.
struct CorpusVocabulary {
  /// Raw counts, documents x vocabulary; columns are the vocabulary in term byte order.
  var counts: SparseMatrix
  /// The document frequency of each column.
  var documentFrequencies: [Int]
  /// The interned id of each column's term.
  var columnTerms: [Int]
  /// The column of each interned term, -1 for a term outside the vocabulary.
  private var columnOfTerm: [Int32]
  /// Each document's content words (single terms other than formula terms, counted with
  /// repeats), before the vocabulary keeps some of them: how long the document is in words
  /// that could be terms.
  var contentWords: [Int]
  var table: TermTable
  /// The document frequency of every interned term, in the vocabulary or not (by interned
  /// id; a phrase is interned only when its bucket is frequent).
  var termDocumentFrequencies: [Int]
  /// For each document, its entries (every packed entry, in order, so that a phrase's
  /// reference to entry i is `entryOffsets[document] + i`): interned id (-1 for a phrase
  /// left out), and the byte offset and length of its forms in `terms`.
  private var entryOffsets: [Int]
  private var entryTerms: [Int32]
  private var entryForms: [UInt32]
  private var entryFormLengths: [UInt32]
  private var entryCounts: [Float]
  /// Marks, in `entryFormLengths`, a phrase given by reference: its forms are index pairs.
  private static let referenceFlag: UInt32 = 1 << 31

  struct Options {
    var minimumDocumentFrequency: Int
    var maximumDocumentShare: Double
    var maximumFeatures: Int
    var phrases: Bool
    var phraseMinimumDocumentFrequency: Int
  }

  init(documents: [CollectedTerms], options: Options) {
    let space = UInt8(ascii: " ")
    // Phrases are counted in hashed buckets by the ids of their two words, and only those
    // frequent enough are interned: memory stays bounded by the vocabulary, not by every
    // bigram of the corpus.
    // The buckets are a pre-filter (the vocabulary checks exact document frequencies), so a
    // byte per bucket, saturating, is enough: a smaller table misses the cache less often.
    var phraseBuckets: [UInt8] = []
    var bucketMask = 0
    // In a small corpus a phrase two stories share is interned too: it is not a column
    // (`phraseMinimumDocumentFrequency` still decides that), but a topic of two or three
    // stories can show it (`Harbour United`, `الماء الصالح للشرب`) rather than its words apart.
    let internedPhraseFrequency =
      documents.count <= TopicCountSelection.smallCorpus
      ? min(2, options.phraseMinimumDocumentFrequency) : options.phraseMinimumDocumentFrequency
    let bucketThreshold = UInt8(min(internedPhraseFrequency, Int(UInt8.max)))
    if options.phrases {
      let estimate = documents.reduce(0) { $0 + $1.terms.utf8.count / 32 }
      var size = 1 << 10
      while size < estimate * 2, size < 1 << 22 { size <<= 1 }
      bucketMask = size - 1
      phraseBuckets = [UInt8](repeating: 0, count: size)
    }
    func bucket(_ pair: Int64) -> Int {
      Int(truncatingIfNeeded: (UInt64(bitPattern: pair) &* 0x9E37_79B9_7F4A_7C15) >> 32) & bucketMask
    }
    var table = TermTable()
    var frequencies: [Int] = []
    var entryOffsets = [0]
    var entryTerms: [Int32] = []
    /// For phrase entries, first word id << 32 | second word id; -1 for single terms.
    var entryPairs: [Int64] = []
    var entryCounts: [Float] = []
    var entryForms: [UInt32] = []
    var entryFormLengths: [UInt32] = []
    func intern(_ term: UnsafeBufferPointer<UInt8>) -> Int32 {
      let id = table.intern(term)
      if Int(id) == frequencies.count { frequencies.append(0) }
      return id
    }
    for document in documents {
      let first = entryTerms.count
      document.forEachEntry { term, count, forms, formsStart in
        var pair: Int64 = -1
        var formLength = UInt32(forms.count)
        if term.first == CollectedTerms.phraseMarker {
          // Words of this document, by their place: their ids are already known.
          if let (a, b) = CollectedTerms.reference(term), a < entryTerms.count - first, b < entryTerms.count - first,
            entryPairs[first + a] == -1,
            entryPairs[first + b] == -1, entryTerms[first + a] >= 0, entryTerms[first + b] >= 0
          {
            pair = Int64(entryTerms[first + a]) << 32 | Int64(entryTerms[first + b])
          } else {
            pair = Int64.min
          }
          formLength |= Self.referenceFlag
        } else if let split = term.firstIndex(of: space) {
          let firstWord = UnsafeBufferPointer(rebasing: term[..<split])
          let secondWord = UnsafeBufferPointer(rebasing: term[(split + 1)...])
          if !firstWord.isEmpty, !secondWord.isEmpty, !secondWord.contains(space) {
            pair = Int64(intern(firstWord)) << 32 | Int64(intern(secondWord))
          } else {
            pair = Int64.min
          }
        }
        if pair >= 0, options.phrases {
          let index = bucket(pair)
          if phraseBuckets[index] < UInt8.max { phraseBuckets[index] += 1 }
        }
        var id: Int32 = -1
        if pair == -1 {
          id = intern(term)
          frequencies[Int(id)] += 1
        }
        entryTerms.append(id)
        entryPairs.append(pair)
        entryCounts.append(Float(count))
        entryForms.append(UInt32(formsStart))
        entryFormLengths.append(formLength)
      }
      entryOffsets.append(entryTerms.count)
    }
    // Whether each interned term is a formula term, worked out once per term rather than
    // once per entry of every document.
    let formulaTerms = (0..<table.count).map { table.bytes(of: $0).first == CollectedTerms.formulaMarker }
    contentWords = (0..<documents.count).map { document in
      (entryOffsets[document]..<entryOffsets[document + 1]).reduce(0) { total, entry in
        entryPairs[entry] == -1 && !formulaTerms[Int(entryTerms[entry])] ? total + Int(entryCounts[entry]) : total
      }
    }
    // Phrases in enough documents by their bucket become terms: the bytes of their two words
    // joined by a space.
    if options.phrases {
      var phraseIDs: [Int64: Int32] = [:]
      var buffer: [UInt8] = []
      for entry in entryPairs.indices {
        let pair = entryPairs[entry]
        guard pair >= 0, phraseBuckets[bucket(pair)] >= bucketThreshold else { continue }
        let id: Int32
        if let known = phraseIDs[pair] {
          id = known
        } else {
          buffer.removeAll(keepingCapacity: true)
          buffer.append(contentsOf: table.bytes(of: Int(pair >> 32)))
          buffer.append(space)
          buffer.append(contentsOf: table.bytes(of: Int(pair & 0xFFFF_FFFF)))
          id = buffer.withUnsafeBufferPointer { intern($0) }
          phraseIDs[pair] = id
        }
        frequencies[Int(id)] += 1
        entryTerms[entry] = id
      }
    }

    let documentCount = documents.count
    let minimum = min(options.minimumDocumentFrequency, max(1, documentCount))
    let maximum =
      documentCount >= 3 ? Int((options.maximumDocumentShare * Double(documentCount)).rounded(.down)) : documentCount
    var candidates = (0..<table.count).filter { id in
      let frequency = frequencies[id]
      let isPhrase = table.bytes(of: id).contains(space)
      return frequency >= (isPhrase ? max(minimum, options.phraseMinimumDocumentFrequency) : minimum)
        && frequency <= maximum
    }
    if candidates.count > options.maximumFeatures {
      candidates.sort {
        frequencies[$0] != frequencies[$1] ? frequencies[$0] > frequencies[$1] : table.precedes($0, $1)
      }
      candidates.removeLast(candidates.count - options.maximumFeatures)
    }
    candidates.sort { table.precedes($0, $1) }
    var columnOfTerm = [Int32](repeating: -1, count: table.count)
    for (column, id) in candidates.enumerated() { columnOfTerm[id] = Int32(column) }

    // Each row's columns in increasing order by counting instead of a sort per row: the
    // entries are dealt to their columns in document order, then read back column by column
    // into their rows (equal columns in a row would keep their entry order, as a stable sort).
    var entryColumns = [Int32](repeating: -1, count: entryTerms.count)
    var rowOffsets = [Int](repeating: 0, count: documentCount + 1)
    var columnOffsets = [Int](repeating: 0, count: candidates.count + 1)
    for document in 0..<documentCount {
      for entry in entryOffsets[document]..<entryOffsets[document + 1] where entryTerms[entry] >= 0 {
        let column = columnOfTerm[Int(entryTerms[entry])]
        guard column >= 0 else { continue }
        entryColumns[entry] = column
        rowOffsets[document + 1] += 1
        columnOffsets[Int(column) + 1] += 1
      }
    }
    for document in 0..<documentCount { rowOffsets[document + 1] += rowOffsets[document] }
    for column in 0..<candidates.count { columnOffsets[column + 1] += columnOffsets[column] }
    let nonZeros = rowOffsets[documentCount]
    var columnRows = [Int32](repeating: 0, count: nonZeros)
    var columnValues = [Float](repeating: 0, count: nonZeros)
    var nextInColumn = columnOffsets
    for document in 0..<documentCount {
      for entry in entryOffsets[document]..<entryOffsets[document + 1] where entryColumns[entry] >= 0 {
        let column = Int(entryColumns[entry])
        columnRows[nextInColumn[column]] = Int32(document)
        columnValues[nextInColumn[column]] = entryCounts[entry]
        nextInColumn[column] += 1
      }
    }
    var columns = [Int32](repeating: 0, count: nonZeros)
    var values = [Float](repeating: 0, count: nonZeros)
    var nextInRow = rowOffsets
    for column in 0..<candidates.count {
      for position in columnOffsets[column]..<columnOffsets[column + 1] {
        let row = Int(columnRows[position])
        columns[nextInRow[row]] = Int32(column)
        values[nextInRow[row]] = columnValues[position]
        nextInRow[row] += 1
      }
    }
    counts = SparseMatrix(
      rowCount: documentCount, columnCount: candidates.count, rowOffsets: rowOffsets, columnIndices: columns,
      values: values)
    documentFrequencies = candidates.map { frequencies[$0] }
    columnTerms = candidates
    self.columnOfTerm = columnOfTerm
    self.table = table
    self.entryOffsets = entryOffsets
    self.entryTerms = entryTerms
    self.entryForms = entryForms
    self.entryFormLengths = entryFormLengths
    self.entryCounts = entryCounts
    termDocumentFrequencies = frequencies
  }

  /// The terms that best describe a few documents by their own words, strongest first, with
  /// their weight: each term's `(1 + ln count) · idf` summed over the documents, idf from the
  /// document frequency of every collected term, so a word that only these documents use
  /// (and the vocabulary left out for being rare) counts most. Formula terms and terms in
  /// more than `maximumDocumentShare` of the documents (on corpora of 3 or more) are left out.
  /// Terms in more of the documents come first: what two or three stories share names their
  /// topic better than one story's strongest words (version 10 labelled a pair of port-strike
  /// stories `rose · anchor · Asia`, one story's words; now `port · container · cargo`).
  func ownTerms(ofDocuments rows: [Int], maximumDocumentShare share: Double) -> [(term: Int32, weight: Double)] {
    let documents = Double(entryOffsets.count - 1)
    var weights: [Int32: (weight: Double, documents: Int)] = [:]
    for row in rows {
      for entry in entryOffsets[row]..<entryOffsets[row + 1] where entryTerms[entry] >= 0 && entryCounts[entry] > 0 {
        let id = entryTerms[entry]
        guard !isFormula(id) else { continue }
        let frequency = Double(termDocumentFrequencies[Int(id)])
        let idf = log((1 + documents) / (1 + frequency)) + 1
        weights[id, default: (0, 0)].weight += (1 + log(Double(entryCounts[entry]))) * idf
        weights[id, default: (0, 0)].documents += 1
      }
    }
    // A term common to most of the corpus is left out, unless every document that has it is
    // one of these: in a corpus of three stories, the two of a topic share their words with
    // no other story, yet each of those words is in two thirds of the corpus.
    weights = weights.filter { id, value in
      let frequency = termDocumentFrequencies[Int(id)]
      return frequency == value.documents || !Self.isCommon(Double(frequency), documents: documents, share: share)
    }
    return weights.sorted {
      $0.value.documents != $1.value.documents
        ? $0.value.documents > $1.value.documents
        : $0.value.weight != $1.value.weight
          ? $0.value.weight > $1.value.weight : table.precedes(Int($0.key), Int($1.key))
    }.map { (term: $0.key, weight: $0.value.weight) }
  }

  /// The script of each column's term: 1 for Arabic (its first byte is in the UTF-8 range
  /// of U+0600–U+06FF), 0 for anything else; the groups of per-script TF-IDF.
  var columnScripts: [Int] {
    columnTerms.map { id in
      let first = table.bytes(of: id).first ?? 0
      return (0xD8...0xDB).contains(first) ? 1 : 0
    }
  }

  /// The columns of formula terms (`CollectedTerms.formulaMarker`): in the model, never shown.
  var formulaColumns: Set<Int> {
    Set(columnTerms.indices.filter { isFormula(Int32(columnTerms[$0])) })
  }

  /// Whether an interned term is a formula (`CollectedTerms.formulaMarker`).
  func isFormula(_ id: Int32) -> Bool {
    table.bytes(of: Int(id)).first == CollectedTerms.formulaMarker
  }

  /// Whether a term in `frequency` of `documents` documents is common to most of them: in more
  /// than `share` of them, on corpora of 3 or more. Such terms are demoted from labels.
  static func isCommon(_ frequency: Double, documents: Double, share: Double) -> Bool {
    documents >= 3 && frequency > share * documents
  }

  /// The column of an interned term, nil when it is outside the vocabulary.
  func column(ofTerm id: Int32) -> Int? {
    columnOfTerm.indices.contains(Int(id)) && columnOfTerm[Int(id)] >= 0 ? Int(columnOfTerm[Int(id)]) : nil
  }

  /// The term of a column, as collected (a stem, or two stems joined by a space).
  func term(ofColumn column: Int) -> String {
    table.string(of: columnTerms[column])
  }

  /// Whether the phrases `x y` and `y z` (interned ids) are written together, `x y z`, in
  /// at least `TopicReducer.phraseChainSupport` of the `rows` that have both (and in one).
  /// The counts prove it in a document when `x y` and `y z` together occur more often than
  /// `y` does: each `y` is in at most one of each, so some `y` is in both. Two names sharing
  /// a word (`الأمم المتحدة`, `الولايات المتحدة الأمريكية`) count each `y` once.
  func writesTogether(_ first: Int32, _ second: Int32, rows: [Int]) -> Bool {
    let phrase = table.bytes(of: Int(first))
    guard let split = phrase.firstIndex(of: UInt8(ascii: " ")) else { return false }
    let middleBytes = Array(phrase[(split + 1)...])
    guard let middle = middleBytes.withUnsafeBufferPointer({ table.id(of: $0) }) else { return false }
    var both = 0
    var proven = 0
    for row in rows {
      var (left, right, alone): (Float, Float, Float) = (0, 0, 0)
      for entry in entryOffsets[row]..<entryOffsets[row + 1] {
        switch entryTerms[entry] {
        case first: left += entryCounts[entry]
        case second: right += entryCounts[entry]
        case middle: alone += entryCounts[entry]
        default: break
        }
      }
      guard left > 0, right > 0 else { continue }
      both += 1
      if left + right > alone { proven += 1 }
    }
    return proven >= max(1, Int((TopicReducer.phraseChainSupport * Double(both)).rounded(.up)))
  }

  /// The phrases (interned ids) that every occurrence of a word of `phrase` is part of, one
  /// for each of `rows` that has `phrase`: `y z` for `x y` (`after`), `w x` for `x y`
  /// (before). In a document each word is counted once per occurrence and each phrase once
  /// per pair, so a phrase with the word's own count takes in every occurrence of it. Nil
  /// when some such row has none (or no row has `phrase`).
  func constantNeighbours(of phrase: Int32, after: Bool, rows: [Int]) -> [Int32]? {
    let bytes = table.bytes(of: Int(phrase))
    guard let split = bytes.firstIndex(of: UInt8(ascii: " ")) else { return nil }
    let wordBytes = Array(after ? bytes[(split + 1)...] : bytes[..<split])
    guard let word = wordBytes.withUnsafeBufferPointer({ table.id(of: $0) }) else { return nil }
    var found: [Int32] = []
    for row in rows {
      var (phraseCount, wordCount): (Float, Float) = (0, 0)
      let entries = entryOffsets[row]..<entryOffsets[row + 1]
      for entry in entries {
        if entryTerms[entry] == phrase { phraseCount = entryCounts[entry] }
        if entryTerms[entry] == word { wordCount = entryCounts[entry] }
      }
      guard phraseCount > 0 else { continue }
      guard wordCount > 0 else { return nil }
      var neighbour: Int32?
      for entry in entries where entryCounts[entry] == wordCount && entryTerms[entry] >= 0 {
        let id = entryTerms[entry]
        guard id != phrase else { continue }
        let other = table.bytes(of: Int(id))
        guard other.count > wordBytes.count + 1 else { continue }
        let matches =
          after
          ? other.starts(with: wordBytes) && other[other.startIndex + wordBytes.count] == UInt8(ascii: " ")
          : other.reversed().starts(with: wordBytes.reversed())
            && other[other.endIndex - wordBytes.count - 1] == UInt8(ascii: " ")
        if matches {
          neighbour = id
          break
        }
      }
      guard let neighbour else { return nil }
      found.append(neighbour)
    }
    return found.isEmpty ? nil : found
  }

  /// Whether `rows` (two or more) are linked by sharing at least `minimum` content words
  /// (`contentWords(ofRow:)`): each pair that does is a link, and every row is reached from
  /// the first. Three stories on one subject need not all share words: in a chain (A–B and
  /// B–C, not A–C) they are one subject too; on the stories written to measure this, no two
  /// stories on different subjects shared 3 words (0 of 240 pairs), 2 of 18 same-subject
  /// triples were chains. Every two rows must still share a word: a round-up story that
  /// touches two subjects (insurers paying wildfire claims as the central bank raises rates)
  /// links a wildfire story and a central-bank story that share none.
  func sharedContentWordsLink(rows: [Int], minimum: Int) -> Bool {
    guard rows.count >= 2 else { return false }
    let sets = rows.map(contentWords(ofRow:))
    for (index, words) in sets.enumerated() where sets[(index + 1)...].contains(where: words.isDisjoint(with:)) {
      return false
    }
    var reached: Set<Int> = [0]
    var frontier = [0]
    while let row = frontier.popLast() {
      for other in sets.indices
      where !reached.contains(other) && sets[row].intersection(sets[other]).count >= minimum {
        reached.insert(other)
        frontier.append(other)
      }
    }
    return reached.count == sets.count
  }

  /// The rows of groups of two or more that share fewer than `minimum` content words with
  /// every other row of their group, in increasing order.
  func rowsSharingFewContentWords(groups: [[Int]], minimum: Int) -> [Int] {
    var few: [Int] = []
    for rows in groups where rows.count >= 2 {
      let sets = rows.map(contentWords(ofRow:))
      for (index, row) in rows.enumerated()
      where !sets.indices.contains(where: {
        $0 != index && sets[index].intersection(sets[$0]).count >= minimum
      }) {
        few.append(row)
      }
    }
    return few.sorted()
  }

  /// Of `outliers`, the rows that share fewer than `minimum` content words with each of
  /// `others` (rows other than themselves): on a small corpus of stories on different
  /// subjects, the reason a story has no topic is that no other story is on its subject, not
  /// the filtering or the topic the fit first put it in. With each row, whether a story in
  /// the other script (Arabic or Latin) is among `others`: words cannot show that a story in
  /// another language is on its subject.
  func rowsSharingNoSubject(
    _ outliers: [Int], others: [Int], minimum: Int
  ) -> [(row: Int, otherLanguagePresent: Bool)] {
    guard !outliers.isEmpty else { return [] }
    var sets: [Int: Set<Int32>] = [:]
    for row in Set(outliers + others) { sets[row] = contentWords(ofRow: row) }
    func isArabic(_ row: Int) -> Bool {
      let words = sets[row]!
      let arabic = words.count { table.bytes(of: Int($0)).first.map { (0xD8...0xDB).contains($0) } == true }
      return 2 * arabic > words.count
    }
    return outliers.compactMap { row in
      let words = sets[row]!
      guard !words.isEmpty else { return nil }
      let peers = others.filter { $0 != row && !sets[$0]!.isEmpty }
      guard !peers.isEmpty,
        !peers.contains(where: { words.intersection(sets[$0]!).count >= minimum })
      else { return nil }
      let script = isArabic(row)
      return (row, peers.contains { isArabic($0) != script })
    }
  }

  /// The content words of a document (not phrases, not formula or general words), whether in
  /// the vocabulary or not: a word in every story of a tiny corpus is left out for `max_df`,
  /// yet it is one of the words the stories share.
  func contentWords(ofRow row: Int) -> Set<Int32> {
    Set(
      (entryOffsets[row]..<entryOffsets[row + 1]).compactMap { entry -> Int32? in
        let id = entryTerms[entry]
        guard id >= 0, entryFormLengths[entry] & Self.referenceFlag == 0 else { return nil }
        let bytes = table.bytes(of: Int(id))
        return bytes.first == CollectedTerms.formulaMarker || bytes.contains(UInt8(ascii: " ")) ? nil : id
      })
  }

  /// The most frequent surface form of each given term (interned id) over the whole corpus
  /// (ties go to the form first in byte order).
  func surfaceForms(ofTerms wanted: Set<Int32>, documents: [CollectedTerms]) -> [Int32: String] {
    /// The interned ids of the two words of each wanted phrase.
    var phraseWords: [Int32: (Int32, Int32)] = [:]
    for id in wanted {
      let phrase = Array(table.bytes(of: Int(id)))
      guard let split = phrase.firstIndex(of: UInt8(ascii: " ")) else { continue }
      let first = Array(phrase[..<split]).withUnsafeBufferPointer { table.id(of: $0) }
      let second = Array(phrase[(split + 1)...]).withUnsafeBufferPointer { table.id(of: $0) }
      if let first, let second { phraseWords[id] = (first, second) }
    }
    // Every entry of the corpus is checked: a flag per interned id, not a hashed set look-up.
    var isWanted = [Bool](repeating: false, count: table.count)
    for id in wanted { isWanted[Int(id)] = true }
    var totals: [Int32: [String: Int]] = [:]
    for (index, document) in documents.enumerated() {
      var packed = document.terms
      packed.withUTF8 { bytes in
        func forms(_ entry: Int) -> [(text: UnsafeBufferPointer<UInt8>, count: Int)] {
          let start = Int(entryForms[entry])
          let length = Int(entryFormLengths[entry] & ~Self.referenceFlag)
          return CollectedTerms.forms(UnsafeBufferPointer(rebasing: bytes[start..<start + length]))
        }
        let first = entryOffsets[index]
        for entry in first..<entryOffsets[index + 1] where entryTerms[entry] >= 0 {
          let id = entryTerms[entry]
          guard isWanted[Int(id)] else { continue }
          guard entryFormLengths[entry] & Self.referenceFlag != 0 else {
            for form in forms(entry) {
              totals[id, default: [:]][Self.shownAlone(form.text), default: 0] += form.count
            }
            continue
          }
          // A phrase by reference: its forms pair forms of its two words' entries, found by
          // their interned ids among this document's entries.
          guard let (firstID, secondID) = phraseWords[entryTerms[entry]] else { continue }
          let words = [firstID, secondID].map { id in
            (first..<entryOffsets[index + 1]).first {
              entryTerms[$0] == id && entryFormLengths[$0] & Self.referenceFlag == 0
            }
          }
          guard let firstWord = words[0], let secondWord = words[1] else { continue }
          let firstForms = forms(firstWord)
          let secondForms = forms(secondWord)
          for form in forms(entry) {
            guard let (a, b) = CollectedTerms.pair(form.text), a < firstForms.count, b < secondForms.count else {
              continue
            }
            let text = Self.shownAlone(firstForms[a].text) + " " + String(decoding: secondForms[b].text, as: UTF8.self)
            totals[id, default: [:]][text, default: 0] += form.count
          }
        }
      }
    }
    return totals.mapValues(Self.shownForm)
  }

  /// A surface form as shown alone or first in a phrase: the preposition ل the collector keeps
  /// before the article (للشرب, so that `الصالح للشرب` reads right) gives way to the article's
  /// alef (الشرب).
  static func shownAlone(_ form: UnsafeBufferPointer<UInt8>) -> String {
    // ل is 0xD9 0x84 in UTF-8.
    guard form.count > 4, form[0] == 0xD9, form[1] == 0x84, form[2] == 0xD9, form[3] == 0x84 else {
      return String(decoding: form, as: UTF8.self)
    }
    return "ا" + String(decoding: UnsafeBufferPointer(rebasing: form[2...]), as: UTF8.self)
  }

  /// The form a term is shown in: the most frequent, counting forms that differ only in
  /// letter case together, and written in lower case when the corpus has it so often enough.
  /// A common word is capitalized only where a sentence starts ("Commuters queued …" beside
  /// "commuters"), a name nearly always: a name written in lower case now and then (a URL, a
  /// slip: "Labour" 40 times, "labour" once) stays capitalized; the lower case wins from a
  /// quarter of the capitalized count. Headings in capitals (SOCCER) say nothing of a name; an
  /// acronym (UK, AIDS) counts as capitalized.
  /// Ties go to the form first in byte order.
  static func shownForm(_ forms: [String: Int]) -> String {
    var groups: [String: (count: Int, forms: [String: Int])] = [:]
    for (form, count) in forms {
      let folded = form.lowercased()
      groups[folded, default: (0, [:])].count += count
      groups[folded, default: (0, [:])].forms[form] = count
    }
    func mostFrequent<Value: Comparable>(_ values: [String: Value]) -> String {
      values.max { $0.value != $1.value ? $0.value < $1.value : $1.key.utf8.lexicographicallyPrecedes($0.key.utf8) }!
        .key
    }
    let folded = mostFrequent(groups.mapValues(\.count))
    let group = groups[folded]!.forms
    // Capitals of a heading (SOCCER) say nothing of a name; a short word in capitals is an
    // acronym (UK beside "co.uk", AIDS beside "aids"), which is one.
    let capitalized = group.filter { $0.key != folded && ($0.key != $0.key.uppercased() || $0.key.count <= 5) }
      .values.reduce(0, +)
    if let lower = group[folded], lower * 4 >= capitalized { return folded }
    return mostFrequent(group.filter { $0.key != folded || group.count == 1 })
  }
}
