extension TemporalLexicon {
  /// Common past-tense verbs of news reports, which put a weekday or a year-less date of their
  /// sentence in the past ("أفرج عن الرهائن الأحد", "prices fell on Monday").
  ///
  /// Arabic perfect verbs are listed with their feminine (ت) and plural (وا) forms; the lexicon
  /// adds the proclitic forms (وقال، فأعلنت). Unlisted feminine and plural forms are read by
  /// their suffix (`TemporalScanner.arabicPerfect`); the masculine form has none, and is listed
  /// only when it is rarely a noun (not بين، أجل، فتح، كتب، نقل). English regular verbs need no list: an unknown
  /// word ending in -ed is read as past by the scanner (`TemporalToken.tense`). Verbs whose past
  /// is their base form ("hit", "shut", "cut") are not listed: `baseOrPastTense` reads them by
  /// their neighbours.
  static var pastVerbs: [(String, LexicalEntry)] {
    let arabic = [
      "قال", "أعلن", "اعلن", "أكد", "اكد", "أفاد", "افاد", "ذكر", "أشار", "اشار", "أضاف", "اضاف",
      "صرح", "كشف", "أوضح", "اوضح", "نفى", "شهد", "انعقد", "اجتمع", "التقى", "وصل", "غادر", "زار",
      "وقع", "أفرج", "افرج", "اعتقل", "قتل", "أصيب", "اصيب", "أطلق", "اطلق", "بدأ", "بدا", "انطلق",
      "انتهى", "اختتم", "افتتح", "استقبل", "بحث", "ناقش", "تم", "جرى", "كان", "أصدر", "اصدر", "نشر",
      "وافق", "رفض", "دعا", "طالب", "أجرى", "اجرى", "سجل", "ارتفع", "انخفض", "تراجع", "هبط", "فاز",
      "خسر", "توفي", "رحل", "عاد", "عدت", "أمضى", "امضى", "قرر", "أقر", "اقر", "صادق", "انسحب",
      "هاجم", "استهدف", "سقط", "تعرض", "توصل", "حصل", "شارك", "نظم", "احتفل", "أقيم", "اقيم",
      "أجريت", "جرت", "حدث", "وقعت", "اندلع", "اندلعت", "أصبح", "اصبح", "ألقى", "القى", "تلقى",
      "أدلى", "ادلى", "أسفر", "اسفر", "أودى", "اودى", "شن", "شنت", "أعرب", "اعرب", "تظاهر", "خرج",
      "أبلغ", "ابلغ", "أبدى", "ابدى", "اتهم", "أدان", "ادان", "تحدث", "اعتبر", "لفت", "شدد", "أبرز",
      "ابرز", "استمر", "انهار", "استقال", "أغلق", "اغلق", "تمكن", "نجح", "اتفق", "اتخذ", "ألغى",
      "الغى", "أرجأ", "ارجا", "تسلم", "استأنف", "استانف", "قام", "سمع", "توقف", "أوقف", "اوقف",
    ]
    var list: [(String, LexicalEntry)] = []
    for verb in arabic {
      list.append((verb, .keyword(.pastMarker)))
      if !verb.hasSuffix("ت") && !verb.hasSuffix("ى") && !verb.hasSuffix("ا") {
        list.append((verb + "ت", .keyword(.pastMarker)))
        list.append((verb + "وا", .keyword(.pastMarker)))
      }
    }
    let english = [
      "said", "told", "fell", "rose", "met", "took", "made", "came", "went", "gave", "held",
      "left", "won", "lost", "saw", "began", "spoke", "became", "sent", "led", "brought", "paid",
      "built", "found", "kept", "struck", "shot", "fought", "sold", "bought", "thought", "knew",
      "grew", "stood", "ran", "wrote", "was", "were", "had", "did", "got", "broke", "drew",
      "flew", "froze", "slid", "sank", "swore", "threw", "woke", "wore", "meant", "felt", "heard",
      // Pasts too short for the -ed rule, and more irregular ones of news reports.
      "died", "fled", "owed", "axed", "spent", "sought", "caught", "taught", "drove", "rode", "chose",
      "stole", "swept", "withdrew", "forgot", "arose", "dealt", "oversaw", "undertook",
    ]
    list += english.map { ($0, .keyword(.pastMarker)) }
    return list
  }
}
