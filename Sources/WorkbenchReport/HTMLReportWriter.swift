import Foundation
import WorkbenchCore

/// Writes the single-file HTML report of a run: overview, timeline, entities, sentiment,
/// topics and the documents with their annotations.
///
/// The file needs no network: style sheet, charts (SVG) and a small script are inline. All
/// text that comes from documents, metadata, configurations or records is escaped. Documents
/// are read once from the run's source and written in pages of `documentsPerPage` (only one
/// page is shown at a time), so a corpus of 10,000 documents stays usable and the file grows
/// linearly with the corpus; while they are read, the summaries are gathered, and the document
/// pages wait in a temporary file until the summaries are written above them.
public struct HTMLReportWriter {
  /// Documents per page of the document list.
  public var documentsPerPage: Int
  /// Rows of the entity table and nodes of the co-occurrence graph.
  public var entityRows: Int
  public var graphNodes: Int
  /// Date values listed under the timeline (the most mentioned, in time order).
  public var timelineRows: Int
  /// A line shown under the title (for example that the report is a demonstration).
  public var banner: String?

  public init(
    documentsPerPage: Int = 20, entityRows: Int = 200, graphNodes: Int = 24,
    timelineRows: Int = 300, banner: String? = nil
  ) {
    self.documentsPerPage = max(1, documentsPerPage)
    self.entityRows = entityRows
    self.graphNodes = graphNodes
    self.timelineRows = timelineRows
    self.banner = banner
  }

  /// Writes the report of `run` to the file at `url` (created, or replaced only once the
  /// whole report is written: a failure leaves the previous file as it was).
  public func write(_ run: RunReport, to url: URL) throws {
    try AtomicFileWriter.write(to: url) { handle in
      let output = BufferedOutput(fileHandle: handle)
      try write(run, to: output)
      try output.flush()
    }
  }

  /// Writes the report of `run` to `output` (flushed at the end).
  public func write(_ run: RunReport, to output: BufferedOutput) throws {
    let spoolURL = FileManager.default.temporaryDirectory
      .appendingPathComponent("workbench-report-\(UUID().uuidString).part")
    defer { try? FileManager.default.removeItem(at: spoolURL) }
    let (spool, spoolHandle) = try BufferedOutput.creatingFile(at: spoolURL)

    var stageOrder = run.stages.map(\.id)
    var aggregate = ReportAggregate(stageOrder: stageOrder, roles: run.roles)
    var documentIndex = ""
    do {
      defer { try? spoolHandle.close() }
      var renderer = DocumentHTMLRenderer(stageOrder: stageOrder, roles: run.roles)
      try spool.write("<div class=\"page\" id=\"page-0\">\n")
      try run.documents.forEach { item in
        let newStages = item.annotations.keys.filter { !stageOrder.contains($0) }.sorted()
        if !newStages.isEmpty {
          stageOrder += newStages
          aggregate.stageOrder = stageOrder
          renderer = DocumentHTMLRenderer(stageOrder: stageOrder, roles: run.roles)
        }
        let index = aggregate.add(item)
        if index > 0 && index % documentsPerPage == 0 {
          try spool.write("</div>\n<div class=\"page\" id=\"page-\(index / documentsPerPage)\" hidden>\n")
        }
        try spool.write(renderer.render(item, index: index))
        documentIndex += index == 0 ? "[" : ",\n"
        documentIndex +=
          JSONValue.array([
            .string(item.document.id), .string(item.document.metadata.title ?? item.document.id),
          ]).canonicalJSON
      }
      try spool.write("</div>\n")
      try spool.flush()
    }
    documentIndex = documentIndex.isEmpty ? "[]" : documentIndex + "]"
    aggregate.stageOrder = stageOrder

    let sections = ReportSections(run: run, aggregate: aggregate, writer: self)
    try output.write(sections.head())
    try output.write(sections.overview())
    try output.write(sections.timeline())
    try output.write(sections.entities())
    try output.write(sections.sentiment())
    try output.write(sections.topics())
    try output.write(sections.documentsHeader())
    try output.flush()
    try copy(spoolURL, to: output)
    try output.write("</div>\n</section>\n</main>\n<div id=\"pop\" hidden></div>\n")
    try output.write(
      "<script type=\"application/json\" id=\"doc-index\">" + HTMLText.scriptJSON(documentIndex)
        + "</script>\n")
    try output.write("<script>\n" + ReportAssets.script + "\n</script>\n</body>\n</html>\n")
    try output.flush()
  }

  private func copy(_ url: URL, to output: BufferedOutput) throws {
    let handle = try FileHandle(forReadingFrom: url)
    defer { try? handle.close() }
    while let chunk = try handle.read(upToCount: 1 << 16), !chunk.isEmpty {
      try output.write(bytes: chunk)
    }
  }

  /// The report as a string (tests and small runs).
  public func render(_ run: RunReport) throws -> String {
    var data = Data()
    let output = BufferedOutput { data.append(contentsOf: $0) }
    try write(run, to: output)
    return String(decoding: data, as: UTF8.self)
  }
}
