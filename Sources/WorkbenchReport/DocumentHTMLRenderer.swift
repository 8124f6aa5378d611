import WorkbenchCore

/// Renders one document as an `<article>`: its text in paragraphs (`dir="auto"` each, so Arabic
/// runs right to left and English left to right), annotations as nested highlighted spans with
/// their details in `title`, whole-document results as chips in the header.
struct DocumentHTMLRenderer {
  /// Stages in workflow order; a stage's position (modulo the palette) is its colour.
  var stageOrder: [String]
  /// The roles the stages declared for their labels.
  var roles: DeclaredRoles
  private var stageColors: [String: Int] = [:]

  init(stageOrder: [String], roles: DeclaredRoles) {
    self.stageOrder = stageOrder
    self.roles = roles
    for (index, stage) in stageOrder.enumerated() {
      stageColors[stage] = index % ReportAssets.stagePalette.count
    }
  }

  /// The article of document number `index`.
  func render(_ item: ReportDocument, index: Int) -> String {
    let document = item.document
    let scalars = Array(document.text.unicodeScalars)
    var inline: [InlineAnnotation] = []
    var chips: [String] = []
    for stage in ReportStages.order(of: item.annotations.keys, preferred: stageOrder) {
      let color = stageColors[stage] ?? 0
      for annotation in item.annotations[stage] ?? [] {
        let role = ReportRole.of(
          annotation, declared: roles.role(stage: stage, label: annotation.label), scalarCount: scalars.count)
        let start = min(max(0, annotation.start), scalars.count)
        let end = min(max(start, annotation.end), scalars.count)
        let tip = Self.tip(annotation, stage: stage)
        if start == 0 && end == scalars.count && (scalars.count > 0 || annotation.text.isEmpty)
          && role != .boilerplate
        {
          chips.append(Self.chip(annotation, role: role, stage: stage, color: color, tip: tip))
        } else if end > start {
          inline.append(
            InlineAnnotation(
              start: start, end: end,
              openTag: "<span class=\"a s\(color)\(Self.roleClass(role, annotation))\" title=\""
                + HTMLText.escape(tip) + "\">"))
        }
      }
    }

    var out =
      "<article class=\"doc\" id=\"doc-\(index)\">\n<header><h3><a class=\"n\" href=\"#doc-\(index)\">\(index + 1)</a> <span dir=\"auto\">"
    HTMLText.append(document.metadata.title ?? document.id, to: &out)
    out += "</span></h3>\n<p class=\"meta\"><code dir=\"ltr\">"
    HTMLText.append(document.id, to: &out)
    out += "</code>"
    let metadata = document.metadata
    if let date = metadata.date {
      out += " · <span>published " + HTMLText.escape(date) + "</span>"
    }
    if let source = metadata.source, !source.isEmpty {
      out += " · <span dir=\"auto\">" + HTMLText.escape(source) + "</span>"
    }
    if let url = metadata.url, url.hasPrefix("https://") || url.hasPrefix("http://") {
      out += " · <a rel=\"noreferrer\" href=\"" + HTMLText.escape(url) + "\">source</a>"
    }
    out += " · \(scalars.count) characters · \(item.annotationCount) annotations</p>\n"
    if !chips.isEmpty {
      out += "<p class=\"chips\">" + chips.joined(separator: " ") + "</p>\n"
    }
    out += "</header>\n<div class=\"text\""
    if let language = metadata.language, !language.isEmpty {
      out += " lang=\"" + HTMLText.escape(language) + "\""
    }
    out += ">\n<p dir=\"auto\">"
    writeText(scalars, inline: inline, to: &out)
    out += "</p>\n</div>\n</article>\n"
    return out
  }

