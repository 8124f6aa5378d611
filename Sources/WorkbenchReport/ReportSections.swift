import Foundation
import WorkbenchCore

/// The HTML of the report's sections above the document list, from the gathered tallies.
struct ReportSections {
  var run: RunReport
  var aggregate: ReportAggregate
  var writer: HTMLReportWriter

  private func e(_ text: String) -> String { HTMLText.escape(text) }

  private func colorIndex(_ stage: String) -> Int {
    (aggregate.stageOrder.firstIndex(of: stage) ?? 0) % ReportAssets.stagePalette.count
  }

  private func documentLink(_ index: Int, clip: Int = 70) -> String {
    var link = HTMLBuilder()
    link.element(
      "a", ["href": "#doc-\(index)", "dir": "auto"], text: HTMLText.clip(aggregate.documentTitles[index], to: clip))
    return link.html
  }

  /// A table in a scrolling box: a header row of `columns` (names, and whether the column is
  /// numeric and so right-aligned), then the rows `body` writes.
  private static func table(
    id: String, columns: [(String, Bool)], into html: inout HTMLBuilder,
    _ body: (inout HTMLBuilder) -> Void
  ) {
    html.element("div", ["class": "scroll"]) { scroll in
      scroll.element("table", ["id": id]) { table in
        table.element("thead") { head in
          head.element("tr") { row in
            for (name, numeric) in columns { row.element("th", ["class": numeric ? "num" : nil], text: name) }
          }
        }
        table.element("tbody") { rows in
          rows.newline()
          body(&rows)
        }
      }
    }
    html.newline()
  }

  /// The colour key of a stage, then its name.
  private func stageCell(_ stage: String, into row: inout HTMLBuilder) {
    row.element("td", ["class": "stage"]) { cell in
      cell.element("span", ["class": "key s\(colorIndex(stage))"]) { _ in }
      cell.text(stage)
    }
  }

  // MARK: - Head and overview

