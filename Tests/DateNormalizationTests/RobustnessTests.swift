import DateNormalization
import Foundation
import Testing

/// The fuzz entry point: random Unicode and mutated sentences through the extractor, checking
/// that offsets stay inside the text, spans are non-empty and ascending, and the pre-filter
/// changes nothing. Fixed seeds keep failures reproducible; to fuzz longer, set
/// `DATES_FUZZ_ITERATIONS` (and `DATES_FUZZ_SEED`):
/// `DATES_FUZZ_ITERATIONS=50000 DATES_FUZZ_SEED=7 swift test --filter RobustnessTests`.
@Suite struct RobustnessTests {
  static let environment = ProcessInfo.processInfo.environment
  static let scale = Int(environment["DATES_FUZZ_ITERATIONS"] ?? "") ?? 0
  static let seedOffset = UInt64(environment["DATES_FUZZ_SEED"] ?? "") ?? 0

  /// A small, fast, seedable generator (SplitMix64).
  struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static let sentences = [
    "يوم الأربعاء الموافق 28 كانون الثاني/يناير الساعة 10 صباحاً",
    "بين 10 و12 شباط 2025 وخلال عامي 2023 و2024",
    "قبل ثلاثة أيام ومنذ يومين وبعد شهرين، منتصف تشرين الأول/ أكتوبر الماضي",
    "14-09-1432 هـ، 09:40 صباحاً و15/10/2025 و2025-10-15",
    "الثلاثاء الثالث من شهر ايلول من عام 2014 ثالث ثلاثاء في ايلول",
    "October 15, 2025, last December, two weeks ago, mid-October",
    "الساعة الثانية عشر إلا ربعا هذا الصباح، الثالثة وربع العصر",
    "١ عام، ١ شهر، ١ أسبوع، ١ يوم",
  ]

  /// Scalars the generator draws from: Arabic letters and marks, both digit systems,
  /// separators, Latin, controls, emoji, and lone surrogate-free oddities.
  static let alphabet: [Unicode.Scalar] = {
    var values: [UInt32] = Array(0x0621...0x064A) + Array(0x064B...0x0652) + Array(0x0660...0x0669)
    values += Array(0x06F0...0x06F9) + Array(0x30...0x39) + Array(0x41...0x5A) + Array(0x61...0x7A)
    values += [
      0x20, 0x0A, 0x2F, 0x2D, 0x3A, 0x2C, 0x060C, 0x28, 0x29, 0x2E, 0x0640, 0x200C, 0x200F, 0xFEFF, 0x1F600, 0xFB50,
      0x00A0, 0x0301,
    ]
    return values.compactMap(Unicode.Scalar.init)
  }()

  static func check(_ text: String) {
    let count = text.unicodeScalars.count
    let fast = TemporalExtractor().extract(text, anchor: reference("2026-01-28"))
    var previousEnd = 0
    for expression in fast {
      #expect(
        expression.start >= previousEnd && expression.start < expression.end && expression.end <= count, "\(text)")
      previousEnd = expression.end
      #expect(!expression.value.isEmpty)
    }
    let thorough = TemporalExtractor(prefilter: false).extract(text, anchor: reference("2026-01-28"))
    #expect(fast == thorough, "pre-filter changed the result of \(text.debugDescription)")
  }

  @Test func randomUnicode() {
    var generator = SplitMix(state: 20_260_128 &+ Self.seedOffset)
    for _ in 0..<max(400, Self.scale) {
      let length = Int.random(in: 0...200, using: &generator)
      var scalars = String.UnicodeScalarView()
      for _ in 0..<length { scalars.append(Self.alphabet.randomElement(using: &generator)!) }
      Self.check(String(scalars))
    }
  }

  @Test func mutatedSentences() {
    var generator = SplitMix(state: 42 &+ Self.seedOffset)
    for _ in 0..<max(600, Self.scale) {
      var scalars = Array(Self.sentences.randomElement(using: &generator)!.unicodeScalars)
      for _ in 0..<Int.random(in: 1...6, using: &generator) where !scalars.isEmpty {
        let position = Int.random(in: 0..<scalars.count, using: &generator)
        switch Int.random(in: 0..<4, using: &generator) {
        case 0: scalars.remove(at: position)
        case 1: scalars.insert(Self.alphabet.randomElement(using: &generator)!, at: position)
        case 2: scalars[position] = Self.alphabet.randomElement(using: &generator)!
        default:
          let end = min(scalars.count, position + Int.random(in: 1...12, using: &generator))
          scalars.insert(contentsOf: scalars[position..<end], at: end)
        }
      }
      Self.check(String(String.UnicodeScalarView(scalars)))
    }
  }

  @Test func seedsGiveTheSameResultsWithAndWithoutThePrefilter() throws {
    for seed in SeedTests.seeds {
      Self.check(try SeedTests.seedText(seed.file))
    }
  }

  @Test func longRepetitiveInputStaysLinear() {
    // 20,000 digits and separators, and 5,000 month names in a row: no quadratic blow-up
    // (the test would time out) and sane output.
    let digits = String(repeating: "1/2-3 ", count: 3_000)
    let months = String(repeating: "كانون الثاني ", count: 5_000)
    #expect(TemporalExtractor().extract(digits, anchor: nil).count < 3_000)
    #expect(TemporalExtractor().extract(months, anchor: reference("2026-01-28")).count == 5_000)
  }
}
