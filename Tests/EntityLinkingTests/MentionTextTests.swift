import EntityLinking
import Testing
import WorkbenchCore

/// An annotation's text is the document's text between its scalar offsets, whatever comes
/// before it (emoji, accented letters, combining marks, Arabic with harakat).
@Suite struct MentionTextTests {
  @Test(arguments: [
    ("🙂🙂 وصل الوفد إلى دمشق لبحث ملف الطاقة.", "دمشق"),
    ("Café owners in Montréal said the delegation arrived in Damascus on Monday.", "Damascus"),
    ("e\u{301}te\u{301} 👍🏽 — وصل الوفدُ إلى دمشقَ صباحاً.", "دمشقَ"),
    ("Chancellor Olaf Scholz met 🇫🇷 President Emmanuel Macron in Berlin.", "Emmanuel Macron"),
  ])
  func textIsTheSpanBetweenTheOffsets(_ text: String, _ name: String) throws {
    let annotations = try annotate(text)
    let scalars = Array(text.unicodeScalars)
    #expect(!annotations.isEmpty)
    for annotation in annotations {
      var span = String.UnicodeScalarView()
      span.append(contentsOf: scalars[annotation.start..<annotation.end])
      #expect(annotation.text == String(span))
    }
    let mention = try #require(annotations.first { $0.text == name })
    #expect(mention.start == scalarOffset(of: name, in: text))
  }
}
