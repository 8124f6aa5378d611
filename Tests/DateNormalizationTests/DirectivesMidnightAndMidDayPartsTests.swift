import DateNormalization
import Testing

/// Round 19: a past verb of ordering or asking with its object and a to-infinitive (and
/// "called for" with its noun) places the infinitive's date by nearness; "at midnight" ends
/// its day (`T24:00`), with a day or without; "late on" / "early on" + a weekday + a part of
/// the day; "mid-morning" and "mid-afternoon"; "beat" as a past. Sentences written for these
/// tests, against Wednesday 2026-03-11 unless said: "text=value[/mod]" in text order.
@Suite struct DirectivesMidnightAndMidDayPartsTests {
  @Test(
    arguments: [
      ("The minister ordered hospitals to stay on alert until April 20.", ["April 20=2026-04-20"]),
      ("Officials asked farmers to sell their grain by March 30.", ["March 30=2026-03-30"]),
      ("Rebel leaders called on fighters to lay down arms on April 2.", ["April 2=2026-04-02"]),
      ("Workers were told to return to the plant in May.", ["May=2026-05"]),
      ("Campaigners called for a general strike on April 9.", ["April 9=2026-04-09"]),
      // A weekday keeps the past, as after a plan; so does a year that sets the order in the past.
      ("The judge ordered the man to appear on Friday.", ["Friday=2026-03-06"]),
      ("In 2024 the mayor told builders to finish the road by June.", ["2024=2024", "June=2024-06"]),
      // No infinitive, or a comma before the date: the past verb places it.
      ("Police told reporters the suspect fled in April.", ["April=2025-04"]),
      ("The regulator asked the bank to explain, a statement said on April 30.", ["April 30=2025-04-30"]),
    ] as [(String, [String])])
  func aPastOrderAndItsInfinitive(sentence: String, expected: [String]) {
    #expect(found(sentence, "2026-03-11") == expected)
  }

  @Test(
    arguments: [
      ("The border reopens at midnight on Friday.", ["midnight on Friday=2026-03-13T24:00"]),
      ("The strike ended at midnight on Sunday.", ["midnight on Sunday=2026-03-08T24:00"]),
      ("The offices close at midnight.", ["midnight=2026-03-11T24:00"]),
      // A bare midnight in a past sentence is the one that opened the reference day.
      ("The ceasefire took hold at midnight.", ["midnight=2026-03-11T00:00"]),
    ] as [(String, [String])])
  func midnightEndsItsDay(sentence: String, expected: [String]) {
    #expect(found(sentence, "2026-03-11") == expected)
  }

  @Test(
    arguments: [
      ("The ferry docked late on Monday night.", ["late on Monday night=2026-03-09TNI/END"]),
      ("Troops moved in early on Tuesday morning.", ["early on Tuesday morning=2026-03-10TMO/START"]),
      ("Counting should finish by mid-afternoon.", ["mid-afternoon=2026-03-11TAF/MID"]),
      ("The verdict is due at mid-morning on Thursday.", ["mid-morning on Thursday=2026-03-12TMO/MID"]),
      // An adjective of a noun names no time.
      ("Staff took a mid-morning break.", []),
    ] as [(String, [String])])
  func partsOfTheDayWithLateEarlyAndMid(sentence: String, expected: [String]) {
    #expect(found(sentence, "2026-03-11") == expected)
  }

  @Test(
    arguments: [
      ("Fourth-quarter earnings beat estimates.", ["Fourth-quarter=2025-Q4"]),
      // After "to", "beat" is a base form: the quarter is the one ahead.
      ("The chain aims to beat its rivals in the fourth quarter.", ["the fourth quarter=2026-Q4"]),
    ] as [(String, [String])])
  func beatAsAPast(sentence: String, expected: [String]) {
    #expect(found(sentence, "2026-07-15") == expected)
  }
}
