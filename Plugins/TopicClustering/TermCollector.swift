import WorkbenchCore

/// INTERIM crude extraction for experiments; replaced by WorkbenchText.
struct TermCollector {
  var phrases: Bool

  func collect(_ document: Document, boilerplate: [Range<Int>]) -> CollectedTerms {
    var forms: [String: [String: Int]] = [:]
    var word: [Unicode.Scalar] = []
    var start = 0
    var previous: (stem: String, surface: String, end: Int)?
    var offset = 0
    func flush(end: Int) {
      defer { word.removeAll(keepingCapacity: true) }
      guard !word.isEmpty else { return }
      if boilerplate.contains(where: { $0.overlaps(start..<end) }) { previous = nil; return }
      let surface = String(String.UnicodeScalarView(word))
      var normalized: [Unicode.Scalar] = []
      for s in word {
        switch s.value {
        case 0x064B...0x0652, 0x0640: continue
        case 0x0622, 0x0623, 0x0625: normalized.append("\u{0627}")
        case 0x0649: normalized.append("\u{064A}")
        case 0x0629: normalized.append("\u{0647}")
        case 0x41...0x5A: normalized.append(Unicode.Scalar(s.value + 32)!)
        default: normalized.append(s)
        }
      }
      var n = String(String.UnicodeScalarView(normalized))
      for prefix in ["وال", "بال", "كال", "فال", "لل", "ال"] where n.hasPrefix(prefix) && n.count - prefix.count >= 2 {
        n = String(n.dropFirst(prefix.count)); break
      }
      if n.unicodeScalars.count < 3 || Self.stop.contains(n) || n.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }) {
        previous = nil; return
      }
      forms[n, default: [:]][surface, default: 0] += 1
      if phrases, let p = previous, p.end + 1 == start {
        forms[p.stem + " " + n, default: [:]][p.surface + " " + surface, default: 0] += 1
      }
      previous = (n, surface, end)
    }
    for scalar in document.text.unicodeScalars {
      if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar.properties.generalCategory == .nonspacingMark {
        if word.isEmpty { start = offset }
        word.append(scalar)
      } else {
        flush(end: offset)
        if scalar != " " { previous = nil }
      }
      offset += 1
    }
    flush(end: offset)
    return CollectedTerms(length: offset, title: document.metadata.title, forms: forms)
  }

  static let stop: Set<String> = ["في", "من", "علي", "الي", "عن", "مع", "هذا", "هذه", "التي", "الذي", "ان", "او", "كان", "وقد", "قد", "لم", "لا", "ما", "بين", "كما", "حيث", "تم", "بعد", "قبل", "خلال", "عند", "كل", "وفي", "ومن", "وهو", "وهي", "هو", "هي", "ذلك", "تلك", "ايضا", "اكثر", "عدد", "اطار", "اليوم", "امس", "الذين", "وان", "انه", "بان", "لها", "له", "فيه", "فيها", "منذ", "حتي", "اي", "يوم", "the", "and", "for", "with", "that", "this", "are", "was", "from"]
}
