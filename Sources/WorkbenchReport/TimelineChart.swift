/// The timeline's SVG: one row for publication dates and one per relation of mentioned dates
/// to their document's publication date (before, around, after), on a shared time axis.
struct TimelineChart {
  var dates: [DateTally]
  var publicationDays: [Int: Int]

  private static let width = 1000.0
  private static let left = 215.0
  private static let right = 24.0
  private static let rowHeight = 46.0
  private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

  func svg() -> String {
    var rows: [(title: String, css: String, relation: DateRelation?)] = [("published", "pub", nil)]
    for relation in DateRelation.allCases where dates.contains(where: { $0.counts[relation] != nil }) {
      rows.append(("mentioned " + relation.title, relation.cssClass, relation))
    }
    var low = Int.max
    var high = Int.min
    for tally in dates {
      low = min(low, tally.interval!.first)
      high = max(high, tally.interval!.last + 1)
    }
    for day in publicationDays.keys {
      low = min(low, day)
      high = max(high, day + 1)
    }
    guard low < high else { return "" }
    let padding = max(3, (high - low) / 40)
    low -= padding
    high += padding
    let plotWidth = Self.width - Self.left - Self.right
    func x(_ day: Double) -> Double { Self.left + (day - Double(low)) / Double(high - low) * plotWidth }
    let height = Double(rows.count) * Self.rowHeight + 34

    var out =
      "<svg id=\"timeline-chart\" viewBox=\"0 0 \(Int(Self.width)) \(Int(height))\" role=\"img\" aria-label=\"Dates on a time axis\">\n"
    // Rows and their titles.
    for (index, row) in rows.enumerated() {
      let y = Double(index) * Self.rowHeight + Self.rowHeight / 2
      out += "<line x1=\"\(Self.left)\" x2=\"\(Self.width - Self.right)\" y1=\"\(y)\" y2=\"\(y)\" stroke=\"#e5e7eb\"/>"
      out +=
        "<text x=\"\(Self.left - 10)\" y=\"\(y + 4)\" text-anchor=\"end\" font-size=\"13\" class=\"\(row.css)\">\(row.title)</text>\n"
    }
    // Axis.
    let axisY = Double(rows.count) * Self.rowHeight + 4
    out +=
      "<g class=\"axis\"><line x1=\"\(Self.left)\" x2=\"\(Self.width - Self.right)\" y1=\"\(axisY)\" y2=\"\(axisY)\"/>"
    for tick in Self.ticks(low: low, high: high) {
      let tx = Self.format(x(Double(tick.day)))
      out +=
        "<line x1=\"\(tx)\" x2=\"\(tx)\" y1=\"\(axisY)\" y2=\"\(axisY + 5)\"/><line x1=\"\(tx)\" x2=\"\(tx)\" y1=\"0\" y2=\"\(axisY)\" stroke-dasharray=\"2 4\" opacity=\".5\"/>"
      out += "<text x=\"\(tx)\" y=\"\(axisY + 19)\" text-anchor=\"middle\">\(tick.label)</text>"
    }
    out += "</g>\n"
    // Publication dates.
    for (day, count) in publicationDays.sorted(by: { $0.key < $1.key }) {
      let cx = Self.format(x(Double(day) + 0.5))
      out +=
        "<circle class=\"pub\" cx=\"\(cx)\" cy=\"\(Self.rowHeight / 2)\" r=\"\(Self.radius(count))\" fill-opacity=\".8\"><title>\(TimexInterval.isoString(day)): \(count) document\(count == 1 ? "" : "s") published</title></circle>\n"
    }
    // Mentioned dates, one mark per value and relation.
    for tally in dates.sorted(by: { $0.interval! < $1.interval! }) {
      let interval = tally.interval!
      for (index, row) in rows.enumerated() {
        guard let relation = row.relation, let count = tally.counts[relation] else { continue }
        let y = Double(index) * Self.rowHeight + Self.rowHeight / 2
        let x0 = x(Double(interval.first))
        let x1 = x(Double(interval.last + 1))
        let title = HTMLText.escape(tally.value) + ": \(count) mention\(count == 1 ? "" : "s") " + relation.title
        out += "<a href=\"#date-\(Self.anchor(tally.value))\" class=\"\(relation.cssClass)\">"
        if x1 - x0 > 4 {
          out +=
            "<rect x=\"\(Self.format(x0))\" y=\"\(y - 6)\" width=\"\(Self.format(x1 - x0))\" height=\"12\" rx=\"3\" fill-opacity=\".25\"><title>\(title)</title></rect>"
        }
        out +=
          "<circle cx=\"\(Self.format((x0 + x1) / 2))\" cy=\"\(y)\" r=\"\(Self.radius(count))\" fill-opacity=\".75\"><title>\(title)</title></circle></a>\n"
      }
    }
    return out
      + "</svg>\n<p class=\"meta\">Circle size grows with the number of mentions; a band shows a month, quarter or year. Click a mark for its sentences.</p>\n"
  }

