import Foundation
import Sentiment
import Testing
import WorkbenchCore

/// Market and quantity direction reads as the direction of the thing that moved: shares that
/// rise are good news for their company, a currency that falls is bad news for its country,
/// unemployment or inflation that falls is good news. The sentences are written for this test
/// (none is in the training sentences); the countries and companies are made up.
@Suite struct MarketDirectionTests {
  /// The document label and the tone toward each of Norland and Southia named in `text`.
  static func read(_ text: String) throws -> (document: String?, targets: [String: String]) {
    let document = try runSentiment(text, ["sentences": false, "targets": false])[0].value
    return (document, try TargetScopeTests.tones(text))
  }

  @Test(arguments: [
    ("Shares of Norland Telecom rose 5% after the merger was approved.", "positive"),
    ("The Norland stock index gained 3% on Thursday.", "positive"),
    ("Unemployment in Norland dropped to 6% this spring.", "positive"),
    ("Inflation in Norland eased to 2% in June.", "positive"),
    ("Norland's currency fell sharply against the euro on Monday.", "negative"),
    ("Exports from Norland slumped by a fifth last year.", "negative"),
    ("Inflation in Norland climbed to 9% in April.", "negative"),
    ("Bread prices in Norland jumped by a third within a month.", "negative"),
    ("ارتفعت أسهم شركة نورلاند للاتصالات بنسبة 5% بعد الموافقة على الاندماج.", "positive"),
    ("صعد مؤشر بورصة نورلاند بنسبة 3% يوم الخميس.", "positive"),
    ("انخفض معدل البطالة في نورلاند إلى 6% هذا الربيع.", "positive"),
    ("تراجع التضخم في نورلاند إلى 2% في حزيران.", "positive"),
    ("تراجعت عملة نورلاند أمام اليورو يوم الاثنين.", "negative"),
    ("هبطت صادرات نورلاند بمقدار الخمس العام الماضي.", "negative"),
    ("ارتفع التضخم في نورلاند إلى 9% في نيسان.", "negative"),
    ("قفزت أسعار الخبز في نورلاند بمقدار الثلث خلال شهر.", "negative"),
  ])
  func directionIsTheToneOfWhatMoved(_ text: String, _ tone: String) throws {
    let (document, targets) = try Self.read(text)
    #expect(document == tone)
    #expect(targets["test:norland"] == tone)
  }

  @Test(arguments: [
    "Shares of Norland Airways rose 4% while Southia's national airline slumped 7%.",
    "Unemployment fell in Norland while inflation surged in Southia.",
    "ارتفعت أسهم خطوط نورلاند بنسبة 4% بينما تراجعت أسهم شركة الطيران في ساوثيا بنسبة 7%.",
    "انخفضت البطالة في نورلاند بينما قفز التضخم في ساوثيا.",
  ])
  func eachSideOfAContrastMovesItsOwnWay(_ text: String) throws {
    let targets = try TargetScopeTests.tones(text)
    #expect(targets["test:norland"] == "positive")
    #expect(targets["test:southia"] == "negative")
  }
}
