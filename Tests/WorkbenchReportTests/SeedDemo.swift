import Foundation
import Testing
import WorkbenchCore

@testable import WorkbenchReport

/// A demonstration run over the five seed articles with HAND-MADE annotations, so that the
/// report can be looked at (scripts/report_screenshots.sh) before the real stages and runtime
/// exist. Nothing here is output of the product: the spans are found by searching the seeds for
/// strings written below, the values and scores were written by hand for the picture.
/// Wikidata ids appear only where the shared data's entities/country_aliases_ar.tsv gives them
/// (Q159 Russia, Q858 Syria); other entities carry a name and no id.
enum SeedDemo {
  static let seedsFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("seeds")

  struct Mark {
    var stage: String
    var surface: String
    var label: String
    var value: String?
    var attributes: [String: JSONValue] = [:]
    /// Only these documents (file name prefixes); all when empty.
    var documents: [String] = []
    /// Every occurrence, or only the first.
    var everyOccurrence = true
  }

  static func entity(_ surface: String, _ label: String, _ name: String, id: String? = nil) -> Mark {
    Mark(
      stage: "entities", surface: surface, label: label, value: id,
      attributes: ["name": .string(name), "name_ar": .string(surface), "confidence": 1.0])
  }

  static func date(_ doc: String, _ surface: String, _ value: String, anchored: Bool = false, mod: String? = nil)
    -> Mark
  {
    var attributes: [String: JSONValue] = ["anchored": .bool(anchored)]
    if let mod { attributes["mod"] = .string(mod) }
    return Mark(
      stage: "dates", surface: surface, label: "DATE", value: value, attributes: attributes, documents: [doc],
      everyOccurrence: false)
  }

  static let marks: [Mark] = [
    entity("روسيا", "LOCATION", "Russia", id: "Q159"),
    entity("سوريا", "LOCATION", "Syria", id: "Q858"),
    entity("موسكو", "LOCATION", "Moscow"),
    entity("دمشق", "LOCATION", "Damascus"),
    entity("الكرملين", "LOCATION", "Kremlin"),
    entity("بوتين", "PERSON", "Vladimir Putin"),
    entity("الشرع", "PERSON", "Ahmed al-Sharaa"),
    entity("نوفاك", "PERSON", "Alexander Novak"),
    entity("أبو قصرة", "PERSON", "Murhaf Abu Qasra"),
    entity("الشيباني", "PERSON", "Asaad al-Shaibani"),
    entity("زاخاروفا", "PERSON", "Maria Zakharova"),
    entity("الأسد", "PERSON", "Bashar al-Assad"),
    entity("سانا", "ORGANIZATION", "SANA"),
    date("000", "ديسمبر 2024", "2024-12"),
    date("001", "منتصف تشرين الأول/أكتوبر", "2025-10", anchored: true, mod: "MID"),
    date("001", "تشرين الأول/ أكتوبر الماضي", "2025-10", anchored: true),
    date("002", "15 أكتوبر 2025", "2025-10-15"),
    date("003", "٢٨ كانون الثاني ٢٠٢٦", "2026-01-28"),
    date("003", "الأربعاء الموافق 28 كانون الثاني/يناير", "2026-01-28", anchored: true),
    date("003", "العام الماضي", "2025", anchored: true),
    date("004", "23 كانون الأول/ديسمبر", "2025-12-23", anchored: true),
    date("004", "ديسمبر الماضي", "2024-12", anchored: true),
    date("004", "15 أكتوبر 2025", "2025-10-15"),
    date("004", "العام الماضي", "2024", anchored: true),
    Mark(stage: "keywords", surface: "الطاقة", label: "KEYWORD", value: "الطاقة"),
    Mark(stage: "keywords", surface: "النفط", label: "KEYWORD", value: "النفط"),
    Mark(stage: "keywords", surface: "الغاز", label: "KEYWORD", value: "الغاز"),
    Mark(stage: "keywords", surface: "القمح", label: "KEYWORD", value: "القمح"),
    Mark(
      stage: "clean", surface: "Contact Us\nEktisadi.com\nاقتصاد", label: "BOILERPLATE",
      attributes: ["reason": "navigation"], documents: ["001"], everyOccurrence: false),
    Mark(
      stage: "clean", surface: "freepik__a-neutral-conceptual-scene-of-reconstruction-and-d__88757",
      label: "BOILERPLATE", attributes: ["reason": "image caption"], documents: ["001"], everyOccurrence: false),
    Mark(
      stage: "clean",
      surface: "لا يتحمل موقعنا مضمونه بأي شكل من الأشكال. بإمكانكم الإطلاع على تفاصيل هذا الخبر من خلال مصدره الأصلي.",
      label: "BOILERPLATE", attributes: ["reason": "syndication notice"], documents: ["003"], everyOccurrence: false),
  ]

