import EntityLinking
import Testing
import WorkbenchCore

/// Sentences written for the tests: proclitics, titles, one sense per discourse, and words
/// that are names only with evidence.
@Suite struct TrapTests {
  @Test(arguments: [
    (
      "وصل الوفد إلى موسكو وموسكو بدمشق لروسيا والكرملين",
      [("موسكو", "Q649"), ("موسكو", "Q649"), ("دمشق", "Q3766"), ("روسيا", "Q159"), ("الكرملين", "wb:moscow-kremlin")]
    ),
    ("قال الرئيس الروسي فلاديمير بوتين", [("فلاديمير بوتين", "Q7747")]),
    ("وصل أحمد الشرع. وقال الشرع إن", [("أحمد الشرع", "wb:ahmed-al-sharaa"), ("الشرع", "wb:ahmed-al-sharaa")]),
    (
      "قال نوفاك إن الاتفاق قريب، بحسب ألكسندر نوفاك",
      [("نوفاك", "wb:alexander-novak"), ("ألكسندر نوفاك", "wb:alexander-novak")]
    ),
    (
      "التقى مرهف أبو قصرة نظيره، ثم عاد أبو قصرة",
      [("مرهف أبو قصرة", "wb:murhaf-abu-qasra"), ("أبو قصرة", "wb:murhaf-abu-qasra")]
    ),
    ("وتطبق المحاكم أحكام الشرع في القضايا", []),
    ("قال نوفاك إن الاتفاق قريب", []),
    ("زار البابا الكنيسة", []),
    ("وصل البابا إلى الفاتيكان", [("البابا", "wb:pope-leo-xiv"), ("الفاتيكان", "Q237")]),
    ("زار وفد الجزائر", [("الجزائر", "Q262")]),
    ("وصل الوفد إلى مدينة الجزائر", [("مدينة الجزائر", "geonames:2507480")]),
    ("وصل الوفد إلى العاصمة الجزائر", [("الجزائر", "geonames:2507480")]),
    ("في الخامس من نيسان الماضي", []),
    ("أعلنت شركة نيسان عن سيارة", [("نيسان", "wb:nissan")]),
    (
      "Putin met al-Sharaa in Moscow on Monday",
      [("Putin", "Q7747"), ("al-Sharaa", "wb:ahmed-al-sharaa"), ("Moscow", "Q649")]
    ),
    ("the turkey was served in china bowls", []),
    ("The UN and the EU; us and them", [("UN", "Q1065"), ("EU", "Q458")]),
  ])
  func linksOnlyWithEvidence(_ text: String, _ expected: [(String, String)]) throws {
    let found = try annotate(text, ["nil_mentions": false])
    #expect(found.map(\.text) == expected.map(\.0))
    #expect(found.map(\.value) == expected.map(\.1))
    for annotation in found {
      #expect(Document(id: "t", text: text).slice(annotation.start, annotation.end) == annotation.text)
    }
  }

  @Test func spanExcludesProclitics() throws {
    let text = "وبدمشق"
    let found = try annotate(text)
    #expect(found.map(\.start) == [2])
    #expect(found.map(\.end) == [6])
    #expect(found.first?.text == "دمشق")
  }

  @Test func outputCarriesNamesConfidenceEvidenceAndTitle() throws {
    let found = try annotate("قال الرئيس الروسي فلاديمير بوتين")
    let putin = try #require(found.first)
    #expect(putin.label == "PERSON")
    #expect(putin.attributes["name"] == "Vladimir Putin")
    #expect(putin.attributes["name_ar"] == "فلاديمير بوتين")
    #expect(putin.attributes["title"] == "الرئيس الروسي")
    #expect(putin.attributes["evidence"]?.arrayValue?.contains("title:الرئيس الروسي") == true)
    #expect((putin.attributes["confidence"]?.doubleValue ?? 0) > 0.9)
  }

  @Test func nisbaAdjectivesAreDemonymsOnlyWhenAsked() throws {
    let text = "أكد المسؤولون الروس والسوريون أهمية العلاقات السورية الروسية"
    #expect(try annotate(text).isEmpty)
    let demonyms = try annotate(text, ["demonyms": true])
    #expect(demonyms.map(\.text) == ["الروس", "السوريون", "السورية", "الروسية"])
    #expect(demonyms.map(\.value) == ["Q159", "Q858", "Q858", "Q159"])
    #expect(demonyms.allSatisfy { $0.label == "DEMONYM" })
  }

  @Test func nilMentionsGetATypeGuessAndAStableCluster() throws {
    let first = try annotate("وقال وزير الزراعة السوري عماد الحلبي إن الموسم جيد")
    let second = try annotate("وأكد المحافظ عماد الحلبي أن")
    let a = try #require(first.first { $0.text == "عماد الحلبي" })
    let b = try #require(second.first { $0.text == "عماد الحلبي" })
    #expect(a.label == "PERSON")
    #expect(a.attributes["nil"] == true)
    #expect(a.value == b.value)
    #expect(a.value?.hasPrefix("nil:") == true)
    #expect(a.attributes["title"] == "وزير الزراعة السوري")
    let latin = try annotate("صورة (Credit: JOHN SMITHSON/Reuters)")
    #expect(latin.map(\.text) == ["JOHN SMITHSON", "Reuters"])
    #expect(latin.map(\.label) == ["PERSON", "ORGANIZATION"])
    #expect(latin.map(\.value) == [NilClusterProbe.id("john smithson", "PERSON"), "wb:reuters"])
  }

  @Test func titlesLoseTheirProclitics() throws {
    let found = try annotate("رحب بالرئيس الشرع. ووصل أحمد الشرع")
    #expect(found.first?.attributes["title"] == "الرئيس")
    #expect(found.first?.attributes["evidence"] == ["discourse", "title:الرئيس"])
  }

  @Test func verbsAfterTitlesAreNotNames() throws {
    #expect(try annotate("ولفت الرئيس الروسي أيضاً إلى").isEmpty)
    #expect(try annotate("وصل الرئيس السوري يزور المدينة").isEmpty)
    #expect(try annotate("التقى وزيري الخارجية والدفاع السوريين وناقشا قضايا عسكرية").isEmpty)
  }

  @Test func typesAndConfidenceFilter() throws {
    let text = "التقى فلاديمير بوتين في موسكو"
    #expect(try annotate(text, ["types": ["PERSON"]]).map(\.value) == ["Q7747"])
    #expect(try annotate(text, ["min_confidence": 0.999]).isEmpty)
  }

  @Test func rejectsBadConfiguration() {
    #expect(throws: ConfigurationFailure.self) { try annotate("x", ["kb_mode": "mix"]) }
    #expect(throws: ConfigurationFailure.self) { try annotate("x", ["kb_mode": "replace"]) }
    #expect(throws: ConfigurationFailure.self) { try annotate("x", ["min_confidence": 2]) }
  }

  @Test(arguments: [
    "", "   ", "\u{200F}\u{064B}", String(repeating: "ال", count: 5000), "بـــــوتين", "\u{FFFD}\u{0000}x",
  ])
  func badInputDoesNotCrash(_ text: String) throws {
    for annotation in try annotate(text) {
      #expect(Document(id: "t", text: text).slice(annotation.start, annotation.end) == annotation.text)
    }
  }
}

enum NilClusterProbe {
  static func id(_ name: String, _ type: String) -> String { EntityLinker.nilClusterID(name: name, type: type) }
}
