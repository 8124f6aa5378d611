/// A small RFC 4180 reader for the tests: reads back what the CSV writer wrote and the seeds'
/// metadata file.
enum CSVReader {
  static func rows(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var scalars = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    func next() -> Unicode.Scalar? {
      if let p = pending {
        pending = nil
        return p
      }
      return scalars.next()
    }
    while let scalar = next() {
      if quoted {
        if scalar == "\"" {
          let following = next()
          if following == "\"" {
            field.unicodeScalars.append("\"")
          } else {
            quoted = false
            pending = following
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
      } else if scalar == "\"" && field.isEmpty {
        quoted = true
      } else if scalar == "," {
        row.append(field)
        field = ""
      } else if scalar == "\r" {
        continue
      } else if scalar == "\n" {
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      } else {
        field.unicodeScalars.append(scalar)
      }
    }
    if !field.isEmpty || !row.isEmpty {
      row.append(field)
      rows.append(row)
    }
    return rows
  }
}
