import Foundation
import WorkbenchRuntime
import WorkbenchStore

/// Draws a run's progress on standard error: one line per stage with documents done out of
/// the total, a bar, the rate and the elapsed time, redrawn in place. Only on a terminal.
final class ProgressDisplay: @unchecked Sendable {
  private let lock = NSLock()
  private var linesDrawn = 0
  private var lastDraw = 0.0

  /// Redraws at most ten times a second, and always for the final state.
  func update(_ progress: RunProgress, final: Bool = false) {
    lock.withLock {
      guard final || progress.elapsed - lastDraw >= 0.1 || linesDrawn == 0 else { return }
      lastDraw = progress.elapsed
      var text = ""
      if linesDrawn > 0 { text += "\u{1B}[\(linesDrawn)A" }
      let lines = Self.lines(progress)
      for line in lines { text += "\u{1B}[2K" + line + "\n" }
      linesDrawn = lines.count
      FileHandle.standardError.write(Data(text.utf8))
    }
  }

  static func lines(_ progress: RunProgress) -> [String] {
    let total = progress.documentsTotal
    let width = progress.stages.map(\.id.count).max() ?? 0
    let rate = progress.elapsed > 0 ? Double(progress.documentsDone) / progress.elapsed : 0
    var lines = progress.stages.map { stage -> String in
      let done = stage.computed + stage.cached + stage.failed
      var line = stage.id.padding(toLength: width, withPad: " ", startingAt: 0) + " "
      line += bar(done: done, total: total ?? max(done, 1))
      line += " \(done)" + (total.map { "/\($0)" } ?? "")
      if stage.failed > 0 { line += "  \(stage.failed) failed" }
      if progress.reducing == stage.id { line += "  reducing…" }
      return line
    }
    lines.append(
      String(format: "%d documents  %.0f docs/s  %.1fs elapsed", progress.documentsDone, rate, progress.elapsed))
    return lines
  }

  static func bar(done: Int, total: Int, width: Int = 24) -> String {
    let filled = total > 0 ? min(width, done * width / total) : 0
    return "[" + String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled) + "]"
  }

  /// The table printed at the end of a run: computed, cached, failed and seconds per stage.
  static func summaryTable(_ summary: RunSummary) -> String {
    var rows = [["stage", "plugin", "computed", "cached", "failed", "seconds"]]
    for stage in summary.stages {
      rows.append([
        stage.id, stage.plugin, String(stage.computed), String(stage.cached), String(stage.failed),
        String(format: "%.2f", stage.seconds),
      ])
    }
    let widths = (0..<rows[0].count).map { column in rows.map { $0[column].count }.max() ?? 0 }
    let body = rows.map { row in
      row.enumerated().map { column, cell in
        column >= 2
          ? String(repeating: " ", count: widths[column] - cell.count) + cell
          : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
      }.joined(separator: "  ")
    }
    let footer =
      "run \(summary.runID): \(summary.documents) documents in "
      + String(format: "%.2fs", summary.seconds) + ", \(summary.status)"
    return (body + [footer])
      .joined(separator: "\n")
  }
}
