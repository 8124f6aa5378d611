import Foundation
import Testing
import WorkbenchCore

@testable import TopicClustering

/// Three-word label terms are shown only when the three words are written together in the
/// stories: two names that share a word (`الأمم المتحدة` and `الولايات المتحدة الأمريكية`,
/// `civil war` and `war crimes`) stay two terms. Stories written for these tests: six
/// Arabic (aid talks with the UN and the United States, vegetable prices) and six English
/// (a war-crimes tribunal, island ferries).
@Suite struct PhraseChainingTests {
  static let arabic = [
    "أعلنت الأمم المتحدة أن المبعوث الخاص سيزور العاصمة الأسبوع المقبل لبحث المساعدات الإنسانية. وقالت الولايات المتحدة الأمريكية إنها ستقدم تمويلا إضافيا لبرامج الإغاثة قبل حلول الشتاء في المخيمات.",
    "دعا المبعوث الخاص للأمم المتحدة الولايات المتحدة الأمريكية إلى مضاعفة المساعدات الإنسانية للنازحين. وتخشى الأمم المتحدة نقص الأغطية والوقود في المخيمات مع اقتراب الشتاء وتراجع التمويل.",
    "وقعت الولايات المتحدة الأمريكية اتفاقا مع الأمم المتحدة لتمويل المساعدات الإنسانية في المخيمات. وأكد المبعوث الخاص أن الشتاء القاسي يهدد آلاف العائلات النازحة إذا تأخر التمويل.",
    "ارتفعت أسعار الخضر في السوق المركزية هذا الأسبوع، وبلغ سعر الطماطم مستوى قياسيا. ويقول التجار إن الفلاحين قلصوا الكميات بسبب الجفاف وغلاء الأسمدة.",
    "اشتكى المستهلكون من غلاء أسعار الخضر في السوق المركزية، خاصة الطماطم والفلفل. وأرجع التجار الارتفاع إلى نقص الكميات القادمة من الفلاحين.",
    "قررت وزارة التجارة مراقبة أسعار الخضر في السوق المركزية بعد ارتفاع سعر الطماطم والفلفل. وطالب الفلاحون بدعم الأسمدة لزيادة الكميات.",
  ]

  static let english = [
    "The tribunal heard survivors of the civil war describe the shelling of their village. Prosecutors say the former commander ordered war crimes against civilians, and the judges will rule on the charges next month.",
    "A second survivor told the tribunal that soldiers burned homes during the civil war. The defence denies the war crimes charges and says the commander never gave such orders to his soldiers.",
    "Judges at the tribunal extended the trial of the former commander accused of war crimes. Survivors of the civil war travelled to the court to hear the prosecutors read the charges against him.",
    "The island ferry was cancelled again because of high waves, leaving passengers stranded at the harbour. The ferry operator says a new vessel will join the route before summer.",
    "Passengers waited for hours at the harbour after the morning ferry broke down. Islanders want the operator to add a second vessel to the route and to refund cancelled tickets.",
    "The ferry operator apologised to passengers for the cancelled crossings and promised a new vessel for the island route. Harbour staff said the waves kept every ferry in port on Sunday.",
  ]

  static func labels(_ stories: [String]) throws -> [String] {
    let documents = stories.enumerated().map { Document(id: "d\($0.offset + 1)", text: $0.element) }
    let result = try TopicClusteringStageTests.run(documents, ["topics": "auto"])
    return documents.map { result.annotations[$0.id]!.first!.attributes["topic_label"]?.stringValue ?? "" }
  }

  /// The aid stories' label shows `الأمم المتحدة`, not `الأمم المتحدة الأمريكية`
  /// (version 14 fused the two names).
  @Test func arabicNamesSharingAWordAreNotFused() throws {
    let labels = try Self.labels(Self.arabic)
    #expect(!labels[0].contains("الأمم المتحدة الأمريكية"), "\(labels[0])")
    #expect(labels[0].split(separator: "·").contains { $0.trimmingCharacters(in: .whitespaces) == "الأمم المتحدة" })
    #expect(labels[0] == labels[1] && labels[1] == labels[2])
    #expect(labels[3] != labels[0], "\(labels)")
  }

  /// The tribunal stories' label has `war crimes` or `civil war`, never `civil war crimes`.
  @Test func englishPhrasesSharingAShortWordAreNotFused() throws {
    let labels = try Self.labels(Self.english)
    #expect(!labels[0].contains("civil war crimes"), "\(labels[0])")
    #expect(labels[0].contains("war crimes") || labels[0].contains("civil war"), "\(labels[0])")
    #expect(labels[0] == labels[1] && labels[1] == labels[2])
  }
}