  /// Hand-set document tone, for the demonstration only.
  static let documentTone: [String: Double] = ["000": 0.35, "001": 0.3, "002": 0.45, "003": 0.5, "004": 0.05]

  static func load() throws -> RunReport {
    let metadataText = try String(contentsOf: seedsFolder.appendingPathComponent("metadata.csv"), encoding: .utf8)
    let rows = CSVReader.rows(metadataText)
    let header = rows[0]
    var documents: [ReportDocument] = []
    for row in rows.dropFirst() where row.count == header.count {
      let fields = Dictionary(uniqueKeysWithValues: zip(header, row))
      let file = fields["file"]!
      var text = try String(contentsOf: seedsFolder.appendingPathComponent(file), encoding: .utf8)
      if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
      let document = Document(
        id: file, text: text,
        metadata: DocumentMetadata(
          date: fields["date"], title: fields["title"], source: fields["source"], language: "ar"))
      documents.append(annotate(document))
    }
    let stages = [
      StageRunSummary(id: "clean", plugin: "clean", version: 1, computed: 5),
      StageRunSummary(
        id: "keywords", plugin: "keyword-match", version: 1,
        configuration: "{\"terms\":[\"الطاقة\",\"النفط\",\"الغاز\",\"القمح\"]}", computed: 5),
      StageRunSummary(id: "dates", plugin: "date-normalization", version: 1, computed: 5),
      StageRunSummary(id: "entities", plugin: "entity-linking", version: 1, computed: 5),
      StageRunSummary(id: "sentiment", plugin: "sentiment", version: 1, computed: 5),
      StageRunSummary(
        id: "topics", plugin: "topic-clustering", version: 1, configuration: "{\"topics\":2}", computed: 5),
    ]
    let topics = [
      StageCorpusRecord(
        stage: "topics",
        record: CorpusRecord(
          kind: "topic", key: "0",
          value: [
            "label": "الطاقة والنفط والغاز", "size": 2, "coherence": 0.4,
            "terms": ["الطاقة", "النفط", "الغاز", "القمح", "الاقتصادي", "إعادة الإعمار"],
            "documents": ["001_7148f330e748e87e.txt", "000_b8fbc64c6013c1a4.txt"],
          ])),
      StageCorpusRecord(
        stage: "topics",
        record: CorpusRecord(
          kind: "topic", key: "1",
          value: [
            "label": "زيارات إلى موسكو", "size": 3, "coherence": 0.3,
            "terms": ["بوتين", "الشرع", "موسكو", "الكرملين", "زيارة", "وزير"],
            "documents": ["002_095f6d28d59887e7.txt", "003_02a1ff8d6132f0a2.txt", "004_172edc32d39c3b1d.txt"],
          ])),
    ]
    return RunReport(
      workflowName: "energy (demonstration)",
      workflowDescription:
        "Energy cooperation in Russia-Syria news coverage. DEMO: hand-made annotations over the five seeds, not output of the stages.",
      workflowFile: "workflows/energy.yaml", status: "demonstration", stages: stages, roles: .reportTests,
      corpusRecords: topics, documentCount: documents.count, documents: ReportDocumentSource(documents))
  }

