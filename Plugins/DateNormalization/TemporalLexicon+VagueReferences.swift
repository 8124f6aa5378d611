extension TemporalLexicon {
  /// Arabic words of vague references (مؤخراً PAST_REF, حالياً PRESENT_REF, قريباً FUTURE_REF
  /// and the nouns that make one with a neighbour: الآونة الأخيرة، الوقت الحاضر، الفترة
  /// المقبلة، في المستقبل), the century as a unit, the definite plurals of the vague amounts
  /// ("الساعات الماضية"), and the forecast verbs that put their object ahead (توقعت الأرصاد).
  static var vagueReferenceAndCenturyWords: [(String, LexicalEntry)] {
    let vague: [(String, VagueWord)] = [
      ("مؤخرا", .recently), ("موخرا", .recently), ("حاليا", .currently), ("راهنا", .currently),
      ("قريبا", .soon), ("مستقبلا", .soon), ("المستقبل", .future), ("الآونة", .lately), ("الاونة", .lately),
      ("الحاضر", .present), ("الراهن", .present), ("الراهنة", .present), ("الفترة", .period),
    ]
    var list: [(String, LexicalEntry)] = vague.map { ($0.0, .keyword(.vague($0.1))) }
    let units: [(String, TimeUnit, UnitForm)] = [
      ("قرن", .century, .singular), ("قرنا", .century, .singular), ("القرن", .century, .singular),
      ("قرون", .century, .plural), ("القرون", .century, .plural), ("قرنين", .century, .dual),
      ("قرنان", .century, .dual), ("century", .century, .singular), ("centuries", .century, .plural),
      ("الساعات", .hour, .plural), ("العقود", .decade, .plural), ("الدقائق", .minute, .plural),
    ]
    list += units.map { ($0.0, .unit($0.1, $0.2)) }
    // The perfect forms; the imperfect ones (يتوقع، تتوقع) and المتوقع are future words already.
    list += ["توقع", "توقعت", "توقعوا", "توقعات", "رجح", "رجحت", "رجحوا", "ترجيحات"].map {
      ($0, .keyword(.forecast))
    }
    // Warnings are of what is to come ("حذرت الأرصاد من رياح قوية ابتداء من مساء الجمعة",
    // "Forecasters warned of snow from Thursday night"), except the day right after the verb,
    // the day the warning was given ("warned on Monday that …").
    list += ["حذر", "حذرت", "وحذر", "وحذرت", "حذروا", "warned", "warns"].map { ($0, .keyword(.forecast)) }
    return list
  }
}

/// A word of a vague temporal reference and what it needs around it.
enum VagueWord: Hashable, Sendable {
  /// مؤخراً: PAST_REF by itself.
  case recently
  /// حالياً، راهناً: PRESENT_REF by itself.
  case currently
  /// قريباً، مستقبلاً: FUTURE_REF by itself ("قريباً من", near, is not).
  case soon
  /// المستقبل: FUTURE_REF after في ("في المستقبل"; "حزب المستقبل" is a name).
  case future
  /// الآونة: PAST_REF before الأخيرة.
  case lately
  /// الحاضر، الراهن: PRESENT_REF after الوقت, الفترة or المرحلة.
  case present
  /// الفترة: a reference by the direction after it ("الفترة المقبلة" FUTURE_REF). المرحلة (the
  /// stage, the phase) is left out: "المرحلة الحالية" is as often a stage of a plan as a time.
  case period
}
