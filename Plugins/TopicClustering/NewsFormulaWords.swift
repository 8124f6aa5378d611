import Foundation
import WorkbenchText

/// Words every news story uses whatever it is about: reporting verbs, wire credits, calendar
/// words and number words. They say little about a story's subject, so they never show in a
/// topic's terms or label ("said · million · government", "مراسل · الجهة"); the collector
/// keeps them as formula terms, which the model still counts (they tell genres apart).
///
/// Written for this project (no external source). Matched like stopwords (retrieval folds,
/// Latin case; Arabic words also with و/ف before them, and ب/ل/ك where marked `+`), against
/// the word as written and its stem, and by the light stems of the listed words. Boilerplate
/// a list cannot foresee (a new source's credit line) is left to corpus-level document
/// frequency: see `TopicReducer.demotedColumns`.
enum NewsFormulaWords {
  static let words = Stopwords(listText: listText)
  /// The light stems of the listed words, so that other inflections and the article match
  /// (`الوكالة` as `وكالة`, `days` as `day`).
  static let stems = Stopwords(
    listText.split(separator: "\n").compactMap { line -> String? in
      let word = line.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "+ "))
      guard !word.isEmpty, !word.hasPrefix("#") else { return nil }
      let stem = TermCollector.stemmer.stem(word)
      return stem.unicodeScalars.count >= 2 ? stem : nil
    })

  static var listText: String { reporting + wire + calendar + numbers }

  /// Whether `scalars[word]` (or its stem `scalars[stem]`) is a formula word.
  static func contains(_ scalars: [Unicode.Scalar], _ word: Range<Int>, stem: Range<Int>) -> Bool {
    words.contains(scalars, word) || words.contains(scalars, stem) || stems.contains(scalars, stem)
  }

  static let reporting = """
    # English reporting verbs and attribution
    said
    say
    says
    saying
    told
    tell
    tells
    telling
    added
    adding
    adds
    according
    stated
    noted
    explained
    stressed
    confirmed
    reported
    quoted
    quoting
    announced
    commented
    declined
    spokesman
    spokeswoman
    spokesperson
    reporter
    reporters
    # Who market and agency reports quote without naming: "dealers said", "sources said"
    dealers
    traders
    brokers
    analysts
    sources
    # English reporting verbs in forms that are never nouns (`warning`, `claims` are)
    warned
    warns
    urged
    urges
    insisted
    insists
    denied
    denies
    argued
    argues
    asserted
    acknowledged
    admitted
    emphasised
    emphasized
    remarked
    replied
    responded
    suggested
    indicated
    predicted
    claimed
    wrote
    revealed
    disclosed
    # Arabic reporting verbs and attribution
    قال
    قالت
    قالوا
    يقول
    تقول
    يقولون
    قوله +
    أضاف
    أضافت
    يضيف
    تضيف
    مضيفا
    مضيفة
    أكد
    أكدت
    أكدوا
    يؤكد
    تؤكد
    مؤكدا
    مؤكدة
    وفق +
    وفقا +
    حسب +
    بحسب
    أوضح
    أوضحت
    يوضح
    توضح
    موضحا
    أشار
    أشارت
    يشير
    تشير
    مشيرا
    صرح
    صرحت
    تصريح +
    تصريحات +
    أفاد
    أفادت
    يفيد
    ذكر
    ذكرت
    يذكر
    لفت
    لفتت
    أعلن
    أعلنت
    يعلن
    الناطق +
    المتحدث +
    متحدث +
    أعرب
    أعربت
    اعتبر
    اعتبرت
    # Who agency reports quote without naming. Not the press (صحفيين، journalists): a story
    # about the press is about them.
    محللون +
    محللين +
    مصدر +
    مصادر +

    """

  static let wire = """
    # English wire credits
    reuters
    afp
    ap
    upi
    xinhua
    bloomberg
    dpa
    ansa
    newsroom
    desk
    correspondent
    correspondents
    editing
    writing
    reporting
    compiled
    copyright
    reserved
    newswire
    wire
    byline
    # Arabic wire credits
    مراسل +
    مراسلنا +
    مراسلة +
    مراسلو +
    مراسلي +
    وكالة +
    وكالات +
    الأنباء +
    أنباء +
    وات
    رويترز
    فرانس
    برس
    موفد +
    موفدة +

    """

  static let calendar = """
    # English calendar words
    monday
    tuesday
    wednesday
    thursday
    friday
    saturday
    sunday
    tues
    thurs
    january
    february
    march
    april
    june
    july
    august
    september
    october
    november
    december
    jan
    feb
    apr
    jun
    jul
    aug
    sep
    sept
    oct
    nov
    dec
    yesterday
    today
    tomorrow
    tonight
    day
    days
    week
    weeks
    weekend
    month
    months
    year
    years
    last
    next
    ago
    earlier
    later
    recently
    # Arabic weekdays, relative days and periods
    الاثنين +
    الإثنين +
    اثنين
    الثلاثاء +
    الأربعاء +
    الخميس +
    الجمعة +
    السبت +
    الأحد +
    يوم +
    اليوم +
    أيام +
    الأيام +
    أمس
    البارحة
    غدا
    الغد
    الأسبوع +
    أسبوع +
    الشهر +
    شهر +
    أشهر +
    العام +
    عام +
    السنة +
    سنة +
    الماضي
    الماضية
    المقبل
    المقبلة
    القادم
    القادمة
    الجاري
    الجارية
    مساء
    صباح
    # Arabic month names: Gregorian (Egyptian/Gulf, Maghrebi) and Levantine
    يناير
    فبراير
    مارس
    أبريل
    إبريل
    مايو
    يونيو
    يوليو
    أغسطس
    سبتمبر
    أكتوبر
    نوفمبر
    ديسمبر
    جانفي
    فيفري
    أفريل
    ماي
    جوان
    جويلية
    أوت
    كانون
    شباط
    آذار
    نيسان
    أيار
    حزيران
    تموز
    أيلول
    تشرين

    """

  static let numbers = """
    # English number words
    two
    three
    four
    five
    six
    seven
    eight
    nine
    ten
    eleven
    twelve
    thirteen
    fourteen
    fifteen
    sixteen
    seventeen
    eighteen
    nineteen
    twenty
    thirty
    forty
    fifty
    sixty
    seventy
    eighty
    ninety
    dozen
    dozens
    half
    hundred
    hundreds
    thousand
    thousands
    million
    millions
    billion
    billions
    trillion
    percent
    pct
    # Units that follow a number in market and weather reports
    kg
    km
    mph
    tonne
    tonnes
    tons
    # Arabic number words
    واحد
    اثنان
    اثنين
    ثلاث
    ثلاثة
    أربع
    أربعة
    خمس
    خمسة
    ستة
    سبع
    سبعة
    ثمانية
    تسع
    تسعة
    عشر
    عشرة
    عشرين
    عشرات
    ثلاثين
    أربعين
    خمسين
    ستين
    ستون
    سبعين
    سبعون
    ثمانين
    ثمانون
    ثماني
    تسعين
    تسعون
    مائة +
    مئة +
    مئات
    ألف +
    آلاف +
    مليون +
    ملايين +
    مليار +
    مليارات +
    بالمائة
    كلغ
    كلم
    طن +
    أطنان +
    بالمئة
    المائة
    المئة

    """
}