  static func annotate(_ document: Document) -> ReportDocument {
    let scalars = Array(document.text.unicodeScalars)
    let prefix = String(document.id.prefix(3))
    var annotations: [String: [Annotation]] = [:]
    for mark in marks where mark.documents.isEmpty || mark.documents.contains(prefix) {
      let needle = Array(mark.surface.unicodeScalars)
      var start = 0
      while start + needle.count <= scalars.count {
        if scalars[start] == needle[0] && Array(scalars[start..<(start + needle.count)]) == needle {
          annotations[mark.stage, default: []].append(
            Annotation(
              start: start, end: start + needle.count, text: mark.surface, label: mark.label, value: mark.value,
              attributes: mark.attributes))
          if !mark.everyOccurrence { break }
          start += needle.count
        } else {
          start += 1
        }
      }
    }
    // Sentiment: a document tone, a tone for sentences with a few telling words, and a target
    // tone toward Russia and Syria in those sentences.
    let tone = documentTone[prefix] ?? 0
    var sentiment = [
      document.wholeTextAnnotation(
        label: tone > 0.1 ? "positive" : tone < -0.1 ? "negative" : "neutral", value: nil,
        attributes: ["level": "document", "score": .double(tone)])
    ]
    var sentenceStart = 0
    for index in 0...scalars.count {
      let atEnd = index == scalars.count || scalars[index] == "\n" || scalars[index] == "." || scalars[index] == "،"
      guard atEnd else { continue }
      let sentence = String(String.UnicodeScalarView(scalars[sentenceStart..<index]))
      let positive = ["تعزيز", "التعاون", "دعم"].contains { sentence.contains($0) }
      let negative = ["الأزمة", "النزاع", "سقوط", "الإطاحة", "المتضرر"].contains { sentence.contains($0) }
      if (positive || negative) && !sentence.trimmingCharacters(in: .whitespaces).isEmpty {
        let score = negative ? -0.4 : 0.5
        let label = negative ? "negative" : "positive"
        sentiment.append(
          Annotation(
            start: sentenceStart, end: index, text: sentence, label: label, value: nil,
            attributes: ["level": "sentence", "score": .double(score)]))
        for entity in annotations["entities"] ?? []
        where entity.start >= sentenceStart && entity.end <= index && entity.value != nil {
          sentiment.append(
            Annotation(
              start: entity.start, end: entity.end, text: entity.text, label: label, value: entity.value,
              attributes: ["level": "target", "score": .double(score)]))
        }
      }
      sentenceStart = index + 1
    }
    annotations["sentiment"] = sentiment
    let topic = ["001", "000"].contains(prefix) ? "0" : "1"
    annotations["topics"] = [document.wholeTextAnnotation(label: "TOPIC", value: topic, attributes: ["weight": 0.7])]
    return ReportDocument(document: document, annotations: annotations)
  }
}

struct SeedDemoTests {
  /// Builds the demonstration report of the seeds; with WORKBENCH_REPORT_DEMO=path it is also
  /// written there (scripts/report_screenshots.sh does this).
  @Test func seedReportHasArabicDocumentsAndEverySection() throws {
    let run = try SeedDemo.load()
    let writer = HTMLReportWriter(
      banner: "Demonstration: hand-made annotations over the seeds, not output of the Workbench stages.")
    let html = try writer.render(run)
    #expect(html.components(separatedBy: "<article class=\"doc\"").count - 1 == 5)
    #expect(html.contains("الشرع يلتقي بوتين في موسكو"))
    #expect(html.contains("<tr id=\"date-2025-10-15\">"))
    #expect(html.contains("<td class=\"ar\" dir=\"rtl\" lang=\"ar\">روسيا</td>"))
    #expect(html.contains("<div class=\"text\" lang=\"ar\">"))
    if let path = ProcessInfo.processInfo.environment["WORKBENCH_REPORT_DEMO"] {
      try writer.write(run, to: URL(fileURLWithPath: path))
    }
  }
}
