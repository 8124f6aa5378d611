import Foundation
import Testing
import TopicClustering

@Suite struct CollectedTermsTests {
  @Test func packsSortedTermsWithFormsByCount() throws {
    let collected = CollectedTerms(
      length: 40, title: "t",
      forms: [
        "نفط": ["النفط": 3, "نفط": 1], "gas": ["gas": 2], "bad|term": ["x": 1], "اعاد اعمار": ["إعادة الإعمار": 2],
      ])
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

  @Test func resolvesPhrasesGivenByReference() {
    var collected = CollectedTerms(length: 0, forms: [:])
    collected.terms = "نفط;3;النفط;2;نفط;1|غاز;2;الغاز;2|+0,1;2;0,0;1;1,0;1"
    let entries = collected.entries
    #expect(entries.map(\.term) == ["نفط", "غاز", "نفط غاز"])
    #expect(entries[2].count == 2)
    #expect(entries[2].forms.map(\.text) == ["النفط الغاز", "نفط الغاز"])
    #expect(entries[2].forms.map(\.count) == [1, 1])
  }

  @Test(arguments: [
    "+0,9;1;0,0;1", "+0,2;1;0,0;1", "+0;1;0,0;1", "+x,1;1;0,0;1", "+0,1;1;7,0;1", "+99999999999,1;1;0,0;1",
  ])
  func dropsBrokenPhraseReferences(phrase: String) {
    var collected = CollectedTerms(length: 0, forms: [:])
    collected.terms = "a;1;a;1|b;1;b;1|" + phrase
    let entries = collected.entries
    #expect(entries.prefix(2).map(\.term) == ["a", "b"])
    // A reference to a missing entry or to a phrase is dropped; a missing form is left out.
    #expect(entries.dropFirst(2).allSatisfy { $0.term == "a b" && $0.forms.isEmpty })
  }
}
