extension TemporalParser {
  /// English tens and units: "twenty-five", "forty one" (without this, "twenty-five years
  /// ago" was read from "five").
  func englishTensAndUnits(_ i: Int, tens: Int) -> (value: Int, next: Int)? {
    guard tokens[i].latin, tens >= 20, tens % 10 == 0 else { return nil }
    var k = i + 1
    if isPunctuation(k, "-"), !tokens[k].spaceBefore, k + 1 < tokens.count, !tokens[k + 1].spaceBefore { k += 1 }
    guard continues(k), tokens[k].latin, case .cardinal(let units) = tokens[k].entry, (1...9).contains(units) else {
      return nil
    }
    return (tens + units, k + 1)
  }
}
