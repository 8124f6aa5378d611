import Foundation
import Testing
import WorkbenchText

@Suite struct LightStemmerTests {
  /// Hand-checked stems in Fixtures/stems.tsv (words chosen and stems checked by the authors;
  /// the convention is in the file's header).
  static let table: [(String, String)] = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/stems.tsv")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
      let fields = line.split(separator: "\t")
      return fields.count == 2 ? (String(fields[0]), String(fields[1])) : nil
    }
  }()

  @Test func accuracyOnTheHandCheckedTable() {
    let stemmer = LightStemmer()
    let wrong = Self.table.filter { stemmer.stem($0.0) != $0.1 }
    let accuracy = Double(Self.table.count - wrong.count) / Double(Self.table.count)
    // Tashaphyne's light stemmer gets التعاون, بوتين and موسكو (and more) wrong on this table.
    print(
      "light stemmer accuracy on the hand-checked table: \(accuracy); wrong: \(wrong.map { "\($0.0)→\(stemmer.stem($0.0))" })"
    )
    #expect(Self.table.count >= 100)
    #expect(
      accuracy >= 0.95,
      "accuracy \(accuracy); wrong: \(wrong.map { "\($0.0)→\(LightStemmer().stem($0.0)) (want \($0.1))" })")
  }

  @Test(arguments: [("التعاون", "تعاون"), ("بوتين", "بوتين"), ("موسكو", "موسكو")])
  func wordsTashaphyneOverStems(word: String, stem: String) {
    #expect(LightStemmer().stem(word) == stem)
  }

  @Test func stemIsARangeOfTheWord() {
    let normalized = LightStemmer.normalizer.normalize("وعلاقاتها مع الحكومات")
    let tokens = Tokenizer().tokenize(normalized)
    let stemmer = LightStemmer()
    for token in tokens {
      let stem = stemmer.stem(normalized.scalars, token.range)
      #expect(stem.lowerBound >= token.start && stem.upperBound <= token.end && !stem.isEmpty)
    }
  }
}
