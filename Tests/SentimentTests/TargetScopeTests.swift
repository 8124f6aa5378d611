import Foundation
import Sentiment
import Testing
import WorkbenchCore

/// Two entities in one clause with opposite tones: each is judged on the words that govern it
/// (its own sub-clause; for the party that condemns, not the condemnation). The sentences are
/// written for this test; the countries are made up, so their names carry no learned weight.
@Suite struct TargetScopeTests {
  static let norland = (en: "Norland", ar: "نورلاند")
  static let southia = (en: "Southia", ar: "ساوثيا")

  /// The target tones of `text` with every mention of the two names linked.
  static func tones(_ text: String) throws -> [String: String] {
    var mentions: [Annotation] = []
    for (id, names) in [("test:norland", [norland.en, norland.ar]), ("test:southia", [southia.en, southia.ar])] {
      for name in names {
        var occurrence = 0
        while let start = scalarOffset(of: name, in: text, occurrence: occurrence) {
          mentions.append(
            Annotation(start: start, end: start + name.unicodeScalars.count, text: name, label: "GPE", value: id))
          occurrence += 1
        }
      }
    }
    let found = try runSentiment(text, inputs: StageInputs([.linkedEntity: mentions.sorted { $0.start < $1.start }]))
    var tones: [String: String] = [:]
    for target in found where target.attributes["level"] == "target" {
      tones[target.value!] = target.attributes["sentiment"]?.stringValue
    }
    return tones
  }

  @Test(arguments: [
    // Contrast and concession: each side of but / while / despite / بينما / رغم / لكن has its own predicate.
    (
      "Norland welcomed the peace agreement warmly but Southia shelled the border villages again.", "positive",
      "negative"
    ),
    ("Rescue teams from Norland saved hundreds of families while Southia bombed the hospital.", "positive", "negative"),
    (
      "The successful partnership with Norland keeps growing despite the harsh sanctions imposed on Southia over its brutal war.",
      "positive", "negative"
    ),
    (
      "Southia's army killed dozens of civilians in the attack although Norland sent generous aid to the survivors.",
      "positive", "negative"
    ),
    ("نجحت فرق الإنقاذ من نورلاند في إنقاذ مئات العائلات بينما قصفت ساوثيا المستشفى ودمرته.", "positive", "negative"),
    (
      "يتواصل التعاون المثمر مع نورلاند ويحقق نتائج ممتازة رغم العقوبات القاسية المفروضة على ساوثيا بسبب حربها.",
      "positive", "negative"
    ),
    (
      "قدمت نورلاند مساعدات سخية للمتضررين من الزلزال لكن ساوثيا قصفت القرى الحدودية وقتلت المدنيين.", "positive",
      "negative"
    ),
    (
      "تشهد العلاقات مع نورلاند تطورا إيجابيا كبيرا في حين تعاني ساوثيا من أزمة خانقة وانهيار اقتصادي.", "positive",
      "negative"
    ),
    // Reported content and the speaker's addition (مضيفا أن، adding that) are two statements.
    (
      "A spokesman for the government said that Norland sent generous aid to rebuild the schools, "
        + "adding that the raids by Southia destroyed the neighbourhoods and killed civilians.",
      "positive", "negative"
    ),
    (
      "The minister said that Southia's militias burned the farms and looted the villages, "
        + "adding that Norland will help the farmers with generous loans and new seeds.",
      "positive", "negative"
    ),
    (
      "قال المتحدث باسم الحكومة إن نورلاند قدمت مساعدات سخية لإعادة بناء المدارس، "
        + "مضيفا أن الغارات التي شنتها ساوثيا دمرت الأحياء وقتلت المدنيين.",
      "positive", "negative"
    ),
    (
      "وقال الوزير إن ميليشيات ساوثيا قصفت المستشفى وقتلت عشرات المدنيين، "
        + "مضيفا أن نورلاند ستساعد المزارعين بقروض سخية وبذور جديدة.",
      "positive", "negative"
    ),
  ])
  func eachPartyIsJudgedOnItsOwnStatement(sentence: String, norland: String, southia: String) throws {
    let tones = try Self.tones(sentence)
    #expect(tones["test:norland"] == norland, "\(sentence)")
    #expect(tones["test:southia"] == southia, "\(sentence)")
  }

