import Testing
import WorkbenchText

@Suite struct DigitsTests {
  @Test(arguments: [
    ("٢٨", 28), ("٢٠٢٦", 2026), ("۱۴۰۳", 1403), ("2025", 2025), ("1,200", 1200), ("١٬٢٠٠", 1200),
    ("1.200.000", 1_200_000), ("٠", 0), ("2٠2٦", 2026),
  ])
  func parsesIntegers(text: String, expected: Int) {
    #expect(Digits.parseInt(text) == expected)
  }

  @Test(arguments: ["", "12a", "1,20", "3.5", "٣٫٥", ",100", "100,", "99999999999999999999", "1,200.000.5"])
  func rejectsNonIntegers(text: String) {
    #expect(Digits.parseInt(text) == nil)
  }

  @Test(arguments: [("٣٫٥", 3.5), ("1,200.5", 1200.5), ("3,5", 3.5), ("١٢", 12.0), ("0.25", 0.25)])
  func parsesDecimals(text: String, expected: Double) {
    #expect(Digits.parseDouble(text) == expected)
  }

  @Test func digitValuesAndSystems() {
    #expect(Digits.value(of: "٧") == 7)
    #expect(Digits.value(of: "۷") == 7)
    #expect(Digits.value(of: "7") == 7)
    #expect(Digits.value(of: "\u{0967}") == 1)  // Devanagari one
    #expect(Digits.value(of: "a") == nil)
    #expect(Digits.value(of: "²") == nil)
    #expect(Digits.system(of: "٣") == .arabicIndic)
    #expect(Digits.system(of: "۳") == .persian)
    #expect(Digits.system(of: "3") == .ascii)
    #expect(Digits.system(of: "س") == nil)
    #expect(Digits.asciiDigits("عام ٢٠٢٦ و۱۴۰۳") == "عام 2026 و1403")
  }
}
