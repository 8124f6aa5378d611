import Testing

@testable import Sentiment

/// How a sentence is cut into the clauses that entity mentions are judged on.
@Suite struct TargetClauseTests {
  /// The judged text of every clause of `sentence` (a whole text of one sentence).
  static func judged(_ sentence: String) -> [String] {
    let scalars = Array(sentence.unicodeScalars)
    let clauses = TargetClause.clauses(of: 0..<scalars.count, scalars, text: SentimentText(scalars))
    return clauses.map { String(String.UnicodeScalarView(scalars[$0.judged])) }
  }

  @Test func commasAndSemicolonsCutClauses() {
    #expect(
      Self.judged("The ministry praised the northern delegation warmly, while rebels shelled four border villages.")
        == ["The ministry praised the northern delegation warmly", "while rebels shelled four border villages."])
    #expect(
      Self.judged("التقى الوزير نظيره في العاصمة يوم الاثنين، وناقش الجانبان ملفات الطاقة والنقل؛ ثم غادر الوفد.")
        .count == 3)
  }

  /// A reporting participle continues the statement of the clause before it (same subject).
  @Test(arguments: [
    (
      "وجدد الوزير دعم بلاده لجهود السلام، مؤكداً أهمية الحوار بين جميع الأطراف، وقال المتحدث إن الاجتماع انتهى.",
      ["وجدد الوزير دعم بلاده لجهود السلام، مؤكداً أهمية الحوار بين جميع الأطراف", "وقال المتحدث إن الاجتماع انتهى."]
    ),
    (
      "أكد الرئيس أن بلاده تسعى إلى تطوير علاقاتها مع جيرانها، وأن الاستقرار هو الأولوية الأولى.",
      ["أكد الرئيس أن بلاده تسعى إلى تطوير علاقاتها مع جيرانها، وأن الاستقرار هو الأولوية الأولى."]
    ),
    (
      "The minister met the visiting envoy in the capital, stressing the value of the long partnership.",
      ["The minister met the visiting envoy in the capital, stressing the value of the long partnership."]
    ),
  ])
  func continuationsJoinTheClauseBefore(sentence: String, expected: [String]) {
    #expect(Self.judged(sentence) == expected)
  }

  /// A quotation is one statement: commas inside it do not cut.
  @Test func quotationsAreNotCut() {
    #expect(
      Self.judged("قال الوزير إن \"المرحلة الماضية كانت صعبة، لكنها انتهت\"، وغادر القاعة بعد المؤتمر الصحفي مباشرة.")
        == ["قال الوزير إن \"المرحلة الماضية كانت صعبة، لكنها انتهت\"", "وغادر القاعة بعد المؤتمر الصحفي مباشرة."])
    #expect(Self.judged("He said «first, second, third and fourth» to the crowd today.").count == 1)
  }

  /// Short clauses ("من جانبه") say little alone: their mentions take the whole sentence.
  @Test func shortClausesTakeTheSentence() {
    let sentence = "من جانبه، أكد الرئيس أن التعاون بين البلدين يتطور باستمرار."
    #expect(Self.judged(sentence) == [sentence, "أكد الرئيس أن التعاون بين البلدين يتطور باستمرار."])
  }

  /// Unbalanced quotation marks leave the rest of the sentence one clause, in linear time.
  @Test func unbalancedQuotesDoNotCrash() {
    let sentence = "He said \"no, " + String(repeating: "again, ", count: 2_000) + "end."
    #expect(Self.judged(sentence).count == 1)
  }
}
