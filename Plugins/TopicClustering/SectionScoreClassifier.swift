import Foundation

/// A linear classifier of news sections over the stage's own TF-IDF columns, learned from
/// stories labelled with their section: per Arabic term, its weight for each section in a
/// multinomial logistic regression over the stories' unit-length TF-IDF rows
/// (`MultinomialLogisticRegression`, since stage version 21; a nearest centroid before). A
/// story's section scores are its TF-IDF row times these weights (`section_scores`), a linear
/// map of the terms, appended to its latent semantic coordinates.
public struct SectionScoreClassifier: Sendable {
  /// The sections, in the order of each term's weights.
  public var sections: [String]
  /// Each Arabic term as collected and its weight per section.
  public var weights: [String: [Float]]

  public init(sections: [String], weights: [String: [Float]]) {
    self.sections = sections
    self.weights = weights
  }

  /// Terms in fewer labelled stories than this are left out.
  public static let minimumDocuments = 3

  /// The weights as a vocabulary-columns x sections matrix (zero for a term the table lacks
  /// or a Latin-script term); nil when no column is known.
  func termWeights(_ vocabulary: CorpusVocabulary, columns: Int) -> DenseMatrix? {
    guard !sections.isEmpty else { return nil }
    var matrix = DenseMatrix(rowCount: columns, columnCount: sections.count)
    var known = 0
    for column in 0..<columns {
      guard let row = weights[vocabulary.term(ofColumn: column)] else { continue }
      known += 1
      for section in row.indices { matrix[column, section] = row[section] }
    }
    return known > 0 ? matrix : nil
  }

  /// Reads the table as `tsv()` writes it: a `sections` line, then `term<TAB>w1<TAB>w2…`
  /// (weights × 1,000); lines starting with `#` are comments.
  public init(tsv: String) {
    var sections: [String] = []
    var table: [String: [Float]] = [:]
    for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t").map(String.init)
      if fields.first == "sections" {
        sections = Array(fields.dropFirst())
        continue
      }
      guard fields.count == sections.count + 1, !sections.isEmpty else { continue }
      let values = fields.dropFirst().compactMap(Float.init).map { $0 / Self.writtenScale }
      if values.count == sections.count { table[fields[0]] = values }
    }
    self.init(sections: sections, weights: table)
  }

  /// Weights are written times this, with two decimals (five of the weight itself).
  static let writtenScale: Float = 1000

  /// The table as text, after `header` lines (each written with a leading `# `): a
  /// `sections` line, then one `term<TAB>w1<TAB>w2…` line per term (weights × 1,000), terms
  /// in byte order.
  public func tsv(header: [String] = []) -> String {
    var lines = header.map { "# " + $0 }
    lines.append((["sections"] + sections).joined(separator: "\t"))
    for term in weights.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
      lines.append(
        ([term] + weights[term]!.map { String(format: "%.2f", $0 * Self.writtenScale) }).joined(separator: "\t"))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The classifier the stage ships (see the plugin's Resources/README.md); empty when missing.
  public static let shipped: SectionScoreClassifier = {
    guard let url = Bundle.module.url(forResource: "ant-section-classifier", withExtension: "tsv"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return SectionScoreClassifier(sections: [], weights: [:]) }
    return SectionScoreClassifier(tsv: text)
  }()
}

extension TopicReducer {
  /// Learns the section classifier from labelled documents, weighing their terms as the
  /// reduce would (this reducer's configuration and section term table).
  public func learnSectionClassifier(documents: [CollectedTerms], sections: [String]) -> SectionScoreClassifier {
    precondition(documents.count == sections.count)
    let names = Array(Set(sections)).sorted()
    let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($0.element, $0.offset) })
    let vocabulary = self.vocabulary(of: documents)
    var idf = TFIDFWeighting.inverseDocumentFrequencies(
      counts: vocabulary.counts, documentFrequencies: vocabulary.documentFrequencies,
      columnGroups: configuration.idfPerScript ? vocabulary.columnScripts : nil,
      idfPower: Self.idfPower(configuration.method))
    if configuration.sectionWeight > 0 {
      _ = Self.weighBySections(&idf, vocabulary, prior: sectionPrior, weight: configuration.sectionWeight)
    }
    let matrix = TFIDFWeighting.weigh(counts: vocabulary.counts, idf: idf)
    let columns = (0..<matrix.columnCount).map { column in
      vocabulary.documentFrequencies[column] >= SectionScoreClassifier.minimumDocuments
        && SectionTermPrior.isArabic(vocabulary.term(ofColumn: column))
    }
    let stories = (0..<matrix.rowCount).filter { matrix.rowOffsets[$0] < matrix.rowOffsets[$0 + 1] }.count
    let regression = MultinomialLogisticRegression(
      rows: matrix, classes: sections.map { index[$0] }, classCount: names.count, columns: columns,
      penalty: 1 / Float(max(1, stories)))
    var table: [String: [Float]] = [:]
    for column in 0..<matrix.columnCount where columns[column] {
      // The gradient's rows sum to zero over the sections, so each term's weights already do;
      // centring them again only takes rounding out.
      let row = regression.weights.row(column)
      let mean = row.reduce(0, +) / Float(names.count)
      table[vocabulary.term(ofColumn: column)] = row.map { $0 - mean }
    }
    return SectionScoreClassifier(sections: names, weights: table)
  }
}