  /// The party that condemns is the source of the condemnation, not its target.
  @Test(arguments: [
    "Norland strongly condemned the brutal attacks by Southia on peaceful civilians.",
    "Southia's brutal attacks on peaceful civilians were condemned by Norland.",
    "أدانت نورلاند بشدة الاعتداءات الوحشية التي ارتكبتها ساوثيا ضد المدنيين.",
    "وجددت الحكومة إدانة نورلاند للانتهاكات المتكررة التي ترتكبها ساوثيا بحق المدنيين.",
  ])
  func theCondemnerIsNotItsTarget(sentence: String) throws {
    let tones = try Self.tones(sentence)
    #expect(tones["test:southia"] == "negative", "\(sentence)")
    #expect(tones["test:norland"] != nil && tones["test:norland"] != "negative", "\(sentence)")
  }

  /// The condemner keeps the tone of its own words while the condemned party gets the
  /// condemnation, also when the clause first praises the condemner's partnership (the shape
  /// of the seeds' reports: cooperation, then a condemnation in the same sentence).
  @Test(arguments: [
    "The peaceful and generous people of Norland strongly condemned the brutal attacks by Southia on civilians.",
    "The fruitful cooperation with Norland keeps growing successfully while Norland condemned the brutal raids by Southia.",
    "الشعب الطيب والكريم في نورلاند أدان بشدة الهجمات الوحشية التي شنتها ساوثيا على المدنيين.",
    "يتواصل التعاون المثمر مع نورلاند ويحقق نتائج ممتازة بينما أدانت نورلاند الغارات الوحشية التي شنتها ساوثيا.",
  ])
  func theCondemnerKeepsItsOwnTone(sentence: String) throws {
    let tones = try Self.tones(sentence)
    #expect(tones["test:norland"] == "positive", "\(sentence)")
    #expect(tones["test:southia"] == "negative", "\(sentence)")
  }

  /// What a speaker adds (مضيفا، adding) is the speaker's, not the subject's of the content
  /// reported before it: the party inside "said that ..." is judged on that content alone, so
  /// an addition of the opposite tone does not reach it. (The speaker's own party is judged on
  /// the whole statement, content and addition, which these sentences make mixed.)
  @Test(arguments: [
    (
      "The spokesman of the Southia army said that Norland rebuilt the schools and hospitals with great success, "
        + "adding that his soldiers will crush the rebels, burn their villages and kill their leaders.",
      "test:norland", "positive"
    ),
    (
      "A Norland official said that Southia's militias shelled the crowded market and killed dozens of civilians, "
        + "adding that his country is proud to send generous aid, doctors and food to the wonderful families.",
      "test:southia", "negative"
    ),
    (
      "قال المتحدث باسم جيش ساوثيا إن نورلاند أعادت بناء المدارس والمستشفيات بنجاح كبير، "
        + "مضيفا أن جنوده سيسحقون المتمردين ويحرقون قراهم ويقتلون قادتهم.",
      "test:norland", "positive"
    ),
    (
      "قال مسؤول في نورلاند إن ميليشيات ساوثيا قصفت السوق المزدحمة وقتلت عشرات المدنيين، "
        + "مضيفا أن بلاده فخورة بإرسال مساعدات سخية وأطباء وغذاء للعائلات الرائعة.",
      "test:southia", "negative"
    ),
  ])
  func whatTheSpeakerAddsIsNotTheReportedSubjects(sentence: String, reported: String, tone: String) throws {
    let tones = try Self.tones(sentence)
    #expect(tones[reported] == tone, "\(sentence)")
    #expect(tones.count == 2, "\(sentence)")
  }

  /// فيما يتعلق ("as for") does not cut: the sentence is one statement.
  @Test func asForDoesNotCut() throws {
    let tones = try Self.tones("قصفت ساوثيا القرى الحدودية فيما يتعلق بالنزاع مع نورلاند وقتلت عشرات المدنيين.")
    #expect(tones["test:southia"] == "negative")
    #expect(tones["test:norland"] == "negative")
  }
}
