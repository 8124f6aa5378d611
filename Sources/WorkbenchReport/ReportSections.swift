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
    "<a href=\"#doc-\(index)\" dir=\"auto\">" + e(HTMLText.clip(aggregate.documentTitles[index], to: clip)) + "</a>"
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
    out += "<div class=\"facts\">"
    for (value, name) in facts {
      out += "<div class=\"fact\" data-fact=\"\(e(name))\"><b>\(e(value))</b><span>\(e(name))</span></div>"
    }
    out += "</div>\n<p class=\"meta\">"
    var parts: [String] = []
    if let runID = run.runID { parts.append("run \(runID)") }
    parts.append("status " + e(run.status))
    if let file = run.workflowFile { parts.append("workflow <code>" + e(file) + "</code>") }
    if let started = run.startedAt { parts.append("started " + Self.timestamp(started)) }
    if let finished = run.finishedAt { parts.append("finished " + Self.timestamp(finished)) }
    out += parts.joined(separator: " · ") + "</p>\n"

    out += "<h3>Stages</h3>\n<div class=\"scroll\"><table id=\"stage-table\"><thead><tr><th>stage</th><th>plugin</th><th class=\"num\">version</th><th>configuration</th><th class=\"num\">computed</th><th class=\"num\">cached</th><th class=\"num\">failed</th><th class=\"num\">seconds</th></tr></thead><tbody>\n"
    for stage in run.stages {
      out += "<tr><td class=\"stage\"><span class=\"key s\(colorIndex(stage.id))\"></span>" + e(stage.id) + "</td><td>" + e(stage.plugin)
        + "</td><td class=\"num\">\(stage.version)</td><td class=\"config\" dir=\"auto\">" + ReadableValue.html(ReadableValue.lines(json: stage.configuration))
        + "</td><td class=\"num\">\(stage.computed)</td><td class=\"num\">\(stage.cached)</td><td class=\"num\">\(stage.failed)</td><td class=\"num\">"
        + HTMLText.number(stage.seconds) + "</td></tr>\n"
    }
    out += "</tbody></table></div>\n"

    out += "<h3>Annotations by stage</h3>\n<div class=\"scroll\"><table id=\"annotation-table\"><thead><tr><th>stage</th><th class=\"num\">annotations</th><th class=\"num\">documents</th><th>labels</th></tr></thead><tbody>\n"
    for stage in aggregate.stageOrder {
      let tally = aggregate.stageTallies[stage] ?? StageTally()
      let labels = tally.labels.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(8)
        .map { e($0.key) + " \($0.value)" }.joined(separator: ", ")
      out += "<tr data-stage=\"\(e(stage))\" data-annotations=\"\(tally.annotations)\"><td class=\"stage\"><span class=\"key s\(colorIndex(stage))\"></span>" + e(stage)
        + "</td><td class=\"num\">\(tally.annotations)</td><td class=\"num\">\(tally.documents)</td><td dir=\"auto\">" + labels + "</td></tr>\n"
    }
    out += "</tbody></table></div>\n"

    out += "<h3>Failures</h3>\n"
    if run.failures.isEmpty {
      out += "<p class=\"muted\">None: every stage completed on every document.</p>\n"
    } else {
      out += "<div class=\"scroll\"><table id=\"failure-table\"><thead><tr><th>document</th><th>stage</th><th>message</th></tr></thead><tbody>\n"
      for failure in run.failures.prefix(500) {
        out += "<tr><td><code>" + e(failure.document ?? "–") + "</code></td><td>" + e(failure.stage ?? "–")
          + "</td><td dir=\"auto\">" + e(HTMLText.clip(failure.message, to: 500)) + "</td></tr>\n"
      }
      out += "</tbody></table></div>\n"
      if run.failures.count > 500 {
        out += "<p class=\"muted\">… and \(run.failures.count - 500) more failures.</p>\n"
      }
    }
    return out + "</section>\n"
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
      return out + "<p class=\"muted\">No dates were found (no stage produced DATE or TIME annotations).</p>\n</section>\n"
    }
    let mentions = all.reduce(0) { $0 + $1.mentions }
    let placed = all.filter { $0.interval != nil }
    out += "<p>\(mentions) date mentions, \(all.count) distinct values; \(placed.count) of them placed on the axis. "
      + "Each mention is compared with the publication date of its document.</p>\n"
    out += TimelineChart(dates: placed, publicationDays: aggregate.publicationDays).svg()

    let shown = placed.sorted { ($0.mentions, $1.value) > ($1.mentions, $0.value) }
      .prefix(writer.timelineRows)
      .sorted { ($0.interval!, $0.value) < ($1.interval!, $1.value) }
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
    var out = "<div class=\"scroll\"><table id=\"\(id)\"><thead><tr><th>value</th><th class=\"num\">mentions</th><th class=\"num\">documents</th><th>in context</th></tr></thead><tbody>\n"
    for tally in dates {
      let anchor = "date-" + TimelineChart.anchor(tally.value)
      out += "<tr id=\"\(anchor)\"><td class=\"when\"><code>" + e(tally.value) + "</code><br><span class=\"muted\">" + e(tally.label)
      if let interval = tally.interval { out += " · " + e(TimelineChart.humanDate(interval)) }
      out += "</span></td><td class=\"num\">\(tally.mentions)"
      for relation in DateRelation.allCases {
        if let count = tally.counts[relation] {
          out += "<br><span class=\"tag \(relation.cssClass)\" title=\"\(relation.title)\">\(count) \(relation.title)</span>"
        }
      }
      out += "</td><td class=\"num\">\(tally.documents.count)</td><td>"
      for example in tally.examples {
        out += "<p class=\"ctx\" dir=\"auto\">" + e(example.context.before) + "<mark>" + e(example.context.match)
          + "</mark>" + e(example.context.after) + "</p><p class=\"meta\"><span class=\"tag \(example.relation.cssClass)\">"
          + example.relation.title + "</span> " + documentLink(example.document) + "</p>"
      }
      out += "</td></tr>\n"
    }
    return out + "</tbody></table></div>\n"
  }

  // MARK: - Entities

  func entities() -> String {
    var out = "<section id=\"entities\">\n<h2>Entities</h2>\n"
    let entities = aggregate.entities
    guard !entities.isEmpty else {
      return out + "<p class=\"muted\">No entities were found (no stage produced PERSON, LOCATION or ORGANIZATION annotations).</p>\n</section>\n"
    }
    let ranked = entities.indices.sorted {
      (entities[$0].mentions, entities[$1].key) > (entities[$1].mentions, entities[$0].key)
    }
    let mentionTotal = entities.reduce(0) { $0 + $1.mentions }
    out += "<p>\(entities.count) distinct entities, \(mentionTotal) mentions.</p>\n"
    if ranked.count > writer.entityRows {
      out += "<p class=\"muted\">The \(writer.entityRows) most mentioned are listed.</p>\n"
    }
    out += "<div class=\"scroll\"><table id=\"entity-table\"><thead><tr><th class=\"num\">#</th><th>name</th><th>Arabic</th><th>type</th><th>id</th><th class=\"num\">mentions</th><th class=\"num\">documents</th><th class=\"num\">tone</th></tr></thead><tbody>\n"
    var approximated = false
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
      out += "<tr data-mentions=\"\(entity.mentions)\"><td class=\"num\">\(rank + 1)</td><td dir=\"auto\">" + e(entity.englishName ?? "–")
        + "</td><td class=\"ar\" dir=\"rtl\" lang=\"ar\">" + e(entity.arabicName ?? "–") + "</td><td>" + e(entity.type)
        + "</td><td><code>" + e(entity.value ?? "") + "</code></td><td class=\"num\">\(entity.mentions)</td><td class=\"num\">\(entity.documents)</td><td class=\"num\""
        + Self.toneStyle(entity.tone?.score) + ">" + tone + "</td></tr>\n"
    }
    out += "</tbody></table></div>\n"
    out += "<p class=\"muted\">Tone: mean sentiment score (−1 … 1) of target-level sentiment toward the entity"
      + (approximated ? "; ≈ marks the mean tone of the sentences that mention it, where no target-level sentiment exists" : "")
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

  static func toneStyle(_ score: Double?) -> String {
    guard let score else { return "" }
    return score > 0.05 ? " style=\"color:var(--pos)\"" : score < -0.05 ? " style=\"color:var(--neg)\"" : ""
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
        for tone in tones {
          out += "<span class=\"name\" dir=\"auto\">" + documentLink(tone.document) + "</span>" + Self.bar(tone.score) + "\n"
        }
        out += "</div>\n"
      } else {
        out += histogram(tones.map(\.score))
        let sorted = tones.sorted { ($0.score, $0.document) < ($1.score, $1.document) }
        out += "<div class=\"topics\"><div><h3>Most negative</h3><div class=\"bars\">"
        for tone in sorted.prefix(10) { out += "<span class=\"name\" dir=\"auto\">" + documentLink(tone.document) + "</span>" + Self.bar(tone.score) }
        out += "</div></div><div><h3>Most positive</h3><div class=\"bars\">"
        for tone in sorted.suffix(10).reversed() { out += "<span class=\"name\" dir=\"auto\">" + documentLink(tone.document) + "</span>" + Self.bar(tone.score) }
        out += "</div></div></div>\n"
      }
    }
    if !entityTones.isEmpty {
      out += "<h3>Tone toward the most mentioned entities</h3>\n<div class=\"bars\" id=\"entity-tone\">\n"
      let top = entityTones.sorted { ($0.mentions, $1.key) > ($1.mentions, $0.key) }.prefix(15)
      for entity in top {
        let name = entity.englishName.map { n in entity.arabicName.map { n + " · " + $0 } ?? n } ?? entity.displayName
        out += "<span class=\"name\" dir=\"auto\" title=\"\(entity.mentions) mentions\">" + e(name) + "</span>" + Self.bar(entity.tone!.score, approximate: !entity.tone!.fromTargets) + "\n"
      }
      out += "</div>\n"
    }
    return out + "</section>\n"
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
    return "<span class=\"track\"><span class=\"bar \(kind)\" style=\"\(position);width:max(2px,\(width)%)\"></span></span><span class=\"num\">"
      + (approximate ? "≈" : "") + signed(clamped) + "</span>"
  }

  private func histogram(_ scores: [Double]) -> String {
    var bins = Array(repeating: 0, count: 20)
    for score in scores {
      let bin = min(19, max(0, Int(((min(1, max(-1, score)) + 1) / 2 * 20).rounded(.down))))
      bins[bin] += 1
    }
    let top = max(1, bins.max() ?? 1)
    var out = "<div class=\"hist\" id=\"tone-histogram\">"
    for (index, count) in bins.enumerated() {
      let low = -1 + Double(index) * 0.1
      let kind = low + 0.05 > 0.05 ? "var(--pos)" : low + 0.05 < -0.05 ? "var(--neg)" : "var(--neu)"
      out += "<div title=\"\(HTMLText.number(low, digits: 1)) … \(HTMLText.number(low + 0.1, digits: 1)): \(count) documents\" style=\"height:\(HTMLText.number(Double(count) / Double(top) * 100, digits: 1))%;background:\(kind)\"></div>"
    }
    return out + "</div><p class=\"meta\" style=\"display:flex;justify-content:space-between\"><span>−1 negative</span><span>0</span><span>+1 positive</span></p>\n"
  }

  // MARK: - Topics

  func topics() -> String {
    var out = "<section id=\"topics\">\n<h2>Topics</h2>\n"
    let topicRecords = run.corpusRecords.filter { $0.record.kind == "topic" || $0.record.value.objectValue?["terms"] != nil }
    let otherRecords = run.corpusRecords.filter { !($0.record.kind == "topic" || $0.record.value.objectValue?["terms"] != nil) }
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
      out += "<h3>Other corpus results</h3>\n<div class=\"scroll\"><table id=\"record-table\"><thead><tr><th>stage</th><th>kind</th><th>key</th><th>value</th></tr></thead><tbody>\n"
      for item in otherRecords.prefix(500) {
        out += "<tr><td>" + e(item.stage) + "</td><td>" + e(item.record.kind) + "</td><td>" + e(item.record.key)
          + "</td><td dir=\"auto\">" + ReadableValue.html(ReadableValue.lines(item.record.value)) + "</td></tr>\n"
      }
      out += "</tbody></table></div>\n"
    }
    return out + "</section>\n"
  }

  private func topicCard(key: String, stage: String?, value: [String: JSONValue]) -> String {
    let assigned = aggregate.topicAssignments[key]
    // Documents the stage left without a topic carry a `reason`: shown as outliers, not a topic.
    let outlierReasons = value.isEmpty ? assigned?.reasons ?? [:] : [:]
    let label = value["label"]?.stringValue ?? (outlierReasons.isEmpty ? nil : "Outliers (no topic)")
    var out = "<div class=\"topic\" data-topic=\"" + e(key) + "\"><h3 dir=\"auto\">" + e(label ?? "Topic " + key) + "</h3><p class=\"meta\">" + (outlierReasons.isEmpty ? "topic " : "value ") + e(key)
    if let stage { out += " · " + e(stage) }
    if let size = value["size"]?.doubleValue {
      out += " · \(HTMLText.number(size)) document" + (size == 1 ? "" : "s")
    } else if let assigned {
      out += " · \(assigned.documents) document" + (assigned.documents == 1 ? "" : "s")
    }
    if let coherence = value["coherence"]?.doubleValue {
      out += " · coherence " + HTMLText.number(coherence, digits: 3)
    }
    out += "</p>"
    if !outlierReasons.isEmpty {
      out += "<p class=\"meta\">" + outlierReasons.sorted { $0.key < $1.key }.map { e($0.key) + ": \($0.value)" }.joined(separator: " · ") + "</p>"
    }
    let terms = (value["terms"]?.arrayValue ?? []).compactMap(Self.term)
    if !terms.isEmpty {
      out += "<div class=\"terms\" dir=\"auto\">"
      for term in terms.prefix(15) {
        out += "<span class=\"term\"" + (term.weight.map { " title=\"\(HTMLText.number($0, digits: 3))\"" } ?? "") + ">" + e(term.text) + "</span>"
      }
      out += "</div>"
    }
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
      out += " <label><input type=\"checkbox\" checked data-stage=\"\(color)\"><span class=\"key s\(color)\"></span>" + e(stage) + "</label>"
    }
    out += "</div>\n<div class=\"legend\">"
    if !aggregate.sentenceLabels.isEmpty || aggregate.entities.contains(where: { $0.targetTone.count > 0 }) {
      out += "<span><span class=\"key\" style=\"border-bottom:3px solid var(--pos)\"></span>positive</span>"
        + "<span><span class=\"key\" style=\"border-bottom:3px solid var(--neg)\"></span>negative</span>"
        + "<span class=\"muted\">(sentences underlined; tone toward an entity under the entity)</span>"
    }
    if aggregate.hasBoilerplate {
      out += "<span style=\"color:#9ca3af\">boilerplate text is dimmed</span>"
    }
    out += "<span class=\"muted\">Hover a highlight for its details; click it to keep them open.</span></div>\n"
    let pages = max(1, (aggregate.documentCount + writer.documentsPerPage - 1) / writer.documentsPerPage)
    out += "<div class=\"pager\"><button type=\"button\" id=\"prev\">‹ Previous</button> Page <input id=\"page-input\" type=\"number\" min=\"1\" max=\"\(pages)\" value=\"1\"> <span id=\"page-info\">of \(pages)</span> <button type=\"button\" id=\"next\">Next ›</button> <input id=\"find\" type=\"search\" placeholder=\"Find a document by id or title\" dir=\"auto\"></div>\n<ol id=\"find-results\"></ol>\n"
    out += "<div id=\"pages\" data-size=\"\(writer.documentsPerPage)\" data-total=\"\(aggregate.documentCount)\">\n"
    return out
  }
}
