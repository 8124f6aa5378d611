import Foundation

/// How much each term tells about a newsroom's sections, learned from stories labelled with
/// their section: `1 − H(p) / ln S`, where `p` is the term's smoothed distribution over the
/// `S` sections (the share of each section's stories that contain it, each section counted
/// as if all were the same size). A term of one section (a club, a court, a festival) comes
/// near 1; a word of the news register that every section writes (`أفاد`, `الجهة`) near 0.
///
/// The reduce multiplies an Arabic term's column weight by `1 + section_weight ·
/// informativeness`, so section words count for more than the register around them.
public struct SectionTermPrior: Sendable {
  /// Each term as collected (a light stem, two stems joined by a space, a formula term
  /// starting with `~`) and its informativeness, in [0, 1].
  public var informativeness: [String: Float]

  /// The mean informativeness of the table's terms: what a term the table lacks is given.
  /// A term the labelled stories never had three times (a new name, a new event's word) is
  /// as likely to be a section word as any other; giving it 0 put it below the news
  /// register (two halves of the ANT tuning part: +0.008 NMI instead of +0.014).
  public let meanInformativeness: Float

  public init(informativeness: [String: Float]) {
    self.informativeness = informativeness
    meanInformativeness =
      informativeness.isEmpty ? 0 : informativeness.values.reduce(0, +) / Float(informativeness.count)
  }

  /// Terms in fewer labelled stories than this are left out: their distribution is noise.
  public static let minimumDocuments = 3
  /// Pseudo-stories spread over the sections by their sizes before a term's distribution is
  /// taken, so that a term of three stories is not called as sure as one of three hundred.
  public static let smoothing = 2.0

  /// Learns the table from documents' collected terms and their sections (parallel arrays).
  public static func learn(documents: [CollectedTerms], sections: [String]) -> SectionTermPrior {
    precondition(documents.count == sections.count)
    let names = Array(Set(sections)).sorted()
    guard names.count > 1 else { return SectionTermPrior(informativeness: [:]) }
    let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($0.element, $0.offset) })
    var sizes = [Double](repeating: 0, count: names.count)
    var counts: [String: [Double]] = [:]
    for (document, section) in zip(documents, sections) {
      let s = index[section]!
      sizes[s] += 1
      for term in Set(document.entries.map(\.term)) {
        counts[term, default: [Double](repeating: 0, count: names.count)][s] += 1
      }
    }
    let total = sizes.reduce(0, +)
    let maximumEntropy = log(Double(names.count))
    var table: [String: Float] = [:]
    for (term, perSection) in counts where perSection.reduce(0, +) >= Double(minimumDocuments) && isArabic(term) {
      // The rate of the term in each section, with `smoothing` stories spread by size.
      let rates = perSection.indices.map { (perSection[$0] + smoothing * sizes[$0] / total) / sizes[$0] }
      let sum = rates.reduce(0, +)
      let entropy = rates.reduce(0.0) { $1 > 0 ? $0 - $1 / sum * log($1 / sum) : $0 }
      table[term] = Float(max(0, 1 - entropy / maximumEntropy))
    }
    return SectionTermPrior(informativeness: table)
  }

  /// Whether a term as collected is Arabic: its first letter (after a formula marker) is in
  /// the UTF-8 range of U+0600–U+06FF. Only Arabic terms are learned and weighed: the
  /// labelled sections are Arabic news.
  static func isArabic(_ term: String) -> Bool {
    var bytes = term.utf8[...]
    if bytes.first == CollectedTerms.formulaMarker { bytes = bytes.dropFirst() }
    return bytes.first.map { (0xD8...0xDB).contains($0) } ?? false
  }

  /// Reads the table as `tsv()` writes it; lines starting with `#` are comments.
  public init(tsv: String) {
    var table: [String: Float] = [:]
    for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t")
      guard fields.count >= 2, let value = Float(fields[1]) else { continue }
      table[String(fields[0])] = value
    }
    self.init(informativeness: table)
  }

  /// The table as text, one `term<TAB>informativeness` a line, terms in byte order, after
  /// `header` lines (each written with a leading `# `).
  public func tsv(header: [String] = []) -> String {
    var lines = header.map { "# " + $0 }
    for term in informativeness.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
      lines.append(term + "\t" + String(format: "%.3f", informativeness[term]!))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The factor a column's weight is multiplied by: `1 + weight · informativeness`, with
  /// `meanInformativeness` for a term the table lacks.
  public func factor(of term: String, weight: Double) -> Float {
    1 + Float(weight) * (informativeness[term] ?? meanInformativeness)
  }

  /// The table the stage ships (see the plugin's Resources/README.md); empty when missing.
  public static let shipped: SectionTermPrior = {
    guard let url = Bundle.module.url(forResource: "ant-section-terms", withExtension: "tsv"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return SectionTermPrior(informativeness: [:]) }
    return SectionTermPrior(tsv: text)
  }()
}