  func head() -> String {
    let title = "Workbench report: " + run.workflowName
    var out = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="Workbench">
      <title>\(e(title))</title>
      <style>
      \(ReportAssets.styleSheet(stageCount: aggregate.stageOrder.count))</style>
      <noscript><style>.page[hidden]{display:block}</style></noscript>
      </head>
      <body>
      <nav class="top"><strong dir="auto">\(e(title))</strong>
      <a href="#overview">Overview</a><a href="#timeline">Timeline</a><a href="#entities">Entities</a>
      <a href="#sentiment">Sentiment</a><a href="#topics">Topics</a><a href="#documents">Documents</a></nav>
      <main>

      """
    if let banner = writer.banner {
      out += "<p class=\"banner\"><strong>" + e(banner) + "</strong></p>\n"
    }
    return out
  }

  func overview() -> String {
    var out = "<section id=\"overview\">\n<h1 dir=\"auto\">" + e(run.workflowName) + "</h1>\n"
    if let description = run.workflowDescription, !description.isEmpty {
      out += "<p dir=\"auto\">" + e(description) + "</p>\n"
    }
    var facts: [(String, String)] = [
      (String(aggregate.documentCount), "documents"),
      (String(aggregate.annotationCount), "annotations"),
      (String(run.stages.count), "stages"),
      (String(run.failures.count), "failures"),
    ]
    if let started = run.startedAt, let finished = run.finishedAt {
      let seconds = finished.timeIntervalSince(started)
      // Stores may keep whole seconds only: a run inside one second shows as "< 1 s".
      let text = seconds < 1 ? "< 1 s" : HTMLText.number(seconds, digits: seconds < 10 ? 2 : 1) + " s"
      facts.append((text, "run time"))
    }
    var factBoxes = HTMLBuilder()
    factBoxes.element("div", ["class": "facts"]) { boxes in
      for (value, name) in facts {
        boxes.element("div", ["class": "fact", "data-fact": name]) { box in
          box.element("b", text: value)
          box.element("span", text: name)
        }
      }
    }
    out += factBoxes.html + "\n<p class=\"meta\">"
    var parts: [String] = []
    if let runID = run.runID { parts.append("run \(runID)") }
    parts.append("status " + e(run.status))
    if let file = run.workflowFile { parts.append("workflow <code>" + e(file) + "</code>") }
    if let started = run.startedAt { parts.append("started " + Self.timestamp(started)) }
    if let finished = run.finishedAt { parts.append("finished " + Self.timestamp(finished)) }
    out += parts.joined(separator: " · ") + "</p>\n"

    var html = HTMLBuilder()
    html.raw("<h3>Stages</h3>\n")
    let stageColumns = [
      ("stage", false), ("plugin", false), ("version", true), ("configuration", false), ("computed", true),
      ("cached", true), ("failed", true), ("seconds", true),
    ]
    Self.table(id: "stage-table", columns: stageColumns, into: &html) { rows in
      for stage in run.stages {
        rows.element("tr") { row in
          stageCell(stage.id, into: &row)
          row.element("td", text: stage.plugin)
          row.element("td", ["class": "num"], text: String(stage.version))
          row.element("td", ["class": "config", "dir": "auto"]) { cell in
            cell.raw(ReadableValue.html(ReadableValue.lines(json: stage.configuration)))
          }
          for count in [stage.computed, stage.cached, stage.failed] {
            row.element("td", ["class": "num"], text: String(count))
          }
          row.element("td", ["class": "num"], text: HTMLText.number(stage.seconds))
        }
        rows.newline()
      }
    }

    html.raw("<h3>Annotations by stage</h3>\n")
    let annotationColumns = [("stage", false), ("annotations", true), ("documents", true), ("labels", false)]
    Self.table(id: "annotation-table", columns: annotationColumns, into: &html) { rows in
      for stage in aggregate.stageOrder {
        let tally = aggregate.stageTallies[stage] ?? StageTally()
        let labels = tally.labels.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(8)
          .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        rows.element("tr", ["data-stage": stage, "data-annotations": String(tally.annotations)]) { row in
          stageCell(stage, into: &row)
          row.element("td", ["class": "num"], text: String(tally.annotations))
          row.element("td", ["class": "num"], text: String(tally.documents))
          row.element("td", ["dir": "auto"], text: labels)
        }
        rows.newline()
      }
    }

    html.raw("<h3>Failures</h3>\n")
    if run.failures.isEmpty {
      html.element("p", ["class": "muted"], text: "None: every stage completed on every document.")
      html.newline()
    } else {
      let failureColumns = [("document", false), ("stage", false), ("message", false)]
      Self.table(id: "failure-table", columns: failureColumns, into: &html) { rows in
        for failure in run.failures.prefix(500) {
          rows.element("tr") { row in
            row.element("td") { $0.element("code", text: failure.document ?? "–") }
            row.element("td", text: failure.stage ?? "–")
            row.element("td", ["dir": "auto"], text: HTMLText.clip(failure.message, to: 500))
          }
          rows.newline()
        }
      }
      if run.failures.count > 500 {
        html.element("p", ["class": "muted"], text: "… and \(run.failures.count - 500) more failures.")
        html.newline()
      }
    }
    return out + html.html + "</section>\n"
  }

  static func timestamp(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: date)
  }

  // MARK: - Timeline

  func timeline() -> String {
    var out = "<section id=\"timeline\">\n<h2>Timeline</h2>\n"
    let all = aggregate.dates.values
    guard !all.isEmpty else {
      return out
        + "<p class=\"muted\">No dates were found (no stage produced DATE or TIME annotations).</p>\n</section>\n"
    }
    let mentions = all.reduce(0) { $0 + $1.mentions }
    let placed = all.filter { $0.interval != nil }
    out +=
      "<p>\(mentions) date mentions, \(all.count) distinct values; \(placed.count) of them placed on the axis. "
      + "Each mention is compared with the publication date of its document.</p>\n"
    out += TimelineChart(dates: placed, publicationDays: aggregate.publicationDays).svg()

    let shown = placed.sorted { ($0.mentions, $1.value) > ($1.mentions, $0.value) }
      .prefix(writer.timelineRows)
      .compactMap { tally in tally.interval.map { (interval: $0, tally: tally) } }
      .sorted { ($0.interval, $0.tally.value) < ($1.interval, $1.tally.value) }
      .map(\.tally)
    if shown.count < placed.count {
      out += "<p class=\"muted\">The \(shown.count) most mentioned of \(placed.count) dates, in time order.</p>\n"
    }
    out += dateTable(Array(shown), id: "date-table")
    let others = all.filter { $0.interval == nil }.sorted { ($0.mentions, $1.value) > ($1.mentions, $0.value) }
    if !others.isEmpty {
      out += "<h3>Durations, sets and other values</h3>\n"
      out += dateTable(Array(others.prefix(writer.timelineRows)), id: "other-date-table")
    }
    return out + "</section>\n"
  }

  private func dateTable(_ dates: [DateTally], id: String) -> String {
    var html = HTMLBuilder()
    let columns = [("value", false), ("mentions", true), ("documents", true), ("in context", false)]
    Self.table(id: id, columns: columns, into: &html) { rows in
      for tally in dates {
        rows.element("tr", ["id": "date-" + TimelineChart.anchor(tally.value)]) { row in
          row.element("td", ["class": "when"]) { cell in
            cell.element("code", text: tally.value)
            cell.void("br")
            var label = tally.label
            if let interval = tally.interval { label += " · " + TimelineChart.humanDate(interval) }
            cell.element("span", ["class": "muted"], text: label)
          }
          row.element("td", ["class": "num"]) { cell in
            cell.text(String(tally.mentions))
            for relation in DateRelation.allCases {
              guard let count = tally.counts[relation] else { continue }
              cell.void("br")
              cell.element(
                "span", ["class": "tag \(relation.cssClass)", "title": relation.title],
                text: "\(count) \(relation.title)")
            }
          }
          row.element("td", ["class": "num"], text: String(tally.documents.count))
          row.element("td") { cell in
            for example in tally.examples {
              cell.element("p", ["class": "ctx", "dir": "auto"]) { context in
                context.text(example.context.before)
                context.element("mark", text: example.context.match)
                context.text(example.context.after)
              }
              cell.element("p", ["class": "meta"]) { meta in
                meta.element("span", ["class": "tag \(example.relation.cssClass)"], text: example.relation.title)
                meta.text(" ")
                meta.raw(documentLink(example.document))
              }
            }
          }
        }
        rows.newline()
      }
    }
    return html.html
  }

  // MARK: - Entities

  func entities() -> String {
    var out = "<section id=\"entities\">\n<h2>Entities</h2>\n"
    let entities = aggregate.entities
    guard !entities.isEmpty else {
      return out
        + "<p class=\"muted\">No entities were found (no stage produced PERSON, LOCATION or ORGANIZATION annotations).</p>\n</section>\n"
    }
    let ranked = entities.indices.sorted {
      (entities[$0].mentions, entities[$1].key) > (entities[$1].mentions, entities[$0].key)
    }
    let mentionTotal = entities.reduce(0) { $0 + $1.mentions }
    out += "<p>\(entities.count) distinct entities, \(mentionTotal) mentions.</p>\n"
    if ranked.count > writer.entityRows {
      out += "<p class=\"muted\">The \(writer.entityRows) most mentioned are listed.</p>\n"
    }
    var approximated = false
    var html = HTMLBuilder()
    let columns = [
      ("#", true), ("name", false), ("Arabic", false), ("type", false), ("id", false), ("mentions", true),
      ("documents", true), (AnnotationRole.tone.rawValue, true),
    ]
    Self.table(id: "entity-table", columns: columns, into: &html) { rows in
      for (rank, index) in ranked.prefix(writer.entityRows).enumerated() {
        let entity = entities[index]
        var tone = "–"
        if let value = entity.tone {
          tone = Self.signed(value.score)
          if !value.fromTargets {
            tone = "≈" + tone
            approximated = true
          }
        }
        rows.element("tr", ["data-mentions": String(entity.mentions)]) { row in
          row.element("td", ["class": "num"], text: String(rank + 1))
          row.element("td", ["dir": "auto"], text: entity.englishName ?? "–")
          row.element("td", ["class": "ar", "dir": "rtl", "lang": "ar"], text: entity.arabicName ?? "–")
          row.element("td", text: entity.type)
          row.element("td") { $0.element("code", text: entity.value ?? "") }
          row.element("td", ["class": "num"], text: String(entity.mentions))
          row.element("td", ["class": "num"], text: String(entity.documents))
          row.element("td", ["class": "num", "style": Self.toneColor(entity.tone?.score)], text: tone)
        }
        rows.newline()
      }
    }
    out += html.html
    out +=
      "<p class=\"muted\">Tone: mean sentiment score (−1 … 1) of target-level sentiment toward the entity"
      + (approximated
        ? "; ≈ marks the mean tone of the sentences that mention it, where no target-level sentiment exists" : "")
      + ".</p>\n"
    out += "<h3>Co-occurrence</h3>\n"
    let top = Array(ranked.prefix(writer.graphNodes))
    out += CooccurrenceGraph(entities: entities, nodes: top, documentEntities: aggregate.documentEntities).svg()
    return out + "</section>\n"
  }

  /// A score with its sign (`+0.2`, `−0.37`); one that rounds to zero shows as `0`.
  static func signed(_ score: Double) -> String {
    let magnitude = HTMLText.number(abs(score))
    guard magnitude != "0" else { return "0" }
    return (score > 0 ? "+" : "−") + magnitude
  }

  /// The colour of a tone, as a `style` attribute's value; nil for a neutral or unknown one.
  static func toneColor(_ score: Double?) -> String? {
    guard let score else { return nil }
    return score > 0.05 ? "color:var(--pos)" : score < -0.05 ? "color:var(--neg)" : nil
  }

  // MARK: - Sentiment

  func sentiment() -> String {
    var out = "<section id=\"sentiment\">\n<h2>Sentiment</h2>\n"
    let tones = aggregate.documentTones
    let entityTones = aggregate.entities.filter { $0.tone != nil }
    guard !tones.isEmpty || !aggregate.sentenceLabels.isEmpty || !entityTones.isEmpty else {
      return out + "<p class=\"muted\">No sentiment annotations in this run.</p>\n</section>\n"
    }
    var labelCounts: [String: Int] = [:]
    for tone in tones { labelCounts[tone.label.lowercased(), default: 0] += 1 }
    out += "<p>"
    if !tones.isEmpty {
      out += "Documents: " + Self.labelSummary(labelCounts) + ". "
    }
    if !aggregate.sentenceLabels.isEmpty {
      out += "Sentences: " + Self.labelSummary(aggregate.sentenceLabels) + "."
    }
    out += "</p>\n"
    if !tones.isEmpty {
      out += "<h3>Tone per document</h3>\n"
      if tones.count <= 80 {
        out += "<div class=\"bars\" id=\"document-tone\">\n"
        for tone in tones { out += documentBar(tone) + "\n" }
        out += "</div>\n"
      } else {
        out += histogram(tones.map(\.score))
        let sorted = tones.sorted { ($0.score, $0.document) < ($1.score, $1.document) }
        out += "<div class=\"topics\"><div><h3>Most negative</h3><div class=\"bars\">"
        for tone in sorted.prefix(10) { out += documentBar(tone) }
        out += "</div></div><div><h3>Most positive</h3><div class=\"bars\">"
        for tone in sorted.suffix(10).reversed() { out += documentBar(tone) }
        out += "</div></div></div>\n"
      }
    }
    if !entityTones.isEmpty {
      out += "<h3>Tone toward the most mentioned entities</h3>\n<div class=\"bars\" id=\"entity-tone\">\n"
      let top = entityTones.sorted { ($0.mentions, $1.key) > ($1.mentions, $0.key) }.prefix(15)
      for entity in top {
        guard let tone = entity.tone else { continue }
        let name = entity.englishName.map { n in entity.arabicName.map { n + " · " + $0 } ?? n } ?? entity.displayName
        var line = HTMLBuilder()
        line.element("span", ["class": "name", "dir": "auto", "title": "\(entity.mentions) mentions"], text: name)
        out += line.html + Self.bar(tone.score, approximate: !tone.fromTargets) + "\n"
      }
      out += "</div>\n"
    }
    return out + "</section>\n"
  }

  /// A document's name, linked, and the bar of its tone.
  private func documentBar(_ tone: DocumentTone) -> String {
    var name = HTMLBuilder()
    name.element("span", ["class": "name", "dir": "auto"]) { $0.raw(documentLink(tone.document)) }
    return name.html + Self.bar(tone.score)
  }

  private static func labelSummary(_ counts: [String: Int]) -> String {
    counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.value) " + HTMLText.escape($0.key) }
      .joined(separator: ", ")
  }

  /// A diverging bar from the middle of the track (0) toward −1 (left) or +1 (right).
  static func bar(_ score: Double, approximate: Bool = false) -> String {
    let clamped = min(1, max(-1, score))
    let width = HTMLText.number(abs(clamped) * 50, digits: 1)
    let kind = clamped > 0.05 ? "pos" : clamped < -0.05 ? "neg" : "neu"
    let position = clamped >= 0 ? "left:50%" : "right:50%"
    var html = HTMLBuilder()
    html.element("span", ["class": "track"]) { track in
      track.element("span", ["class": "bar \(kind)", "style": "\(position);width:max(2px,\(width)%)"]) { _ in }
    }
    html.element("span", ["class": "num"], text: (approximate ? "≈" : "") + signed(clamped))
    return html.html
  }

  private func histogram(_ scores: [Double]) -> String {
    var bins = Array(repeating: 0, count: 20)
    for score in scores {
      let bin = min(19, max(0, Int(((min(1, max(-1, score)) + 1) / 2 * 20).rounded(.down))))
      bins[bin] += 1
    }
    let top = max(1, bins.max() ?? 1)
    var html = HTMLBuilder()
    html.element("div", ["class": "hist", "id": "tone-histogram"]) { histogram in
      for (index, count) in bins.enumerated() {
        let low = -1 + Double(index) * 0.1
        let color = low + 0.05 > 0.05 ? "var(--pos)" : low + 0.05 < -0.05 ? "var(--neg)" : "var(--neu)"
        let range = "\(HTMLText.number(low, digits: 1)) … \(HTMLText.number(low + 0.1, digits: 1))"
        let height = HTMLText.number(Double(count) / Double(top) * 100, digits: 1)
        histogram.element(
          "div", ["title": "\(range): \(count) documents", "style": "height:\(height)%;background:\(color)"]
        ) { _ in }
      }
    }
    html.element("p", ["class": "meta", "style": "display:flex;justify-content:space-between"]) { scale in
      for mark in ["−1 negative", "0", "+1 positive"] { scale.element("span", text: mark) }
    }
    html.newline()
    return html.html
  }

  // MARK: - Topics

  func topics() -> String {
    var out = "<section id=\"topics\">\n<h2>Topics</h2>\n"
    let topicRecords = run.corpusRecords.filter {
      $0.record.kind == "topic" || $0.record.value.objectValue?["terms"] != nil
    }
    let otherRecords = run.corpusRecords.filter {
      !($0.record.kind == "topic" || $0.record.value.objectValue?["terms"] != nil)
    }
    if topicRecords.isEmpty && aggregate.topicAssignments.isEmpty {
      out += "<p class=\"muted\">No topics in this run.</p>\n"
    } else {
      out += "<div class=\"topics\" id=\"topic-list\">\n"
      var described = Set<String>()
      for item in topicRecords {
        described.insert(item.record.key)
        out += topicCard(key: item.record.key, stage: item.stage, value: item.record.value.objectValue ?? [:])
      }
      for key in aggregate.topicAssignments.keys.sorted() where !described.contains(key) {
        out += topicCard(key: key, stage: nil, value: [:])
      }
      out += "</div>\n"
    }
    if !otherRecords.isEmpty {
      var html = HTMLBuilder()
      html.raw("<h3>Other corpus results</h3>\n")
      let columns = [("stage", false), ("kind", false), ("key", false), ("value", false)]
      Self.table(id: "record-table", columns: columns, into: &html) { rows in
        for item in otherRecords.prefix(500) {
          rows.element("tr") { row in
            row.element("td", text: item.stage)
            row.element("td", text: item.record.kind)
            row.element("td", text: item.record.key)
            row.element("td", ["dir": "auto"]) { $0.raw(ReadableValue.html(ReadableValue.lines(item.record.value))) }
          }
          rows.newline()
        }
      }
      out += html.html
    }
    return out + "</section>\n"
  }

  private func topicCard(key: String, stage: String?, value: [String: JSONValue]) -> String {
    let assigned = aggregate.topicAssignments[key]
    // Documents the stage left without a topic carry a `reason`: shown as outliers, not a topic.
    let outlierReasons = value.isEmpty ? assigned?.reasons ?? [:] : [:]
    let label = value["label"]?.stringValue ?? (outlierReasons.isEmpty ? nil : "Outliers (no topic)")
    var html = HTMLBuilder()
    html.raw("<div class=\"topic\" data-topic=\"" + e(key) + "\">")
    html.element("h3", ["dir": "auto"], text: label ?? "Topic " + key)
    var facts = (outlierReasons.isEmpty ? "topic " : "value ") + key
    if let stage { facts += " · " + stage }
    if let size = value["size"]?.doubleValue {
      facts += " · \(HTMLText.number(size)) document" + (size == 1 ? "" : "s")
    } else if let assigned {
      facts += " · \(assigned.documents) document" + (assigned.documents == 1 ? "" : "s")
    }
    if let coherence = value["coherence"]?.doubleValue {
      facts += " · coherence " + HTMLText.number(coherence, digits: 3)
    }
    html.element("p", ["class": "meta"], text: facts)
    if !outlierReasons.isEmpty {
      let reasons = outlierReasons.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
      html.element("p", ["class": "meta"], text: reasons.joined(separator: " · "))
    }
    let terms = (value["terms"]?.arrayValue ?? []).compactMap(Self.term)
    if !terms.isEmpty {
      html.element("div", ["class": "terms", "dir": "auto"]) { list in
        for term in terms.prefix(15) {
          list.element(
            "span", ["class": "term", "title": term.weight.map { HTMLText.number($0, digits: 3) }], text: term.text)
        }
      }
    }
    var out = html.html
    var representatives: [String] = []
    // The topic-clustering stage writes `representative_documents`; `documents` is the older key.
    for item in value["representative_documents"]?.arrayValue ?? value["documents"]?.arrayValue ?? [] {
      let id = item.stringValue ?? item.objectValue?["id"]?.stringValue ?? item.objectValue?["doc"]?.stringValue
      if let id {
        if let index = aggregate.documentIndex[id] {
          representatives.append(documentLink(index))
        } else {
          representatives.append("<code>" + e(id) + "</code>")
        }
      }
    }
    if representatives.isEmpty, let assigned {
      representatives = assigned.top.map { documentLink($0.document) }
    }
    if !representatives.isEmpty {
      out += "<p class=\"meta\">Representative documents</p><ol>"
      for link in representatives.prefix(5) { out += "<li>" + link + "</li>" }
      out += "</ol>"
    }
    return out + "</div>\n"
  }

  /// A topic term given as `"gas"`, `["gas", 0.12]` or `{"term": "gas", "weight": 0.12}`.
  private static func term(_ value: JSONValue) -> (text: String, weight: Double?)? {
    if let text = value.stringValue { return (text, nil) }
    if let pair = value.arrayValue, let text = pair.first?.stringValue {
      return (text, pair.dropFirst().first?.doubleValue)
    }
    if let object = value.objectValue,
      let text = object["term"]?.stringValue ?? object["text"]?.stringValue ?? object["word"]?.stringValue
    {
      return (text, object["weight"]?.doubleValue ?? object["score"]?.doubleValue)
    }
    return nil
  }

  // MARK: - Documents

  func documentsHeader() -> String {
    var out = "<section id=\"documents\">\n<h2>Documents</h2>\n<div class=\"legend\">Highlight:"
    for stage in aggregate.stageOrder {
      let color = colorIndex(stage)
      out +=
        " <label><input type=\"checkbox\" checked data-stage=\"\(color)\"><span class=\"key s\(color)\"></span>"
        + e(stage) + "</label>"
    }
    out += "</div>\n<div class=\"legend\">"
    if !aggregate.sentenceLabels.isEmpty || aggregate.entities.contains(where: { $0.targetTone.count > 0 }) {
      out +=
        "<span><span class=\"key\" style=\"border-bottom:3px solid var(--pos)\"></span>positive</span>"
        + "<span><span class=\"key\" style=\"border-bottom:3px solid var(--neg)\"></span>negative</span>"
        + "<span class=\"muted\">(sentences underlined; tone toward an entity under the entity)</span>"
    }
    if aggregate.hasBoilerplate {
      out += "<span style=\"color:#9ca3af\">boilerplate text is dimmed</span>"
    }
    out += "<span class=\"muted\">Hover a highlight for its details; click it to keep them open.</span></div>\n"
    let pages = max(1, (aggregate.documentCount + writer.documentsPerPage - 1) / writer.documentsPerPage)
    var pager = HTMLBuilder()
    pager.element("div", ["class": "pager"]) { bar in
      bar.element("button", ["type": "button", "id": "prev"], text: "‹ Previous")
      bar.text(" Page ")
      bar.void("input", ["id": "page-input", "type": "number", "min": "1", "max": String(pages), "value": "1"])
      bar.text(" ")
      bar.element("span", ["id": "page-info"], text: "of \(pages)")
      bar.text(" ")
      bar.element("button", ["type": "button", "id": "next"], text: "Next ›")
      bar.text(" ")
      bar.void(
        "input", ["id": "find", "type": "search", "placeholder": "Find a document by id or title", "dir": "auto"])
    }
    out += pager.html + "\n<ol id=\"find-results\"></ol>\n"
    out += "<div id=\"pages\" data-size=\"\(writer.documentsPerPage)\" data-total=\"\(aggregate.documentCount)\">\n"
    return out
  }
}
