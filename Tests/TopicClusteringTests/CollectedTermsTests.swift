import Foundation
import Testing
import TopicClustering

@Suite struct CollectedTermsTests {
  @Test func packsSortedTermsWithFormsByCount() throws {
    let collected = CollectedTerms(
      length: 40, title: "t",
      forms: ["نفط": ["النفط": 3, "نفط": 1], "gas": ["gas": 2], "bad|term": ["x": 1], "اعاد اعمار": ["إعادة الإعمار": 2]])
    #expect(collected.terms == "gas;2;gas;2|اعاد اعمار;2;إعادة الإعمار;2|نفط;4;النفط;3;نفط;1")
    let entries = collected.entries
    #expect(entries.map(\.term) == ["gas", "اعاد اعمار", "نفط"])
    #expect(entries.map(\.count) == [2, 2, 4])
    #expect(entries[2].forms.map(\.text) == ["النفط", "نفط"])
    let decoded = try JSONDecoder().decode(CollectedTerms.self, from: JSONEncoder().encode(collected))
    #expect(decoded == collected)
  }

  @Test func toleratesDamagedPacking() {
    var collected = CollectedTerms(length: 0, forms: [:])
    collected.terms = "a;;|;3|b;x2;f|c;1;;"
    #expect(collected.entries.map(\.term) == ["b", "c"])
  }
}