  /// Writes the text, splitting it at every annotation boundary into segments; each segment
  /// opens one span per annotation covering it (outer annotations first), and every newline
  /// closes and reopens them around a new paragraph.
  private func writeText(_ scalars: [Unicode.Scalar], inline: [InlineAnnotation], to out: inout String) {
    var boundaries = Set<Int>([0, scalars.count])
    for annotation in inline {
      boundaries.insert(annotation.start)
      boundaries.insert(annotation.end)
    }
    let sortedBoundaries = boundaries.sorted()
    // Longer annotations open first so that they enclose shorter ones.
    let ordered = inline.sorted { ($0.start, -$0.end) < ($1.start, -$1.end) }
    var active: [InlineAnnotation] = []
    var next = 0
    for (position, lower) in sortedBoundaries.enumerated().dropLast() {
      let upper = sortedBoundaries[position + 1]
      active.removeAll { $0.end <= lower }
      while next < ordered.count, ordered[next].start <= lower {
        if ordered[next].end > lower { active.append(ordered[next]) }
        next += 1
      }
      active.sort { ($0.end - $0.start) > ($1.end - $1.start) }
      let open = active.map(\.openTag).joined()
      let close = String(repeating: "</span>", count: active.count)
      var opened = false
      var index = lower
      while index < upper {
        let scalar = scalars[index]
        if scalar == "\n" || scalar == "\r" {
          if opened {
            out += close
            opened = false
          }
          if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
            // CRLF: the LF closes the paragraph.
          } else {
            out += "</p>\n<p dir=\"auto\">"
          }
        } else {
          if !opened && !active.isEmpty {
            out += open
            opened = true
          }
          HTMLText.append(scalar, to: &out)
        }
        index += 1
      }
      if opened { out += close }
    }
  }

  private struct InlineAnnotation {
    var start: Int
    var end: Int
    var openTag: String
  }

  private static func roleClass(_ role: ReportRole, _ annotation: Annotation) -> String {
    switch role {
    case .boilerplate: return " bp"
    case .date: return " hl date"
    case .entity: return " hl ent"
    case .span, .documentValue, .topic: return " hl"
    case .sentiment(let level):
      let polarity = " " + ReportRole.polarityClass(ReportRole.polarity(annotation))
      if level == .target { return " tgt" + polarity }
      return " tone" + polarity
    }
  }

  /// The details of an annotation, one line: `stage · LABEL value · key=value, ...`.
  ///
  /// Each value is a bidi isolate (FSI … PDI), so an Arabic value cannot pull the punctuation
  /// and offsets after it into its right-to-left run.
  static func tip(_ annotation: Annotation, stage: String) -> String {
    var tip = stage + " · " + annotation.label
    if let value = annotation.value, !value.isEmpty { tip += " " + isolate(value) }
    let keys = annotation.attributes.keys.sorted().filter { !Annotation.reservedKeys.contains($0) }
    if !keys.isEmpty {
      tip +=
        " · "
        + keys.map { "\($0)=" + isolate(AnnotationTable.describe(annotation.attributes[$0]!)) }
        .joined(separator: ", ")
    }
    tip += " · [\(annotation.start), \(annotation.end))"
    return HTMLText.clip(tip, to: 600)
  }

  /// `text` as a bidi isolate when it holds right-to-left letters.
  static func isolate(_ text: String) -> String {
    text.unicodeScalars.contains { (0x0590...0x08FF).contains($0.value) || (0xFB1D...0xFEFF).contains($0.value) }
      ? "\u{2068}" + HTMLText.clip(text, to: 200) + "\u{2069}" : HTMLText.clip(text, to: 200)
  }

  private static func chip(
    _ annotation: Annotation, role: ReportRole, stage: String, color: Int, tip: String
  ) -> String {
    var text = stage + ": " + annotation.label
    var extra = ""
    if let value = annotation.value, !value.isEmpty, value != annotation.label {
      text += " " + isolate(value)
    }
    if case .sentiment(let level) = role {
      let score = ReportRole.sentimentScore(annotation)
      let polarity = ReportRole.polarity(annotation)
      if level == .target {
        // Tone toward an entity: its name and score.
        let name = annotation.attributes["name"]?.stringValue ?? annotation.value ?? annotation.label
        text = "tone toward " + isolate(name) + " " + ReportSections.signed(score)
      } else {
        text = stage + ": " + polarity + " (" + ReportSections.signed(score) + ")"
      }
      extra = " " + ReportRole.polarityClass(polarity)
    } else if let weight = annotation.attributes["weight"]?.doubleValue {
      text += " (" + HTMLText.number(weight) + ")"
    }
    if role == .topic, let label = (annotation.attributes["topic_label"] ?? annotation.attributes["label"])?.stringValue
    {
      text += " " + isolate(label)
    }
    return "<span class=\"chip s\(color)\(extra)\" title=\"" + HTMLText.escape(tip) + "\" dir=\"auto\">"
      + HTMLText.escape(HTMLText.clip(text, to: 80)) + "</span>"
  }
}
