import DateNormalization
import Testing

/// Where the sentence's verb does not place a date: a participle after a future word, a month a
/// figure is for, a measure that starts ahead, and the end of a weekday range. Sentences written
/// for these tests, against Wednesday 2024-01-17: "text=value" in text order.
@Suite struct TenseExceptionTests {
  /// A word in -ed after "will" in its clause, or after a determiner, is an adjective.
  @Test(
    arguments: [
      ("The bureau will publish revised figures on February 15.", ["February 15=2024-02-15"]),
      ("The firm will file its audited accounts on March 3.", ["March 3=2024-03-03"]),
      ("The sides will resume delayed talks on Friday.", ["Friday=2024-01-19"]),
      // A past verb of its own still places the date.
      ("The sides held delayed talks on Friday.", ["Friday=2024-01-12"]),
      ("She said the revised plan was approved on Monday.", ["Monday=2024-01-15"]),
      // A reported clause bounds the future word's reach, and so does distance: the verb of
      // another clause is no participle.
      ("He will testify that he signed the deal on Monday.", ["Monday=2024-01-15"]),
      ("Negotiators will meet again after talks collapsed on Monday.", ["Monday=2024-01-15"]),
      ("سيتفقد الوزير الأضرار عقب العاصفة التي ضربت السواحل يوم الأحد.", ["يوم الأحد=2024-01-14"]),
    ] as [(String, [String])])
  func aParticipleAfterAFutureWordIsNoPastVerb(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-01-17") == expected)
  }

  /// لشهر: the month a price or a figure is for is the nearest one, whatever the verb.
  @Test(
    arguments: [
      ("رفعت الشركة سعر البيع لشهر مارس.", ["شهر مارس=2024-03"]),
      ("نشر المعهد أرقام البطالة لشهر ديسمبر.", ["شهر ديسمبر=2023-12"]),
      // Without ل the past verb places it.
      ("زار الوزير باريس في شهر مارس.", ["شهر مارس=2023-03"]),
    ] as [(String, [String])])
  func aMonthAFigureIsForTakesNoTense(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-01-17") == expected)
  }

  /// English "for" after a noun of an event names the date the event is set for: ahead,
  /// whatever the verb that set it. A figure for a day, a month or a quarter keeps the verb's
  /// tense.
  @Test(
    arguments: [
      ("The prime minister called a snap election for March 4.", ["March 4=2024-03-04"]),
      ("The prime minister called a snap election for August 1.", ["August 1=2024-08-01"]),
      ("The prime minister called a snap election for 4 July.", ["4 July=2024-07-04"]),
      ("The judge set the hearing for Monday.", ["Monday=2024-01-22"]),
      ("The premier on Tuesday called a referendum for April 12.", ["Tuesday=2024-01-16", "April 12=2024-04-12"]),
      ("Voters went to the polls for Sunday's election.", ["Sunday=2024-01-14"]),
      ("Retail sales for December rose two percent.", ["December=2023-12"]),
      ("The firm posted a loss for the third quarter.", ["the third quarter=2023-Q3"]),
      ("The death toll for Monday rose to 40, officials said.", ["Monday=2024-01-15"]),
      ("Trading for Friday ended higher.", ["Friday=2024-01-12"]),
      ("Police arrested two men for Friday's attack.", ["Friday=2024-01-12"]),
      ("The attack planned for Monday was foiled.", ["Monday=2024-01-15"]),
      // Without "for" the past verb places it.
      ("The minister visited Paris on March 4.", ["March 4=2023-03-04"]),
    ] as [(String, [String])])
  func anEventSetForADateLiesAhead(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-01-17") == expected)
  }

  /// A date after a word of onset lies ahead of the report that announces it, and so does the
  /// end of its range.
  @Test(
    arguments: [
      ("قررت البلدية غلق السوق اعتبارا من يوم الأحد.", ["يوم الأحد=2024-01-21"]),
      ("أعلنت الشركة تخفيض الأسعار بداية من يوم الاثنين.", ["يوم الاثنين=2024-01-22"]),
      (
        "توقعت المصالح هبوب رياح قوية ابتداء من مساء الخميس وإلى غاية صباح السبت.",
        ["مساء الخميس=2024-01-18TEV", "صباح السبت=2024-01-20TMO"]
      ),
      ("The city announced a parking ban effective Monday.", ["Monday=2024-01-22"]),
      ("The bridge closed starting Saturday.", ["Saturday=2024-01-20"]),
      // A past verb that governs the onset word tells the tense.
      ("The law became effective on Monday.", ["Monday=2024-01-15"]),
    ] as [(String, [String])])
  func aDateAfterAnOnsetWordLiesAhead(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-01-17") == expected)
  }

  /// The end of a weekday range comes after its start.
  @Test(
    arguments: [
      ("Workers struck from Monday to Friday.", ["Monday=2024-01-15", "Friday=2024-01-19"]),
      ("أضرب العمال من الأحد إلى الخميس.", ["الأحد=2024-01-14", "الخميس=2024-01-18"]),
      ("The fair runs starting Monday through Friday.", ["Monday=2024-01-22", "Friday=2024-01-26"]),
      // A weekday with its date is a date, which the range does not move.
      ("أضرب العمال من الأحد إلى الخميس 11 يناير.", ["الأحد=2024-01-14", "الخميس 11 يناير=2024-01-11"]),
      // Two weekdays that are no range keep their own tense.
      ("Talks failed on Monday and resumed on Friday.", ["Monday=2024-01-15", "Friday=2024-01-12"]),
    ] as [(String, [String])])
  func aWeekdayRangeEndsAfterItStarts(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-01-17") == expected)
  }
}
