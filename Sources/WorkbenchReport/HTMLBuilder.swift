/// HTML written element by element, for the report's sections. Text and attribute values are
/// escaped on the way in (through `HTMLText`), so a call site cannot forget to; only `raw`
/// takes markup as it is: fragments other writers made (charts, readable values, links).
struct HTMLBuilder {
  /// An element's attributes in the order they are written; a nil value leaves one out.
  typealias Attributes = KeyValuePairs<String, String?>

  private(set) var html = ""

  init() {}

  /// Escaped text.
  mutating func text(_ text: String) {
    HTMLText.append(text, to: &html)
  }

  /// Markup written as it is.
  mutating func raw(_ markup: String) {
    html += markup
  }

  /// A line break in the source (not in the page), where the old report had one.
  mutating func newline() {
    html += "\n"
  }

  /// `<name attributes>`, the content `body` writes, `</name>`.
  mutating func element(_ name: String, _ attributes: Attributes = [:], _ body: (inout HTMLBuilder) -> Void) {
    open(name, attributes)
    body(&self)
    html += "</\(name)>"
  }

  /// An element holding escaped text.
  mutating func element(_ name: String, _ attributes: Attributes = [:], text: String) {
    open(name, attributes)
    HTMLText.append(text, to: &html)
    html += "</\(name)>"
  }

  /// An element without content or end tag (`<br>`, `<input>`).
  mutating func void(_ name: String, _ attributes: Attributes = [:]) {
    open(name, attributes)
  }

  private mutating func open(_ name: String, _ attributes: Attributes) {
    html += "<" + name
    for (key, value) in attributes {
      guard let value else { continue }
      html += " " + key + "=\""
      HTMLText.append(value, to: &html)
      html += "\""
    }
    html += ">"
  }
}
