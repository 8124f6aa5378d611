import Testing
import WorkbenchText

@Suite struct LightStemmerTests {
  /// Hand-checked stems (retrieval-normalized: أ→ا, ة→ه, ى→ي, ؤ→و, ئ→ي). Words chosen by the
  /// authors to cover clitics, plurals, feminine endings, pronoun suffixes and names that
  /// look like they carry affixes; the stem is what a retrieval user wants conflated.
  static let table: [(String, String)] = [
    ("التعاون", "تعاون"), ("والتعاون", "تعاون"), ("بوتين", "بوتين"), ("موسكو", "موسكو"),
    ("لبنان", "لبنان"), ("فلاديمير", "فلاديمير"), ("البابا", "البابا"), ("دمشق", "دمشق"),
    ("ودمشق", "دمشق"), ("وسوريا", "سوريا"), ("روسيا", "روسيا"), ("الروسي", "روسي"),
    ("الروسية", "روسي"), ("السوريين", "سوري"), ("المسؤولين", "مسوول"), ("مسؤول", "مسوول"),
    ("والمسؤولين", "مسوول"), ("الطاقة", "طاق"), ("للطاقة", "طاق"), ("طاقة", "طاق"),
    ("بالنفط", "نفط"), ("والنفط", "نفط"), ("النفط", "نفط"), ("الحكومة", "حكوم"),
    ("حكومتها", "حكوم"), ("الحكومات", "حكوم"), ("العلاقات", "علاق"), ("علاقاتها", "علاق"),
    ("العلاقة", "علاق"), ("الاقتصادية", "اقتصادي"), ("الاقتصادي", "اقتصادي"),
    ("الملفات", "ملف"), ("الملف", "ملف"), ("وزارة", "وزار"), ("الوزارة", "وزار"),
    ("وزير", "وزير"), ("الوزير", "وزير"), ("رئيسها", "رييس"), ("الرئيس", "رييس"),
    ("البلدين", "بلد"), ("البلدان", "بلدان"), ("الإعمار", "اعمار"), ("إعادة", "اعاد"),
    ("الاستثمارات", "استثمار"), ("استثمارات", "استثمار"), ("المحادثات", "محادث"),
    ("الثنائية", "ثنايي"), ("كانون", "كانون"), ("قانون", "قانون"), ("القانون", "قانون"),
    ("وفد", "وفد"), ("الوفد", "وفد"), ("بلاد", "بلاد"), ("البلاد", "بلاد"),
    ("موقفه", "موقف"), ("مشاريع", "مشاريع"), ("المشاريع", "مشاريع"), ("الأمن", "امن"),
    ("والأمن", "امن"), ("oil", "oil"), ("prices", "price"), ("gas", "gas"), ("crisis", "crisis"),
    ("news", "new"),
  ]

  @Test func accuracyOnTheHandCheckedTable() {
    let stemmer = LightStemmer()
    let wrong = Self.table.filter { stemmer.stem($0.0) != $0.1 }
    let accuracy = Double(Self.table.count - wrong.count) / Double(Self.table.count)
    // Tashaphyne's light stemmer gets التعاون, بوتين and موسكو (and more) wrong on this table.
    print("light stemmer accuracy on the hand-checked table: \(accuracy)")
    #expect(accuracy >= 0.95, "accuracy \(accuracy); wrong: \(wrong.map { "\($0.0)→\(LightStemmer().stem($0.0)) (want \($0.1))" })")
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