  private static func radius(_ count: Int) -> String {
    format(min(13, 3.5 + 1.8 * Double(count).squareRoot()))
  }

  static func format(_ value: Double) -> String {
    HTMLText.number(value, digits: 1)
  }

  /// An id fragment for a date value: letters, digits and `-` kept, anything else hex-coded.
  static func anchor(_ value: String) -> String {
    var out = ""
    for scalar in value.unicodeScalars {
      if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" {
        out.unicodeScalars.append(scalar)
      } else {
        out += "_" + String(scalar.value, radix: 16)
      }
    }
    return out
  }

  /// A date interval as a person reads it: `15 Oct 2025`, `Oct 2025`, `2025`, or a range.
  static func humanDate(_ interval: TimexInterval) -> String {
    let (y0, m0, d0) = TimexInterval.civil(interval.first)
    let (y1, m1, d1) = TimexInterval.civil(interval.last)
    if interval.first == interval.last { return "\(d0) \(months[m0 - 1]) \(y0)" }
    if y0 == y1 && m0 == 1 && d0 == 1 && m1 == 12 && d1 == 31 { return "\(y0)" }
    if y0 == y1 && m0 == m1 && d0 == 1 && d1 == TimexInterval.monthLength(y1, m1) {
      return "\(months[m0 - 1]) \(y0)"
    }
    return "\(d0) \(months[m0 - 1]) \(y0) – \(d1) \(months[m1 - 1]) \(y1)"
  }

  /// Axis ticks: days, months or years, whichever gives at most about ten.
  static func ticks(low: Int, high: Int) -> [(day: Int, label: String)] {
    let span = high - low
    var ticks: [(Int, String)] = []
    if span <= 120 {
      let step = [1, 2, 7, 14, 28].first { span / $0 <= 10 } ?? 28
      var day = low
      while day <= high {
        let (_, m, d) = TimexInterval.civil(day)
        ticks.append((day, "\(d) \(months[m - 1])"))
        day += step
      }
    } else if span <= 365 * 8 {
      let step = [1, 2, 3, 6, 12].first { span / 30 / $0 <= 10 } ?? 12
      var (y, m, _) = TimexInterval.civil(low)
      m = ((m - 1) / step) * step + 1
      while true {
        let day = TimexInterval.days(y, m, 1)
        if day > high { break }
        if day >= low { ticks.append((day, "\(months[m - 1]) \(y)")) }
        m += step
        while m > 12 {
          m -= 12
          y += 1
        }
      }
    } else {
      let years = span / 365
      let step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].first { years / $0 <= 10 } ?? 1000
      let (y0, _, _) = TimexInterval.civil(low)
      var y = (y0 / step) * step
      while true {
        let day = TimexInterval.days(y, 1, 1)
        if day > high { break }
        if day >= low { ticks.append((day, "\(y)")) }
        y += step
      }
    }
    return ticks
  }
}
