/// The corpus as a matrix of raw term counts (documents x terms) over a vocabulary chosen by
/// document frequency, built from the collected terms without a String per term.
struct CorpusVocabulary {
  /// Raw counts, documents x vocabulary; columns are the vocabulary in term byte order.
  var counts: SparseMatrix
  /// The document frequency of each column.
  var documentFrequencies: [Int]
  /// The interned id of each column's term.
  var columnTerms: [Int]
  var table: TermTable
  /// For each document, its entries as (interned id, byte offset of its forms in `terms`).
  private var entryOffsets: [Int]
  private var entryTerms: [Int32]
  private var entryForms: [UInt32]
  private var entryFormLengths: [UInt32]

  struct Options {
    var minimumDocumentFrequency: Int
    var maximumDocumentShare: Double
    var maximumFeatures: Int
    var phrases: Bool
    var phraseMinimumDocumentFrequency: Int
  }

  init(documents: [CollectedTerms], options: Options) {
    let space = UInt8(ascii: " ")
    // Phrases are counted first in hashed buckets, so that only those frequent enough are
    // interned: memory stays bounded by the vocabulary, not by every bigram of the corpus.
    var phraseBuckets: [UInt32] = []
    var bucketMask = 0
    if options.phrases {
      let estimate = documents.reduce(0) { $0 + $1.terms.utf8.count / 16 }
      var size = 1 << 10
      while size < estimate * 2, size < 1 << 22 { size <<= 1 }
      bucketMask = size - 1
      phraseBuckets = [UInt32](repeating: 0, count: size)
      for document in documents {
        document.forEachEntry { term, _, _, _ in
          guard term.contains(space) else { return }
          let bucket = Int(truncatingIfNeeded: TermTable.hash(term)) & bucketMask
          phraseBuckets[bucket] &+= 1
        }
      }
    }
    var table = TermTable()
    var frequencies: [Int] = []
    var entryOffsets = [0]
    var entryTerms: [Int32] = []
    var entryCounts: [Float] = []
    var entryForms: [UInt32] = []
    var entryFormLengths: [UInt32] = []
    for document in documents {
      document.forEachEntry { term, count, forms, formsStart in
        if term.contains(space) {
          guard options.phrases else { return }
          let bucket = Int(truncatingIfNeeded: TermTable.hash(term)) & bucketMask
          guard phraseBuckets[bucket] >= options.phraseMinimumDocumentFrequency else { return }
        }
        let id = table.intern(term)
        if Int(id) == frequencies.count { frequencies.append(0) }
        frequencies[Int(id)] += 1
        entryTerms.append(id)
        entryCounts.append(Float(count))
        entryForms.append(UInt32(formsStart))
        entryFormLengths.append(UInt32(forms.count))
      }
      entryOffsets.append(entryTerms.count)
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
      candidates.sort { frequencies[$0] != frequencies[$1] ? frequencies[$0] > frequencies[$1] : table.precedes($0, $1) }
      candidates.removeLast(candidates.count - options.maximumFeatures)
    }
    candidates.sort { table.precedes($0, $1) }
    var columnOfTerm = [Int32](repeating: -1, count: table.count)
    for (column, id) in candidates.enumerated() { columnOfTerm[id] = Int32(column) }

    var rowOffsets = [0]
    rowOffsets.reserveCapacity(documentCount + 1)
    var columns: [Int32] = []
    var values: [Float] = []
    var row: [(Int32, Float)] = []
    for document in 0..<documentCount {
      row.removeAll(keepingCapacity: true)
      for entry in entryOffsets[document]..<entryOffsets[document + 1] {
        let column = columnOfTerm[Int(entryTerms[entry])]
        if column >= 0 { row.append((column, entryCounts[entry])) }
      }
      row.sort { $0.0 < $1.0 }
      for (column, value) in row {
        columns.append(column)
        values.append(value)
      }
      rowOffsets.append(columns.count)
    }
    counts = SparseMatrix(
      rowCount: documentCount, columnCount: candidates.count, rowOffsets: rowOffsets, columnIndices: columns,
      values: values)
    documentFrequencies = candidates.map { frequencies[$0] }
    columnTerms = candidates
    self.table = table
    self.entryOffsets = entryOffsets
    self.entryTerms = entryTerms
    self.entryForms = entryForms
    self.entryFormLengths = entryFormLengths
  }

  /// The term of a column, as collected (a stem, or two stems joined by a space).
  func term(ofColumn column: Int) -> String {
    table.string(of: columnTerms[column])
  }

  /// The most frequent surface form of each given column over the whole corpus (ties go to
  /// the form first in byte order).
  func surfaceForms(ofColumns wanted: Set<Int>, documents: [CollectedTerms]) -> [Int: String] {
    var wantedTerms: [Int32: Int] = [:]
    for column in wanted { wantedTerms[Int32(columnTerms[column])] = column }
    var totals: [Int: [String: Int]] = [:]
    for (index, document) in documents.enumerated() {
      var packed = document.terms
      packed.withUTF8 { bytes in
        for entry in entryOffsets[index]..<entryOffsets[index + 1] {
          guard let column = wantedTerms[entryTerms[entry]] else { continue }
          let start = Int(entryForms[entry])
          let forms = UnsafeBufferPointer(rebasing: bytes[start..<start + Int(entryFormLengths[entry])])
          for form in CollectedTerms.forms(forms) {
            totals[column, default: [:]][String(decoding: form.text, as: UTF8.self), default: 0] += form.count
          }
        }
      }
    }
    return totals.mapValues { forms in
      forms.max { $0.value != $1.value ? $0.value < $1.value : $1.key.utf8.lexicographicallyPrecedes($0.key.utf8) }!.key
    }
  }
}
