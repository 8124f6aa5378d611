extension TemporalParser {
  /// Whether the decision verb at `verb` (`TemporalToken.decision`: "decided", "agreed",
  /// "promised", قرر، اتفق) governs an event its clause names before the date at `date`: "decided
  /// to close schools on Friday", "agreed to meet on Monday", "قررت الوزارة تعليق الدروس يوم
  /// الجمعة", "اتفق الطرفان على استئناف المفاوضات يوم الأحد". That event comes after the
  /// decision, so the date is ahead although the verb is past. The event is an English "to" and
  /// a verb of holding or stopping an event (`isEnglishEventVerb`), or an
  /// Arabic verbal noun with its object (`TemporalToken.verbalNoun`). A date right after the verb
  /// and its subject is the day of the decision ("decided on Friday to close …", "قررت الحكومة
  /// يوم الجمعة تعليق …"), and stays in the past.
  func decisionGovernsEvent(verb: Int, date: Int) -> Bool {
    guard tokens[verb].decision, verb < date else { return false }
    var j = verb + 1
    while j < date {
      if tokens[j].newlineBefore || tokens[j].kind == .punctuation { return false }
      if tokens[j].latin {
        if keyword(j) == .to, j + 1 < date, isEnglishEventVerb(j + 1), !tokens[j + 1].capitalized {
          return true
        }
      } else if tokens[j].verbalNoun, j + 1 < date, tokens[j + 1].definite {
        // With its object (تعليق الدروس، استئناف المفاوضات): a name of the verbal noun's shape
        // (إيران، تركيا) is the subject, and the date after it the decision's own day.
        return true
      }
      j += 1
    }
    return false
  }

  /// Whether an Arabic decision verb governs the clause opened by the complementizer at `k`:
  /// "قرر المجلس أن يعقد جلسته يوم الاثنين" (the verb, then up to three words of its subject).
  func decisionGoverns(complementizer k: Int) -> Bool {
    guard !tokens[k].latin else { return false }
    var m = k - 1
    while m >= 0, k - m <= 4 {
      if tokens[m + 1].newlineBefore || tokens[m].kind == .punctuation { return false }
      if tokens[m].decision { return true }
      m -= 1
    }
    return false
  }
}
